import type { ProgressData } from './model';

/** A published lesson, as pages pass it to the progress summary. */
export interface SummaryLesson {
  number: string;
  title: string;
  path: string;
}

/** What a progress summary shows: how much is done and where to go next. */
export interface ProgressSummary {
  done: number;
  total: number;
  /** Whole percent, rounded down so 99.6% never shows as "100%" before the last lesson. */
  percent: number;
  /** The lesson to continue with; undefined when every lesson is complete. */
  next?: SummaryLesson;
  /** True when the reader has completed at least one of these lessons. */
  started: boolean;
}

/**
 * Summarises progress over a list of lessons in course order. "Continue" points to the first
 * unfinished lesson after the one completed most recently (so a reader who skipped ahead keeps
 * going from there), wrapping round to the first unfinished lesson of the list.
 */
export function summariseProgress(lessons: SummaryLesson[], progress: ProgressData): ProgressSummary {
  const completed = lessons.filter((l) => progress.lessons[l.number]);
  const total = lessons.length;
  const done = completed.length;
  const percent = total === 0 ? 0 : Math.floor((done / total) * 100);
  let latestIndex = -1;
  let latest = '';
  lessons.forEach((lesson, index) => {
    const at = progress.lessons[lesson.number]?.completedAt;
    if (at && at >= latest) {
      latest = at;
      latestIndex = index;
    }
  });
  const order = [...lessons.slice(latestIndex + 1), ...lessons.slice(0, latestIndex + 1)];
  const next = order.find((l) => !progress.lessons[l.number]);
  return { done, total, percent, started: done > 0, ...(next ? { next } : {}) };
}
