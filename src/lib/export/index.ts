/**
 * Question-bank export: the quizzes as Moodle GIFT, Moodle XML, QTI 2.1 or CSV. Pure: a
 * `QuestionBank` in, files and warnings out. Each format's module documents its decisions.
 */
import { exportCsv } from './csv';
import { exportGift } from './gift';
import { exportMoodleXml } from './moodle-xml';
import { exportQti } from './qti';
import type { ExportFormat, ExportResult, QuestionBank } from './question-bank';

const EXPORTERS: Readonly<Record<ExportFormat, (bank: QuestionBank) => ExportResult>> = {
  gift: exportGift,
  'moodle-xml': exportMoodleXml,
  qti: exportQti,
  csv: exportCsv,
};

/** Exports `bank` in `format`. */
export function exportQuestionBank(bank: QuestionBank, format: ExportFormat): ExportResult {
  return EXPORTERS[format](bank);
}

export { ChapterListError, parseChapterList } from './chapter-list';
export { EXPORT_FORMATS, type BankChapter, type ExportFile, type ExportFormat, type ExportResult, type QuestionBank } from './question-bank';
