/**
 * Reads the `--chapters` option: chapter numbers and ranges separated by commas ("1-5",
 * "3,7,9-12"). Pure, so the CLI's usage errors are unit-tested here.
 */
import { LAST_CHAPTER } from '../quiz/schema';

/** A `--chapters` value that cannot be read; the message says which part and how to write it. */
export class ChapterListError extends Error {
  override readonly name = 'ChapterListError';
}

/** The chapters a list names, ascending, each once. Throws `ChapterListError` on anything else. */
export function parseChapterList(text: string, lastChapter: number = LAST_CHAPTER): number[] {
  const chapters = new Set<number>();
  const example = 'Write chapter numbers and ranges separated by commas, e.g. 1-5 or 3,7,9-12.';
  if (text.trim() === '') throw new ChapterListError(`--chapters is empty. ${example}`);
  for (const raw of text.split(',')) {
    const item = raw.trim();
    const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(item);
    if (!match) {
      throw new ChapterListError(
        item === '' ? `--chapters "${text}" has an empty item between commas. ${example}` : `--chapters "${text}": "${item}" is not a chapter number or a range. ${example}`,
      );
    }
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    for (const chapter of [from, to]) {
      if (chapter < 1 || chapter > lastChapter) {
        throw new ChapterListError(`--chapters "${text}": there is no chapter ${chapter}; chapters are numbered 1–${lastChapter}.`);
      }
    }
    if (from > to) {
      throw new ChapterListError(`--chapters "${text}": the range "${item}" runs backwards; write it as ${to}-${from}.`);
    }
    for (let chapter = from; chapter <= to; chapter++) chapters.add(chapter);
  }
  return [...chapters].sort((a, b) => a - b);
}
