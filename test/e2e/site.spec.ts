import { expect, test } from '@playwright/test';
import { LESSON_26_4, expectNoSeriousA11yViolations } from './helpers';

test('search finds 26.4 for "Vault Lock"', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill('Vault Lock');
  await expect(dialog.getByRole('link', { name: /AWS Backup: centralized backup policy/ }).first()).toBeVisible({ timeout: 15_000 });
});

for (const [name, path] of [
  ['landing page', '/'],
  ['lesson 26.4', LESSON_26_4.path],
  ['chapter 26 overview', '/26-high-availability-disaster-recovery/'],
  ['progress page', '/progress/'],
] as const) {
  test(`axe finds no serious or critical violations on the ${name}`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await expectNoSeriousA11yViolations(page);
  });
}

// One lesson of every published chapter: tables, code blocks, diagrams and asides all pass axe.
for (const path of ['/01-cloud-computing/4-iaas-paas-saas/', '/03-regions-availability-zones-edge/2-availability-zones/', '/10-hcl-terraform-language/4-conditionals-and-loops/', '/12-first-real-infrastructure-terraform/1-vpc-and-subnets/', '/23-defense-in-depth/5-kms-key-management-rotation/', '/25-cost-optimization/4-savings-plans-reserved-instances/']) {
  test(`axe finds no serious or critical violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoSeriousA11yViolations(page);
  });
}

test('a lesson reads on a phone: no horizontal page scroll, sidebar behind the menu', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(LESSON_26_4.path);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole('button', { name: 'Menu' })).toBeVisible();
  await context.close();
});
