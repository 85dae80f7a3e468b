import { expect, test } from '@playwright/test';

const ORIGIN = 'http://127.0.0.1:4322';

test('served under /course/, every internal link of every page resolves', async ({ request }) => {
  const queue = ['/course/'];
  const seen = new Set(queue);
  const broken: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await request.get(`${ORIGIN}${path}`);
    if (!response.ok()) {
      broken.push(`${path} → ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    const html = await response.text();
    for (const match of html.matchAll(/(?:href|src)="([^"#?]+)[^"]*"/g)) {
      const url = new URL(match[1]!, `${ORIGIN}${path}`);
      if (url.origin !== ORIGIN) continue;
      if (!url.pathname.startsWith('/course/')) {
        broken.push(`${path} links outside the base: ${url.pathname}`);
        continue;
      }
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(10);
});
