import { readFileSync } from 'node:fs';
import { parse } from '@cdktn/hcl2json';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers';

const CH26 = '/26-high-availability-disaster-recovery';

/** Replaces a field's text using the keyboard only. */
async function typeInto(page: Page, label: string | RegExp, text: string) {
  const field = page.getByLabel(label, { exact: typeof label === 'string' }).first();
  await field.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  return field;
}

async function widget(page: Page, title: string) {
  const section = page.locator('section.widget', { has: page.getByRole('heading', { name: title }) });
  await section.scrollIntoViewIfNeeded();
  // Hydrated islands lose the ssr attribute.
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  return section;
}

test('RPO/RTO calculator: keyboard input updates the announced results; bad input is flagged at the field', async ({ page }) => {
  await page.goto(`${CH26}/1-rto-and-rpo/`);
  const calc = await widget(page, 'RPO and RTO calculator');
  const results = calc.locator('.widget-output[aria-live="polite"]');

  await typeInto(page, 'Hours between backups', '6');
  await expect(results).toContainText('6 h');
  await expect(results).toContainText('3 h on average');

  const field = await typeInto(page, 'Hours between backups', 'abc');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const describedBy = await field.getAttribute('aria-describedby');
  await expect(page.locator(`[id="${describedBy?.split(' ').find((id) => id.includes('error')) ?? describedBy}"]`)).toBeVisible();
  await expect(results).toContainText('Fix the highlighted fields');
  await expect(calc).not.toContainText('NaN');
  await expect(calc).not.toContainText('Infinity');

  await typeInto(page, 'Hours between backups', '12');
  await expect(calc.getByRole('img')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('DR-strategy chooser ranks the strategies for the targets and explains the ranking', async ({ page }) => {
  await page.goto(`${CH26}/2-dr-strategies/`);
  const chooser = await widget(page, 'Which DR strategy fits?');
  const results = chooser.locator('.widget-output[aria-live="polite"]');

  await typeInto(page, 'RTO target', '24');
  await typeInto(page, 'RPO target', '24');
  await expect(results.locator('h4').first()).toContainText('Backup & restore');

  await typeInto(page, 'RTO target', '1');
  await page.getByLabel('Unit').first().selectOption('minutes');
  await typeInto(page, 'RPO target', '0');
  await expect(results.locator('h4').first()).toContainText('Multi-site');
  await expect(results).toContainText('Backup & restore');
  await expectNoSeriousA11yViolations(page);
});

test('Backup plan builder: valid main.tf to download, errors instead of HCL, shareable link', async ({ page }, testInfo) => {
  await page.goto(`${CH26}/4-aws-backup/`);
  const builder = await widget(page, 'AWS Backup plan builder');

  // The default form is valid: download main.tf and parse it with HashiCorp's parser.
  const downloadPromise = page.waitForEvent('download');
  await builder.getByRole('button', { name: 'Download main.tf' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('main.tf');
  const file = testInfo.outputPath('main.tf');
  await download.saveAs(file);
  const parsed = (await parse('main.tf', readFileSync(file, 'utf8'))) as { resource: Record<string, unknown> };
  expect(Object.keys(parsed.resource)).toEqual(
    expect.arrayContaining(['aws_backup_vault', 'aws_backup_plan', 'aws_backup_selection', 'aws_iam_role']),
  );

  // A bad vault name: the error is at the field and no Terraform is shown.
  const vault = await typeInto(page, 'Vault name', 'a');
  await expect(vault).toHaveAttribute('aria-invalid', 'true');
  await expect(builder.getByText(/No main\.tf yet: fix/)).toBeVisible();
  await expect(builder.getByRole('button', { name: 'Download main.tf' })).toHaveCount(0);
  await expect(builder.getByLabel('Generated main.tf')).toHaveCount(0);

  // Fix it and share the plan as a link: opening the link restores the form.
  await typeInto(page, 'Vault name', 'shared-vault');
  await expect(builder.getByLabel('Generated main.tf')).toContainText('"shared-vault"');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await builder.getByRole('button', { name: 'Copy a link to this plan' }).click();
  await expect(builder.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(page.url()).toContain('#plan=');
  const link = page.url();
  const other = await page.context().newPage();
  await other.goto(link);
  // The builder hydrates when the browser is idle and scrolls itself into view for a shared plan.
  await expect(other.getByLabel('Vault name', { exact: true })).toHaveValue('shared-vault');
  await expect(other.getByLabel('Vault name', { exact: true })).toBeInViewport();
  await other.close();

  // A broken link gives a notice, not a crash.
  await page.goto(`${CH26}/4-aws-backup/#plan=not-a-plan`);
  await expect(page.getByRole('status').filter({ hasText: /link/i }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
