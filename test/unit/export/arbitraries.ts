// fast-check generators of valid quizzes whose texts are made of everything the export formats
// treat as syntax: GIFT's specials and markers, XML's, CSV's, Markdown's, blank lines, lines
// starting with "//", non-ASCII and astral characters, and fenced code.
import fc from 'fast-check';
import type { BankChapter } from '~/lib/export/question-bank';
import { hasNonXmlCharacter } from '~/lib/export/xml';
import { QuizSchema, type Question, type QuestionOption } from '~/lib/quiz/schema';

const TOKENS = [
  '{', '}', '~', '=', '#', ':', '\\', '"', "'", '<tag>', '</b>', '&', '&amp;', '&#13;', ']]>', '%', '%50%', '%-100%',
  '[html]', '[markdown]', '->', '//', '####', '::', '\\n', '$CATEGORY:', 'TRUE', 'F', ',', ';',
  'é', '日本語', '≤', '😀', '\u00a0', '`', '``', '*', '**', '_', '[', ']', '(', ')', '![x](y)', '[a](/b/ "t")',
  ' ', '  ', '\t', '\n', '\n\n', '\n  \n', '\r\n', '\n// comment', '\n- item', '\n1. item', '\n# heading',
  'word', 'Word', '42', '-3.5',
  '\n```hcl\nresource "x" "y" {\n  a = "${var.b}" # c\n\n  // d\n}\n```\n',
];

/** Texts an author could write (non-blank, no characters XML cannot carry: those are warned about). */
export const text: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }) }), {
    minLength: 1,
    maxLength: 16,
  })
  .map((parts) => parts.join(''))
  .filter((value) => /\S/.test(value) && !hasNonXmlCharacter(value));

const lesson = fc.constantFrom('26.1', '26.2', '26.3', '26.4');
const number = fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => (value === 0 ? 0 : value));
const tolerance = fc.oneof(fc.constant(0), fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }).map((value) => (value === 0 ? 0 : value)));

const choice = (id: string, type: 'single' | 'multiple') =>
  fc.integer({ min: 2, max: 8 }).chain((count) =>
    fc
      .record({
        texts: fc.array(text, { minLength: count, maxLength: count }),
        feedback: fc.array(fc.option(text, { nil: undefined }), { minLength: count, maxLength: count }),
        right:
          type === 'single'
            ? fc.nat({ max: count - 1 }).map((index) => [index])
            : fc.uniqueArray(fc.nat({ max: count - 1 }), { minLength: 2, maxLength: count }),
        prompt: text,
        explanation: text,
        lesson,
      })
      .map(({ texts, feedback, right, ...rest }) => ({
        id,
        type,
        ...rest,
        options: texts.map(
          (optionText, index): QuestionOption => ({
            id: String.fromCharCode(97 + index),
            text: optionText,
            ...(right.includes(index) ? { correct: true } : {}),
            ...(feedback[index] === undefined ? {} : { feedback: feedback[index] }),
          }),
        ),
      })),
  );

const question = (id: string): fc.Arbitrary<Question> =>
  fc.oneof(
    choice(id, 'single'),
    choice(id, 'multiple'),
    fc.record({ id: fc.constant(id), type: fc.constant('true-false' as const), lesson, prompt: text, explanation: text, answer: fc.boolean() }),
    fc
      .record({ lesson, prompt: text, explanation: text, answer: number, tolerance, unit: fc.option(text.map((unit) => unit.replace(/\s+/g, ' ')), { nil: undefined }) })
      .map(({ unit, ...rest }) => ({ id, type: 'numeric' as const, ...rest, ...(unit === undefined || unit.trim() === '' ? {} : { unit }) })),
  );

/** A valid chapter quiz of 1–6 questions, checked by the real schema, with a hostile title. */
export const chapter: fc.Arbitrary<BankChapter> = fc
  .integer({ min: 1, max: 6 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => question(`q${index + 1}`))))
  .chain((questions) =>
    fc.record({
      number: fc.integer({ min: 1, max: 33 }),
      title: text,
      folder: fc.constant('26-generated'),
      quiz: fc.constant(QuizSchema.parse({ chapter: 26, questions })),
    }),
  );

/** A course title as hostile as the texts. */
export const courseTitle = text;
