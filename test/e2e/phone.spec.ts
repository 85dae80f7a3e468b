import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { scanLessons } from '../../src/lib/curriculum/scan-content';

const lessons = scanLessons(fileURLToPath(new URL('../../content/', import.meta.url)));

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

// Wide tables, code and diagrams must scroll inside their own box, never the whole page.
test('every lesson fits a 360 px phone screen without sideways page scrolling', async ({ page }) => {
  test.setTimeout(lessons.length * 5_000 + 30_000);
  const overflowing: string[] = [];
  for (const lesson of lessons) {
    await page.goto(`/${lesson.slug}/`, { waitUntil: 'domcontentloaded' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) overflowing.push(`${lesson.number} (${overflow}px too wide)`);
  }
  expect(overflowing).toEqual([]);
});
