import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Lesson 26.4, the model lesson every foundation test uses. */
export const LESSON_26_4 = {
  number: '26.4',
  heading: '26.4 AWS Backup: centralized backup policy',
  path: '/26-high-availability-disaster-recovery/4-aws-backup/',
};

/** localStorage key of the progress store (see src/stores/progress.ts). */
export const PROGRESS_KEY = 'cat-course-progress';

/** Fails on axe violations a user would be hurt by (serious or critical), listing them readably. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(serious).toEqual([]);
}

/** Opens the sidebar on narrow screens (it is always visible on desktop). */
export async function sidebar(page: Page) {
  const toggle = page.getByRole('button', { name: 'Menu' });
  if (await toggle.isVisible()) await toggle.click();
  return page.locator('#starlight__sidebar');
}
