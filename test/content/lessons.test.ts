import { describe, expect, it } from 'vitest';
import { lessonFrontmatter } from '../../src/lib/content/lesson-frontmatter';
import { contentDir, countProseWords, loadLessonFiles, proseOf, readCurriculum } from './content-files';

const curriculum = readCurriculum(contentDir);
const titles = new Map(curriculum.parts.flatMap((p) => p.chapters.flatMap((c) => c.lessons)).map((l) => [l.number, l.title]));
const lessons = loadLessonFiles();

describe.each(lessons.map((l) => [l.file, l] as const))('%s', (_file, lesson) => {
  it('has valid frontmatter whose title is the curriculum title of its lesson number', () => {
    const result = lessonFrontmatter.safeParse(lesson.frontmatter ?? {});
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    const number = String(lesson.frontmatter?.lesson);
    expect(lesson.frontmatter?.lesson, 'frontmatter `lesson` is required in a lesson file').toBeTypeOf('string');
    expect(lesson.frontmatter?.title, `title must be exactly the curriculum title of ${number}`).toBe(titles.get(number));
  });

  it('does not repeat the title as a # heading (the page renders it)', () => {
    expect(proseOf(lesson.body).split('\n').filter((line) => /^# /.test(line))).toEqual([]);
  });

  it('has at least 700 words of prose (the guide asks for 900–1,500)', () => {
    expect(countProseWords(lesson.body)).toBeGreaterThanOrEqual(700);
  });

  it('has the shape the content guide asks for: pitfalls, takeaways and official further reading', () => {
    const prose = proseOf(lesson.body);
    expect(prose, 'a "## What you should remember" section').toMatch(/^## What you should remember/im);
    expect(prose, 'a ⚠️ pitfalls aside or section').toMatch(/^:::caution|^## .*(pitfall|mistake)/im);
    const further = /^## Further reading\s*\n([\s\S]*?)(?=^## |$(?![\s\S]))/im.exec(prose);
    expect(further, 'a "## Further reading" section').not.toBeNull();
    const links = [...(further?.[1] ?? '').matchAll(/\]\((https:\/\/[^)\s]+)\)/g)].map((m) => m[1]);
    expect(links.length, 'Further reading: 2–4 links to official pages').toBeGreaterThanOrEqual(2);
  });

  it('has no placeholder wording', () => {
    expect(lesson.body).not.toMatch(/lorem ipsum|coming soon|\bTODO\b|\bTBD\b|placeholder text/i);
  });
});

it('finds the lessons to check', () => {
  expect(lessons.length).toBeGreaterThan(0);
});
