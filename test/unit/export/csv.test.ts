import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { csvField, exportCsv } from '~/lib/export/csv';
import { plainDecimal } from '~/lib/export/plain-decimal';
import { exportText, type BankChapter, type QuestionBank } from '~/lib/export/question-bank';
import * as arbitrary from './arbitraries';
import { contentChapters, hostileChapter, parseCsv } from './read-back';

const COURSE = 'Cloud, AWS & Terraform — From Zero to Expert';
const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];

/** The file's records as objects keyed by header; checks the BOM and RFC 4180 framing on the way. */
function readCsv(bank: QuestionBank): { header: string[]; rows: Record<string, string>[]; warnings: string[] } {
  const { files, warnings } = exportCsv(bank);
  expect(files.map((file) => file.path)).toEqual(['question-bank.csv']);
  const text = String(files[0]?.contents);
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header = [], ...records] = parseCsv(text.slice(1));
  for (const record of records) expect(record).toHaveLength(header.length);
  return { header, rows: records.map((record) => Object.fromEntries(header.map((name, index) => [name, record[index] ?? '']))), warnings };
}

/** What the row of a question must hold, column by column. */
function expectedRow(chapter: BankChapter, index: number, optionColumns: readonly string[]): Record<string, string> {
  const question = chapter.quiz.questions[index]!;
  const options = question.type === 'single' || question.type === 'multiple' ? question.options : [];
  const row: Record<string, string> = {
    chapter: String(chapter.number),
    'question id': question.id,
    lesson: question.lesson,
    type: question.type,
    question: exportText(question.prompt),
    explanation: exportText(question.explanation),
    tolerance: question.type === 'numeric' ? plainDecimal(question.tolerance) : '',
    unit: question.type === 'numeric' ? (question.unit?.trim() ?? '') : '',
    correct:
      question.type === 'true-false'
        ? String(question.answer)
        : question.type === 'numeric'
          ? plainDecimal(question.answer)
          : optionColumns.filter((_, i) => options[i]?.correct === true).join(','),
  };
  optionColumns.forEach((letter, i) => {
    row[`option ${letter}`] = exportText(options[i]?.text ?? '');
    row[`feedback ${letter}`] = exportText(options[i]?.feedback ?? '');
  });
  return row;
}

function expectRoundTrip(bank: QuestionBank) {
  const { header, rows } = readCsv(bank);
  const optionColumns = header.filter((name) => name.startsWith('option ')).map((name) => name.slice('option '.length));
  const expected = bank.chapters.flatMap((chapter) => chapter.quiz.questions.map((_, index) => expectedRow(chapter, index, optionColumns)));
  expect(rows).toEqual(expected);
}

describe('csvField', () => {
  test('quotes only fields holding a comma, quote or line break, doubling quotes', () => {
    expect(csvField('plain text: {a} ~ = # é')).toBe('plain text: {a} ~ = # é');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });
});

describe('CSV export of the hostile fixture', () => {
  const chapter = hostileChapter();
  const bank = { courseTitle: COURSE, chapters: [chapter] };

  test('has the documented columns and one row per question with the source values', () => {
    const { header, warnings } = readCsv(bank);
    expect(header).toEqual([
      'chapter', 'question id', 'lesson', 'type', 'question',
      ...LETTERS.map((letter) => `option ${letter}`),
      'correct', 'explanation', 'tolerance', 'unit',
      ...LETTERS.map((letter) => `feedback ${letter}`),
    ]);
    expect(warnings).toEqual([]);
    expectRoundTrip(bank);
  });

  test('writes right options as letters, true/false as words, numbers in full with their tolerance', () => {
    const { rows } = readCsv(bank);
    expect(rows.map((row) => [row.correct, row.tolerance, row.unit])).toEqual([
      ['A', '', ''],
      ['A,B', '', ''],
      ['false', '', ''],
      ['0.33', '0.005', '$/hour'],
      ['-5', '0', ''],
      ['1000000000000000000000', '0.0000001', ''],
    ]);
  });

  test('keeps the fenced hcl block inside one quoted field, with CRLF only between records', () => {
    const text = String(exportCsv(bank).files[0]?.contents);
    expect(text).toContain('```hcl\n# A comment with a hash\nvariable ""region"" {\n');
    expect(text.split('\r\n')).toHaveLength(chapter.quiz.questions.length + 2);
  });
});

describe('CSV export of every chapter quiz in content/', () => {
  test('reads back row by row, with no warnings', () => {
    const bank = { courseTitle: COURSE, chapters: contentChapters() };
    expect(readCsv(bank).warnings).toEqual([]);
    expectRoundTrip(bank);
  });
});

describe('more than six options', () => {
  test('adds columns for the extra options and warns, naming the question', () => {
    const chapter = hostileChapter();
    const [first, ...rest] = chapter.quiz.questions;
    if (first?.type !== 'single') throw new Error('fixture changed');
    const many = { ...first, options: [...first.options, ...['e', 'f', 'g'].map((id) => ({ id, text: `Option ${id}` }))] };
    const bank = { courseTitle: COURSE, chapters: [{ ...chapter, quiz: { ...chapter.quiz, questions: [many, ...rest] } }] };
    const { header, rows, warnings } = readCsv(bank);
    expect(header.filter((name) => name.startsWith('option '))).toHaveLength(7);
    expect(rows[0]?.['option G']).toBe('Option g');
    expect(warnings).toEqual([
      'csv: chapter 26, question gift-specials-everywhere: has 7 options; columns up to option G were added, which tools reading A–F will miss.',
    ]);
  });
});

describe('CSV round trip of generated quizzes (property)', () => {
  test('any valid quiz reads back cell by cell through a strict RFC 4180 reader', () => {
    fc.assert(
      fc.property(fc.array(arbitrary.chapter, { minLength: 1, maxLength: 3 }), (chapters) => {
        expectRoundTrip({ courseTitle: COURSE, chapters });
      }),
      { numRuns: 200 },
    );
  });
});
