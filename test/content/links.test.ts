import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, extractLinks, loadLessonFiles, scanQuizChapters } from './content-files';

const lessons = loadLessonFiles();
const quizChapters = new Set(scanQuizChapters(contentDir));

/** Every path the built site has, without the base: pages, chapter overviews, quizzes, lessons. */
const sitePaths = new Set<string>(['/', '/progress/']);
for (const lesson of lessons) {
  sitePaths.add(`/${lesson.slug}/`);
  sitePaths.add(`/${lesson.folder}/`);
  if (quizChapters.has(Number.parseInt(lesson.folder.slice(0, 2), 10))) sitePaths.add(`/${lesson.folder}/quiz/`);
}

/** Why an internal link is broken, or undefined when it resolves. */
function problemWith(link: string): string | undefined {
  if (/^(https?:|mailto:)/.test(link) || link.startsWith('#')) return undefined;
  if (link.startsWith('//')) return 'protocol-relative links are not allowed; write https://…';
  if (!link.startsWith('/'))
    return 'relative links break when a page moves; write it root-relative, e.g. /26-high-availability-disaster-recovery/1-rto-and-rpo/';
  const [path = ''] = link.split('#');
  if (!path.endsWith('/') && !existsSync(join(contentDir, '..', 'public', path)))
    return `internal page links end with "/" (the site uses trailing slashes): ${path}/`;
  if (path.endsWith('/') && !sitePaths.has(path)) return 'no published page has this path';
  return undefined;
}

describe.each(lessons.map((l) => [l.file, l] as const))('%s', (_file, lesson) => {
  it('links only to pages that exist', () => {
    const broken = extractLinks(lesson.body)
      .map((link) => [link, problemWith(link)] as const)
      .filter(([, problem]) => problem)
      .map(([link, problem]) => `${link} — ${problem}`);
    expect(broken).toEqual([]);
  });
});

it('recognises a broken link', () => {
  expect(problemWith('/26-high-availability-disaster-recovery/9-nope/')).toBe('no published page has this path');
  expect(problemWith('../1-rto-and-rpo/')).toMatch(/relative links break/);
  expect(problemWith('https://docs.aws.amazon.com/aws-backup/')).toBeUndefined();
});
