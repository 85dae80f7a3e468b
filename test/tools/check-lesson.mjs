#!/usr/bin/env node
// Quick author check for one or more lesson files: prose word count (code, frontmatter, imports and
// JSX tags not counted) and every hcl/terraform/tf fence parsed with HashiCorp's parser.
// Usage: node test/tools/check-lesson.mjs content/26-*/4-aws-backup.mdx [...]
// The full rules run in `npm run test:content`; this is the fast loop while writing.
import { readFileSync } from 'node:fs';
import { parse } from '@cdktn/hcl2json';
import { format } from '@cdktn/hcl-tools';

let failed = false;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  const fence = /^(```+|~~~+)([^\n]*)\n([\s\S]*?)^\1\s*$/gm;
  let prose = body.replace(fence, ' ');
  prose = prose.replace(/^(import|export) .*$/gm, ' ').replace(/<[^>]*>/g, ' ');
  const words = prose.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;
  const problems = [];
  if (words < 700) problems.push(`only ${words} words of prose (minimum 700, aim for 900-1500)`);
  let m;
  let n = 0;
  while ((m = fence.exec(body))) {
    const meta = m[2].trim();
    const lang = meta.split(/\s+/)[0];
    if (!['hcl', 'terraform', 'tf'].includes(lang)) continue;
    n++;
    if (/\binvalid-hcl\b/.test(meta)) continue;
    try {
      await parse(`${file}#block${n}.tf`, m[3]);
      const formatted = await format(m[3]);
      if (formatted.trimEnd() !== m[3].trimEnd()) problems.push(`hcl block ${n} is not formatted as terraform fmt would write it:\n${formatted}`);
    } catch (e) {
      problems.push(`hcl block ${n} does not parse: ${String(e).slice(0, 400)}`);
    }
  }
  console.log(`${file}: ${words} words, ${n} hcl block(s)${problems.length ? '' : ' — OK'}`);
  for (const p of problems) console.log(`  ✗ ${p}`);
  if (problems.length) failed = true;
}
process.exit(failed ? 1 : 0);
