import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { serialiseExport } from '../../src/lib/progress/model';
import { expectNoSeriousA11yViolations } from './helpers';

/** The variant build (npm run build:variant): under /course/, parts III and VI, instructor pages on. */
const VARIANT = 'http://127.0.0.1:4322/course';

const exportOf = (lessons: string[], quiz?: { chapter: number; percent: number }) =>
  serialiseExport(
    {
      lessons: Object.fromEntries(lessons.map((l) => [l, { completedAt: '2026-11-20T10:00:00.000Z' }])),
      quizzes: quiz
        ? {
            [String(quiz.chapter)]: {
              attempts: [
                {
                  id: 'a1',
                  mode: 'exam',
                  scope: 'all',
                  startedAt: '2026-11-20T10:00:00.000Z',
                  finishedAt: '2026-11-20T10:20:00.000Z',
                  questionIds: ['q'],
                  correct: 1,
                  total: 1,
                  percent: quiz.percent,
                  passed: quiz.percent >= 70,
                  answers: {},
                },
              ],
            },
          }
        : {},
    },
    new Date('2026-11-21T09:00:00.000Z'),
  );

test('the default build has the instructor guide and class report, but no answer keys', async ({ page, request }) => {
  await page.goto('/instructors/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For instructors');
  await expect(page.getByLabel('Progress export files (.json)')).toBeVisible();
  expect((await request.get('/instructors/answer-keys/')).status()).toBe(404);
  await expectNoSeriousA11yViolations(page);
});

test('class report: several learners’ files become a table and a CSV; a wrong file is named', async ({ page }, testInfo) => {
  await page.goto('/instructors/');
  await page.getByLabel('Progress export files (.json)').setInputFiles([
    { name: 'course-progress-ana.json', mimeType: 'application/json', buffer: Buffer.from(exportOf(['26.1', '26.2'], { chapter: 26, percent: 80 })) },
    { name: 'course-progress-ben.json', mimeType: 'application/json', buffer: Buffer.from(exportOf(['26.1'])) },
    { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') },
  ]);
  await expect(page.getByRole('status').filter({ hasText: '2 files read, 1 rejected' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('notes.json');
  const table = page.getByRole('table', { name: /Class progress/ });
  await expect(table).toContainText('80%');
  await expect(table.getByRole('row')).toHaveCount(4); // header, Ana, Ben, class average
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as CSV' }).click();
  const download = await downloadPromise;
  await download.saveAs(testInfo.outputPath('report.csv'));
  const csv = readFileSync(testInfo.outputPath('report.csv'), 'utf8');
  expect(csv.split(/\r?\n/).filter(Boolean).length).toBeGreaterThanOrEqual(3);
});

test('an instructor build with a reduced part list: own title, only its parts, printable answer keys', async ({ page, request }) => {
  await page.goto(`${VARIANT}/`);
  await expect(page.getByRole('link', { name: 'Terraform on AWS — Spring cohort' }).first()).toBeVisible();
  const nav = page.locator('#starlight__sidebar');
  await expect(nav).toContainText('Part III');
  await expect(nav).toContainText('Part VI');
  await expect(nav).not.toContainText('Part I ·');
  await expect(nav).not.toContainText('Part II ·');
  expect((await request.get(`${VARIANT}/01-cloud-computing/1-traditional-client-server-model/`)).status()).toBe(404);
  // The accent colour from the config is applied.
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--sl-color-accent').trim());
  expect(accent.toLowerCase()).toBe('#0b7a75');
  // The footer text from the config is on every page.
  await expect(page.getByText('Taught by the Platform Guild.')).toBeVisible();

  await page.goto(`${VARIANT}/12-first-real-infrastructure-terraform/1-vpc-and-subnets/`);
  await expect(page.getByText('Taught by the Platform Guild.')).toBeVisible();
  // A link to a lesson this copy does not publish (6.1) is plain text, not a broken link.
  await expect(page.getByRole('link', { name: /lesson 6\.1/ })).toHaveCount(0);
  await expect(page.getByText(/lesson 6\.1, What is a VPC/).first()).toBeVisible();

  await page.goto(`${VARIANT}/instructors/answer-keys/`);
  await expect(page.getByRole('link', { name: /Chapter 26: High availability/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Chapter 1:/ })).toHaveCount(0);
  await page.getByRole('link', { name: /Chapter 26: High availability/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Answer key: chapter 26');
  await expect(page.getByText('✓ correct').first()).toBeVisible();
  await expect(page.getByText('Explanation').first()).toBeVisible();
});
