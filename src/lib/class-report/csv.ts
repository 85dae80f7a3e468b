/**
 * The class report as CSV (RFC 4180), for a spreadsheet or a school's records.
 *
 * Learner names come from files learners named themselves, so every text cell is guarded against
 * formula injection: a cell starting with =, +, -, @, a tab or a carriage return (also after leading
 * spaces) gets a leading apostrophe, which spreadsheets show as text instead of running it. Numbers
 * are written by this module and never guarded. Fractions of a lesson use a dot ("3.5"); lesson
 * counts and totals are separate columns, because "3/5" opens as 3 May in a spreadsheet.
 */

import type { ClassReport } from './report';

/** A CSV cell: text (guarded and quoted as needed), a number, or empty. */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r]/;

/** Prefixes an apostrophe to text a spreadsheet would read as a formula. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell in RFC 4180 form: quoted (with doubled quotes) when it holds a comma, quote or line break. */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new RangeError(`CSV cell ${cell} is not a finite number`);
    return String(cell);
  }
  const text = guardFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text: fields separated by commas, every record ended by CRLF (RFC 4180). */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** A mean to one decimal, as a number (3.45 → 3.5, 4 → 4). */
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/**
 * The report's rows as CSV cells: a header, one record per learner in the report's order, then the
 * class averages. Per chapter: lessons done (the header says out of how many) and, for chapters
 * with a quiz, the best quiz percent (empty when not taken).
 */
export function classReportRows(report: ClassReport): CsvCell[][] {
  const header: CsvCell[] = ['Learner', 'File', 'Exported'];
  for (const c of report.chapters) {
    header.push(`${c.number}. ${c.title}: lessons done (of ${c.lessons.length})`);
    if (c.hasQuiz) header.push(`${c.number}. ${c.title}: best quiz %`);
  }
  header.push(`All chapters: lessons done (of ${report.averages.overall.total})`, 'All chapters: lessons %');

  const learnerRows = report.rows.map((row): CsvCell[] => {
    const cells: CsvCell[] = [row.name, row.fileName, row.exportedAt ?? null];
    row.chapters.forEach((result, i) => {
      cells.push(result.done);
      if (report.chapters[i]!.hasQuiz) cells.push(result.quiz?.best ?? null);
    });
    cells.push(row.overall.done, row.overall.percent);
    return cells;
  });

  const { averages } = report;
  const averageRow: CsvCell[] = [`Class average (${averages.learners} ${averages.learners === 1 ? 'learner' : 'learners'})`, null, null];
  averages.chapters.forEach((average, i) => {
    averageRow.push(oneDecimal(average.meanDone));
    if (report.chapters[i]!.hasQuiz) averageRow.push(average.quiz?.meanBest ?? null);
  });
  averageRow.push(oneDecimal(averages.overall.meanDone), averages.overall.percent);

  return [header, ...learnerRows, averageRow];
}

/** The report as CSV text. */
export function classReportCsv(report: ClassReport): string {
  return toCsv(classReportRows(report));
}

/** "class-report-2026-11-27.csv": the name the download gets (UTC date, like progress exports). */
export function classReportFileName(now: Date): string {
  return `class-report-${now.toISOString().slice(0, 10)}.csv`;
}
