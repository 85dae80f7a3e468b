/**
 * The class report: for each learner and published chapter, lessons done out of the chapter's
 * published lessons and the best score of the chapter quiz; a class average per chapter; rows in
 * name order. What the instructor page shows and what its CSV holds come from this one model.
 */

import { quizScores, type ProgressData } from '../progress/model';
import { displayName, type Learner } from './learners';

/** A published chapter as the page passes it (plain data, from the course outline). */
export interface ReportChapter {
  number: number;
  title: string;
  /** Numbers of the chapter's published lessons ("26.4"), in course order. */
  lessons: string[];
  hasQuiz: boolean;
}

/** Lessons done out of a total, with the whole percent (rounded down, so 100% means all done). */
export interface LessonCount {
  done: number;
  total: number;
  percent: number;
}

/** One learner's result in one chapter. */
export interface ChapterResult extends LessonCount {
  /** Absent when the chapter has no quiz. `best` is absent when the learner has not taken it. */
  quiz?: { attempts: number; best?: number; passed?: boolean };
}

/** One learner's row. */
export interface LearnerRow {
  id: string;
  name: string;
  fileName: string;
  exportedAt?: string;
  /** Same order as the report's chapters. */
  chapters: ChapterResult[];
  overall: LessonCount;
}

/** The class average of one chapter. */
export interface ChapterAverage {
  /** Mean lessons done, unrounded. */
  meanDone: number;
  total: number;
  /** Mean of the learners' percents, rounded down. */
  percent: number;
  /** Absent when the chapter has no quiz. */
  quiz?: {
    /** Learners with at least one full attempt. */
    takers: number;
    /** Mean of the takers' best scores, rounded to a whole percent; absent when nobody took it. */
    meanBest?: number;
  };
}

/** The class averages: one per chapter and one over all chapters. */
export interface ClassAverages {
  learners: number;
  chapters: ChapterAverage[];
  overall: { meanDone: number; total: number; percent: number };
}

export type SortOrder = 'ascending' | 'descending';

/** The whole report. */
export interface ClassReport {
  chapters: ReportChapter[];
  rows: LearnerRow[];
  averages: ClassAverages;
  order: SortOrder;
}

const percentOf = (done: number, total: number) => (total === 0 ? 0 : Math.floor((done / total) * 100));

/** One learner's results per chapter and overall. Lessons the course no longer publishes do not count. */
export function learnerResults(chapters: readonly ReportChapter[], progress: ProgressData): Pick<LearnerRow, 'chapters' | 'overall'> {
  let done = 0;
  let total = 0;
  const results = chapters.map((chapter): ChapterResult => {
    const chapterDone = chapter.lessons.filter((lesson) => Object.hasOwn(progress.lessons, lesson)).length;
    done += chapterDone;
    total += chapter.lessons.length;
    const count = { done: chapterDone, total: chapter.lessons.length, percent: percentOf(chapterDone, chapter.lessons.length) };
    if (!chapter.hasQuiz) return count;
    const scores = quizScores(progress, chapter.number);
    return {
      ...count,
      quiz: { attempts: scores.attempts, ...(scores.best ? { best: scores.best.percent, passed: scores.best.passed } : {}) },
    };
  });
  return { chapters: results, overall: { done, total, percent: percentOf(done, total) } };
}

const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

function averagesOf(chapters: readonly ReportChapter[], rows: readonly LearnerRow[]): ClassAverages {
  return {
    learners: rows.length,
    chapters: chapters.map((chapter, i): ChapterAverage => {
      const results = rows.map((r) => r.chapters[i]!);
      const average = {
        meanDone: mean(results.map((r) => r.done)),
        total: chapter.lessons.length,
        percent: Math.floor(mean(results.map((r) => r.percent))),
      };
      if (!chapter.hasQuiz) return average;
      const bests = results.flatMap((r) => (r.quiz?.best === undefined ? [] : [r.quiz.best]));
      return { ...average, quiz: { takers: bests.length, ...(bests.length > 0 ? { meanBest: Math.round(mean(bests)) } : {}) } };
    }),
    overall: {
      meanDone: mean(rows.map((r) => r.overall.done)),
      total: chapters.reduce((n, c) => n + c.lessons.length, 0),
      percent: Math.floor(mean(rows.map((r) => r.overall.percent))),
    },
  };
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * Builds the report: one row per learner, sorted by display name (numbers in names compare as
 * numbers, so "Learner 2" comes before "Learner 10"; ties by file name, then by order added), and
 * the class averages. Averages count every learner; quiz averages count those who took the quiz.
 */
export function buildClassReport(chapters: readonly ReportChapter[], learners: readonly Learner[], order: SortOrder = 'ascending'): ClassReport {
  const rows = learners.map((learner, added) => ({
    added,
    row: {
      id: learner.id,
      name: displayName(learner),
      fileName: learner.fileName,
      ...(learner.exportedAt ? { exportedAt: learner.exportedAt } : {}),
      ...learnerResults(chapters, learner.progress),
    } satisfies LearnerRow,
  }));
  const direction = order === 'ascending' ? 1 : -1;
  rows.sort(
    (a, b) =>
      direction * (collator.compare(a.row.name, b.row.name) || collator.compare(a.row.fileName, b.row.fileName) || a.added - b.added),
  );
  const sorted = rows.map((r) => r.row);
  return { chapters: [...chapters], rows: sorted, averages: averagesOf(chapters, sorted), order };
}
