import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { LESSON_26_4, PROGRESS_KEY, sidebar } from './helpers';

test('a reader reaches 26.4 from the landing page, marks it complete, and it stays complete', async ({ page }) => {
  await page.goto('/');
  const nav = await sidebar(page);
  // Chapters start collapsed: open chapter 26, then follow its lesson link.
  await nav.getByText('26. High availability and disaster recovery', { exact: true }).click();
  await nav.getByRole('link', { name: LESSON_26_4.heading }).click();

  await expect(page).toHaveURL(new RegExp(`${LESSON_26_4.path}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LESSON_26_4.heading);

  const toggle = page.getByRole('button', { name: /complete/i });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/Completed on/)).toBeVisible();

  await page.reload();
  await expect(page.getByRole('button', { name: /complete/i })).toHaveAttribute('aria-pressed', 'true');
  const link = (await sidebar(page)).getByRole('link', { name: new RegExp(`^${LESSON_26_4.heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  await expect(link).toContainText('(completed)');

  // It toggles back.
  await page.getByRole('button', { name: /complete/i }).click();
  await expect(page.getByRole('button', { name: /complete/i })).toHaveAttribute('aria-pressed', 'false');
  await expect(link).not.toContainText('(completed)');
});

test('the landing page shows overall progress and where to continue', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText(/lessons to go/)).toBeVisible();
  await page.evaluate(
    ([key]) =>
      localStorage.setItem(key!, JSON.stringify({ version: 1, state: { lessons: { '26.1': { completedAt: '2026-11-01T10:00:00.000Z' } } } })),
    [PROGRESS_KEY],
  );
  await page.reload();
  await expect(page.getByText(/You have completed 1 of \d+ lessons/)).toBeVisible();
  await expect(page.getByRole('link', { name: /^Continue with 26\.2 / })).toBeVisible();
});

test('corrupt stored progress does not break the page, is kept, and the reader is told', async ({ page }) => {
  await page.goto(LESSON_26_4.path);
  await page.evaluate(([key]) => localStorage.setItem(key!, '{"state": {"lessons": oops'), [PROGRESS_KEY]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LESSON_26_4.heading);
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':backup:')));
  expect(backups).toHaveLength(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), backups[0]!)).toBe('{"state": {"lessons": oops');
  // The page still works: marking complete saves fresh progress.
  await page.getByRole('button', { name: /complete/i }).click();
  await page.reload();
  await expect(page.getByRole('button', { name: /complete/i })).toHaveAttribute('aria-pressed', 'true');
});

test('progress is exported to a file and imported back (replace and merge)', async ({ page }, testInfo) => {
  await page.goto(LESSON_26_4.path);
  await page.getByRole('button', { name: /complete/i }).click();
  await page.goto('/progress/');
  await expect(page.getByText(/1 of \d+ published lessons complete/)).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const download = await downloadPromise;
  const file = testInfo.outputPath('progress.json');
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8')).progress.lessons).toHaveProperty(['26.4']);

  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('button', { name: 'Yes, reset everything' }).click();
  await expect(page.getByText(/0 of \d+ published lessons complete/)).toBeVisible();

  await page.getByLabel('Progress file (.json)').setInputFiles(file);
  await page.getByRole('radio', { name: /Replace/ }).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await expect(page.getByText(/1 of \d+ published lessons complete/)).toBeVisible();

  // A wrong file is refused with a reason and changes nothing.
  await page.getByLabel('Progress file (.json)').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was imported' })).toContainText('not a progress export');
  await expect(page.getByText(/1 of \d+ published lessons complete/)).toBeVisible();
});

test('two open tabs stay in sync', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(LESSON_26_4.path);
  await b.goto('/progress/');
  await expect(b.getByText(/0 of \d+ published lessons complete/)).toBeVisible();
  await a.getByRole('button', { name: /complete/i }).click();
  await expect(b.getByText(/1 of \d+ published lessons complete/)).toBeVisible();
});

test('a browser that blocks storage still works and says progress will not be saved', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  await page.goto(LESSON_26_4.path);
  await expect(page.getByRole('status').filter({ hasText: 'does not let the course save progress' })).toBeVisible();
  await page.getByRole('button', { name: /complete/i }).click();
  await expect(page.getByRole('button', { name: /complete/i })).toHaveAttribute('aria-pressed', 'true');
  await context.close();
});
