import { describe, expect, test } from 'vitest';
import { ChapterListError, parseChapterList } from '~/lib/export/chapter-list';

function errorOf(text: string): string {
  try {
    parseChapterList(text);
  } catch (error) {
    if (error instanceof ChapterListError) return error.message;
    throw error;
  }
  throw new Error(`"${text}" was accepted`);
}

describe('parseChapterList', () => {
  test('reads single chapters and ranges, ascending and without repeats', () => {
    expect(parseChapterList('1-5')).toEqual([1, 2, 3, 4, 5]);
    expect(parseChapterList('3,7,9-12')).toEqual([3, 7, 9, 10, 11, 12]);
    expect(parseChapterList(' 12 , 3 - 4, 4 ,33')).toEqual([3, 4, 12, 33]);
    expect(parseChapterList('26-26')).toEqual([26]);
  });

  test('rejects what is not a list of chapters, saying how to write one', () => {
    expect(errorOf('')).toBe('--chapters is empty. Write chapter numbers and ranges separated by commas, e.g. 1-5 or 3,7,9-12.');
    expect(errorOf('1,,2')).toBe('--chapters "1,,2" has an empty item between commas. Write chapter numbers and ranges separated by commas, e.g. 1-5 or 3,7,9-12.');
    expect(errorOf('one')).toBe('--chapters "one": "one" is not a chapter number or a range. Write chapter numbers and ranges separated by commas, e.g. 1-5 or 3,7,9-12.');
    expect(errorOf('1-2-3')).toContain('"1-2-3" is not a chapter number or a range');
    expect(errorOf('2.5')).toContain('"2.5" is not a chapter number or a range');
  });

  test('rejects backwards ranges and chapters outside 1–33', () => {
    expect(errorOf('5-1')).toBe('--chapters "5-1": the range "5-1" runs backwards; write it as 1-5.');
    expect(errorOf('0-3')).toBe('--chapters "0-3": there is no chapter 0; chapters are numbered 1–33.');
    expect(errorOf('30-34')).toBe('--chapters "30-34": there is no chapter 34; chapters are numbered 1–33.');
  });
});
