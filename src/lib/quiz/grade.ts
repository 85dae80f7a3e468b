/**
 * Grading: pure functions from a quiz and the learner's responses to what the results screen shows.
 * No randomness, no storage, no DOM, so the quiz page and the progress page grade identically and the
 * rules are unit-tested here.
 *
 * Responses come from localStorage and may predate an edit of the quiz (an option removed, a question
 * changed type). Such a response is graded "incorrect" and flagged `mismatch`, never thrown on.
 */
import { compareLessonNumbers } from './lesson-number';
import type { QuizResponse } from './response';
import type { ChoiceQuestion, NumericQuestion, Question, Quiz, TrueFalseQuestion } from './schema';

/** Outcome of one question. */
export type GradeStatus = 'correct' | 'incorrect' | 'unanswered';

/** Everything the results screen needs to show for one question, besides the question itself. */
export interface QuestionGrade {
  questionId: string;
  /** The lesson the question tests, to link "revisit 26.4". */
  lesson: string;
  status: GradeStatus;
  /**
   * The response does not fit the question (wrong kind, option ids the question does not have, a
   * non-finite number): usually an answer saved before the quiz was edited. Graded incorrect; the UI
   * may ask the learner to answer again.
   */
  mismatch?: true;
  /** Choice questions: the right options, in authored order. */
  correctOptionIds?: string[];
  /** Choice questions: the chosen options that exist, in authored order, without duplicates. */
  chosenOptionIds?: string[];
  /** Choice questions: chosen options that are wrong. */
  wrongOptionIds?: string[];
  /** Choice questions: right options that were not chosen. */
  missedOptionIds?: string[];
  /** True/false and numeric questions: the right answer. */
  correctAnswer?: boolean | number;
}

/** The result of a whole attempt. */
export interface AttemptGrade {
  /** Questions answered correctly. */
  correct: number;
  /** Questions graded (the whole quiz, or the requested subset that exists). */
  total: number;
  /** Questions with a response, right or wrong. */
  answered: number;
  /**
   * `correct / total` as a whole percent, rounded down, so the score never shows more than was earned
   * (9 of 13 is 69%, not 70%). Because `passMark` is a whole number this makes `percent >= passMark`
   * exactly `correct / total >= passMark / 100`. 0 when `total` is 0.
   */
  percent: number;
  /** The quiz's pass mark, for "you need 70%". */
  passMark: number;
  /** `percent >= passMark`; false for an empty attempt. */
  passed: boolean;
  /** One grade per graded question, in the order of `questionIds` if given, else authored order. */
  perQuestion: QuestionGrade[];
  /** Lessons of the incorrect or unanswered questions, unique, in curriculum order. */
  lessonsToRevisit: string[];
}

/**
 * Grades one question. All-or-nothing: a `multiple` question is correct only when exactly the right
 * options are chosen. Never throws, whatever `response` holds.
 */
export function gradeQuestion(question: Question, response: QuizResponse | undefined): QuestionGrade {
  const base = { questionId: question.id, lesson: question.lesson };
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { ...base, ...gradeChoice(question, response) };
    case 'true-false':
      return { ...base, ...gradeTrueFalse(question, response) };
    case 'numeric':
      return { ...base, ...gradeNumeric(question, response) };
  }
}

type Graded = Omit<QuestionGrade, 'questionId' | 'lesson'>;

function gradeChoice(question: ChoiceQuestion, response: unknown): Graded {
  const correctOptionIds = question.options.filter((option) => option.correct === true).map((option) => option.id);
  const result = { correctOptionIds };
  if (isUnanswered(response)) return { status: 'unanswered', ...result };
  if (!isRecord(response) || response.kind !== 'choice' || !Array.isArray(response.optionIds)) {
    return { status: 'incorrect', mismatch: true, ...result };
  }
  const chosen = new Set(response.optionIds as unknown[]);
  const known = new Set(question.options.map((option) => option.id));
  const right = new Set(correctOptionIds);
  const chosenOptionIds = question.options.map((option) => option.id).filter((id) => chosen.has(id));
  const wrongOptionIds = chosenOptionIds.filter((id) => !right.has(id));
  const missedOptionIds = correctOptionIds.filter((id) => !chosen.has(id));
  const details = { ...result, chosenOptionIds, wrongOptionIds, missedOptionIds };
  if ([...chosen].some((id) => typeof id !== 'string' || !known.has(id))) {
    return { status: 'incorrect', mismatch: true, ...details };
  }
  const status = wrongOptionIds.length === 0 && missedOptionIds.length === 0 ? 'correct' : 'incorrect';
  return { status, ...details };
}

function gradeTrueFalse(question: TrueFalseQuestion, response: unknown): Graded {
  const result = { correctAnswer: question.answer };
  if (isUnanswered(response)) return { status: 'unanswered', ...result };
  if (!isRecord(response) || response.kind !== 'boolean' || typeof response.value !== 'boolean') {
    return { status: 'incorrect', mismatch: true, ...result };
  }
  return { status: response.value === question.answer ? 'correct' : 'incorrect', ...result };
}

function gradeNumeric(question: NumericQuestion, response: unknown): Graded {
  const result = { correctAnswer: question.answer };
  if (isUnanswered(response)) return { status: 'unanswered', ...result };
  if (
    !isRecord(response) ||
    response.kind !== 'number' ||
    typeof response.value !== 'number' ||
    !Number.isFinite(response.value)
  ) {
    return { status: 'incorrect', mismatch: true, ...result };
  }
  const status = numericAnswerMatches(response.value, question.answer, question.tolerance) ? 'correct' : 'incorrect';
  return { status, ...result };
}

/**
 * Relative slack added to a numeric tolerance so binary floating point cannot fail a right answer
 * (0.1 + 0.2 vs 0.3, or 4 − 3.9 = 0.10000000000000009 vs tolerance 0.1). A billionth of the
 * magnitude: far above rounding error (~1e-16) and far below any tolerance worth writing.
 */
export const NUMERIC_RELATIVE_EPSILON = 1e-9;

/**
 * Whether `value` is within `tolerance` of `answer`, allowing for floating-point rounding. Symmetric
 * in `value` and `answer`. Exported for the UI to preview and for tests.
 */
export function numericAnswerMatches(value: number, answer: number, tolerance: number): boolean {
  if (!Number.isFinite(value) || !Number.isFinite(answer)) return false;
  const slack = NUMERIC_RELATIVE_EPSILON * Math.max(Math.abs(value), Math.abs(answer));
  return Math.abs(value - answer) <= Math.max(0, tolerance) + slack;
}

/**
 * Grades an attempt at `quiz`: every question, or only `questionIds` (a retry of the missed ones, or
 * the order `shuffleAttempt` produced, which `perQuestion` then follows). Ids in `questionIds` that
 * the quiz no longer has are skipped, and repeated ids count once, so a stale saved attempt still
 * grades. A question without a response counts as unanswered, hence not correct.
 */
export function gradeAttempt(
  quiz: Quiz,
  responses: Readonly<Record<string, QuizResponse | undefined>>,
  questionIds?: readonly string[],
): AttemptGrade {
  const byId = new Map(quiz.questions.map((question) => [question.id, question]));
  const questions =
    questionIds === undefined
      ? quiz.questions
      : [...new Set(questionIds)].flatMap((id) => {
          const question = byId.get(id);
          return question ? [question] : [];
        });

  const perQuestion = questions.map((question) =>
    // Object.hasOwn: a question id such as "constructor" must not read Object.prototype.
    gradeQuestion(question, Object.hasOwn(responses, question.id) ? responses[question.id] : undefined),
  );
  const total = perQuestion.length;
  const correct = perQuestion.filter((grade) => grade.status === 'correct').length;
  const answered = perQuestion.filter((grade) => grade.status !== 'unanswered').length;
  const percent = total === 0 ? 0 : Math.floor((correct * 100) / total);
  const lessonsToRevisit = [
    ...new Set(perQuestion.filter((grade) => grade.status !== 'correct').map((grade) => grade.lesson)),
  ].sort(compareLessonNumbers);

  return {
    correct,
    total,
    answered,
    percent,
    passMark: quiz.passMark,
    passed: total > 0 && percent >= quiz.passMark,
    perQuestion,
    lessonsToRevisit,
  };
}

/** Result of reading the numeric input field: the number, or a message to show beside the field. */
export type NumericInputResult = { ok: true; value: number } | { ok: false; error: string };

/**
 * Reads what a learner typed into a numeric answer field. Accepts an optional sign, a decimal point
 * or a decimal comma ("4.5", "4,5"), and an exponent ("1e3"), with surrounding spaces. Rejects
 * anything else with a message saying what to type, including "1,000", which could be a thousand or
 * one: a decimal comma followed by exactly three digits is ambiguous, so the learner is asked to
 * choose (a decimal point is always read as a decimal point).
 */
export function parseNumericInput(text: string): NumericInputResult {
  const input = text.trim().replace(/\u2212/g, '-');
  if (input === '') return { ok: false, error: 'Enter a number.' };
  if (/\d\s+\d/.test(input)) {
    return { ok: false, error: 'Remove the spaces inside the number (write 1000, not 1 000).' };
  }
  if (input.includes('.') && input.includes(',')) {
    return { ok: false, error: 'Use one decimal separator and no thousands separator, e.g. 1000.5.' };
  }
  const ambiguous = /^([+-]?)([1-9]\d{0,2}),(\d{3})$/.exec(input);
  if (ambiguous) {
    const [, sign = '', whole = '', fraction = ''] = ambiguous;
    return {
      ok: false,
      error: `"${input}" could mean ${sign}${whole}${fraction} or ${sign}${Number(`${whole}.${fraction}`)}. Write ${sign}${whole}${fraction}, or ${sign}${whole}.${fraction} for a decimal.`,
    };
  }
  if (!/^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/.test(input)) {
    return { ok: false, error: 'Enter a number, such as 4, 4.5 or 4,5.' };
  }
  const value = Number(input.replace(',', '.'));
  if (!Number.isFinite(value)) return { ok: false, error: 'That number is too large.' };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

function isUnanswered(response: unknown): boolean {
  return (
    response === undefined ||
    response === null ||
    (isRecord(response) && response.kind === 'choice' && Array.isArray(response.optionIds) && response.optionIds.length === 0)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
