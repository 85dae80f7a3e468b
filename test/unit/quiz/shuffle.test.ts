import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Quiz } from '~/lib/quiz/schema';
import { mulberry32, newSeed, shuffleAttempt } from '~/lib/quiz/shuffle';
import { multiple, numeric, quizOf, single, trueFalse } from './build-quiz';

const quiz = quizOf([
  single('q1', '26.1', ['a', 'b', 'c', 'd'], 'b'),
  multiple('q2', '26.2', ['a', 'b', 'c', 'd', 'e'], ['a', 'c']),
  trueFalse('q3', '26.3', true),
  numeric('q4', '26.4', 4, 0.1),
  single('q5', '26.1', ['a', 'b', 'c'], 'a'),
  trueFalse('q6', '26.2', false),
]);
const ids = quiz.questions.map((question) => question.id);
const seed = fc.integer({ min: 0, max: 2 ** 32 - 1 });

/** A quiz of `count` single-choice questions with `options` options each. */
function quizWith(count: number, options: number): Quiz {
  const optionIds = Array.from({ length: options }, (_, index) => String.fromCharCode(97 + index));
  return quizOf(Array.from({ length: count }, (_, index) => single(`q${index}`, '26.1', optionIds, 'a')));
}

describe('shuffleAttempt', () => {
  test('questions and options are permutations of the quiz’s, for any seed', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const order = shuffleAttempt(quiz, s);
        expect([...order.questionOrder].sort()).toEqual([...ids].sort());
        for (const question of quiz.questions) {
          if (question.type === 'single' || question.type === 'multiple') {
            expect([...(order.optionOrder[question.id] ?? [])].sort()).toEqual(
              question.options.map((option) => option.id).sort(),
            );
          }
        }
      }),
    );
  });

  test('true/false and numeric questions have no option order', () => {
    expect(Object.keys(shuffleAttempt(quiz, 7).optionOrder).sort()).toEqual(['q1', 'q2', 'q5']);
  });

  test('the same seed gives the same order (a reload shows the same attempt)', () => {
    fc.assert(
      fc.property(seed, (s) => {
        expect(shuffleAttempt(quiz, s)).toEqual(shuffleAttempt(quiz, s));
      }),
    );
  });

  test('different seeds eventually give different orders', () => {
    fc.assert(
      fc.property(seed, (start) => {
        const orders = new Set(
          Array.from({ length: 20 }, (_, offset) => JSON.stringify(shuffleAttempt(quiz, (start + offset) >>> 0))),
        );
        expect(orders.size).toBeGreaterThan(1);
      }),
    );
  });

  test('a retry of some questions keeps each question’s option order', () => {
    fc.assert(
      fc.property(seed, fc.subarray(ids), (s, subset) => {
        const full = shuffleAttempt(quiz, s);
        const retry = shuffleAttempt(quiz, s, subset);
        expect([...retry.questionOrder].sort()).toEqual([...subset].sort());
        for (const id of retry.questionOrder) {
          if (full.optionOrder[id]) expect(retry.optionOrder[id]).toEqual(full.optionOrder[id]);
        }
        expect(Object.keys(retry.optionOrder).every((id) => subset.includes(id))).toBe(true);
      }),
    );
  });

  test('within one attempt, questions with the same options are not all shuffled alike', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const orders = Object.values(shuffleAttempt(quizWith(10, 4), s).optionOrder).map((order) => order.join());
        expect(new Set(orders).size).toBeGreaterThan(1);
      }),
    );
  });

  test('adding a question to the quiz leaves the other questions’ option order alone', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const before = shuffleAttempt(quiz, s);
        const extended = quizOf([single('q0', '26.1', ['a', 'b'], 'a'), ...quiz.questions]);
        const after = shuffleAttempt(extended, s);
        for (const [id, order] of Object.entries(before.optionOrder)) expect(after.optionOrder[id]).toEqual(order);
      }),
    );
  });

  test('the order of onlyQuestionIds does not matter, and unknown ids are ignored', () => {
    expect(shuffleAttempt(quiz, 42, ['q5', 'q1', 'gone', 'q3'])).toEqual(shuffleAttempt(quiz, 42, ['q1', 'q3', 'q5']));
  });

  test('every question order is about equally likely (no answer is always first)', () => {
    const three = quizWith(3, 2);
    const counts = new Map<string, number>();
    for (let s = 0; s < 6000; s++) {
      const key = shuffleAttempt(three, s).questionOrder.join();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const count of counts.values()) expect(count).toBeGreaterThan(850), expect(count).toBeLessThan(1150);
  });

  test('the right option lands in each position about equally often', () => {
    const four = quizWith(1, 4);
    const positions = [0, 0, 0, 0];
    for (let s = 0; s < 4000; s++) {
      const index = shuffleAttempt(four, s).optionOrder.q0?.indexOf('a') ?? -1;
      positions[index] = (positions[index] ?? 0) + 1;
    }
    for (const count of positions) expect(count).toBeGreaterThan(880), expect(count).toBeLessThan(1120);
  });
});

describe('seeds', () => {
  test('mulberry32 yields numbers in [0, 1) and repeats for the same seed', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const a = mulberry32(s);
        const b = mulberry32(s);
        for (let i = 0; i < 10; i++) {
          const value = a();
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThan(1);
          expect(b()).toBe(value);
        }
      }),
    );
  });

  test('seeds that are not 32-bit integers still give a valid, repeatable order', () => {
    for (const odd of [-1, 1.5, Number.NaN, 2 ** 40]) {
      const order = shuffleAttempt(quiz, odd);
      expect([...order.questionOrder].sort()).toEqual([...ids].sort());
      expect(shuffleAttempt(quiz, odd)).toEqual(order);
    }
  });

  test('newSeed gives unsigned 32-bit integers that vary', () => {
    const seeds = Array.from({ length: 20 }, () => newSeed());
    for (const s of seeds) {
      expect(Number.isInteger(s)).toBe(true);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThan(2 ** 32);
    }
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });
});
