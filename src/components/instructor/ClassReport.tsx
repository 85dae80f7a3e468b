/**
 * Instructor page island: a class report built from learners' progress export files, without a
 * server. The instructor drops files on the drop zone or chooses them with the file input; each is
 * read and checked in the browser (`~/lib/class-report`), the table shows lessons done and best quiz
 * score per learner and chapter with class averages, and the report can be saved as CSV. Nothing is
 * uploaded or stored: the report lasts as long as the page.
 *
 * Props are plain data from the course outline. The server renders the empty state (drop zone,
 * labelled input, empty live regions); everything else appears once files are added.
 */

import { useDeferredValue, useEffect, useId, useMemo, useReducer, useRef, useState, type DragEvent } from 'react';
import { classReportCsv, classReportFileName } from '../../lib/class-report/csv';
import {
  addExportFiles,
  batchSummary,
  emptyLearnerSet,
  readDroppedFiles,
  renameLearner,
  type DroppedFile,
  type Learner,
  type LearnerSet,
} from '../../lib/class-report/learners';
import { buildClassReport, type ChapterAverage, type ChapterResult, type ReportChapter, type SortOrder } from '../../lib/class-report/report';
import './ClassReport.css';

/** The island's props: the published chapters, as the instructor page takes them from the outline. */
export interface ClassReportProps {
  chapters: ReportChapter[];
}

interface State {
  set: LearnerSet;
  /** What the live region says, and a counter so the same sentence twice is announced twice. */
  message: { text: string; n: number };
}

type Action = { type: 'add'; files: DroppedFile[] } | { type: 'rename'; id: string; name: string } | { type: 'clear' };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'add': {
      const set = addExportFiles(state.set, action.files);
      return { set, message: { text: batchSummary(set.lastBatch!), n: state.message.n + 1 } };
    }
    case 'rename':
      return { ...state, set: renameLearner(state.set, action.id, action.name) };
    case 'clear':
      return { set: emptyLearnerSet(), message: { text: 'All files removed from the report.', n: state.message.n + 1 } };
  }
}

const initialState: State = { set: emptyLearnerSet(), message: { text: '', n: 0 } };

const hasFiles = (event: { dataTransfer: DataTransfer | null }) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/** 3.4 → "3.4", 4 → "4". */
const oneDecimal = (n: number) => String(Math.round(n * 10) / 10);

function Bar({ percent }: { percent: number }) {
  return (
    <span className="class-report__bar" aria-hidden="true">
      <span style={{ width: `${percent}%` }} />
    </span>
  );
}

function Passed() {
  return (
    <>
      <span aria-hidden="true"> ✓</span>
      <span className="sr-only"> passed</span>
    </>
  );
}

function ResultCell({ result }: { result: ChapterResult }) {
  const complete = result.total > 0 && result.done === result.total;
  return (
    <td className={complete ? 'is-complete' : undefined}>
      <span className="class-report__lessons">
        {result.done}/{result.total}
        <span className="sr-only"> lessons</span>
      </span>
      <Bar percent={result.percent} />
      {result.quiz ? ' ' : null}
      {result.quiz ? (
        <span className="class-report__quiz">
          {result.quiz.best === undefined ? (
            'quiz not taken'
          ) : (
            <>
              quiz {result.quiz.best}%{result.quiz.passed ? <Passed /> : null}
            </>
          )}
        </span>
      ) : null}
    </td>
  );
}

function AverageCell({ average, learners }: { average: ChapterAverage; learners: number }) {
  return (
    <td>
      <span className="class-report__lessons">
        {oneDecimal(average.meanDone)}/{average.total}
        <span className="sr-only"> lessons</span> ({average.percent}%)
      </span>
      <Bar percent={average.percent} />
      {average.quiz ? ' ' : null}
      {average.quiz ? (
        <span className="class-report__quiz">
          {average.quiz.meanBest === undefined ? 'quiz not taken' : `quiz ${average.quiz.meanBest}%`}
          {average.quiz.takers > 0 ? <span className="class-report__meta">{` ${average.quiz.takers} of ${learners} took it`}</span> : null}
        </span>
      ) : null}
    </td>
  );
}

/** Labels of the name fields: "Name for <file>", numbered when several files share a name. */
function nameLabels(learners: readonly Learner[]): Map<string, string> {
  const total = new Map<string, number>();
  for (const l of learners) total.set(l.fileName, (total.get(l.fileName) ?? 0) + 1);
  const seen = new Map<string, number>();
  return new Map(
    learners.map((l) => {
      const k = (seen.get(l.fileName) ?? 0) + 1;
      seen.set(l.fileName, k);
      return [l.id, `Name for ${l.fileName}${(total.get(l.fileName) ?? 0) > 1 ? ` (${k})` : ''}`];
    }),
  );
}

export default function ClassReport({ chapters }: ClassReportProps) {
  const [state, dispatch] = useReducer(reducer, initialState);
  const [order, setOrder] = useState<SortOrder>('ascending');
  const [dragging, setDragging] = useState(false);
  const dragDepth = useRef(0);
  const zone = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const ids = useId();

  const { learners, lastBatch } = state.set;
  // Typing a name re-sorts the table; deferring keeps the field responsive with a large class.
  const shownLearners = useDeferredValue(learners);
  const report = useMemo(() => buildClassReport(chapters, shownLearners, order), [chapters, shownLearners, order]);
  const labels = useMemo(() => nameLabels(learners), [learners]);
  const problems = lastBatch?.problems ?? [];

  // A file dropped beside the zone would make the browser open it and lose the report.
  useEffect(() => {
    const outside = (event: globalThis.DragEvent) => hasFiles(event) && !zone.current?.contains(event.target as Node | null);
    const onDragOver = (event: globalThis.DragEvent) => {
      if (!outside(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
    };
    const onDrop = (event: globalThis.DragEvent) => {
      if (outside(event)) event.preventDefault();
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  const addFiles = async (files: File[]) => {
    if (files.length === 0) return;
    dispatch({ type: 'add', files: await readDroppedFiles(files) });
  };

  const onDragEnter = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    dragDepth.current += 1;
    setDragging(true);
  };
  const onDragLeave = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    dragDepth.current = Math.max(0, dragDepth.current - 1);
    if (dragDepth.current === 0) setDragging(false);
  };
  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    dragDepth.current = 0;
    setDragging(false);
    void addFiles(Array.from(event.dataTransfer?.files ?? []));
  };

  const onSave = () => {
    // The byte order mark makes spreadsheet programs read the file as UTF-8 ("García", not "GarcÃ­a").
    // Built from the current names, not the deferred ones the table may still be showing.
    const csv = classReportCsv(buildClassReport(chapters, learners, order));
    const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = classReportFileName(new Date());
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  };

  const onClear = () => {
    dispatch({ type: 'clear' });
    fileInput.current?.focus();
  };

  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

  return (
    <div className="class-report">
      <h2>Add progress files</h2>
      <p>
        Ask each learner to use “Export progress” on the Progress page and send you the file. The files are read in this browser:
        nothing is uploaded, and the report is gone when you leave the page.
      </p>
      <div
        ref={zone}
        className={`class-report__drop${dragging ? ' is-dragging' : ''}`}
        onDragEnter={onDragEnter}
        onDragLeave={onDragLeave}
        onDragOver={onDragOver}
        onDrop={onDrop}
        data-drop-zone=""
      >
        <p className="class-report__drop-text">
          Drop progress files here, or choose them:
        </p>
        <label htmlFor={`${ids}-files`}>Progress export files (.json)</label>
        <input
          id={`${ids}-files`}
          ref={fileInput}
          type="file"
          multiple
          accept=".json,application/json"
          aria-describedby={`${ids}-files-hint`}
          onChange={(event) => {
            const input = event.currentTarget;
            const files = Array.from(input.files ?? []);
            // Cleared so choosing the same file again is noticed (and reported as already added).
            input.value = '';
            void addFiles(files);
          }}
        />
        <p id={`${ids}-files-hint`} className="class-report__meta">
          Choose several files at once; add more at any time. A file added twice is listed once.
        </p>
      </div>

      <div role="status" aria-live="polite" className="class-report__status">
        {state.message.text ? <span key={state.message.n}>{state.message.text}</span> : null}
      </div>
      <div role="alert" className={problems.length > 0 ? 'class-report__problems' : undefined}>
        {problems.length > 0 ? (
          <>
            <p>{count(problems.length, 'file was not added:', 'files were not added:')}</p>
            <ul>
              {problems.map((problem, i) => (
                <li key={i} className={`is-${problem.kind}`}>
                  <strong className="class-report__file">{problem.fileName}</strong>: {problem.reason}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>

      <h2>Class report</h2>
      {report.rows.length === 0 ? (
        <p className="class-report__empty">No progress files added yet. The report appears here when you add some.</p>
      ) : (
        <>
          <div className="class-report__scroll not-content" role="region" aria-labelledby={`${ids}-caption`} tabIndex={0}>
            <table className="class-report__table">
              <caption id={`${ids}-caption`}>
                Class progress: {count(report.rows.length, 'learner', 'learners')}, sorted by name (
                {order === 'ascending' ? 'A to Z' : 'Z to A'})
              </caption>
              <thead>
                <tr>
                  <th scope="col" aria-sort={order}>
                    <button type="button" className="class-report__sort" onClick={() => setOrder(order === 'ascending' ? 'descending' : 'ascending')}>
                      Learner <span aria-hidden="true">{order === 'ascending' ? '▲' : '▼'}</span>
                    </button>
                  </th>
                  {report.chapters.map((chapter) => (
                    <th scope="col" key={chapter.number}>
                      {chapter.number}. {chapter.title}{' '}
                      <span className="class-report__meta">
                        {count(chapter.lessons.length, 'lesson', 'lessons')}
                        {chapter.hasQuiz ? ' + quiz' : ''}
                      </span>
                    </th>
                  ))}
                  <th scope="col">All chapters</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">
                      {row.name}{' '}
                      <span className="class-report__meta class-report__file">{row.fileName}</span>
                    </th>
                    {row.chapters.map((result, i) => (
                      <ResultCell key={report.chapters[i]!.number} result={result} />
                    ))}
                    <td>
                      <span className="class-report__lessons">
                        {row.overall.done}/{row.overall.total}
                        <span className="sr-only"> lessons</span> ({row.overall.percent}%)
                      </span>
                      <Bar percent={row.overall.percent} />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">
                    Class average{' '}
                    <span className="class-report__meta">{count(report.averages.learners, 'learner', 'learners')}</span>
                  </th>
                  {report.averages.chapters.map((average, i) => (
                    <AverageCell key={report.chapters[i]!.number} average={average} learners={report.averages.learners} />
                  ))}
                  <td>
                    <span className="class-report__lessons">
                      {oneDecimal(report.averages.overall.meanDone)}/{report.averages.overall.total}
                      <span className="sr-only"> lessons</span> ({report.averages.overall.percent}%)
                    </span>
                    <Bar percent={report.averages.overall.percent} />
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
          <div className="class-report__actions">
            <button type="button" onClick={onSave}>
              Save as CSV
            </button>
            <button type="button" onClick={onClear}>
              Remove all files
            </button>
          </div>

          <h2>Learner names</h2>
          <p>
            Guessed from each file’s name. Change a name to use it in the table and the CSV; empty a field to go back to the
            guess. Names are not saved anywhere.
          </p>
          <ol className="class-report__names">
            {learners.map((learner) => (
              <li key={learner.id}>
                <label htmlFor={`${ids}-${learner.id}`}>{labels.get(learner.id)}</label>
                <input
                  id={`${ids}-${learner.id}`}
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  value={learner.name}
                  placeholder={learner.suggestedName}
                  onChange={(event) => dispatch({ type: 'rename', id: learner.id, name: event.currentTarget.value })}
                />
                {learner.exportedAt ? <span className="class-report__meta">exported {learner.exportedAt.slice(0, 10)}</span> : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
