import fc from 'fast-check';
import { parse as parseGift } from 'gift-pegjs';
import { describe, expect, test } from 'vitest';
import { escapeGift, exportGift, giftOptionOrder, renderGiftChapter } from '~/lib/export/gift';
import { categoryPath, unitNote, type BankChapter } from '~/lib/export/question-bank';
import type { Question } from '~/lib/quiz/schema';
import * as arbitrary from './arbitraries';
import { comparable, contentChapters, giftWeights, hostileChapter, readGift, type Comparable } from './read-back';

const COURSE = 'Cloud, AWS & Terraform — From Zero to Expert';

/** What GIFT can carry of a question: everything, the unit as a last paragraph of the stem. */
function expectedInGift(question: Question): Comparable {
  const inGiftOrder = question.type === 'single' ? { ...question, options: giftOptionOrder(question) } : question;
  const { unit, ...rest } = comparable(inGiftOrder);
  return unit === undefined ? rest : { ...rest, stem: `${rest.stem}\n\n${unitNote(unit)}` };
}

function expectRoundTrip(courseTitle: string, chapter: BankChapter) {
  const read = readGift(renderGiftChapter(courseTitle, chapter));
  expect(read.category).toBe(categoryPath(courseTitle, chapter));
  expect(read.questions).toEqual(chapter.quiz.questions.map(expectedInGift));
}

describe('escapeGift', () => {
  test('puts a backslash before each special character, the backslash first', () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
  });

  test('keeps ordinary line breaks, and writes \\n where a blank line would end the question', () => {
    expect(escapeGift('one\ntwo')).toBe('one\ntwo');
    expect(escapeGift('one\n\ntwo')).toBe('one\\n\ntwo');
    expect(escapeGift('one\n   \n\ntwo')).toBe('one\\n   \\n\ntwo');
  });

  test('joins a line starting with // to the previous one, so Moodle does not drop it as a comment', () => {
    expect(escapeGift('code:\n  // note')).toBe('code\\:\\n  // note');
  });

  test('leaves Markdown, HTML and non-ASCII alone: GIFT only cares about its own specials', () => {
    expect(escapeGift('**b** `c` <tag> & "q" ≤ 日本 😀')).toBe('**b** `c` <tag> & "q" ≤ 日本 😀');
  });
});

describe('giftOptionOrder', () => {
  test('swaps the first two options only when the first is the right one of a single and holds "->"', () => {
    const options = [
      { id: 'a', text: 'x -> y', correct: true },
      { id: 'b', text: 'z' },
    ];
    const question = { type: 'single' as const, id: 'q', lesson: '26.1', prompt: 'p', explanation: 'e', options };
    expect(giftOptionOrder(question).map((option) => option.id)).toEqual(['b', 'a']);
    expect(giftOptionOrder({ ...question, options: [options[1]!, options[0]!] }).map((option) => option.id)).toEqual(['b', 'a']);
    expect(giftOptionOrder({ ...question, options: [{ ...options[0]!, text: 'x => y' }, options[1]!] }).map((option) => option.id)).toEqual(['a', 'b']);
  });

  test('the swapped question parses with gift-pegjs, which reads "=a -> b" first as a matching pair', () => {
    const chapter = hostileChapter();
    const [first] = chapter.quiz.questions;
    if (first?.type !== 'single') throw new Error('fixture changed');
    const arrow = { ...first, options: [{ ...first.options[0]!, text: 'a -> b' }, ...first.options.slice(1)] };
    const read = readGift(renderGiftChapter(COURSE, { ...chapter, quiz: { ...chapter.quiz, questions: [arrow] } }));
    expect(read.questions[0]?.options?.map((option) => option.text)).toEqual(['::title:: and #### alone', 'a -> b', '%50% looks like a weight', '[plain] and a trailing backslash \\']);
  });
});

describe('GIFT export of the hostile fixture', () => {
  const chapter = hostileChapter();
  const text = renderGiftChapter(COURSE, chapter);

  test('parses with gift-pegjs back to the same questions, question by question', () => {
    const read = readGift(text);
    expect(read.questions.map((question) => question.id)).toEqual(chapter.quiz.questions.map((question) => question.id));
    chapter.quiz.questions.forEach((question, index) => {
      expect(read.questions[index], question.id).toEqual(expectedInGift(question));
    });
  });

  test('files the chapter under a $CATEGORY with slashes in titles doubled', () => {
    expect(readGift(text).category).toBe(`$course$/top/${COURSE}/26 High availability // DR: "tests" & <more>`);
    expect(text).toContain('\n$CATEGORY: $course$/top/');
  });

  test('keeps the fenced hcl block line for line, blank line and comments included', () => {
    const hcl = readGift(text).questions[1]?.stem ?? '';
    expect(hcl).toContain('```hcl\n# A comment with a hash\nvariable "region" {\n  type    = string\n  default = "eu-west-1" // trailing comment\n\n}\n');
    expect(hcl).toContain('bucket = "logs-${var.region}"');
  });

  test('weights a multiple question ~%100/k% right and ~%-100% wrong, so Moodle allows several answers', () => {
    expect(giftWeights(text)[1]).toEqual([50, 50, -100, -100]);
    const multiple = text.slice(text.indexOf('::hcl-block-with-comments::'), text.indexOf('::true-false-hostile::'));
    expect(multiple).not.toMatch(/^\t=/m);
  });

  test('marks options that start with % or [ as [markdown], so neither reads as a weight or a format', () => {
    expect(text).toContain('\t~[markdown]%50% looks like a weight#[markdown][html] looks like a format marker');
    expect(text).toContain('\t~[markdown][plain] and a trailing backslash \\\\');
  });

  test('writes numbers without exponents and keeps the tolerance', () => {
    expect(text).toContain('{#0.33:0.005####');
    expect(text).toContain('{#-5:0####');
    expect(text).toContain('{#1000000000000000000000:0.0000001####');
  });
});

describe('GIFT export of every chapter quiz in content/', () => {
  const chapters = contentChapters();

  test.each(chapters.map((chapter) => [chapter.folder, chapter] as const))('%s round-trips through gift-pegjs', (_, chapter) => {
    expectRoundTrip(COURSE, chapter);
  });

  test('writes one .gift.txt per chapter, named after the chapter folder', () => {
    const { files, warnings } = exportGift({ courseTitle: COURSE, chapters });
    expect(files.map((file) => file.path)).toEqual(chapters.map((chapter) => `${chapter.folder}.gift.txt`));
    expect(warnings).toEqual([]);
    for (const file of files) expect(parseGift(String(file.contents)).filter((q) => q.type !== 'Category')).toHaveLength(
      chapters.find((chapter) => file.path.startsWith(chapter.folder))?.quiz.questions.length ?? -1,
    );
  });
});

describe('GIFT round trip of generated quizzes (property)', () => {
  test('any valid quiz, whatever its texts hold, reads back question by question', () => {
    fc.assert(
      fc.property(arbitrary.courseTitle, arbitrary.chapter, (courseTitle, chapter) => {
        expectRoundTrip(courseTitle, chapter);
      }),
      { numRuns: 300 },
    );
  });
});
