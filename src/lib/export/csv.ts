/**
 * CSV for spreadsheet-based quiz tools: one `question-bank.csv` for all the chapters exported, one
 * row per question, RFC 4180 (comma-separated, CRLF line ends, fields quoted only when they hold a
 * comma, quote or line break, quotes doubled), UTF-8 with a byte-order mark so Excel reads "≤",
 * "÷" and "—" correctly.
 *
 * Columns: chapter, question id, lesson, type, question, option A … option F, correct,
 * explanation, tolerance, unit, feedback A … feedback F.
 * - Texts are the Markdown as authored. Options are lettered in authored order (A = first).
 * - correct: the right letters ("B", or "A,C" for multiple), "true"/"false", or the number.
 * - tolerance and unit: numeric questions only (tolerance "0" for exact); nothing is lost there.
 * - A question with more than six options gets extra option/feedback columns (G, H, …) for the whole
 *   file, and a warning, since tools reading A–F would miss them.
 * Values are written as authored, so a text starting with "=" is not defused for spreadsheets.
 */
import type { Question } from '../quiz/schema';
import { exportText, questionLabel, type ExportResult, type QuestionBank } from './question-bank';
import { plainDecimal } from './plain-decimal';

/** Option columns every file has (A–F). */
const MIN_OPTION_COLUMNS = 6;
const BYTE_ORDER_MARK = '\uFEFF';

/** Escapes one field per RFC 4180: quoted when it holds `,` `"` CR or LF, with `"` doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Column letter of the option at `index` (0 → A). */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

function correctCell(question: Question): string {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options.flatMap((option, index) => (option.correct === true ? [optionLetter(index)] : [])).join(',');
    case 'true-false':
      return String(question.answer);
    case 'numeric':
      return plainDecimal(question.answer);
  }
}

/** The header and rows as cells, before escaping (tests compare cells, the file is their text). */
export function csvTable(bank: QuestionBank): { table: string[][]; warnings: string[] } {
  const warnings: string[] = [];
  let optionColumns = MIN_OPTION_COLUMNS;
  for (const chapter of bank.chapters) {
    for (const question of chapter.quiz.questions) {
      if ((question.type === 'single' || question.type === 'multiple') && question.options.length > MIN_OPTION_COLUMNS) {
        optionColumns = Math.max(optionColumns, question.options.length);
        warnings.push(
          `csv: ${questionLabel(chapter.number, question.id)}: has ${question.options.length} options; columns up to option ${optionLetter(question.options.length - 1)} were added, which tools reading A–F will miss.`,
        );
      }
    }
  }
  const letters = Array.from({ length: optionColumns }, (_, index) => optionLetter(index));
  const header = [
    'chapter',
    'question id',
    'lesson',
    'type',
    'question',
    ...letters.map((letter) => `option ${letter}`),
    'correct',
    'explanation',
    'tolerance',
    'unit',
    ...letters.map((letter) => `feedback ${letter}`),
  ];
  const rows = bank.chapters.flatMap((chapter) =>
    chapter.quiz.questions.map((question) => {
      const options = question.type === 'single' || question.type === 'multiple' ? question.options : [];
      return [
        String(chapter.number),
        question.id,
        question.lesson,
        question.type,
        exportText(question.prompt),
        ...letters.map((_, index) => exportText(options[index]?.text ?? '')),
        correctCell(question),
        exportText(question.explanation),
        question.type === 'numeric' ? plainDecimal(question.tolerance) : '',
        question.type === 'numeric' ? (question.unit?.trim() ?? '') : '',
        ...letters.map((_, index) => exportText(options[index]?.feedback ?? '')),
      ];
    }),
  );
  return { table: [header, ...rows], warnings };
}

/** `question-bank.csv` for all the chapters exported. */
export function exportCsv(bank: QuestionBank): ExportResult {
  const { table, warnings } = csvTable(bank);
  const text = table.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
  return { files: [{ path: 'question-bank.csv', contents: BYTE_ORDER_MARK + text }], warnings };
}
