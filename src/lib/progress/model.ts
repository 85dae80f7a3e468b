/**
 * The learner's progress, as stored in localStorage and in exported files.
 *
 * Stored shape (zustand persist envelope, key "cat-course-progress"), version 2:
 *   { "version": 2, "state": {
 *       "lessons": { "26.4": { "completedAt": "2026-11-27T10:00:00.000Z" } },
 *       "quizzes": { "26": {
 *           "attempts": [ { "id", "mode": "practice"|"exam", "startedAt", "finishedAt",
 *                           "questionIds": [...], "correct", "total", "percent", "passed",
 *                           "answers": { "<question id>": QuizResponse } } ],   // oldest first
 *           "draft": { … an unfinished attempt, see QuizDraft … } } } } }
 *
 * Keys are curriculum lesson numbers, chapter numbers and quiz question ids, never URLs or file
 * paths, so renaming a file keeps progress.
 *
 * History: version 1 (the first release) had only "lessons"; version 2 adds "quizzes".
 *
 * Migration policy: every change of shape bumps PROGRESS_VERSION and adds a step to
 * `migrateProgress` that upgrades the previous version; old data is never dropped. Data from a newer
 * version than this build knows, or data that fails validation, is not loaded and not overwritten:
 * the store copies it to a backup key first and tells the reader.
 *
 * This module is pure (no storage, no DOM) and small: it runs in every lesson page's script, so it
 * validates by hand instead of shipping a schema library to the browser.
 */

export const PROGRESS_VERSION = 2;

/** Attempts kept per chapter: enough for a history, bounded so storage never fills up. */
export const MAX_ATTEMPTS_PER_QUIZ = 20;

/** Completion record of one lesson. */
export interface LessonProgress {
  /** ISO 8601 timestamp of when the reader marked the lesson complete. */
  completedAt: string;
}

/** An answer as stored: which options, which truth value, or which number. */
export type StoredResponse =
  | { kind: 'choice'; optionIds: string[] }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'number'; value: number };

/** One finished quiz attempt. */
export interface QuizAttempt {
  id: string;
  mode: 'practice' | 'exam';
  /** "all": the whole quiz; "missed": a retry of the questions missed last time. */
  scope: 'all' | 'missed';
  startedAt: string;
  finishedAt: string;
  /** The questions asked, in the order shown (a "retry missed" attempt asks only some). */
  questionIds: string[];
  correct: number;
  total: number;
  percent: number;
  passed: boolean;
  answers: Record<string, StoredResponse>;
}

/** An attempt in progress, saved as the reader goes so a reload resumes it. */
export interface QuizDraft {
  mode: 'practice' | 'exam';
  scope: 'all' | 'missed';
  seed: number;
  startedAt: string;
  questionOrder: string[];
  optionOrder: Record<string, string[]>;
  responses: Record<string, StoredResponse>;
  /** Practice mode: questions already checked (their answers are locked). */
  checked: string[];
  /** Exam mode: questions flagged for review. */
  flagged: string[];
  /** Exam mode: when time runs out, if the reader chose a timer. */
  deadline?: string;
}

/** What the course remembers about one chapter's quiz. */
export interface QuizProgress {
  attempts: QuizAttempt[];
  draft?: QuizDraft;
}

/** Everything the course remembers about one reader. */
export interface ProgressData {
  lessons: Record<string, LessonProgress>;
  /** Keyed by chapter number as a string ("26"). */
  quizzes: Record<string, QuizProgress>;
}

/** Raised when stored or imported data cannot be read as progress; the message says why. */
export class ProgressFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProgressFormatError';
  }
}

const LESSON_NUMBER = /^\d{1,2}\.\d{1,2}$/;

/** A fresh, empty progress record. */
export function emptyProgress(): ProgressData {
  return { lessons: {}, quizzes: {} };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
}

/**
 * Checks that a value has the current progress shape and returns a clean copy (unknown keys
 * dropped). Throws ProgressFormatError naming the first problem.
 */
export function validateProgress(value: unknown): ProgressData {
  if (!isRecord(value)) throw new ProgressFormatError('progress must be an object');
  const lessons = value.lessons ?? {};
  if (!isRecord(lessons)) throw new ProgressFormatError('"lessons" must be an object keyed by lesson number');
  const clean: ProgressData = emptyProgress();
  for (const [number, entry] of Object.entries(lessons)) {
    if (!LESSON_NUMBER.test(number)) throw new ProgressFormatError(`"${number}" is not a lesson number like "26.4"`);
    if (!isRecord(entry) || !isIsoDate(entry.completedAt))
      throw new ProgressFormatError(`lesson ${number} needs a "completedAt" date`);
    clean.lessons[number] = { completedAt: entry.completedAt };
  }
  const quizzes = value.quizzes ?? {};
  if (!isRecord(quizzes)) throw new ProgressFormatError('"quizzes" must be an object keyed by chapter number');
  for (const [chapter, entry] of Object.entries(quizzes)) {
    if (!/^\d{1,2}$/.test(chapter)) throw new ProgressFormatError(`"${chapter}" is not a chapter number`);
    if (!isRecord(entry) || !Array.isArray(entry.attempts))
      throw new ProgressFormatError(`quiz ${chapter} needs an "attempts" list`);
    const attempts = entry.attempts.map((a, i) => validateAttempt(a, `quiz ${chapter}, attempt ${i + 1}`));
    const draft = entry.draft === undefined ? undefined : validateDraft(entry.draft, `quiz ${chapter}, unfinished attempt`);
    clean.quizzes[chapter] = draft ? { attempts, draft } : { attempts };
  }
  return clean;
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function validateResponses(value: unknown, where: string): Record<string, StoredResponse> {
  if (!isRecord(value)) throw new ProgressFormatError(`${where}: answers must be an object`);
  const out: Record<string, StoredResponse> = {};
  for (const [id, r] of Object.entries(value)) {
    if (isRecord(r) && r.kind === 'choice' && isStringList(r.optionIds)) out[id] = { kind: 'choice', optionIds: [...r.optionIds] };
    else if (isRecord(r) && r.kind === 'boolean' && typeof r.value === 'boolean') out[id] = { kind: 'boolean', value: r.value };
    else if (isRecord(r) && r.kind === 'number' && typeof r.value === 'number' && Number.isFinite(r.value))
      out[id] = { kind: 'number', value: r.value };
    else throw new ProgressFormatError(`${where}: the answer to "${id}" is damaged`);
  }
  return out;
}

function validateAttempt(value: unknown, where: string): QuizAttempt {
  if (!isRecord(value)) throw new ProgressFormatError(`${where} must be an object`);
  const { id, mode, scope, startedAt, finishedAt, questionIds, correct, total, percent, passed, answers } = value;
  const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (
    typeof id !== 'string' ||
    (mode !== 'practice' && mode !== 'exam') ||
    (scope !== 'all' && scope !== 'missed') ||
    !isIsoDate(startedAt) ||
    !isIsoDate(finishedAt) ||
    !isStringList(questionIds) ||
    !isCount(correct) ||
    !isCount(total) ||
    correct > total ||
    !isCount(percent) ||
    percent > 100 ||
    typeof passed !== 'boolean'
  )
    throw new ProgressFormatError(`${where} is damaged`);
  return { id, mode, scope, startedAt, finishedAt, questionIds: [...questionIds], correct, total, percent, passed, answers: validateResponses(answers, where) };
}

function validateDraft(value: unknown, where: string): QuizDraft {
  if (!isRecord(value)) throw new ProgressFormatError(`${where} must be an object`);
  const { mode, scope, seed, startedAt, questionOrder, optionOrder, responses, checked, flagged, deadline } = value;
  if (
    (mode !== 'practice' && mode !== 'exam') ||
    (scope !== 'all' && scope !== 'missed') ||
    typeof seed !== 'number' ||
    !isIsoDate(startedAt) ||
    !isStringList(questionOrder) ||
    !isRecord(optionOrder) ||
    !Object.values(optionOrder).every(isStringList) ||
    !isStringList(checked) ||
    !isStringList(flagged) ||
    (deadline !== undefined && !isIsoDate(deadline))
  )
    throw new ProgressFormatError(`${where} is damaged`);
  return {
    mode,
    scope,
    seed,
    startedAt,
    questionOrder: [...questionOrder],
    optionOrder: Object.fromEntries(Object.entries(optionOrder as Record<string, string[]>).map(([k, v]) => [k, [...v]])),
    responses: validateResponses(responses, where),
    checked: [...checked],
    flagged: [...flagged],
    ...(deadline ? { deadline } : {}),
  };
}

/**
 * Upgrades progress stored by an older version of the course to the current shape. Version 0 never
 * shipped; any version this build does not know is refused rather than guessed at.
 */
export function migrateProgress(persisted: unknown, fromVersion: number): ProgressData {
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || fromVersion > PROGRESS_VERSION)
    throw new ProgressFormatError(`progress version ${fromVersion} is not one this course knows (1–${PROGRESS_VERSION})`);
  let state = persisted;
  if (fromVersion < 2) {
    // 1 → 2: quizzes arrived. Version 1 must have "lessons" and nothing else we know of.
    if (!isRecord(state) || (state.quizzes !== undefined && state.quizzes !== null))
      throw new ProgressFormatError('version 1 progress must be an object with "lessons" only');
    state = { ...state, quizzes: {} };
  }
  return validateProgress(state);
}

/** Marks a lesson complete (keeping the first completion date) or not complete. */
export function setLessonCompletion(data: ProgressData, lesson: string, complete: boolean, now: Date): ProgressData {
  const lessons = { ...data.lessons };
  if (complete) lessons[lesson] = lessons[lesson] ?? { completedAt: now.toISOString() };
  else delete lessons[lesson];
  return { ...data, lessons };
}

/**
 * Union of two progress records: a lesson complete in either is complete, with the earlier date.
 * Used when a reader imports a file and chooses "merge".
 */
export function mergeProgress(a: ProgressData, b: ProgressData): ProgressData {
  const lessons = { ...a.lessons };
  for (const [number, entry] of Object.entries(b.lessons)) {
    const existing = lessons[number];
    lessons[number] = existing && existing.completedAt <= entry.completedAt ? existing : entry;
  }
  const quizzes: Record<string, QuizProgress> = { ...a.quizzes };
  for (const [chapter, theirs] of Object.entries(b.quizzes)) {
    const ours = quizzes[chapter];
    const byId = new Map([...(ours?.attempts ?? []), ...theirs.attempts].map((attempt) => [attempt.id, attempt]));
    const attempts = [...byId.values()].sort((x, y) => x.finishedAt.localeCompare(y.finishedAt)).slice(-MAX_ATTEMPTS_PER_QUIZ);
    const draft = ours?.draft ?? theirs.draft;
    quizzes[chapter] = draft ? { attempts, draft } : { attempts };
  }
  return { ...a, lessons, quizzes };
}

/** Best and last score of a chapter quiz, for progress views. */
export interface QuizScores {
  attempts: number;
  best?: QuizAttempt;
  last?: QuizAttempt;
}

/**
 * Best and last score of a quiz. Only attempts of the whole quiz count (a retry of the missed
 * questions alone is practice, not a chapter score); the latest wins a tie for best.
 */
export function quizScores(progress: ProgressData, chapter: number): QuizScores {
  const attempts = (progress.quizzes[String(chapter)]?.attempts ?? []).filter((a) => a.scope === 'all' && a.total > 0);
  const last = attempts.at(-1);
  let best: QuizAttempt | undefined;
  for (const attempt of attempts) if (!best || attempt.percent >= best.percent) best = attempt;
  return { attempts: attempts.length, ...(best ? { best } : {}), ...(last ? { last } : {}) };
}

/** Identifies a progress export file, so a random JSON file is not mistaken for one. */
export const EXPORT_FORMAT = 'cloud-aws-terraform-course/progress';

/** The JSON text of a progress export file. */
export function serialiseExport(data: ProgressData, now: Date): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: PROGRESS_VERSION, exportedAt: now.toISOString(), progress: data }, null, 2)}\n`;
}

/**
 * Reads a progress export file. Throws ProgressFormatError with a message for the reader: not JSON,
 * not a progress export, from a newer course version, or damaged.
 */
export function parseExport(text: string): ProgressData {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ProgressFormatError('This file is not valid JSON. Choose a file saved with “Export progress”.');
  }
  if (!isRecord(json) || json.format !== EXPORT_FORMAT)
    throw new ProgressFormatError('This JSON file is not a progress export from this course. Choose a file saved with “Export progress”.');
  const version = json.version;
  if (typeof version !== 'number' || version > PROGRESS_VERSION)
    throw new ProgressFormatError('This export comes from a newer version of the course. Update the course site, then import it again.');
  try {
    return migrateProgress(json.progress, version);
  } catch (error) {
    throw new ProgressFormatError(`This progress export is damaged: ${(error as Error).message}.`);
  }
}
