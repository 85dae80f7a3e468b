/**
 * The chapter quiz island. Server-rendered as a practice attempt in the authored order (so the
 * questions are readable before hydration); after hydration it resumes an unfinished attempt from
 * the progress store. All quiz rules live in src/lib/quiz (session, grading, shuffling); this
 * component keeps the session in state, saves it as the draft after every change, and renders.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { quizScores, type QuizAttempt } from '../../lib/progress/model';
import type { AttemptGrade } from '../../lib/quiz/grade';
import {
  allChecked,
  answer,
  checkQuestion,
  draftFitsQuiz,
  finishSession,
  gradeSession,
  gradeSessionQuestion,
  missedQuestions,
  startSession,
  timeLeft,
  toggleFlag,
  unansweredQuestions,
  type QuizSession,
} from '../../lib/quiz/session';
import { newSeed } from '../../lib/quiz/shuffle';
import { progressStore, recordQuizAttempt, saveQuizDraft } from '../../stores/progress';
import QuestionCard from './QuestionCard';
import type { QuizPlayerProps } from './types';
import './quiz.css';

const TIME_LIMITS = [0, 10, 20, 30, 45, 60];

function formatDuration(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

function attemptId(): string {
  return `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`;
}

export default function QuizPlayer({ quiz, html, lessons, chapterTitle }: QuizPlayerProps) {
  const chapter = quiz.chapter;
  const [session, setSession] = useState<QuizSession>(() => startSession(quiz, { mode: 'practice', seed: 0, now: new Date(0) }));
  const [dirty, setDirty] = useState(false);
  const [result, setResult] = useState<{ attempt: QuizAttempt; grade: AttemptGrade } | null>(null);
  const [justChecked, setJustChecked] = useState<string | null>(null);
  const [confirmSubmit, setConfirmSubmit] = useState(false);
  const [nextMode, setNextMode] = useState<'practice' | 'exam'>('practice');
  const [timeLimit, setTimeLimit] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [now, setNow] = useState(() => Date.now());
  const [resumed, setResumed] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const attemptHeading = useRef<HTMLHeadingElement>(null);
  const focusResult = useRef(false);
  const focusAttempt = useRef(false);

  const stored = useStore(progressStore, (s) => s.quizzes[String(chapter)]);
  const scores = useMemo(() => quizScores({ lessons: {}, quizzes: stored ? { [chapter]: stored } : {} }, chapter), [stored, chapter]);

  // Resume an unfinished attempt after hydration (never during the server render).
  useEffect(() => {
    const draft = progressStore.getState().quizzes[String(chapter)]?.draft;
    if (draft && draftFitsQuiz(quiz, draft)) {
      setSession(draft);
      setNextMode(draft.mode);
      setResumed(true);
      setDirty(true);
    } else if (draft) saveQuizDraft(chapter, null);
  }, [chapter, quiz]);

  // Save the attempt as the reader goes.
  useEffect(() => {
    if (dirty && !result) saveQuizDraft(chapter, session);
  }, [dirty, session, result, chapter]);

  useEffect(() => {
    if (focusResult.current && result) {
      focusResult.current = false;
      resultHeading.current?.focus();
    }
    if (focusAttempt.current && !result) {
      focusAttempt.current = false;
      attemptHeading.current?.focus();
    }
  });

  const update = useCallback(
    (fn: (s: QuizSession) => QuizSession) => {
      // The server-rendered attempt has no start time; it starts with the reader's first action.
      if (!dirty) setSession((s) => ({ ...s, startedAt: new Date().toISOString() }));
      setDirty(true);
      setSession(fn);
    },
    [dirty],
  );

  const finish = useCallback(() => {
    const attempt = finishSession(quiz, session, new Date(), attemptId());
    recordQuizAttempt(chapter, attempt);
    setResult({ attempt, grade: gradeSession(quiz, session) });
    setConfirmSubmit(false);
    setDirty(false);
    focusResult.current = true;
    setAnnouncement(`Attempt finished: ${attempt.correct} of ${attempt.total} correct.`);
  }, [quiz, session, chapter]);

  const begin = useCallback(
    (onlyQuestionIds?: string[]) => {
      const next = startSession(quiz, {
        mode: nextMode,
        seed: newSeed(),
        now: new Date(),
        ...(onlyQuestionIds ? { onlyQuestionIds } : {}),
        ...(nextMode === 'exam' && timeLimit > 0 ? { timeLimitMinutes: timeLimit } : {}),
      });
      setResult(null);
      setResumed(false);
      setConfirmSubmit(false);
      setDirty(true);
      setSession(next);
      focusAttempt.current = true;
      setAnnouncement(`New ${nextMode} attempt started with ${next.questionOrder.length} questions.`);
    },
    [quiz, nextMode, timeLimit],
  );

  // Exam timer: tick every second; submit when time is up.
  const remaining = result ? undefined : timeLeft(session, new Date(now));
  useEffect(() => {
    if (!session.deadline || result) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [session.deadline, result]);
  useEffect(() => {
    if (remaining === undefined || !dirty) return;
    if (remaining === 0) finish();
    else if (Math.abs(remaining - 5 * 60_000) < 1000) setAnnouncement('5 minutes left.');
    else if (Math.abs(remaining - 60_000) < 1000) setAnnouncement('1 minute left.');
  }, [remaining, dirty, finish]);

  const questions = session.questionOrder.map((id) => quiz.questions.find((q) => q.id === id)!).filter(Boolean);
  const unanswered = unansweredQuestions(session);
  const missed = result ? missedQuestions(quiz, result.attempt) : [];

  const modeChooser = (
    <fieldset className="quiz-mode">
      <legend>Next attempt</legend>
      <label>
        <input type="radio" name="quiz-mode" checked={nextMode === 'practice'} onChange={() => setNextMode('practice')} /> Practice: check each answer as
        you go
      </label>
      <label>
        <input type="radio" name="quiz-mode" checked={nextMode === 'exam'} onChange={() => setNextMode('exam')} /> Exam: no feedback until you submit
      </label>
      {nextMode === 'exam' ? (
        <label className="quiz-mode__timer">
          Time limit{' '}
          <select value={timeLimit} onChange={(e) => setTimeLimit(Number(e.target.value))}>
            {TIME_LIMITS.map((m) => (
              <option key={m} value={m}>
                {m === 0 ? 'none' : `${m} minutes`}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </fieldset>
  );

  return (
    <div className="quiz" data-quiz-chapter={chapter}>
      <div className="quiz__scores" aria-label="Your scores">
        {scores.best ? (
          <p>
            Best score <strong>{scores.best.percent}%</strong> · last <strong>{scores.last?.percent}%</strong> · {scores.attempts} attempt
            {scores.attempts === 1 ? '' : 's'} of the whole quiz. Pass mark {quiz.passMark}%.
          </p>
        ) : (
          <p>
            {quiz.questions.length} questions · pass mark {quiz.passMark}%. Your scores are kept in this browser.
          </p>
        )}
      </div>

      <div role="status" aria-live="polite" className="sr-only">
        {announcement}
      </div>

      {result ? (
        <section className="quiz-result" aria-labelledby="quiz-result-heading">
          <h2 id="quiz-result-heading" ref={resultHeading} tabIndex={-1}>
            Your result: {result.grade.correct} of {result.grade.total} correct ({result.grade.percent}%)
          </h2>
          <p className={`quiz-result__verdict ${result.grade.passed ? 'is-pass' : 'is-fail'}`}>
            {result.grade.passed
              ? `Passed: you reached the ${quiz.passMark}% pass mark.`
              : `Not yet: the pass mark is ${quiz.passMark}%. Revisit the lessons below and try again.`}
            {result.attempt.scope === 'missed' ? ' (This was a retry of the questions you missed, so it does not change your chapter score.)' : ''}
          </p>
          {result.grade.lessonsToRevisit.length > 0 ? (
            <>
              <h3>Lessons to revisit</h3>
              <ul>
                {result.grade.lessonsToRevisit.map((number) => (
                  <li key={number}>
                    {lessons[number] ? <a href={lessons[number].href}>{`${number} ${lessons[number].title}`}</a> : number}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>Every answer was right. Well done.</p>
          )}
          {modeChooser}
          <div className="quiz__buttons">
            <button type="button" className="quiz__primary" onClick={() => begin()}>
              Retake the quiz (new order)
            </button>
            {missed.length > 0 ? (
              <button type="button" onClick={() => begin(missed)}>
                Retry the {missed.length} I missed
              </button>
            ) : null}
          </div>
          <h3>Review</h3>
          {result.attempt.questionIds.map((id, index) => {
            const question = quiz.questions.find((q) => q.id === id);
            if (!question) return null;
            return (
              <QuestionCard
                key={id}
                question={question}
                html={html[id]!}
                lesson={lessons[question.lesson]}
                position={index + 1}
                count={result.attempt.questionIds.length}
                optionOrder={session.optionOrder[id]}
                response={result.attempt.answers[id]}
                grade={result.grade.perQuestion.find((g) => g.questionId === id)}
                mode="review"
              />
            );
          })}
        </section>
      ) : (
        <section className="quiz-attempt" aria-labelledby="quiz-attempt-heading">
          <h2 id="quiz-attempt-heading" ref={attemptHeading} tabIndex={-1}>
            {session.mode === 'practice' ? 'Practice' : 'Exam'}
            {session.scope === 'missed' ? ': the questions you missed' : `: ${chapterTitle}`}
          </h2>
          <p className="quiz-attempt__intro">
            {session.mode === 'practice'
              ? 'Answer a question, then check it to see why each option is right or wrong.'
              : 'Answer every question, flag the ones you want to come back to, then submit to see your score and a full review.'}
            {resumed ? ' You are continuing an unfinished attempt.' : ''}
          </p>
          {remaining !== undefined ? (
            <p className="quiz-attempt__timer" role="timer" aria-live="off">
              Time left: <strong>{formatDuration(remaining)}</strong>
            </p>
          ) : null}
          {session.mode === 'exam' ? (
            <nav className="quiz-nav" aria-label="Questions">
              <ol>
                {questions.map((q, i) => {
                  const done = q.id in session.responses;
                  const flag = session.flagged.includes(q.id);
                  return (
                    <li key={q.id}>
                      <a href={`#question-${q.id}`} className={`${done ? 'is-answered' : ''} ${flag ? 'is-flagged' : ''}`}>
                        {i + 1}
                        {flag ? '⚑' : ''}
                        <span className="sr-only">
                          {done ? ', answered' : ', not answered'}
                          {flag ? ', flagged' : ''}
                        </span>
                      </a>
                    </li>
                  );
                })}
              </ol>
            </nav>
          ) : null}

          {questions.map((question, index) => (
            <QuestionCard
              key={question.id}
              question={question}
              html={html[question.id]!}
              lesson={lessons[question.lesson]}
              position={index + 1}
              count={questions.length}
              optionOrder={session.optionOrder[question.id]}
              response={session.responses[question.id]}
              grade={session.checked.includes(question.id) ? gradeSessionQuestion(quiz, session, question.id) : undefined}
              mode={session.mode}
              flagged={session.flagged.includes(question.id)}
              focusFeedback={justChecked === question.id}
              onAnswer={(response) => update((s) => answer(s, question.id, response))}
              onCheck={() => {
                update((s) => checkQuestion(s, question.id));
                setJustChecked(question.id);
                const grade = gradeSessionQuestion(quiz, session, question.id);
                setAnnouncement(grade?.status === 'correct' ? `Question ${index + 1}: correct.` : `Question ${index + 1}: not quite.`);
              }}
              onToggleFlag={() => update((s) => toggleFlag(s, question.id))}
            />
          ))}

          <div className="quiz__finish">
            {session.mode === 'practice' ? (
              <>
                <p>
                  {session.checked.length} of {questions.length} checked.
                </p>
                <button type="button" className="quiz__primary" onClick={finish} disabled={session.checked.length === 0}>
                  {allChecked(session) ? 'See your score' : 'Finish now and see your score'}
                </button>
              </>
            ) : confirmSubmit ? (
              <div role="group" aria-label="Confirm submit">
                <p>
                  {unanswered.length} question{unanswered.length === 1 ? ' is' : 's are'} not answered and will count as wrong. Submit
                  anyway?
                </p>
                <button type="button" className="quiz__primary" onClick={finish} autoFocus>
                  Submit anyway
                </button>{' '}
                <button type="button" onClick={() => setConfirmSubmit(false)}>
                  Keep working
                </button>
              </div>
            ) : (
              <>
                <p>
                  {questions.length - unanswered.length} of {questions.length} answered
                  {session.flagged.length ? `, ${session.flagged.length} flagged` : ''}.
                </p>
                <button type="button" className="quiz__primary" onClick={() => (unanswered.length ? setConfirmSubmit(true) : finish())}>
                  Submit answers
                </button>
              </>
            )}
          </div>
          <details className="quiz-restart">
            <summary>Start a new attempt instead</summary>
            {modeChooser}
            <p>Starting again discards the answers of this attempt.</p>
            <button type="button" onClick={() => begin()}>
              Start a new attempt
            </button>
          </details>
        </section>
      )}
    </div>
  );
}
