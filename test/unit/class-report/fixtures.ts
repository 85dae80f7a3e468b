/**
 * Chapters and progress exports for the class report tests. Exports are written with the Progress
 * page's own serialiser, so the tests read exactly what learners send.
 */

import { serialiseExport, type ProgressData, type QuizAttempt } from '~/lib/progress/model';
import type { ReportChapter } from '~/lib/class-report/report';

/** Three published chapters: one with a quiz, one without, one with a quiz and a comma in its title. */
export const CHAPTERS: ReportChapter[] = [
  { number: 1, title: 'What the cloud is', lessons: ['1.1', '1.2', '1.3', '1.4'], hasQuiz: true },
  { number: 2, title: 'Regions, zones and "edge"', lessons: ['2.1', '2.2'], hasQuiz: false },
  { number: 26, title: 'Backup and disaster recovery', lessons: ['26.1', '26.2', '26.3', '26.4', '26.5'], hasQuiz: true },
];

let attemptCounter = 0;

/** A finished quiz attempt of 10 questions scoring `percent` (a multiple of 10); passes at 70%. */
export function attempt(percent: number, scope: 'all' | 'missed' = 'all', finishedAt = '2026-11-20T10:00:00.000Z'): QuizAttempt {
  attemptCounter += 1;
  return {
    id: `attempt-${attemptCounter}`,
    mode: 'practice',
    scope,
    startedAt: '2026-11-20T09:50:00.000Z',
    finishedAt,
    questionIds: Array.from({ length: 10 }, (_, i) => `q${i + 1}`),
    correct: Math.round(percent / 10),
    total: 10,
    percent,
    passed: percent >= 70,
    answers: {},
  };
}

/** Progress with the given lessons complete and quiz attempts per chapter. */
export function progress(lessons: string[], quizzes: Record<string, QuizAttempt[]> = {}): ProgressData {
  return {
    lessons: Object.fromEntries(lessons.map((l) => [l, { completedAt: '2026-11-19T08:00:00.000Z' }])),
    quizzes: Object.fromEntries(Object.entries(quizzes).map(([chapter, attempts]) => [chapter, { attempts }])),
  };
}

/** The text of an export file, as "Export progress" writes it. */
export function exportText(data: ProgressData, exportedAt = '2026-11-27T10:00:00.000Z'): string {
  return serialiseExport(data, new Date(exportedAt));
}

/**
 * Ana: all of chapter 1 and its quiz passed at 80% (a 90% "retry missed" does not count, a first
 * 60% is beaten), half of chapter 2, one lesson of chapter 26.
 */
export const ANA = exportText(
  progress(['1.1', '1.2', '1.3', '1.4', '2.1', '26.4'], { '1': [attempt(60), attempt(90, 'missed'), attempt(80)] }),
  '2026-11-27T10:00:00.000Z',
);

/** Ben: one lesson of chapter 1, two of chapter 26 and its quiz failed at 40%, plus a lesson no longer published. */
export const BEN = exportText(progress(['1.1', '26.1', '26.2', '99.1'], { '26': [attempt(40)] }), '2026-11-26T18:30:00.000Z');

/** Chloé: nothing done yet. */
export const CHLOE = exportText(progress([]), '2026-11-25T07:15:00.000Z');
