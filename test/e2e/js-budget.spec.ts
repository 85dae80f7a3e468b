import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

/**
 * The JavaScript a page loads before any interaction: its module scripts (external and inline) and
 * everything they import statically, gzip-compressed. Dynamic `import()` (Pagefind's search UI,
 * loaded when search is used) is not counted.
 */
function pageJavaScript(distDir: string, pagePath: string) {
  const html = readFileSync(join(distDir, pagePath, 'index.html'), 'utf8');
  const files = new Set<string>();
  const inline: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
    const src = /src="([^"]+)"/.exec(attrs)?.[1];
    if (src) files.add(src);
    else inline.push(m[2] ?? '');
  }
  const staticImports = (code: string) =>
    [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)].map((x) => x[1]!);
  const queue = [...files, ...inline.flatMap(staticImports).map((p) => new URL(p, 'http://x/_astro/').pathname)];
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    for (const dep of staticImports(code)) queue.push(new URL(dep, `http://x${file}`).pathname);
  }
  const sizes = [...seen].map((file) => [file, gzipSync(readFileSync(join(distDir, file))).length] as const);
  const inlineBytes = inline.reduce((n, code) => n + gzipSync(Buffer.from(code)).length, 0);
  return { sizes, inlineBytes, total: sizes.reduce((n, [, size]) => n + size, inlineBytes) };
}

test('a plain lesson page loads under 15 KB of JavaScript (gzip) before interaction', () => {
  // 26.3 embeds no widget: Starlight's scripts and the progress script are all it should load.
  const { sizes, inlineBytes, total } = pageJavaScript('dist', '26-high-availability-disaster-recovery/3-route-53-failover');
  const report = sizes.map(([file, size]) => `${(size / 1024).toFixed(1)} KB ${file}`).join('\n');
  console.log(`JS on a plain lesson page: ${(total / 1024).toFixed(1)} KB gzip (inline ${(inlineBytes / 1024).toFixed(1)} KB)\n${report}`);
  expect(sizes.some(([file]) => file.includes('react')), 'a plain lesson page must not load React').toBe(false);
  expect(total).toBeLessThan(15 * 1024);
});
