import { parse } from '@cdktn/hcl2json';
import { format } from '@cdktn/hcl-tools';
import { describe, expect, it } from 'vitest';
import { loadLessonFiles, type Fence } from './content-files';

const HCL_LANGS = new Set(['hcl', 'terraform', 'tf']);
/** Fence meta word that marks a block as broken on purpose: it must then fail to parse. */
const INVALID_MARK = 'invalid-hcl';

const blocks = loadLessonFiles().flatMap((lesson) =>
  lesson.fences
    .filter((fence) => HCL_LANGS.has(fence.lang))
    .map((fence) => [`${lesson.file}:${fence.line + 4}`, fence] as const),
);

describe.each(blocks)('hcl block at %s', (where, fence: Fence) => {
  if (fence.meta.split(/\s+/).includes(INVALID_MARK)) {
    it('is marked invalid-hcl and really does not parse', async () => {
      await expect(parse(`${where}.tf`, fence.code)).rejects.toThrow();
    });
    return;
  }
  it('parses with HashiCorp’s HCL parser', async () => {
    await expect(parse(`${where}.tf`, fence.code)).resolves.toBeTypeOf('object');
  });
  it('is formatted as terraform fmt writes it', async () => {
    expect(fence.code.trimEnd()).toBe((await format(fence.code)).trimEnd());
  });
});

it('finds the hcl blocks to check', () => {
  expect(blocks.length).toBeGreaterThan(0);
});
