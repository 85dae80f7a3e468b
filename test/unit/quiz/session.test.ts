import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allChecked,
  answer,
  checkQuestion,
  draftFitsQuiz,
  finishSession,
  missedQuestions,
  startSession,
  timeLeft,
  toggleFlag,
  unansweredQuestions,
} from '~/lib/quiz/session';
import { multiple, numeric, quizOf, single, trueFalse } from './build-quiz';

const quiz = quizOf([
  single('rpo', '26.1', ['a', 'b', 'c', 'd'], 'b'),
  multiple('pick-two', '26.2', ['a', 'b', 'c', 'd'], ['a', 'c']),
  trueFalse('lock', '26.4', false),
  numeric('hours', '26.1', 4, 0.1),
]);
const now = new Date('2026-11-27T10:00:00.000Z');

describe('quiz session', () => {
  it('starts the first attempt in the authored order, the same the server renders', () => {
    const s = startSession(quiz, { mode: 'practice', seed: 0, now });
    expect(s.questionOrder).toEqual(['rpo', 'pick-two', 'lock', 'hours']);
    expect(s.optionOrder).toEqual({ rpo: ['a', 'b', 'c', 'd'], 'pick-two': ['a', 'b', 'c', 'd'] });
    expect(s).toMatchObject({ mode: 'practice', scope: 'all', responses: {}, checked: [], flagged: [] });
    expect(s.deadline).toBeUndefined();
  });

  it('shuffles a retake the same way for the same seed, and differently for other seeds', () => {
    const a = startSession(quiz, { mode: 'exam', seed: 42, now });
    const b = startSession(quiz, { mode: 'exam', seed: 42, now });
    expect(a.questionOrder).toEqual(b.questionOrder);
    const orders = new Set(Array.from({ length: 30 }, (_, i) => startSession(quiz, { mode: 'exam', seed: i + 1, now }).questionOrder.join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('practice: an answer locks once checked; all checked finishes the attempt with its score', () => {
    let s = startSession(quiz, { mode: 'practice', seed: 0, now });
    s = answer(s, 'rpo', { kind: 'choice', optionIds: ['b'] });
    s = checkQuestion(s, 'rpo');
    s = answer(s, 'rpo', { kind: 'choice', optionIds: ['a'] });
    expect(s.responses.rpo).toEqual({ kind: 'choice', optionIds: ['b'] });
    s = answer(s, 'pick-two', { kind: 'choice', optionIds: ['a', 'c'] });
    s = answer(s, 'lock', { kind: 'boolean', value: true });
    s = answer(s, 'hours', { kind: 'number', value: 4.05 });
    for (const id of s.questionOrder) s = checkQuestion(s, id);
    expect(allChecked(s)).toBe(true);
    const attempt = finishSession(quiz, s, now, 'x');
    expect(attempt).toMatchObject({ correct: 3, total: 4, percent: 75, passed: true, scope: 'all', mode: 'practice' });
    expect(missedQuestions(quiz, attempt)).toEqual(['lock']);
  });

  it('exam: flags toggle, unanswered questions are listed and count as wrong', () => {
    let s = startSession(quiz, { mode: 'exam', seed: 0, now });
    s = toggleFlag(s, 'lock');
    s = toggleFlag(s, 'hours');
    s = toggleFlag(s, 'hours');
    expect(s.flagged).toEqual(['lock']);
    expect(checkQuestion(s, 'rpo')).toBe(s);
    s = answer(s, 'rpo', { kind: 'choice', optionIds: ['b'] });
    expect(unansweredQuestions(s)).toEqual(['pick-two', 'lock', 'hours']);
    const attempt = finishSession(quiz, s, now, 'y');
    expect(attempt).toMatchObject({ correct: 1, total: 4, percent: 25, passed: false });
    expect(missedQuestions(quiz, attempt)).toEqual(['pick-two', 'lock', 'hours']);
  });

  it('clearing every checkbox of a question makes it unanswered again', () => {
    let s = startSession(quiz, { mode: 'exam', seed: 0, now });
    s = answer(s, 'pick-two', { kind: 'choice', optionIds: ['a'] });
    s = answer(s, 'pick-two', { kind: 'choice', optionIds: [] });
    expect(unansweredQuestions(s)).toContain('pick-two');
  });

  it('"retry the ones I missed" asks only those and is marked as a retry', () => {
    const s = startSession(quiz, { mode: 'practice', seed: 9, now, onlyQuestionIds: ['lock', 'hours'] });
    expect([...s.questionOrder].sort()).toEqual(['hours', 'lock']);
    expect(s.scope).toBe('missed');
  });

  it('an exam with a time limit has a deadline and counts down to zero, never below', () => {
    const s = startSession(quiz, { mode: 'exam', seed: 3, now, timeLimitMinutes: 20 });
    expect(s.deadline).toBe('2026-11-27T10:20:00.000Z');
    expect(timeLeft(s, new Date('2026-11-27T10:19:00.000Z'))).toBe(60_000);
    expect(timeLeft(s, new Date('2026-11-27T11:00:00.000Z'))).toBe(0);
    expect(startSession(quiz, { mode: 'practice', seed: 3, now, timeLimitMinutes: 20 }).deadline).toBeUndefined();
  });

  it('a saved draft resumes only while it still fits the quiz', () => {
    const s = startSession(quiz, { mode: 'exam', seed: 5, now });
    expect(draftFitsQuiz(quiz, s)).toBe(true);
    const edited = quizOf([single('rpo', '26.1', ['a', 'b', 'c'], 'b'), trueFalse('lock', '26.4', false)]);
    expect(draftFitsQuiz(edited, s)).toBe(false);
  });

  it('any sequence of answers and checks keeps the session consistent (property)', () => {
    const ids = quiz.questions.map((q) => q.id);
    const action = fc.oneof(
      fc.record({ t: fc.constant('answer' as const), id: fc.constantFrom(...ids), v: fc.constantFrom('a', 'b', 'c', 'd') }),
      fc.record({ t: fc.constant('check' as const), id: fc.constantFrom(...ids) }),
      fc.record({ t: fc.constant('flag' as const), id: fc.constantFrom(...ids) }),
    );
    fc.assert(
      fc.property(fc.constantFrom('practice' as const, 'exam' as const), fc.integer({ min: 1, max: 1e6 }), fc.array(action, { maxLength: 30 }), (mode, seed, actions) => {
        let s = startSession(quiz, { mode, seed, now });
        for (const a of actions) {
          if (a.t === 'answer') s = answer(s, a.id, { kind: 'choice', optionIds: [a.v] });
          else if (a.t === 'check') s = checkQuestion(s, a.id);
          else s = toggleFlag(s, a.id);
        }
        const attempt = finishSession(quiz, s, now, 'p');
        expect(attempt.total).toBe(4);
        expect(attempt.correct).toBeLessThanOrEqual(attempt.total);
        expect(new Set(s.checked).size).toBe(s.checked.length);
        if (mode === 'exam') expect(s.checked).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
