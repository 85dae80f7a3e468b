import { describe, expect, test } from 'vitest';
import { gradeAttempt, gradeQuestion, numericAnswerMatches, parseNumericInput } from '~/lib/quiz/grade';
import { QuizResponseSchema, responseKindFor, type QuizResponse } from '~/lib/quiz/response';
import { multiple, numeric, quizOf, single, trueFalse } from './build-quiz';

const choice = (...optionIds: string[]): QuizResponse => ({ kind: 'choice', optionIds });
const bool = (value: boolean): QuizResponse => ({ kind: 'boolean', value });
const num = (value: number): QuizResponse => ({ kind: 'number', value });
/** A value read back from storage that is not a valid response. */
const garbage = (value: unknown) => value as QuizResponse;

describe('gradeQuestion: single choice', () => {
  const question = single('pilot-light-rto', '26.2', ['a', 'b', 'c', 'd'], 'b');

  test('the right option is correct and reports what to highlight', () => {
    expect(gradeQuestion(question, choice('b'))).toEqual({
      questionId: 'pilot-light-rto',
      lesson: '26.2',
      status: 'correct',
      correctOptionIds: ['b'],
      chosenOptionIds: ['b'],
      wrongOptionIds: [],
      missedOptionIds: [],
    });
  });

  test('a wrong option is incorrect and names the right one', () => {
    expect(gradeQuestion(question, choice('c'))).toMatchObject({
      status: 'incorrect',
      correctOptionIds: ['b'],
      wrongOptionIds: ['c'],
      missedOptionIds: ['b'],
    });
  });

  test('choosing the right option plus another is incorrect', () => {
    expect(gradeQuestion(question, choice('b', 'a')).status).toBe('incorrect');
  });

  test('choosing the same option twice counts once', () => {
    expect(gradeQuestion(question, choice('b', 'b')).status).toBe('correct');
  });

  test('no response, or no option chosen, is unanswered and still shows the right answer', () => {
    expect(gradeQuestion(question, undefined)).toEqual({
      questionId: 'pilot-light-rto',
      lesson: '26.2',
      status: 'unanswered',
      correctOptionIds: ['b'],
    });
    expect(gradeQuestion(question, choice()).status).toBe('unanswered');
    expect(gradeQuestion(question, garbage(null)).status).toBe('unanswered');
  });

  test('an option id the question does not have (a saved answer from before an edit) is incorrect, flagged', () => {
    const grade = gradeQuestion(question, choice('b', 'z'));
    expect(grade.status).toBe('incorrect');
    expect(grade.mismatch).toBe(true);
    expect(grade.chosenOptionIds).toEqual(['b']);
  });

  test.each([
    ['a boolean response', bool(true)],
    ['a number response', num(2)],
    ['a choice without optionIds', garbage({ kind: 'choice' })],
    ['optionIds that are not strings', garbage({ kind: 'choice', optionIds: [1, 2] })],
    ['a string', garbage('b')],
    ['a list', garbage(['b'])],
  ])('%s is incorrect, not a crash', (_, response) => {
    const grade = gradeQuestion(question, response);
    expect(grade.status).toBe('incorrect');
    expect(grade.mismatch).toBe(true);
  });
});

describe('gradeQuestion: multiple choice (all or nothing)', () => {
  const question = multiple('pick-two', '26.4', ['a', 'b', 'c', 'd'], ['a', 'c']);

  test('exactly the right options, in any order, are correct', () => {
    expect(gradeQuestion(question, choice('c', 'a')).status).toBe('correct');
  });

  test('one right option missing is incorrect, and names the missed one', () => {
    expect(gradeQuestion(question, choice('a'))).toMatchObject({
      status: 'incorrect',
      missedOptionIds: ['c'],
      wrongOptionIds: [],
    });
  });

  test('an extra wrong option is incorrect, and names it', () => {
    expect(gradeQuestion(question, choice('a', 'b', 'c'))).toMatchObject({
      status: 'incorrect',
      missedOptionIds: [],
      wrongOptionIds: ['b'],
    });
  });

  test('every option chosen is incorrect', () => {
    expect(gradeQuestion(question, choice('a', 'b', 'c', 'd')).status).toBe('incorrect');
  });

  test('options are reported in authored order, whatever order they were chosen in', () => {
    expect(gradeQuestion(question, choice('d', 'c', 'b')).chosenOptionIds).toEqual(['b', 'c', 'd']);
  });
});

describe('gradeQuestion: true/false', () => {
  const question = trueFalse('vault-lock', '26.4', false);

  test('the right value is correct, the other incorrect; both show the answer', () => {
    expect(gradeQuestion(question, bool(false))).toEqual({
      questionId: 'vault-lock',
      lesson: '26.4',
      status: 'correct',
      correctAnswer: false,
    });
    expect(gradeQuestion(question, bool(true))).toMatchObject({ status: 'incorrect', correctAnswer: false });
  });

  test('unanswered', () => {
    expect(gradeQuestion(question, undefined).status).toBe('unanswered');
  });

  test.each([
    ['a choice response', choice('false')],
    ['a number', num(0)],
    ['the string "false"', garbage({ kind: 'boolean', value: 'false' })],
  ])('%s is incorrect, flagged as not fitting', (_, response) => {
    expect(gradeQuestion(question, response)).toMatchObject({ status: 'incorrect', mismatch: true });
  });
});

describe('gradeQuestion: numeric', () => {
  const rpo = numeric('worst-rpo', '26.1', 4, 0.1);

  test.each([
    [4, 'correct'],
    [4.1, 'correct'],
    [3.9, 'correct'], // 4 - 3.9 is 0.10000000000000009 in floating point
    [4.05, 'correct'],
    [4.11, 'incorrect'],
    [3.89, 'incorrect'],
    [-4, 'incorrect'],
  ])('answer 4 ± 0.1: %s is %s', (value, status) => {
    expect(gradeQuestion(rpo, num(value)).status).toBe(status);
  });

  test('exact answers tolerate floating-point rounding: 0.1 + 0.2 is 0.3', () => {
    expect(gradeQuestion(numeric('q', '26.1', 0.3), num(0.1 + 0.2)).status).toBe('correct');
    expect(gradeQuestion(numeric('q', '26.1', 0.3), num(0.31)).status).toBe('incorrect');
  });

  test('exact answers are still exact at any magnitude', () => {
    const big = numeric('q', '26.1', 1_000_000);
    expect(gradeQuestion(big, num(1_000_000)).status).toBe('correct');
    expect(gradeQuestion(big, num(1_000_000.5)).status).toBe('incorrect');
    const small = numeric('q', '26.1', 0.0001);
    expect(gradeQuestion(small, num(0.0001)).status).toBe('correct');
    expect(gradeQuestion(small, num(0.0002)).status).toBe('incorrect');
    expect(gradeQuestion(numeric('q', '26.1', 0), num(1e-12)).status).toBe('incorrect');
  });

  test('shows the right answer', () => {
    expect(gradeQuestion(rpo, num(7))).toEqual({
      questionId: 'worst-rpo',
      lesson: '26.1',
      status: 'incorrect',
      correctAnswer: 4,
    });
  });

  test.each([
    ['NaN', num(Number.NaN)],
    ['Infinity', num(Number.POSITIVE_INFINITY)],
    ['null (what JSON makes of NaN)', garbage({ kind: 'number', value: null })],
    ['a numeric string', garbage({ kind: 'number', value: '4' })],
    ['a boolean response', bool(true)],
  ])('%s is incorrect, not a crash', (_, response) => {
    expect(gradeQuestion(rpo, response)).toMatchObject({ status: 'incorrect', mismatch: true });
  });

  test('numericAnswerMatches is false for non-finite values', () => {
    expect(numericAnswerMatches(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, 0)).toBe(false);
    expect(numericAnswerMatches(Number.NaN, 4, 100)).toBe(false);
  });
});

describe('gradeAttempt', () => {
  const quiz = quizOf(
    [
      single('q1', '26.2', ['a', 'b'], 'a'),
      multiple('q2', '26.10', ['a', 'b', 'c'], ['a', 'b']),
      trueFalse('q3', '26.4', true),
      numeric('q4', '26.1', 4, 0.1),
      trueFalse('q5', '26.2', false),
    ],
    60,
  );

  test('counts, scores and lists the lessons to revisit in curriculum order (26.10 after 26.4)', () => {
    const grade = gradeAttempt(quiz, {
      q1: choice('b'), // wrong, 26.2
      q2: choice('a'), // wrong, 26.10
      q3: bool(true),
      q4: num(4.1),
      // q5 unanswered, 26.2 again
    });
    expect(grade).toMatchObject({ correct: 2, total: 5, answered: 4, percent: 40, passMark: 60, passed: false });
    expect(grade.perQuestion.map((question) => [question.questionId, question.status])).toEqual([
      ['q1', 'incorrect'],
      ['q2', 'incorrect'],
      ['q3', 'correct'],
      ['q4', 'correct'],
      ['q5', 'unanswered'],
    ]);
    expect(grade.lessonsToRevisit).toEqual(['26.2', '26.10']);
  });

  test('passes at exactly the pass mark', () => {
    const grade = gradeAttempt(quiz, { q1: choice('a'), q2: choice('a', 'b'), q3: bool(true) });
    expect(grade).toMatchObject({ correct: 3, total: 5, percent: 60, passed: true });
  });

  test('rounds the percent down, so 69.2% does not pass a 70% mark', () => {
    const thirteen = quizOf(
      Array.from({ length: 13 }, (_, index) => trueFalse(`q${index}`, '26.1', true)),
    );
    const responses = Object.fromEntries(
      thirteen.questions.map((question, index) => [question.id, bool(index < 9)]),
    );
    const grade = gradeAttempt(thirteen, responses);
    expect(grade).toMatchObject({ correct: 9, total: 13, percent: 69, passMark: 70, passed: false });
  });

  test('a perfect attempt is 100% and has nothing to revisit', () => {
    const grade = gradeAttempt(quiz, {
      q1: choice('a'),
      q2: choice('b', 'a'),
      q3: bool(true),
      q4: num(3.95),
      q5: bool(false),
    });
    expect(grade).toMatchObject({ correct: 5, percent: 100, passed: true, lessonsToRevisit: [] });
  });

  test('grades only the given questions, in the given order, skipping ids the quiz no longer has', () => {
    const grade = gradeAttempt(quiz, { q3: bool(true), q1: choice('a') }, ['q3', 'removed-question', 'q1', 'q3']);
    expect(grade.perQuestion.map((question) => question.questionId)).toEqual(['q3', 'q1']);
    expect(grade).toMatchObject({ correct: 2, total: 2, percent: 100, passed: true });
  });

  test('an attempt with no questions scores 0 and does not pass', () => {
    expect(gradeAttempt(quiz, {}, [])).toMatchObject({ correct: 0, total: 0, percent: 0, passed: false });
  });

  test('responses to questions that are not graded are ignored', () => {
    expect(gradeAttempt(quiz, { unknown: bool(true) }).correct).toBe(0);
  });

  test('a question id such as "constructor" is not confused with Object.prototype', () => {
    const tricky = quizOf([trueFalse('constructor', '26.1', true)]);
    expect(gradeAttempt(tricky, {}).perQuestion[0]?.status).toBe('unanswered');
  });

  test('responses survive a round trip through JSON (localStorage) unchanged', () => {
    const responses = { q1: choice('a'), q2: choice('b', 'a'), q3: bool(true), q4: num(4.1), q5: bool(true) };
    const stored: unknown = JSON.parse(JSON.stringify(responses));
    const restored = Object.fromEntries(
      Object.entries(stored as Record<string, unknown>).map(([id, value]) => [id, QuizResponseSchema.parse(value)]),
    );
    expect(gradeAttempt(quiz, restored)).toEqual(gradeAttempt(quiz, responses));
  });
});

describe('QuizResponseSchema', () => {
  test('rejects what storage may hold but grading cannot use', () => {
    expect(QuizResponseSchema.safeParse({ kind: 'number', value: null }).success).toBe(false);
    expect(QuizResponseSchema.safeParse({ kind: 'choice', optionIds: 'a' }).success).toBe(false);
    expect(QuizResponseSchema.safeParse({ kind: 'text', value: 'a' }).success).toBe(false);
  });

  test('responseKindFor tells the UI which input a question needs', () => {
    expect(responseKindFor(single('a', '26.1', ['a', 'b'], 'a'))).toBe('choice');
    expect(responseKindFor(multiple('b', '26.1', ['a', 'b'], ['a', 'b']))).toBe('choice');
    expect(responseKindFor(trueFalse('c', '26.1', true))).toBe('boolean');
    expect(responseKindFor(numeric('d', '26.1', 1))).toBe('number');
  });
});

describe('parseNumericInput', () => {
  test.each([
    ['4', 4],
    ['4.5', 4.5],
    ['4,5', 4.5],
    [' 1e3 ', 1000],
    ['-2.5', -2.5],
    ['+3', 3],
    ['\u22123', -3],
    ['.5', 0.5],
    ['0,125', 0.125],
    ['1000', 1000],
    ['1.000', 1],
    ['2E-3', 0.002],
    ['-0', 0],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumericInput(text)).toEqual({ ok: true, value });
  });

  test.each([
    ['', 'Enter a number.'],
    ['   ', 'Enter a number.'],
    ['abc', 'Enter a number, such as 4, 4.5 or 4,5.'],
    ['4..5', 'Enter a number, such as 4, 4.5 or 4,5.'],
    ['4 hours', 'Enter a number, such as 4, 4.5 or 4,5.'],
    ['Infinity', 'Enter a number, such as 4, 4.5 or 4,5.'],
    ['NaN', 'Enter a number, such as 4, 4.5 or 4,5.'],
    ['0x10', 'Enter a number, such as 4, 4.5 or 4,5.'],
    ['1e999', 'That number is too large.'],
    ['1 000', 'Remove the spaces inside the number (write 1000, not 1 000).'],
    ['1,000.5', 'Use one decimal separator and no thousands separator, e.g. 1000.5.'],
    ['1,000', '"1,000" could mean 1000 or 1. Write 1000, or 1.000 for a decimal.'],
    ['-2,500', '"-2,500" could mean -2500 or -2.5. Write -2500, or -2.500 for a decimal.'],
  ])('rejects %j: %s', (text, error) => {
    expect(parseNumericInput(text)).toEqual({ ok: false, error });
  });
});
