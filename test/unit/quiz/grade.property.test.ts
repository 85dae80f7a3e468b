import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { gradeAttempt, gradeQuestion, numericAnswerMatches, parseNumericInput } from '~/lib/quiz/grade';
import { compareLessonNumbers } from '~/lib/quiz/lesson-number';
import type { QuizResponse } from '~/lib/quiz/response';
import type { ChoiceQuestion, Question } from '~/lib/quiz/schema';
import { multiple, numeric, quizOf, single, trueFalse } from './build-quiz';

/** Distinct option ids, 2–8 of them. */
const optionIds = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), { minLength: 2, maxLength: 8 });

/** A valid choice question: single with exactly one right option, multiple with at least two. */
const choiceQuestion: fc.Arbitrary<ChoiceQuestion> = optionIds.chain((ids) =>
  fc.oneof(
    fc.constantFrom(...ids).map((correct) => single('q', '26.1', ids, correct)),
    fc
      .subarray(ids, { minLength: 2 })
      .map((correct) => multiple('q', '26.1', ids, correct)),
  ),
);

const rightIds = (question: ChoiceQuestion) =>
  question.options.filter((option) => option.correct === true).map((option) => option.id);

describe('choice grading properties', () => {
  test('the right options, in any order and even repeated, always grade correct', () => {
    fc.assert(
      fc.property(
        choiceQuestion.chain((question) =>
          fc.tuple(fc.constant(question), fc.shuffledSubarray(rightIds(question), { minLength: rightIds(question).length })),
        ),
        fc.boolean(),
        ([question, shuffled], repeat) => {
          const optionIds = repeat ? [...shuffled, ...shuffled] : shuffled;
          expect(gradeQuestion(question, { kind: 'choice', optionIds }).status).toBe('correct');
        },
      ),
    );
  });

  test('multiple: leaving out one right option makes it incorrect', () => {
    fc.assert(
      fc.property(
        choiceQuestion.filter((question) => question.type === 'multiple'),
        fc.nat(),
        (question, pick) => {
          const right = rightIds(question);
          const left = right.filter((_, index) => index !== pick % right.length);
          expect(gradeQuestion(question, { kind: 'choice', optionIds: left }).status).toBe('incorrect');
        },
      ),
    );
  });

  test('multiple: adding one wrong option makes it incorrect', () => {
    fc.assert(
      fc.property(
        choiceQuestion.filter(
          (question) => question.type === 'multiple' && question.options.some((option) => option.correct !== true),
        ),
        fc.nat(),
        (question, pick) => {
          const wrong = question.options.filter((option) => option.correct !== true).map((option) => option.id);
          const optionIds = [...rightIds(question), wrong[pick % wrong.length]!];
          const grade = gradeQuestion(question, { kind: 'choice', optionIds });
          expect(grade.status).toBe('incorrect');
          expect(grade.wrongOptionIds).toHaveLength(1);
        },
      ),
    );
  });

  test('any response made of known option ids grades correct exactly when it is the set of right ones', () => {
    fc.assert(
      fc.property(
        choiceQuestion.chain((question) =>
          fc.tuple(fc.constant(question), fc.subarray(question.options.map((option) => option.id))),
        ),
        ([question, chosen]) => {
          const expected =
            chosen.length === 0
              ? 'unanswered'
              : [...chosen].sort().join() === [...rightIds(question)].sort().join()
                ? 'correct'
                : 'incorrect';
          expect(gradeQuestion(question, { kind: 'choice', optionIds: chosen }).status).toBe(expected);
        },
      ),
    );
  });

  test('never throws, whatever was stored as the response', () => {
    fc.assert(
      fc.property(choiceQuestion, fc.anything(), (question, response) => {
        const grade = gradeQuestion(question, response as QuizResponse);
        expect(['correct', 'incorrect', 'unanswered']).toContain(grade.status);
      }),
    );
  });
});

describe('numeric grading properties', () => {
  const answer = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const tolerance = fc.double({ min: 0, max: 1e3, noNaN: true });

  test('symmetric: swapping the answer and the value gives the same result', () => {
    fc.assert(
      fc.property(answer, answer, tolerance, (a, b, t) => {
        expect(numericAnswerMatches(a, b, t)).toBe(numericAnswerMatches(b, a, t));
      }),
    );
  });

  test('every value within the tolerance, on either side, is correct', () => {
    fc.assert(
      fc.property(answer, tolerance, fc.double({ min: -1, max: 1, noNaN: true }), (a, t, fraction) => {
        const question = numeric('q', '26.1', a, t);
        expect(gradeQuestion(question, { kind: 'number', value: a + fraction * t }).status).toBe('correct');
        expect(gradeQuestion(question, { kind: 'number', value: a - fraction * t }).status).toBe('correct');
      }),
    );
  });

  test('a value clearly beyond the tolerance, on either side, is incorrect', () => {
    fc.assert(
      fc.property(answer, tolerance, fc.double({ min: 1.01, max: 100, noNaN: true }), (a, t, factor) => {
        const beyond = t * factor + 1e-6 * Math.max(1, Math.abs(a));
        const question = numeric('q', '26.1', a, t);
        expect(gradeQuestion(question, { kind: 'number', value: a + beyond }).status).toBe('incorrect');
        expect(gradeQuestion(question, { kind: 'number', value: a - beyond }).status).toBe('incorrect');
      }),
    );
  });

  test('a decimal comma reads the same number as a decimal point, or is refused as ambiguous', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.stringMatching(/^\d{1,4}$/), (whole, digits) => {
        const point = parseNumericInput(`${whole}.${digits}`);
        const comma = parseNumericInput(`${whole},${digits}`);
        expect(point).toEqual({ ok: true, value: Number(`${whole}.${digits}`) });
        if (comma.ok) expect(comma).toEqual(point);
        else {
          expect(digits).toHaveLength(3);
          expect(comma.error).toContain('could mean');
        }
      }),
    );
  });
});

describe('gradeAttempt properties', () => {
  /** A question of any type with an id from its position, plus a response that may be anything. */
  const questionAndResponse = (index: number): fc.Arbitrary<[Question, QuizResponse | undefined]> => {
    const id = `q${index}`;
    const lesson = fc.constantFrom('26.1', '26.2', '26.3', '26.10');
    const question: fc.Arbitrary<Question> = fc.oneof(
      fc.tuple(choiceQuestion, lesson).map(([q, l]) => ({ ...q, id, lesson: l })),
      fc.tuple(lesson, fc.boolean()).map(([l, a]) => trueFalse(id, l, a)),
      fc.tuple(lesson, fc.integer({ min: -10, max: 10 })).map(([l, a]) => numeric(id, l, a, 0.5)),
    );
    const response: fc.Arbitrary<QuizResponse | undefined> = fc.oneof(
      fc.constant(undefined),
      fc.subarray(['a', 'b', 'c', 'd', 'z']).map((optionIds) => ({ kind: 'choice' as const, optionIds })),
      fc.boolean().map((value) => ({ kind: 'boolean' as const, value })),
      fc.integer({ min: -10, max: 10 }).map((value) => ({ kind: 'number' as const, value })),
    );
    return fc.tuple(question, response);
  };

  const attempt = fc
    .integer({ min: 1, max: 15 })
    .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => questionAndResponse(index))))
    .chain((pairs) =>
      fc.tuple(fc.constant(pairs), fc.integer({ min: 1, max: 100 }), fc.option(fc.subarray(pairs.map(([q]) => q.id)))),
    );

  test('percent is a whole number in 0–100 equal to correct/total rounded down; passed matches the exact ratio', () => {
    fc.assert(
      fc.property(attempt, ([pairs, passMark, subset]) => {
        const quiz = quizOf(
          pairs.map(([question]) => question),
          passMark,
        );
        const responses = Object.fromEntries(pairs.map(([question, response]) => [question.id, response]));
        const grade = gradeAttempt(quiz, responses, subset ?? undefined);

        expect(grade.total).toBe(subset ? subset.length : pairs.length);
        expect(Number.isInteger(grade.percent)).toBe(true);
        expect(grade.percent).toBeGreaterThanOrEqual(0);
        expect(grade.percent).toBeLessThanOrEqual(100);
        if (grade.total > 0) {
          // percent ≤ 100·correct/total < percent + 1, in exact integer arithmetic
          expect(grade.percent * grade.total).toBeLessThanOrEqual(grade.correct * 100);
          expect(grade.correct * 100).toBeLessThan((grade.percent + 1) * grade.total);
          expect(grade.passed).toBe(grade.correct * 100 >= passMark * grade.total);
        } else {
          expect(grade.passed).toBe(false);
        }
        expect(grade.correct).toBeLessThanOrEqual(grade.answered);
        expect(grade.answered).toBeLessThanOrEqual(grade.total);
        expect(grade.correct).toBe(grade.perQuestion.filter((question) => question.status === 'correct').length);
      }),
    );
  });

  test('lessons to revisit are exactly the lessons of missed questions, unique and in curriculum order', () => {
    fc.assert(
      fc.property(attempt, ([pairs]) => {
        const quiz = quizOf(pairs.map(([question]) => question));
        const grade = gradeAttempt(quiz, Object.fromEntries(pairs.map(([question, response]) => [question.id, response])));
        const missed = new Set(grade.perQuestion.filter((q) => q.status !== 'correct').map((q) => q.lesson));

        expect(new Set(grade.lessonsToRevisit)).toEqual(missed);
        expect(grade.lessonsToRevisit).toHaveLength(missed.size);
        expect(grade.lessonsToRevisit).toEqual([...grade.lessonsToRevisit].sort(compareLessonNumbers));
      }),
    );
  });
});
