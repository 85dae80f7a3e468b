/**
 * The shape of a chapter quiz (`content/<NN-chapter>/quiz.yaml`), as described in
 * `content/AUTHORING.md` § Quiz. These schemas are the single definition of that contract: `load.ts`
 * runs every quiz file through them (and turns their issues into author-facing messages), and the
 * exported types are what the quiz page, grading and shuffling work with.
 *
 * Objects are strict so that a typo (`corect: true`) is an error instead of a silently wrong quiz.
 */
import * as z from 'zod';

/** Stable kebab-case identifier: progress is keyed by it, so it must survive edits to the prompt. */
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A lesson number as written in curriculum.json: "<chapter>.<lesson>", e.g. "26.4". */
const LESSON_NUMBER = /^[1-9]\d*\.[1-9]\d*$/;
/** At least one non-space character: an all-blank prompt or explanation is as bad as none. */
const NOT_BLANK = /\S/;

/** Highest chapter number in the course; chapters are numbered 1 … LAST_CHAPTER. */
export const LAST_CHAPTER = 33;
/** Pass mark used when a quiz does not set `passMark`. */
export const DEFAULT_PASS_MARK = 70;

/**
 * Every question type, in the order the authoring guide lists them. Exported so error messages and
 * the UI can list them without repeating the strings.
 */
export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'numeric'] as const;

/** One answer option of a `single` or `multiple` question. */
export const OptionSchema = z
  .strictObject({
    id: z
      .string()
      .regex(KEBAB_CASE)
      .describe('Short id unique within the question, usually a letter: "a", "b", "c". Stored in saved answers.'),
    text: z.string().regex(NOT_BLANK).describe('What the learner reads (Markdown).'),
    correct: z
      .boolean()
      .optional()
      .describe('true on the right answer(s); leave it out on wrong options.'),
    feedback: z
      .string()
      .regex(NOT_BLANK)
      .optional()
      .describe('Shown when the learner chose this option (Markdown): why it is right or tempting but wrong.'),
  })
  .describe('An answer option.');

/** Fields every question has, whatever its type. */
const commonFields = {
  id: z
    .string()
    .regex(KEBAB_CASE)
    .describe('Stable kebab-case id, unique in the file. Saved progress is keyed by it: never reuse a removed id.'),
  lesson: z
    .string()
    .regex(LESSON_NUMBER)
    .describe('Number of the lesson this question tests, as a quoted string: "26.4".'),
  prompt: z.string().regex(NOT_BLANK).describe('The question (Markdown).'),
  explanation: z
    .string()
    .regex(NOT_BLANK)
    .describe('Shown after answering (Markdown): why the right answer is right and the tempting wrong ones are wrong.'),
};

const options = z
  .array(OptionSchema)
  .min(2)
  .describe('At least two options; mark the right one(s) with "correct: true".');

/** A question with exactly one right option (checked by `parseQuiz`, which needs the whole question). */
export const SingleQuestionSchema = z
  .strictObject({
    type: z.literal('single').describe('Choose exactly one option.'),
    ...commonFields,
    options,
  })
  .describe('Single-choice question: exactly one option has "correct: true".');

/** A question with two or more right options, graded all-or-nothing. */
export const MultipleQuestionSchema = z
  .strictObject({
    type: z.literal('multiple').describe('Choose every right option; the prompt says how many.'),
    ...commonFields,
    options,
  })
  .describe('Multiple-choice question: at least two options have "correct: true".');

/** A statement the learner marks true or false. */
export const TrueFalseQuestionSchema = z
  .strictObject({
    type: z.literal('true-false').describe('Decide whether the prompt is true.'),
    ...commonFields,
    answer: z.boolean().describe('Whether the statement in the prompt is true.'),
  })
  .describe('True/false question.');

/** A question answered with a number, accepted within a tolerance. */
export const NumericQuestionSchema = z
  .strictObject({
    type: z.literal('numeric').describe('Type a number.'),
    ...commonFields,
    answer: z.number().describe('The right value.'),
    tolerance: z
      .number()
      .min(0)
      .default(0)
      .describe('Accepted distance from the answer: answer ± tolerance counts as right. 0 (default) means exact.'),
    unit: z.string().regex(NOT_BLANK).optional().describe('Unit shown beside the input, e.g. "hours".'),
  })
  .describe('Numeric question.');

/** Any question; `type` selects which fields apply. */
export const QuestionSchema = z
  .discriminatedUnion('type', [
    SingleQuestionSchema,
    MultipleQuestionSchema,
    TrueFalseQuestionSchema,
    NumericQuestionSchema,
  ])
  .describe('A quiz question.');

/** A whole `quiz.yaml`. Structural rules only; cross-field rules live in `parseQuiz`. */
export const QuizSchema = z
  .strictObject({
    chapter: z.int().min(1).max(LAST_CHAPTER).describe('The chapter this quiz belongs to (1–33).'),
    passMark: z
      .int()
      .min(1)
      .max(100)
      .default(DEFAULT_PASS_MARK)
      .describe('Percent of questions to answer correctly to pass (1–100). Default 70.'),
    questions: z.array(QuestionSchema).describe('The questions, 10–15 per chapter, in the order authored.'),
  })
  .describe('A chapter quiz.');

/** A validated quiz, with defaults applied (`passMark`, `tolerance`). */
export type Quiz = z.output<typeof QuizSchema>;
/** A quiz as written in YAML, before defaults: handy for building quizzes in tests. */
export type QuizInput = z.input<typeof QuizSchema>;
/** Any question. Narrow on `type`. */
export type Question = Quiz['questions'][number];
/** One of `single`, `multiple`, `true-false`, `numeric`. */
export type QuestionType = (typeof QUESTION_TYPES)[number];
/** An answer option of a choice question. */
export type QuestionOption = z.output<typeof OptionSchema>;
/** Single-choice question. */
export type SingleQuestion = z.output<typeof SingleQuestionSchema>;
/** Multiple-choice question. */
export type MultipleQuestion = z.output<typeof MultipleQuestionSchema>;
/** Either kind of choice question: both have `options`. */
export type ChoiceQuestion = SingleQuestion | MultipleQuestion;
/** True/false question. */
export type TrueFalseQuestion = z.output<typeof TrueFalseQuestionSchema>;
/** Numeric question. */
export type NumericQuestion = z.output<typeof NumericQuestionSchema>;

/** Type guard for the questions that have options (and an option order to shuffle). */
export function isChoiceQuestion(question: Question): question is ChoiceQuestion {
  return question.type === 'single' || question.type === 'multiple';
}
