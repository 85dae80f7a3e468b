/**
 * The learners of a class report: progress export files an instructor dropped on the page, read
 * and checked in the browser. Nothing here is stored or sent anywhere; the set lives as long as the
 * page.
 *
 * Shape (held by the instructor page's island, replaced on every change):
 *   { learners: [ { id: "learner-1", fileName, suggestedName, name, exportedAt?, progress,
 *                   fingerprint } ],            // in the order they were added
 *     nextNumber: 2,                            // numbers ids and "Learner N" names, never reused
 *     lastBatch: { read, rejected, duplicates, problems: [ { fileName, kind, reason } ] } | null }
 *
 * A file is the same file when its JSON content is the same (whitespace aside): the export carries
 * its own timestamp to the millisecond, so two learners' exports never match, while a file dropped
 * twice, or saved twice as "….json" and "… (1).json", does. File names are not identities: every
 * learner's export is called "course-progress-<date>.json" unless they renamed it.
 */

import { parseExport, type ProgressData } from '../progress/model';
import { learnerNameFromFileName } from './learner-name';

/** One learner's export, read and checked. */
export interface Learner {
  /** "learner-3": stable while the page is open; keys rows and name edits. */
  id: string;
  fileName: string;
  /** From the file name, or "Learner N" when the file name names nobody. */
  suggestedName: string;
  /** The name field as the instructor left it: starts as suggestedName; blank means suggestedName. */
  name: string;
  /** When the learner exported the file (ISO 8601), when the file says. */
  exportedAt?: string;
  progress: ProgressData;
  /** The file's JSON, normalised; equal fingerprints mean the same export. */
  fingerprint: string;
}

/** A file that was not added, and why, in words for the instructor. */
export interface FileProblem {
  fileName: string;
  kind: 'rejected' | 'duplicate';
  reason: string;
}

/** What became of the files added in one go (one drop, or one choice in the file picker). */
export interface BatchOutcome {
  /** Files added to the report. */
  read: number;
  /** Files that are not progress exports, are damaged or could not be read. */
  rejected: number;
  /** Files already in the report (or twice in this batch), left out. */
  duplicates: number;
  /** Rejected and duplicate files, in the order given. */
  problems: FileProblem[];
}

/** The learners of a report and what happened to the last files added. */
export interface LearnerSet {
  learners: Learner[];
  nextNumber: number;
  lastBatch: BatchOutcome | null;
}

/** A file as the page hands it over: its text, or why it could not be read. */
export type DroppedFile = { name: string; text: string } | { name: string; unreadable: string };

/** The part of the browser's File this module uses (Node's File has it too). */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

/**
 * Largest file read. A progress export is a few kilobytes (a complete course with every quiz
 * history stays well under 1 MB); the cap stops a stray video dropped by mistake from freezing the
 * page while it is read as text.
 */
export const MAX_EXPORT_BYTES = 5 * 1024 * 1024;

export const TOO_LARGE_REASON = 'This file is larger than 5 MB, far too large to be a progress export. Choose a file saved with “Export progress”.';
export const UNREADABLE_REASON = 'This file could not be read (is it a folder, or was it moved?). Choose a file saved with “Export progress”.';

/** An empty report. */
export function emptyLearnerSet(): LearnerSet {
  return { learners: [], nextNumber: 1, lastBatch: null };
}

/**
 * Reads the files' text, all at once (40 files read in parallel take as long as the slowest). A file
 * too large or unreadable comes back with the reason instead of text; this never throws.
 */
export async function readDroppedFiles(files: Iterable<FileLike>): Promise<DroppedFile[]> {
  return Promise.all(
    [...files].map(async (file): Promise<DroppedFile> => {
      if (file.size > MAX_EXPORT_BYTES) return { name: file.name, unreadable: TOO_LARGE_REASON };
      try {
        return { name: file.name, text: await file.text() };
      } catch {
        return { name: file.name, unreadable: UNREADABLE_REASON };
      }
    }),
  );
}

function exportedAtOf(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const at = (json as { exportedAt?: unknown }).exportedAt;
  return typeof at === 'string' && !Number.isNaN(Date.parse(at)) ? at : undefined;
}

/**
 * Adds a batch of files to the report: each is checked with the Progress page's own parser (so an
 * instructor sees the same reason a learner would), duplicates of files already added or earlier
 * in the batch are left out and reported. Pure: returns a new set; `lastBatch` describes this call.
 */
export function addExportFiles(set: LearnerSet, files: readonly DroppedFile[]): LearnerSet {
  const learners = [...set.learners];
  const byFingerprint = new Map(learners.map((l) => [l.fingerprint, l]));
  const problems: FileProblem[] = [];
  let nextNumber = set.nextNumber;
  let read = 0;
  for (const file of files) {
    if ('unreadable' in file) {
      problems.push({ fileName: file.name, kind: 'rejected', reason: file.unreadable });
      continue;
    }
    let progress: ProgressData;
    try {
      progress = parseExport(file.text);
    } catch (error) {
      problems.push({ fileName: file.name, kind: 'rejected', reason: (error as Error).message });
      continue;
    }
    // parseExport accepted it, so it is JSON.
    const json: unknown = JSON.parse(file.text);
    const fingerprint = JSON.stringify(json);
    const same = byFingerprint.get(fingerprint);
    if (same) {
      problems.push({
        fileName: file.name,
        kind: 'duplicate',
        reason:
          same.fileName === file.name
            ? 'This file is already in the report; it is listed once.'
            : `This is the same export as “${same.fileName}”, already in the report; it is listed once.`,
      });
      continue;
    }
    const number = nextNumber++;
    const exportedAt = exportedAtOf(json);
    const suggestedName = learnerNameFromFileName(file.name) || `Learner ${number}`;
    const learner: Learner = {
      id: `learner-${number}`,
      fileName: file.name,
      suggestedName,
      name: suggestedName,
      ...(exportedAt ? { exportedAt } : {}),
      progress,
      fingerprint,
    };
    learners.push(learner);
    byFingerprint.set(fingerprint, learner);
    read++;
  }
  const rejected = problems.filter((p) => p.kind === 'rejected').length;
  return { learners, nextNumber, lastBatch: { read, rejected, duplicates: problems.length - rejected, problems } };
}

/** Sets the name the report shows for a learner; a blank name shows the one guessed from the file. */
export function renameLearner(set: LearnerSet, id: string, name: string): LearnerSet {
  return { ...set, learners: set.learners.map((l) => (l.id === id ? { ...l, name } : l)) };
}

/** The name a learner is shown and sorted under. */
export function displayName(learner: Learner): string {
  return learner.name.trim() || learner.suggestedName;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The sentence announced after a batch: "3 files read, 1 rejected" (", 1 already added"). */
export function batchSummary(batch: BatchOutcome): string {
  const parts = [plural(batch.read, 'file read', 'files read'), `${batch.rejected} rejected`];
  if (batch.duplicates > 0) parts.push(`${batch.duplicates} already added`);
  return parts.join(', ');
}
