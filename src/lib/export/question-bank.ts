/**
 * The input every question-bank exporter shares: the validated chapter quizzes (the same `Quiz`
 * objects the site grades with) plus the names a learning platform shows for them. The exporters are
 * pure: question bank in, file names and contents out; reading quiz.yaml and writing files is the
 * CLI's job (src/cli/export-quizzes.ts).
 */
import type { Question, Quiz } from '../quiz/schema';
import { hasNonXmlCharacter } from './xml';

/** The export formats, as spelt on the command line. */
export const EXPORT_FORMATS = ['gift', 'moodle-xml', 'qti', 'csv'] as const;
/** One of `gift`, `moodle-xml`, `qti`, `csv`. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One chapter's quiz and the names it is filed under. */
export interface BankChapter {
  /** Chapter number, 1–33. */
  number: number;
  /** Chapter title from curriculum.json. */
  title: string;
  /** Chapter folder under content/, e.g. "26-high-availability-disaster-recovery"; names output files. */
  folder: string;
  /** The chapter quiz, as `parseQuiz` returned it. */
  quiz: Quiz;
}

/** What is exported: some chapter quizzes of one course. */
export interface QuestionBank {
  /** Course title (content/course.yaml), the root of the category path. */
  courseTitle: string;
  /** The chapters to export, in the order their files and categories should appear. */
  chapters: readonly BankChapter[];
}

/** A file an exporter produced, relative to the output folder. */
export interface ExportFile {
  /** Relative path with forward slashes, e.g. "26-high-availability-disaster-recovery.gift.txt". */
  path: string;
  /** Text (written as UTF-8) or bytes (the QTI zip). */
  contents: string | Uint8Array;
}

/** An exporter's output: the files, and what the format could not carry (one line each). */
export interface ExportResult {
  files: ExportFile[];
  /** Lines for stderr, each naming the chapter and question concerned. */
  warnings: string[];
}

/**
 * Moodle category path for a chapter: `$course$/top/<course title>/<NN chapter title>`. Moodle
 * splits category paths on "/", and reads "//" as a literal slash, so slashes in titles are doubled.
 * Shared by GIFT ($CATEGORY) and Moodle XML (category question) so both import into the same place.
 */
export function categoryPath(courseTitle: string, chapter: Pick<BankChapter, 'number' | 'title'>): string {
  const segment = (name: string) => name.replace(/\s+/g, ' ').trim().replace(/\//g, '//');
  return ['$course$', 'top', segment(courseTitle), segment(`${String(chapter.number).padStart(2, '0')} ${chapter.title}`)].join('/');
}

/**
 * A Markdown field as exporters write it: line breaks normalised to "\n" and surrounding blank
 * space removed (YAML block scalars end with a newline; GIFT and most importers trim anyway).
 */
export function exportText(markdown: string): string {
  return markdown.replace(/\r\n?/g, '\n').trim();
}

/**
 * The sentence appended to a numeric question's stem in formats without units (GIFT), so the
 * learner still sees what the site shows beside the input.
 */
export function unitNote(unit: string): string {
  return `(Answer in ${unit.trim()}.)`;
}

/** "chapter 26, question pilot-light-rto": how warnings and errors name a question. */
export function questionLabel(chapter: number, questionId: string): string {
  return `chapter ${chapter}, question ${questionId}`;
}

/**
 * Weight of each right option of a `multiple` question with `rightCount` right options, in percent
 * with at most five decimals (100/3 → 33.33333), the precision Moodle's grade list uses.
 */
export function rightOptionWeight(rightCount: number): number {
  return Number((100 / rightCount).toFixed(5));
}

/** Every text of a question an exporter writes: prompt, explanation, options, feedback, unit. */
export function questionTexts(question: Question): string[] {
  return [
    question.prompt,
    question.explanation,
    ...(question.type === 'single' || question.type === 'multiple'
      ? question.options.flatMap((option) => [option.text, ...(option.feedback === undefined ? [] : [option.feedback])])
      : []),
    ...(question.type === 'numeric' && question.unit !== undefined ? [question.unit] : []),
  ];
}

/**
 * One warning per question holding a character XML 1.0 cannot carry (`escapeXml` writes U+FFFD
 * instead), for the XML-based formats.
 */
export function nonXmlCharacterWarnings(format: ExportFormat, chapter: BankChapter): string[] {
  return chapter.quiz.questions
    .filter((question) => questionTexts(question).some(hasNonXmlCharacter))
    .map((question) => `${format}: ${questionLabel(chapter.number, question.id)}: a control character XML cannot carry was written as U+FFFD.`);
}
