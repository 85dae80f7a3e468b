import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exportMoodleXml, renderMoodleXmlChapter } from '~/lib/export/moodle-xml';
import { categoryPath, type BankChapter } from '~/lib/export/question-bank';
import * as arbitrary from './arbitraries';
import { comparable, contentChapters, elements, hostileChapter, only, parseXml, readMoodleXml, textContent } from './read-back';

const COURSE = 'Cloud, AWS & Terraform — From Zero to Expert';

function expectRoundTrip(courseTitle: string, chapter: BankChapter) {
  const read = readMoodleXml(renderMoodleXmlChapter(courseTitle, chapter));
  expect(read.category).toBe(categoryPath(courseTitle, chapter));
  expect(read.questions).toEqual(chapter.quiz.questions.map((question) => comparable(question)));
}

describe('Moodle XML export of the hostile fixture', () => {
  const chapter = hostileChapter();
  const xml = renderMoodleXmlChapter(COURSE, chapter);

  test('is well-formed and parses back to the same questions, question by question', () => {
    const read = readMoodleXml(xml);
    chapter.quiz.questions.forEach((question, index) => {
      expect(read.questions[index], question.id).toEqual(comparable(question));
    });
  });

  test('escapes markup in texts instead of passing it through', () => {
    expect(xml).toContain('&lt;tag attr="x"&gt;, &amp;amp; and &amp; alone');
    expect(xml).not.toContain('<tag attr');
  });

  test('weights multiple-choice options 100/k and -100, and single-choice ones 100 and 0', () => {
    const questions = elements(parseXml(xml), 'question');
    const fractions = (index: number) => elements(questions[index]!, 'answer').map((answer) => answer.attributes.fraction);
    expect(fractions(1)).toEqual(['100', '0', '0', '0']);
    expect(fractions(2)).toEqual(['50', '50', '-100', '-100']);
  });

  test('gives numerical questions their tolerance and the unit, not graded', () => {
    const numerical = elements(parseXml(xml), 'question')[4]!;
    expect(textContent(only(only(numerical, 'answer'), 'tolerance'))).toBe('0.005');
    expect(textContent(only(only(only(numerical, 'units'), 'unit'), 'unit_name'))).toBe('$/hour');
    expect(textContent(only(numerical, 'unitgradingtype'))).toBe('0');
    const huge = elements(parseXml(xml), 'question')[6]!;
    expect(textContent(only(only(huge, 'answer'), 'text'))).toBe('1000000000000000000000');
  });
});

describe('Moodle XML export of every chapter quiz in content/', () => {
  const chapters = contentChapters();

  test.each(chapters.map((chapter) => [chapter.folder, chapter] as const))('%s round-trips through fast-xml-parser', (_, chapter) => {
    expectRoundTrip(COURSE, chapter);
  });

  test('writes one .moodle.xml per chapter, each filed under its own category', () => {
    const { files, warnings } = exportMoodleXml({ courseTitle: COURSE, chapters });
    expect(files.map((file) => file.path)).toEqual(chapters.map((chapter) => `${chapter.folder}.moodle.xml`));
    expect(new Set(files.map((file) => readMoodleXml(String(file.contents)).category)).size).toBe(chapters.length);
    expect(warnings).toEqual([]);
  });
});

describe('characters XML cannot carry', () => {
  test('are written as U+FFFD, and the question is named in a warning', () => {
    const chapter = hostileChapter();
    const [first, ...rest] = chapter.quiz.questions;
    const broken = { ...first!, prompt: 'bell\u0007 and form feed\f' };
    const result = exportMoodleXml({ courseTitle: COURSE, chapters: [{ ...chapter, quiz: { ...chapter.quiz, questions: [broken, ...rest] } }] });
    expect(readMoodleXml(String(result.files[0]?.contents)).questions[0]?.stem).toBe('bell\uFFFD and form feed');
    expect(result.warnings).toEqual([
      'moodle-xml: chapter 26, question gift-specials-everywhere: a control character XML cannot carry was written as U+FFFD.',
    ]);
  });
});

describe('Moodle XML round trip of generated quizzes (property)', () => {
  test('any valid quiz, whatever its texts hold, reads back question by question', () => {
    fc.assert(
      fc.property(arbitrary.courseTitle, arbitrary.chapter, (courseTitle, chapter) => {
        expectRoundTrip(courseTitle, chapter);
      }),
      { numRuns: 300 },
    );
  });
});
