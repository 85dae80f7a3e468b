import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOutline, checkWrittenLessons, lessonNumbers, OutlineError } from '../../src/lib/curriculum/outline';
import type { Curriculum } from '../../src/lib/curriculum/types';
import { contentDir, readCurriculum, scanLessons, scanQuizChapters } from './content-files';

const curriculum = readCurriculum(contentDir);

describe('the course outline', () => {
  it('has the curriculum’s 8 parts, 33 chapters and 145 lessons, numbered in order', () => {
    expect(curriculum.title).toBe('Cloud, AWS & Terraform — From Zero to Expert');
    expect(curriculum.parts.map((p) => p.number)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII']);
    const chapters = curriculum.parts.flatMap((p) => p.chapters);
    expect(chapters.map((c) => c.number)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
    expect(lessonNumbers(curriculum)).toHaveLength(145);
    for (const chapter of chapters)
      expect(chapter.lessons.map((l) => l.number), `chapter ${chapter.number}`).toEqual(
        chapter.lessons.map((_, i) => `${chapter.number}.${i + 1}`),
      );
  });

  it('keeps the fixed titles of the curriculum (spot checks across parts)', () => {
    const titles = new Map(curriculum.parts.flatMap((p) => p.chapters.flatMap((c) => c.lessons)).map((l) => [l.number, l.title]));
    expect(titles.get('1.5')).toBe('The five pillars of cloud (according to NIST)');
    expect(titles.get('11.3')).toBe('Local state vs remote state (S3 + DynamoDB)');
    expect(titles.get('26.4')).toBe('AWS Backup: centralized backup policy');
    expect(titles.get('33.4')).toBe('Project 4: multi-account landing zone with Terraform and Control Tower');
  });

  it('maps every lesson file to exactly one curriculum entry, in its chapter’s folder', () => {
    const written = scanLessons(contentDir);
    expect(written.length).toBeGreaterThan(0);
    expect(checkWrittenLessons(curriculum, written)).toEqual([]);
  });

  it('publishes chapter quizzes only for chapters with written lessons', () => {
    const outline = buildOutline(curriculum, scanLessons(contentDir), scanQuizChapters(contentDir));
    for (const chapter of scanQuizChapters(contentDir)) {
      const published = outline.parts.flatMap((p) => p.chapters).find((c) => c.number === chapter);
      expect(published?.hasQuiz, `chapter ${chapter} has a quiz.yaml but no written lessons`).toBe(true);
    }
  });
});

describe('outline checks explain a mismatch', () => {
  const small: Curriculum = JSON.parse(readFileSync(`${contentDir}/curriculum.json`, 'utf8'));
  const lesson = (number: string, slug: string) => ({ number, folder: slug.split('/')[0]!, slug });

  it('names a lesson number that is not in the curriculum', () => {
    expect(checkWrittenLessons(small, [lesson('26.9', '26-dr/9-extra')])).toEqual([
      'content/26-dr/9-extra.mdx: lesson "26.9" is not in the curriculum. Use one of the numbers in content/curriculum.json.',
    ]);
  });

  it('names a lesson in the wrong chapter folder or with the wrong file number', () => {
    expect(checkWrittenLessons(small, [lesson('26.4', '25-costs/4-aws-backup')])).toEqual([
      'content/25-costs/4-aws-backup.mdx: lesson 26.4 belongs in a folder named "26-<chapter-slug>", not "25-costs".',
    ]);
    expect(checkWrittenLessons(small, [lesson('26.4', '26-dr/3-aws-backup')])).toEqual([
      'content/26-dr/3-aws-backup.mdx: lesson 26.4\'s file name must start with "4-" and be kebab-case, e.g. "4-short-slug.mdx".',
    ]);
  });

  it('names a lesson written twice and a file without a lesson number', () => {
    expect(checkWrittenLessons(small, [lesson('26.4', '26-dr/4-a'), lesson('26.4', '26-dr/4-b')])).toEqual([
      'content/26-dr/4-b.mdx: lesson 26.4 is already written in content/26-dr/4-a.mdx. Keep one file per lesson.',
    ]);
    expect(checkWrittenLessons(small, [lesson('', '26-dr/4-a')])).toEqual([
      'content/26-dr/4-a.mdx: the frontmatter has no `lesson` number. Add `lesson: "N.M"` with the number from content/curriculum.json.',
    ]);
  });

  it('fails the outline build with all problems listed', () => {
    expect(() => buildOutline(small, [lesson('99.1', '99-x/1-y')])).toThrow(OutlineError);
    expect(() => buildOutline(small, [lesson('99.1', '99-x/1-y')])).toThrow(/does not match content\/curriculum.json:\n- content\/99-x\/1-y.mdx/);
  });
});
