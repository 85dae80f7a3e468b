/**
 * The one progress store of the site: lesson completion (and, later, quiz attempts), kept in this
 * browser with zustand's persist middleware on localStorage. Shape, versions and migration policy:
 * see src/lib/progress/model.ts.
 *
 * Lifecycle: the store is created when a page's script first imports this module. On the server
 * there is no storage, so it stays empty and pages render the "not started" state; in the browser it
 * hydrates synchronously from localStorage. Islands read it with zustand's `useStore`, which shows
 * the server state during React hydration and the stored state right after, so nothing mismatches.
 *
 * Failure policy: nothing the reader did is lost without telling them.
 * - Stored value unreadable (bad JSON, wrong shape, newer version): it is copied to
 *   "<key>:backup:<timestamp>" before anything can overwrite it, the page starts empty and a
 *   notice says so. If the copy cannot be written, the store refuses to overwrite the original.
 * - localStorage missing or throwing (private mode, blocked, quota): the store works in memory and
 *   a notice says progress will not be saved.
 * - Another tab changes progress: this tab re-reads it (`storage` event).
 */
import { createStore } from 'zustand/vanilla';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import {
  MAX_ATTEMPTS_PER_QUIZ,
  PROGRESS_VERSION,
  emptyProgress,
  mergeProgress,
  migrateProgress,
  parseExport,
  serialiseExport,
  setLessonCompletion,
  validateProgress,
  type ProgressData,
  type QuizAttempt,
  type QuizDraft,
} from '../lib/progress/model';

/** localStorage key of the course progress. */
export const PROGRESS_KEY = 'cat-course-progress';

/** Something the reader should know about how their progress is stored. */
export type ProgressNotice =
  | { kind: 'corrupt'; backupKey: string; reason: string }
  | { kind: 'corrupt-unsaved'; reason: string }
  | { kind: 'newer'; backupKey: string }
  | { kind: 'unavailable' };

/** Store state: the persisted progress plus the (not persisted) notice. */
export interface ProgressState extends ProgressData {
  notice: ProgressNotice | null;
}

/** The store type, for islands and tests. */
export type ProgressStore = ReturnType<typeof createProgressStore>;

interface StorageAccess {
  /** Returns the Storage to use, or undefined where there is none (server). May throw. */
  getStorage: () => Storage | undefined;
  now?: () => Date;
}

function isEnvelope(value: unknown): value is StorageValue<unknown> & { version: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'state' in value &&
    typeof (value as { version?: unknown }).version === 'number'
  );
}

/**
 * Creates a progress store over the given storage. The site uses one (`progressStore` below);
 * tests create their own over fake storages.
 */
export function createProgressStore({ getStorage, now = () => new Date() }: StorageAccess) {
  // Notices raised while reading storage, before the store exists, are queued and applied after.
  let pending: ProgressNotice | null = null;
  // When an unreadable value could not be backed up, never overwrite it.
  let writeBlocked = false;
  let report = (notice: ProgressNotice) => {
    pending = notice;
  };

  const safeStorage: PersistStorage<ProgressData> = {
    getItem(name) {
      let storage: Storage | undefined;
      let raw: string | null;
      try {
        storage = getStorage();
        if (!storage) return null;
        raw = storage.getItem(name);
      } catch {
        report({ kind: 'unavailable' });
        return null;
      }
      if (raw === null) return null;

      const keep = (notice: (backupKey: string) => ProgressNotice, reason: string): null => {
        const backupKey = `${name}:backup:${now().toISOString()}`;
        try {
          storage!.setItem(backupKey, raw!);
          report(notice(backupKey));
        } catch {
          writeBlocked = true;
          report({ kind: 'corrupt-unsaved', reason });
        }
        return null;
      };

      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        return keep((backupKey) => ({ kind: 'corrupt', backupKey, reason: 'it is not valid JSON' }), 'it is not valid JSON');
      }
      if (!isEnvelope(parsed)) {
        const reason = 'it does not have the expected shape';
        return keep((backupKey) => ({ kind: 'corrupt', backupKey, reason }), reason);
      }
      if (parsed.version > PROGRESS_VERSION) return keep((backupKey) => ({ kind: 'newer', backupKey }), 'it comes from a newer version');
      try {
        // Dry run: persist calls migrateProgress itself, but a failure there would be swallowed.
        migrateProgress(parsed.state, parsed.version);
      } catch (error) {
        const reason = (error as Error).message;
        return keep((backupKey) => ({ kind: 'corrupt', backupKey, reason }), reason);
      }
      return parsed as StorageValue<ProgressData>;
    },
    setItem(name, value) {
      if (writeBlocked) return;
      try {
        const storage = getStorage();
        storage?.setItem(name, JSON.stringify(value));
      } catch {
        report({ kind: 'unavailable' });
      }
    },
    removeItem(name) {
      if (writeBlocked) return;
      try {
        getStorage()?.removeItem(name);
      } catch {
        report({ kind: 'unavailable' });
      }
    },
  };

  const store = createStore<ProgressState>()(
    persist((): ProgressState => ({ ...emptyProgress(), notice: null }), {
      name: PROGRESS_KEY,
      version: PROGRESS_VERSION,
      storage: safeStorage,
      partialize: (state): ProgressData => ({ lessons: state.lessons, quizzes: state.quizzes }),
      migrate: (persisted, version) => migrateProgress(persisted, version),
      merge: (persisted, current) => ({ ...current, ...validateProgress(persisted) }),
    }),
  );

  report = (notice) => {
    // "Unavailable" must not hide a more important notice about a kept backup.
    // Setting a notice writes storage too; a failing write reports again: stop at the same notice.
    const current = store.getState().notice;
    if (current?.kind === notice.kind) return;
    if (notice.kind === 'unavailable' && current) return;
    store.setState({ notice });
  };
  if (pending) report(pending);

  /** Re-reads storage after another tab changed it (or cleared it). */
  const syncFromStorage = (newValue: string | null) => {
    if (newValue === null) store.setState({ ...emptyProgress() });
    else void store.persist.rehydrate();
  };

  return Object.assign(store, { syncFromStorage, now });
}

function browserStorage(): Storage | undefined {
  return typeof window === 'undefined' ? undefined : window.localStorage;
}

/** The site's progress store. */
export const progressStore = createProgressStore({ getStorage: browserStorage });

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY || event.key === null) progressStore.syncFromStorage(event.key === null ? null : event.newValue);
  });
}

/** Is this lesson marked complete? */
export function isLessonComplete(lesson: string, store: ProgressStore = progressStore): boolean {
  return lesson in store.getState().lessons;
}

/** Marks a lesson complete or not complete. */
export function setLessonComplete(lesson: string, complete: boolean, store: ProgressStore = progressStore): void {
  store.setState((state) => setLessonCompletion(state, lesson, complete, store.now()));
}

/** Flips a lesson's completion; returns the new value. */
export function toggleLessonComplete(lesson: string, store: ProgressStore = progressStore): boolean {
  const complete = !isLessonComplete(lesson, store);
  setLessonComplete(lesson, complete, store);
  return complete;
}

/** The reader's progress as the text of an export file. */
export function exportProgress(store: ProgressStore = progressStore): string {
  const { lessons, quizzes } = store.getState();
  return serialiseExport({ lessons, quizzes }, store.now());
}

/**
 * Imports an export file: "merge" keeps what is here and adds what the file has, "replace" takes
 * the file as it is. Throws ProgressFormatError (nothing changed) when the file is not usable.
 */
export function importProgress(text: string, mode: 'merge' | 'replace', store: ProgressStore = progressStore): ProgressData {
  const incoming = parseExport(text);
  const { lessons, quizzes } = store.getState();
  const current: ProgressData = { lessons, quizzes };
  const next = mode === 'merge' ? mergeProgress(current, incoming) : incoming;
  store.setState({ ...next });
  return next;
}

/** Saves (or, with null, discards) the unfinished attempt of a chapter quiz. */
export function saveQuizDraft(chapter: number, draft: QuizDraft | null, store: ProgressStore = progressStore): void {
  store.setState((state) => {
    const key = String(chapter);
    const attempts = state.quizzes[key]?.attempts ?? [];
    return { quizzes: { ...state.quizzes, [key]: draft ? { attempts, draft } : { attempts } } };
  });
}

/** Records a finished attempt (keeping the latest MAX_ATTEMPTS_PER_QUIZ) and clears the draft. */
export function recordQuizAttempt(chapter: number, attempt: QuizAttempt, store: ProgressStore = progressStore): void {
  store.setState((state) => {
    const key = String(chapter);
    const attempts = [...(state.quizzes[key]?.attempts ?? []), attempt].slice(-MAX_ATTEMPTS_PER_QUIZ);
    return { quizzes: { ...state.quizzes, [key]: { attempts } } };
  });
}

/** Forgets all progress in this browser (the UI asks for confirmation first). */
export function resetProgress(store: ProgressStore = progressStore): void {
  store.setState({ ...emptyProgress() });
}

/** Hides the current notice. */
export function dismissNotice(store: ProgressStore = progressStore): void {
  store.setState({ notice: null });
}
