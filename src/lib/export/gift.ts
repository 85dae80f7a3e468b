/**
 * Moodle GIFT: one text file per chapter, opening with a `$CATEGORY:` line for the chapter.
 *
 * Each question is written as
 *
 *     // [id:<question id>] [tag:lesson-<lesson>]
 *     ::<question id>::[markdown]<prompt>{
 *     	=<right option>#<option feedback>
 *     	~<wrong option>
 *     	####<explanation>
 *     }
 *
 * - Texts stay Markdown (`[markdown]` on the stem; options and feedback inherit it) and pass through
 *   `escapeGift`, the one escaping function: `\ ~ = # { } :` get a backslash, and a line break
 *   that would end the question (before a blank line) or hide a line from Moodle (before a line
 *   starting with `//`, which Moodle drops as a comment) is written as GIFT's `\n` escape.
 * - single: `=` marks the right option (see `giftOptionOrder` for the one reordering). multiple: Moodle only allows several answers when no option
 *   starts with `=`, so every option carries a weight: each right one 100/k % (k right options),
 *   each wrong one -100 %. Moodle then gives partial credit for a partly right answer, where the
 *   site grades all-or-nothing; choosing any wrong option still scores 0.
 * - true-false: `{TRUE}` / `{FALSE}`. numeric: `{#answer:tolerance}`; GIFT has no units, so the
 *   unit is appended to the stem as a last paragraph ("(Answer in hours.)").
 * - The explanation is the general feedback (`####`).
 */
import type { ChoiceQuestion, Question, QuestionOption } from '../quiz/schema';
import {
  categoryPath,
  exportText,
  rightOptionWeight,
  unitNote,
  type BankChapter,
  type ExportResult,
  type QuestionBank,
} from './question-bank';
import { plainDecimal } from './plain-decimal';

/** Characters GIFT reads as syntax inside text; each is written with a backslash before it. */
const GIFT_SPECIAL = /[\\~=#{}:]/g;

/**
 * Escapes text for any GIFT text position (stem, option, feedback). Backslash-escapes the special
 * characters; keeps line breaks readable except where GIFT or Moodle would misread them (see the
 * module comment), which become the `\n` escape.
 */
export function escapeGift(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(GIFT_SPECIAL, (special) => `\\${special}`));
  return lines
    .map((line, index) => {
      if (index === 0) return line;
      const joinToPrevious = line.trim() === '' || line.trimStart().startsWith('//');
      return (joinToPrevious ? '\\n' : '\n') + line;
    })
    .join('');
}

/**
 * A text field after an answer marker or `#`. GIFT and Moodle read a leading `%…%` as a weight
 * and a leading `[html]`/`[plain]`… as a format, so such text gets an explicit `[markdown]` first.
 */
function giftField(markdown: string): string {
  const text = exportText(markdown);
  return (/^[%[]/.test(text) ? '[markdown]' : '') + escapeGift(text);
}

/** The GIFT file for one chapter: header comment, `$CATEGORY:`, then one block per question. */
export function renderGiftChapter(courseTitle: string, chapter: BankChapter): string {
  const blocks = [
    [
      `// Chapter ${chapter.number} quiz, exported from content/${chapter.folder}/quiz.yaml.`,
      '// Moodle: Question bank > Import > GIFT format, with "Get category from file" ticked.',
      `$CATEGORY: ${categoryPath(courseTitle, chapter)}`,
    ].join('\n'),
    ...chapter.quiz.questions.map(renderGiftQuestion),
  ];
  return `${blocks.join('\n\n')}\n`;
}

function renderGiftQuestion(question: Question): string {
  const head = `// [id:${question.id}] [tag:lesson-${question.lesson}]`;
  const stemMarkdown =
    question.type === 'numeric' && question.unit !== undefined
      ? `${exportText(question.prompt)}\n\n${unitNote(question.unit)}`
      : exportText(question.prompt);
  const stem = `::${question.id}::[markdown]${escapeGift(stemMarkdown)}`;
  const explanation = `####${giftField(question.explanation)}`;
  switch (question.type) {
    case 'single':
    case 'multiple':
      return [head, `${stem}{`, ...choiceLines(question).map((line) => `\t${line}`), `\t${explanation}`, '}'].join('\n');
    case 'true-false':
      return [head, `${stem}{${question.answer ? 'TRUE' : 'FALSE'}${explanation}}`].join('\n');
    case 'numeric':
      return [head, `${stem}{#${plainDecimal(question.answer)}:${plainDecimal(question.tolerance)}${explanation}}`].join('\n');
  }
}

/**
 * The options in the order they are written: as authored, except that a single-choice question whose
 * first option is the right one and contains "->" has its first two options swapped. GIFT parsers
 * that try matching questions first (gift-pegjs) read `=left -> right` as a matching pair and then
 * fail on the `~` options; Moodle is not affected, and both platforms shuffle options anyway.
 */
export function giftOptionOrder(question: ChoiceQuestion): QuestionOption[] {
  const [first, second, ...rest] = question.options;
  if (question.type === 'single' && first?.correct === true && first.text.includes('->') && second !== undefined) {
    return [second, first, ...rest];
  }
  return question.options;
}

function choiceLines(question: ChoiceQuestion): string[] {
  const rightCount = question.options.filter((option) => option.correct === true).length;
  return giftOptionOrder(question).map((option) => {
    const marker =
      question.type === 'single'
        ? option.correct === true
          ? '='
          : '~'
        : `~%${option.correct === true ? rightOptionWeight(rightCount) : -100}%`;
    const feedback = option.feedback === undefined ? '' : `#${giftField(option.feedback)}`;
    return `${marker}${giftField(option.text)}${feedback}`;
  });
}

/** One `<chapter folder>.gift.txt` per chapter (.txt: Moodle's file picker accepts GIFT as text). */
export function exportGift(bank: QuestionBank): ExportResult {
  return {
    files: bank.chapters.map((chapter) => ({
      path: `${chapter.folder}.gift.txt`,
      contents: renderGiftChapter(bank.courseTitle, chapter),
    })),
    warnings: [],
  };
}
