/**
 * One quiz question as a real form: a <fieldset> whose <legend> is the question, radios for single
 * choice and true/false, checkboxes for multiple choice, a text field for numbers. In practice mode
 * it has a "Check answer" button and, once checked, the feedback; in exam mode a flag toggle. In
 * review it shows the reader's answer against the right one.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { QuestionGrade } from '../../lib/quiz/grade';
import { parseNumericInput } from '../../lib/quiz/grade';
import type { QuizResponse } from '../../lib/quiz/response';
import type { Question } from '../../lib/quiz/schema';
import type { QuestionHtml, QuizLessonLink } from './types';

interface Props {
  question: Question;
  html: QuestionHtml;
  lesson?: QuizLessonLink;
  position: number;
  count: number;
  optionOrder?: string[];
  response?: QuizResponse;
  /** Practice: the question has been checked. Review: always. Shows feedback and locks answers. */
  grade?: QuestionGrade;
  mode: 'practice' | 'exam' | 'review';
  flagged?: boolean;
  onAnswer?: (response: QuizResponse | undefined) => void;
  onCheck?: () => void;
  onToggleFlag?: () => void;
  /** Move focus to the feedback when it appears (right after "Check answer"). */
  focusFeedback?: boolean;
}

const statusText = { correct: 'Correct', incorrect: 'Not quite', unanswered: 'Not answered' } as const;

export default function QuestionCard(props: Props) {
  const { question, html, lesson, position, count, response, grade, mode, flagged } = props;
  const id = useId();
  const locked = grade !== undefined;
  const feedbackRef = useRef<HTMLDivElement>(null);

  // Once, when this question has just been checked: not on every re-render, or typing elsewhere
  // would lose focus.
  useEffect(() => {
    if (props.focusFeedback && locked) feedbackRef.current?.focus();
  }, [props.focusFeedback, locked]);

  const legend = (
    <legend>
      <span className="quiz-q__number">
        Question {position} of {count}
        {question.type === 'multiple' ? ' · choose all that apply as the question says' : ''}
      </span>
      <span className="quiz-q__prompt" dangerouslySetInnerHTML={{ __html: html.prompt }} />
    </legend>
  );

  let control: React.ReactNode;
  if (question.type === 'single' || question.type === 'multiple') {
    const order = props.optionOrder ?? question.options.map((o) => o.id);
    const chosen = response?.kind === 'choice' ? response.optionIds : [];
    const type = question.type === 'single' ? 'radio' : 'checkbox';
    control = (
      <ul className="quiz-q__options" role="list">
        {order.map((optionId) => {
          const option = question.options.find((o) => o.id === optionId);
          if (!option) return null;
          const checked = chosen.includes(optionId);
          const isRight = grade?.correctOptionIds?.includes(optionId) ?? false;
          const state = !locked ? '' : isRight ? 'is-right' : checked ? 'is-wrong' : '';
          const feedback = locked && checked ? html.feedback?.[optionId] : undefined;
          return (
            <li key={optionId} className={`quiz-q__option ${state}`}>
              <label>
                <input
                  type={type}
                  name={`${id}-options`}
                  value={optionId}
                  checked={checked}
                  disabled={locked}
                  onChange={(event) => {
                    if (type === 'radio') props.onAnswer?.({ kind: 'choice', optionIds: [optionId] });
                    else {
                      const next = event.target.checked ? [...chosen, optionId] : chosen.filter((o) => o !== optionId);
                      props.onAnswer?.(next.length ? { kind: 'choice', optionIds: next } : undefined);
                    }
                  }}
                />
                <span dangerouslySetInnerHTML={{ __html: html.options?.[optionId] ?? '' }} />
                {locked && (isRight || checked) ? (
                  <span className="quiz-q__mark">{isRight ? (checked ? ' ✓ your answer, correct' : ' ✓ correct answer') : ' ✗ your answer'}</span>
                ) : null}
              </label>
              {feedback ? <div className="quiz-q__option-feedback" dangerouslySetInnerHTML={{ __html: feedback }} /> : null}
            </li>
          );
        })}
      </ul>
    );
  } else if (question.type === 'true-false') {
    const value = response?.kind === 'boolean' ? response.value : undefined;
    control = (
      <ul className="quiz-q__options" role="list">
        {[true, false].map((v) => {
          const isRight = locked && grade?.correctAnswer === v;
          const state = !locked ? '' : isRight ? 'is-right' : value === v ? 'is-wrong' : '';
          return (
            <li key={String(v)} className={`quiz-q__option ${state}`}>
              <label>
                <input
                  type="radio"
                  name={`${id}-tf`}
                  checked={value === v}
                  disabled={locked}
                  onChange={() => props.onAnswer?.({ kind: 'boolean', value: v })}
                />
                <span>{v ? 'True' : 'False'}</span>
                {locked && (isRight || value === v) ? (
                  <span className="quiz-q__mark">{isRight ? (value === v ? ' ✓ your answer, correct' : ' ✓ correct answer') : ' ✗ your answer'}</span>
                ) : null}
              </label>
            </li>
          );
        })}
      </ul>
    );
  } else {
    control = (
      <NumericField
        id={`${id}-number`}
        unit={question.unit}
        value={response?.kind === 'number' ? response.value : undefined}
        locked={locked}
        onAnswer={props.onAnswer}
        correct={locked ? `${grade?.correctAnswer}${question.tolerance ? ` ± ${question.tolerance}` : ''}${question.unit ? ` ${question.unit}` : ''}` : undefined}
      />
    );
  }

  const answered = response !== undefined;
  return (
    <fieldset className={`quiz-q ${grade ? `quiz-q--${grade.status}` : ''}`} id={`question-${question.id}`} data-question-id={question.id}>
      {legend}
      {control}
      {mode === 'practice' && !locked ? (
        <div className="quiz-q__actions">
          <button type="button" onClick={props.onCheck} disabled={!answered} aria-describedby={answered ? undefined : `${id}-hint`}>
            Check answer
          </button>
          {!answered ? (
            <span id={`${id}-hint`} className="quiz-q__hint">
              Answer first, then check.
            </span>
          ) : null}
        </div>
      ) : null}
      {mode === 'exam' ? (
        <div className="quiz-q__actions">
          <button type="button" aria-pressed={flagged ? 'true' : 'false'} onClick={props.onToggleFlag}>
            {flagged ? '⚑ Flagged for review' : '⚐ Flag for review'}
          </button>
        </div>
      ) : null}
      {grade ? (
        <div className={`quiz-q__feedback is-${grade.status}`} ref={feedbackRef} tabIndex={-1}>
          <p className="quiz-q__verdict">
            <strong>{statusText[grade.status]}.</strong>
            {grade.mismatch ? ' This answer was saved before the question changed; answer it again next time.' : ''}
          </p>
          <div dangerouslySetInnerHTML={{ __html: html.explanation }} />
          {lesson ? (
            <p className="quiz-q__lesson">
              Revisit <a href={lesson.href}>{`${question.lesson} ${lesson.title}`}</a>.
            </p>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}

function NumericField(props: {
  id: string;
  unit?: string;
  value?: number;
  locked: boolean;
  correct?: string;
  onAnswer?: (response: QuizResponse | undefined) => void;
}) {
  const [text, setText] = useState(props.value === undefined ? '' : String(props.value));
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (props.value !== undefined && Number(text.replace(',', '.')) !== props.value) setText(String(props.value));
    // Only when the stored value changes from outside (a resumed draft).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.value]);
  return (
    <div className="quiz-q__numeric">
      <label htmlFor={props.id}>Your answer{props.unit ? ` (${props.unit})` : ''}</label>
      <input
        id={props.id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        disabled={props.locked}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${props.id}-error` : undefined}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          if (next.trim() === '') {
            setError(undefined);
            props.onAnswer?.(undefined);
            return;
          }
          const parsed = parseNumericInput(next);
          if (parsed.ok) {
            setError(undefined);
            props.onAnswer?.({ kind: 'number', value: parsed.value });
          } else {
            setError(parsed.error);
            props.onAnswer?.(undefined);
          }
        }}
      />
      {props.unit ? <span className="quiz-q__unit">{props.unit}</span> : null}
      {error ? (
        <p id={`${props.id}-error`} className="quiz-q__error">
          {error}
        </p>
      ) : null}
      {props.correct ? <p className="quiz-q__mark">Correct answer: {props.correct}</p> : null}
    </div>
  );
}
