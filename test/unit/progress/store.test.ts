import { describe, expect, it } from 'vitest';
import {
  PROGRESS_KEY,
  createProgressStore,
  exportProgress,
  importProgress,
  isLessonComplete,
  recordQuizAttempt,
  resetProgress,
  saveQuizDraft,
  setLessonComplete,
  toggleLessonComplete,
} from '~/stores/progress';
import { ProgressFormatError, quizScores } from '~/lib/progress/model';
import { MemoryStorage } from './memory-storage';

const fixedNow = () => new Date('2026-11-27T10:00:00.000Z');

function storeOver(storage: Storage) {
  return createProgressStore({ getStorage: () => storage, now: fixedNow });
}

describe('progress store: lesson completion', () => {
  it('persists a completed lesson under its number and reads it back in a new page load', () => {
    const storage = new MemoryStorage();
    const store = storeOver(storage);
    expect(isLessonComplete('26.4', store)).toBe(false);
    expect(toggleLessonComplete('26.4', store)).toBe(true);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!)).toEqual({
      version: 2,
      state: { lessons: { '26.4': { completedAt: '2026-11-27T10:00:00.000Z' } }, quizzes: {} },
    });
    const reloaded = storeOver(storage);
    expect(isLessonComplete('26.4', reloaded)).toBe(true);
    expect(reloaded.getState().notice).toBeNull();
  });

  it('toggles back to not complete and forgets the lesson', () => {
    const storage = new MemoryStorage();
    const store = storeOver(storage);
    setLessonComplete('1.1', true, store);
    expect(toggleLessonComplete('1.1', store)).toBe(false);
    expect(isLessonComplete('1.1', storeOver(storage))).toBe(false);
  });
});

describe('progress store: damaged or unavailable storage', () => {
  it('keeps corrupt JSON under a backup key, starts empty and shows a notice', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, '{"state": {"lessons": ');
    const store = storeOver(storage);
    const notice = store.getState().notice;
    expect(notice).toMatchObject({ kind: 'corrupt', reason: 'it is not valid JSON' });
    const backupKey = (notice as { backupKey: string }).backupKey;
    expect(backupKey).toBe(`${PROGRESS_KEY}:backup:2026-11-27T10:00:00.000Z`);
    expect(storage.getItem(backupKey)).toBe('{"state": {"lessons": ');
    // The page still works, and new progress is saved.
    setLessonComplete('26.1', true, store);
    expect(isLessonComplete('26.1', storeOver(storage))).toBe(true);
    expect(storage.getItem(backupKey)).toBe('{"state": {"lessons": ');
  });

  it('keeps well-formed JSON of the wrong shape instead of loading it', () => {
    const storage = new MemoryStorage();
    const bad = JSON.stringify({ version: 2, state: { lessons: { 'not-a-lesson': { completedAt: 'x' } }, quizzes: {} } });
    storage.setItem(PROGRESS_KEY, bad);
    const store = storeOver(storage);
    expect(store.getState().notice).toMatchObject({ kind: 'corrupt' });
    expect(store.getState().lessons).toEqual({});
    expect(storage.getItem((store.getState().notice as { backupKey: string }).backupKey)).toBe(bad);
  });

  it('does not load or destroy progress written by a newer version of the course', () => {
    const storage = new MemoryStorage();
    const future = JSON.stringify({ version: 99, state: { lessons: {}, badges: [] } });
    storage.setItem(PROGRESS_KEY, future);
    const store = storeOver(storage);
    expect(store.getState().notice).toMatchObject({ kind: 'newer' });
    expect(storage.getItem((store.getState().notice as { backupKey: string }).backupKey)).toBe(future);
  });

  it('never overwrites an unreadable value it could not back up', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, 'garbage');
    storage.failWrites = true;
    const store = storeOver(storage);
    expect(store.getState().notice).toMatchObject({ kind: 'corrupt-unsaved' });
    storage.failWrites = false;
    setLessonComplete('26.1', true, store);
    expect(isLessonComplete('26.1', store)).toBe(true);
    expect(storage.getItem(PROGRESS_KEY)).toBe('garbage');
  });

  it('works in memory with a notice when localStorage throws on access', () => {
    const store = createProgressStore({
      getStorage: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      now: fixedNow,
    });
    expect(store.getState().notice).toEqual({ kind: 'unavailable' });
    setLessonComplete('3.2', true, store);
    expect(isLessonComplete('3.2', store)).toBe(true);
  });

  it('keeps working and says so when a write fails (quota exceeded)', () => {
    const storage = new MemoryStorage();
    const store = storeOver(storage);
    storage.failWrites = true;
    setLessonComplete('3.2', true, store);
    expect(isLessonComplete('3.2', store)).toBe(true);
    expect(store.getState().notice).toEqual({ kind: 'unavailable' });
  });

  it('renders the empty state where there is no storage at all (server)', () => {
    const store = createProgressStore({ getStorage: () => undefined, now: fixedNow });
    expect(store.getState()).toMatchObject({ lessons: {}, notice: null });
  });
});

describe('progress store: two tabs', () => {
  it('picks up a lesson completed in another tab', () => {
    const storage = new MemoryStorage();
    const tabA = storeOver(storage);
    const tabB = storeOver(storage);
    setLessonComplete('26.2', true, tabA);
    expect(isLessonComplete('26.2', tabB)).toBe(false);
    tabB.syncFromStorage(storage.getItem(PROGRESS_KEY));
    expect(isLessonComplete('26.2', tabB)).toBe(true);
  });

  it('follows a reset or a cleared storage in another tab', () => {
    const storage = new MemoryStorage();
    const tabA = storeOver(storage);
    const tabB = storeOver(storage);
    setLessonComplete('26.2', true, tabA);
    tabB.syncFromStorage(storage.getItem(PROGRESS_KEY));
    storage.clear();
    tabB.syncFromStorage(null);
    expect(isLessonComplete('26.2', tabB)).toBe(false);
  });
});

describe('progress store: export, import, reset', () => {
  it('round-trips through an export file into another browser', () => {
    const a = storeOver(new MemoryStorage());
    setLessonComplete('26.1', true, a);
    setLessonComplete('26.4', true, a);
    const file = exportProgress(a);
    const b = storeOver(new MemoryStorage());
    importProgress(file, 'replace', b);
    expect(Object.keys(b.getState().lessons).sort()).toEqual(['26.1', '26.4']);
  });

  it('merges or replaces as the reader chooses', () => {
    const a = storeOver(new MemoryStorage());
    setLessonComplete('1.1', true, a);
    const file = exportProgress(a);
    const b = storeOver(new MemoryStorage());
    setLessonComplete('2.1', true, b);
    importProgress(file, 'merge', b);
    expect(Object.keys(b.getState().lessons).sort()).toEqual(['1.1', '2.1']);
    setLessonComplete('2.1', true, b);
    importProgress(file, 'replace', b);
    expect(Object.keys(b.getState().lessons)).toEqual(['1.1']);
  });

  it.each([
    ['not JSON', 'hello', 'This file is not valid JSON'],
    ['another JSON file', '{"name":"package"}', 'not a progress export from this course'],
    [
      'a newer export',
      JSON.stringify({ format: 'cloud-aws-terraform-course/progress', version: 7, progress: {} }),
      'newer version of the course',
    ],
    [
      'a damaged export',
      JSON.stringify({ format: 'cloud-aws-terraform-course/progress', version: 2, progress: { lessons: { '26.4': {} }, quizzes: {} } }),
      'damaged: lesson 26.4 needs a "completedAt" date',
    ],
  ])('rejects %s with a clear message and changes nothing', (_name, text, message) => {
    const store = storeOver(new MemoryStorage());
    setLessonComplete('5.1', true, store);
    expect(() => importProgress(text, 'replace', store)).toThrow(ProgressFormatError);
    expect(() => importProgress(text, 'replace', store)).toThrow(message);
    expect(Object.keys(store.getState().lessons)).toEqual(['5.1']);
  });

  it('reset forgets everything, also after a reload', () => {
    const storage = new MemoryStorage();
    const store = storeOver(storage);
    setLessonComplete('5.1', true, store);
    resetProgress(store);
    expect(storeOver(storage).getState().lessons).toEqual({});
  });
});

describe('progress store: versions and quiz attempts', () => {
  const attempt = (id: string, percent: number, scope: 'all' | 'missed' = 'all', finishedAt = '2026-11-27T10:00:00.000Z') => ({
    id,
    mode: 'practice' as const,
    scope,
    startedAt: '2026-11-27T09:50:00.000Z',
    finishedAt,
    questionIds: ['q1', 'q2'],
    correct: Math.round(percent / 50),
    total: 2,
    percent,
    passed: percent >= 70,
    answers: { q1: { kind: 'choice' as const, optionIds: ['a'] } },
  });

  it('migrates version 1 progress (lessons only) without losing a lesson', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, state: { lessons: { '26.4': { completedAt: '2026-10-01T08:00:00.000Z' } } } }));
    const store = storeOver(storage);
    expect(store.getState().notice).toBeNull();
    expect(store.getState().lessons).toEqual({ '26.4': { completedAt: '2026-10-01T08:00:00.000Z' } });
    expect(store.getState().quizzes).toEqual({});
    // The migrated value is written back in the current shape.
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).version).toBe(2);
  });

  it('imports a version 1 export file', () => {
    const store = storeOver(new MemoryStorage());
    const v1 = JSON.stringify({ format: 'cloud-aws-terraform-course/progress', version: 1, progress: { lessons: { '1.1': { completedAt: '2026-10-01T08:00:00.000Z' } } } });
    importProgress(v1, 'merge', store);
    expect(isLessonComplete('1.1', store)).toBe(true);
  });

  it('records attempts, keeps a bounded history and clears the unfinished draft', () => {
    const storage = new MemoryStorage();
    const store = storeOver(storage);
    saveQuizDraft(26, { mode: 'exam', scope: 'all', seed: 7, startedAt: '2026-11-27T09:00:00.000Z', questionOrder: ['q2', 'q1'], optionOrder: { q1: ['b', 'a'] }, responses: { q1: { kind: 'choice', optionIds: ['b'] } }, checked: [], flagged: ['q2'] }, store);
    expect(storeOver(storage).getState().quizzes['26']?.draft?.flagged).toEqual(['q2']);
    for (let i = 0; i < 25; i++) recordQuizAttempt(26, attempt(`a${i}`, 50), store);
    const reloaded = storeOver(storage).getState().quizzes['26']!;
    expect(reloaded.draft).toBeUndefined();
    expect(reloaded.attempts).toHaveLength(20);
    expect(reloaded.attempts.at(-1)?.id).toBe('a24');
  });

  it('reports best and last scores from whole-quiz attempts only', () => {
    const store = storeOver(new MemoryStorage());
    recordQuizAttempt(26, attempt('first', 50), store);
    recordQuizAttempt(26, attempt('second', 100), store);
    recordQuizAttempt(26, attempt('third', 50), store);
    recordQuizAttempt(26, attempt('retry', 100, 'missed'), store);
    const scores = quizScores(store.getState(), 26);
    expect(scores.best?.id).toBe('second');
    expect(scores.last?.id).toBe('third');
    expect(scores.attempts).toBe(3);
    expect(quizScores(store.getState(), 3)).toEqual({ attempts: 0 });
  });

  it('merges quiz attempts from an import without duplicates', () => {
    const a = storeOver(new MemoryStorage());
    recordQuizAttempt(26, attempt('x', 50, 'all', '2026-11-01T10:00:00.000Z'), a);
    const file = exportProgress(a);
    const b = storeOver(new MemoryStorage());
    recordQuizAttempt(26, attempt('y', 100, 'all', '2026-11-02T10:00:00.000Z'), b);
    importProgress(file, 'merge', b);
    importProgress(file, 'merge', b);
    expect(b.getState().quizzes['26']?.attempts.map((x) => x.id)).toEqual(['x', 'y']);
  });

  it('treats a damaged quiz attempt as damaged progress (kept, not loaded)', () => {
    const storage = new MemoryStorage();
    const bad = JSON.stringify({ version: 2, state: { lessons: {}, quizzes: { '26': { attempts: [{ id: 1 }] } } } });
    storage.setItem(PROGRESS_KEY, bad);
    const store = storeOver(storage);
    expect(store.getState().notice).toMatchObject({ kind: 'corrupt', reason: 'quiz 26, attempt 1 is damaged' });
  });
});
