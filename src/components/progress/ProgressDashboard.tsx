/**
 * The /progress/ page island: the whole course at a glance (lessons done per chapter) and the tools
 * to move progress between browsers (export, import with merge or replace) or start over (reset,
 * confirmed). Reads the one progress store with useStore; renders the empty state on the server.
 */
import { useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { quizScores } from '../../lib/progress/model';
import { exportProgress, importProgress, progressStore, resetProgress } from '../../stores/progress';

/** One chapter row, as the page passes it (plain data). */
export interface DashboardChapter {
  number: number;
  title: string;
  path: string;
  lessons: string[];
  /** Path of the chapter quiz, when the chapter has one. */
  quizPath?: string;
}

interface Props {
  chapters: DashboardChapter[];
  base: string;
}

type Message = { kind: 'ok' | 'error'; text: string } | null;

export default function ProgressDashboard({ chapters, base }: Props) {
  const lessons = useStore(progressStore, (s) => s.lessons);
  const quizzes = useStore(progressStore, (s) => s.quizzes);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [message, setMessage] = useState<Message>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const ids = useId();

  const total = chapters.reduce((n, c) => n + c.lessons.length, 0);
  const done = chapters.reduce((n, c) => n + c.lessons.filter((l) => l in lessons).length, 0);
  const percent = total === 0 ? 0 : Math.floor((done / total) * 100);
  const withQuiz = chapters.filter((c) => c.quizPath);
  const passedQuizzes = withQuiz.filter((c) => quizScores({ lessons, quizzes }, c.number).best?.passed).length;
  const href = (path: string) => `${base.replace(/\/$/, '')}${path}`;

  const onExport = () => {
    const blob = new Blob([exportProgress()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `course-progress-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
    setMessage({ kind: 'ok', text: 'Progress exported. Keep the file to import it in another browser.' });
  };

  const onImport = async () => {
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setMessage({ kind: 'error', text: 'Choose a progress file first.' });
      return;
    }
    try {
      const result = importProgress(await file.text(), mode);
      const count = Object.keys(result.lessons).length;
      setMessage({
        kind: 'ok',
        text: `Imported “${file.name}” (${mode === 'merge' ? 'merged with' : 'replacing'} this browser’s progress): ${count} lesson${count === 1 ? '' : 's'} complete.`,
      });
      if (fileInput.current) fileInput.current.value = '';
    } catch (error) {
      setMessage({ kind: 'error', text: `Nothing was imported. ${(error as Error).message}` });
    }
  };

  return (
    <div className="progress-dashboard">
      <p className="progress-dashboard__overall">
        <strong>
          {done} of {total} published lessons complete ({percent}%).
        </strong>
      </p>
      <progress value={done} max={Math.max(total, 1)} aria-label="Course progress" />
      {withQuiz.length > 0 ? (
        <p>
          {passedQuizzes} of {withQuiz.length} chapter quizzes passed ({Math.floor((passedQuizzes / withQuiz.length) * 100)}%).
        </p>
      ) : null}

      <table>
        <caption className="sr-only">Lessons completed per chapter</caption>
        <thead>
          <tr>
            <th scope="col">Chapter</th>
            <th scope="col">Lessons done</th>
            <th scope="col">Quiz best</th>
            <th scope="col">Quiz last</th>
          </tr>
        </thead>
        <tbody>
          {chapters.map((chapter) => {
            const chapterDone = chapter.lessons.filter((l) => l in lessons).length;
            const scores = quizScores({ lessons, quizzes }, chapter.number);
            return (
              <tr key={chapter.number} data-chapter-row={chapter.number}>
                <th scope="row">
                  <a href={href(chapter.path)}>
                    {chapter.number}. {chapter.title}
                  </a>
                </th>
                <td>
                  {chapterDone} / {chapter.lessons.length}
                  {chapterDone === chapter.lessons.length && chapter.lessons.length > 0 ? (
                    <span className="lesson-done-label">
                      <span aria-hidden="true">✓</span>
                      <span className="sr-only"> (chapter complete)</span>
                    </span>
                  ) : null}
                </td>
                <td>
                  {!chapter.quizPath ? (
                    <span aria-label="no quiz">–</span>
                  ) : scores.best ? (
                    <a href={href(chapter.quizPath)}>{`${scores.best.percent}%${scores.best.passed ? ' ✓' : ''}`}</a>
                  ) : (
                    <a href={href(chapter.quizPath)}>not taken</a>
                  )}
                </td>
                <td>{scores.last ? `${scores.last.percent}%` : chapter.quizPath ? '–' : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h2>Move your progress</h2>
      <p>
        Progress lives only in this browser. Export it to a file to keep a copy or to continue on another device, then
        import that file there.
      </p>
      <div className="progress-dashboard__actions">
        <button type="button" onClick={onExport}>
          Export progress
        </button>
      </div>

      <fieldset className="progress-dashboard__import">
        <legend>Import progress</legend>
        <label htmlFor={`${ids}-file`}>Progress file (.json)</label>
        <input id={`${ids}-file`} ref={fileInput} type="file" accept="application/json,.json" />
        <div role="radiogroup" aria-label="When importing">
          <label>
            <input type="radio" name={`${ids}-mode`} value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />{' '}
            Merge: keep what is here and add what the file has
          </label>
          <label>
            <input
              type="radio"
              name={`${ids}-mode`}
              value="replace"
              checked={mode === 'replace'}
              onChange={() => setMode('replace')}
            />{' '}
            Replace: this browser’s progress becomes the file’s
          </label>
        </div>
        <button type="button" onClick={onImport}>
          Import
        </button>
      </fieldset>

      <div role="status" aria-live="polite" className={message ? `progress-dashboard__message is-${message.kind}` : undefined}>
        {message?.text}
      </div>

      <h2>Start over</h2>
      {confirmingReset ? (
        <div className="progress-dashboard__confirm" role="group" aria-label="Confirm reset">
          <p>Reset all progress in this browser? Completed lessons will be forgotten. Export first if you want a copy.</p>
          <button
            type="button"
            className="danger"
            autoFocus
            onClick={() => {
              resetProgress();
              setConfirmingReset(false);
              setMessage({ kind: 'ok', text: 'All progress in this browser has been reset.' });
              resetButton.current?.focus();
            }}
          >
            Yes, reset everything
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setConfirmingReset(false);
              resetButton.current?.focus();
            }}
          >
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" ref={resetButton} onClick={() => setConfirmingReset(true)}>
          Reset progress…
        </button>
      )}
    </div>
  );
}
