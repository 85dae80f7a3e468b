/**
 * A quiz attempt as a pure state machine, so the quiz page only renders and dispatches. The
 * session is the same object that is saved as the draft in the progress store, so an unfinished
 * attempt survives a reload exactly as it was.
 *
 * Practice mode: the reader checks each question as they go (its answer then locks and the
 * explanation shows); the attempt finishes when every question is checked or the reader finishes
 * early. Exam mode: no feedback until submit; questions can be flagged; an optional time limit
 * submits the attempt when it runs out.
 */
import type { QuizAttempt, QuizDraft } from '../progress/model';
import { gradeAttempt, gradeQuestion, type AttemptGrade } from './grade';
import type { QuizResponse } from './response';
import type { Quiz } from './schema';
import { shuffleAttempt } from './shuffle';

/** An attempt in progress (identical to what the store keeps as a draft). */
export type QuizSession = QuizDraft;

/** How to start an attempt. */
export interface StartOptions {
  mode: 'practice' | 'exam';
  /** 0 keeps the authored order (first attempt, matching the server-rendered page); others shuffle. */
  seed: number;
  now: Date;
  /** Only these questions ("retry the ones I missed"); all when omitted. */
  onlyQuestionIds?: readonly string[];
  /** Exam mode: minutes allowed; no limit when omitted or 0. */
  timeLimitMinutes?: number;
}

/** Starts an attempt: question and option order (shuffled unless seed is 0), nothing answered. */
export function startSession(quiz: Quiz, options: StartOptions): QuizSession {
  const ids = options.onlyQuestionIds ? quiz.questions.filter((q) => options.onlyQuestionIds!.includes(q.id)).map((q) => q.id) : undefined;
  const order =
    options.seed === 0
      ? {
          questionOrder: ids ?? quiz.questions.map((q) => q.id),
          optionOrder: Object.fromEntries(quiz.questions.flatMap((q) => ('options' in q ? [[q.id, q.options.map((o) => o.id)]] : []))),
        }
      : shuffleAttempt(quiz, options.seed, ids);
  const limit = options.mode === 'exam' && options.timeLimitMinutes ? options.timeLimitMinutes : 0;
  return {
    mode: options.mode,
    scope: ids ? 'missed' : 'all',
    seed: options.seed,
    startedAt: options.now.toISOString(),
    questionOrder: order.questionOrder,
    optionOrder: order.optionOrder,
    responses: {},
    checked: [],
    flagged: [],
    ...(limit > 0 ? { deadline: new Date(options.now.getTime() + limit * 60_000).toISOString() } : {}),
  };
}

/**
 * Whether a saved draft still fits the quiz (an author may have edited it since): every question
 * and option it mentions must still exist. A draft that does not fit is discarded, not half-used.
 */
export function draftFitsQuiz(quiz: Quiz, draft: QuizSession): boolean {
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  return (
    draft.questionOrder.length > 0 &&
    draft.questionOrder.every((id) => byId.has(id)) &&
    Object.entries(draft.optionOrder).every(([id, order]) => {
      const q = byId.get(id);
      if (!q || !('options' in q)) return !draft.questionOrder.includes(id);
      return order.length === q.options.length && order.every((o) => q.options.some((opt) => opt.id === o));
    })
  );
}

/** Records an answer (ignored once a practice question is checked). */
export function answer(session: QuizSession, questionId: string, response: QuizResponse | undefined): QuizSession {
  if (!session.questionOrder.includes(questionId) || session.checked.includes(questionId)) return session;
  const responses = { ...session.responses };
  if (response === undefined || (response.kind === 'choice' && response.optionIds.length === 0)) delete responses[questionId];
  else responses[questionId] = response;
  return { ...session, responses };
}

/** Practice mode: checks a question, locking its answer so its feedback shows. */
export function checkQuestion(session: QuizSession, questionId: string): QuizSession {
  if (session.mode !== 'practice' || session.checked.includes(questionId) || !session.questionOrder.includes(questionId)) return session;
  return { ...session, checked: [...session.checked, questionId] };
}

/** Exam mode: flags or unflags a question for review. */
export function toggleFlag(session: QuizSession, questionId: string): QuizSession {
  if (!session.questionOrder.includes(questionId)) return session;
  const flagged = session.flagged.includes(questionId) ? session.flagged.filter((id) => id !== questionId) : [...session.flagged, questionId];
  return { ...session, flagged };
}

/** Questions not answered yet, in the order shown. */
export function unansweredQuestions(session: QuizSession): string[] {
  return session.questionOrder.filter((id) => !(id in session.responses));
}

/** True when a practice attempt has every question checked. */
export function allChecked(session: QuizSession): boolean {
  return session.questionOrder.every((id) => session.checked.includes(id));
}

/** Milliseconds left before an exam's deadline (never negative); undefined without a time limit. */
export function timeLeft(session: QuizSession, now: Date): number | undefined {
  return session.deadline ? Math.max(0, Date.parse(session.deadline) - now.getTime()) : undefined;
}

/** Grades the session's questions; used for the result and for practice feedback. */
export function gradeSession(quiz: Quiz, session: QuizSession): AttemptGrade {
  return gradeAttempt(quiz, session.responses, session.questionOrder);
}

/** Grades one question of the session. */
export function gradeSessionQuestion(quiz: Quiz, session: QuizSession, questionId: string) {
  const question = quiz.questions.find((q) => q.id === questionId);
  return question ? gradeQuestion(question, session.responses[questionId]) : undefined;
}

/** Ends the attempt: the record the progress store keeps. */
export function finishSession(quiz: Quiz, session: QuizSession, now: Date, id: string): QuizAttempt {
  const grade = gradeSession(quiz, session);
  return {
    id,
    mode: session.mode,
    scope: session.scope,
    startedAt: session.startedAt,
    finishedAt: now.toISOString(),
    questionIds: [...session.questionOrder],
    correct: grade.correct,
    total: grade.total,
    percent: grade.percent,
    passed: grade.passed,
    answers: { ...session.responses },
  };
}

/** The questions an attempt got wrong or left unanswered, for "retry the ones I missed". */
export function missedQuestions(quiz: Quiz, attempt: QuizAttempt): string[] {
  return gradeAttempt(quiz, attempt.answers, attempt.questionIds)
    .perQuestion.filter((g) => g.status !== 'correct')
    .map((g) => g.questionId);
}
