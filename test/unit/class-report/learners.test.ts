import { describe, expect, it } from 'vitest';
import {
  MAX_EXPORT_BYTES,
  TOO_LARGE_REASON,
  UNREADABLE_REASON,
  addExportFiles,
  batchSummary,
  displayName,
  emptyLearnerSet,
  readDroppedFiles,
  renameLearner,
} from '~/lib/class-report/learners';
import { ANA, BEN, CHLOE, exportText, progress } from './fixtures';

const NOT_JSON = 'This file is not valid JSON. Choose a file saved with “Export progress”.';
const NOT_EXPORT = 'This JSON file is not a progress export from this course. Choose a file saved with “Export progress”.';

describe('addExportFiles', () => {
  it('adds valid exports in order, names them from the file name or "Learner N", and keeps the export date', () => {
    const set = addExportFiles(emptyLearnerSet(), [
      { name: 'course-progress-ana-2026-11-27.json', text: ANA },
      { name: 'course-progress-2026-11-26.json', text: BEN },
    ]);
    expect(set.learners.map((l) => [l.id, l.fileName, l.suggestedName, l.name, l.exportedAt])).toEqual([
      ['learner-1', 'course-progress-ana-2026-11-27.json', 'ana', 'ana', '2026-11-27T10:00:00.000Z'],
      ['learner-2', 'course-progress-2026-11-26.json', 'Learner 2', 'Learner 2', '2026-11-26T18:30:00.000Z'],
    ]);
    expect(Object.keys(set.learners[0]!.progress.lessons)).toHaveLength(6);
    expect(set.lastBatch).toEqual({ read: 2, rejected: 0, duplicates: 0, problems: [] });
    expect(batchSummary(set.lastBatch!)).toBe('2 files read, 0 rejected');
  });

  it("rejects files that are not progress exports with the Progress page's own reasons, by file name", () => {
    const newer = JSON.stringify({ format: 'cloud-aws-terraform-course/progress', version: 99, progress: {} });
    const damaged = JSON.stringify({
      format: 'cloud-aws-terraform-course/progress',
      version: 2,
      progress: { lessons: { 'lesson one': { completedAt: '2026-11-27T10:00:00.000Z' } } },
    });
    const set = addExportFiles(emptyLearnerSet(), [
      { name: 'notes.txt', text: 'remember the milk' },
      { name: 'course-progress-ana.json', text: ANA },
      { name: 'package.json', text: '{"name":"x"}' },
      { name: 'from-the-future.json', text: newer },
      { name: 'damaged.json', text: damaged },
      { name: 'big.mov', unreadable: TOO_LARGE_REASON },
    ]);
    expect(set.learners).toHaveLength(1);
    expect(set.lastBatch?.problems).toEqual([
      { fileName: 'notes.txt', kind: 'rejected', reason: NOT_JSON },
      { fileName: 'package.json', kind: 'rejected', reason: NOT_EXPORT },
      {
        fileName: 'from-the-future.json',
        kind: 'rejected',
        reason: 'This export comes from a newer version of the course. Update the course site, then import it again.',
      },
      {
        fileName: 'damaged.json',
        kind: 'rejected',
        reason: 'This progress export is damaged: "lesson one" is not a lesson number like "26.4".',
      },
      { fileName: 'big.mov', kind: 'rejected', reason: TOO_LARGE_REASON },
    ]);
    expect(batchSummary(set.lastBatch!)).toBe('1 file read, 5 rejected');
  });

  it('lists a file added twice once, in a later batch or in the same one, and says so', () => {
    const first = addExportFiles(emptyLearnerSet(), [{ name: 'ana.json', text: ANA }]);
    const second = addExportFiles(first, [
      { name: 'ana.json', text: ANA },
      // The same export saved again by the browser, re-indented by an editor.
      { name: 'ana (1).json', text: JSON.stringify(JSON.parse(ANA)) },
      { name: 'ben.json', text: BEN },
      { name: 'ben.json', text: BEN },
    ]);
    expect(second.learners.map((l) => l.fileName)).toEqual(['ana.json', 'ben.json']);
    expect(second.lastBatch?.problems).toEqual([
      { fileName: 'ana.json', kind: 'duplicate', reason: 'This file is already in the report; it is listed once.' },
      { fileName: 'ana (1).json', kind: 'duplicate', reason: 'This is the same export as “ana.json”, already in the report; it is listed once.' },
      { fileName: 'ben.json', kind: 'duplicate', reason: 'This file is already in the report; it is listed once.' },
    ]);
    expect(batchSummary(second.lastBatch!)).toBe('1 file read, 0 rejected, 3 already added');
  });

  it('keeps two learners whose files share the default name', () => {
    const set = addExportFiles(emptyLearnerSet(), [
      { name: 'course-progress-2026-11-27.json', text: exportText(progress(['1.1']), '2026-11-27T09:00:00.000Z') },
      { name: 'course-progress-2026-11-27.json', text: exportText(progress(['1.1']), '2026-11-27T09:00:00.001Z') },
    ]);
    expect(set.learners.map((l) => displayName(l))).toEqual(['Learner 1', 'Learner 2']);
  });

  it('never reuses a number, so ids stay unique across batches', () => {
    const one = addExportFiles(emptyLearnerSet(), [{ name: 'a.json', text: ANA }, { name: 'x.txt', text: 'x' }]);
    const two = addExportFiles(one, [{ name: 'b.json', text: BEN }, { name: 'c.json', text: CHLOE }]);
    expect(two.learners.map((l) => l.id)).toEqual(['learner-1', 'learner-2', 'learner-3']);
    expect(two.lastBatch?.read).toBe(2);
  });
});

describe('renameLearner and displayName', () => {
  it('uses the edited name, and the guess again when the field is blank', () => {
    const set = addExportFiles(emptyLearnerSet(), [{ name: 'course-progress-ana.json', text: ANA }]);
    const renamed = renameLearner(set, 'learner-1', '  Ana García ');
    expect(displayName(renamed.learners[0]!)).toBe('Ana García');
    expect(displayName(renameLearner(renamed, 'learner-1', '   ').learners[0]!)).toBe('ana');
    expect(set.learners[0]!.name).toBe('ana');
  });
});

describe('readDroppedFiles', () => {
  it('reads text, refuses files over the size cap without reading them, and reports unreadable ones', async () => {
    let bigRead = false;
    const files = [
      new File([ANA], 'ana.json'),
      { name: 'movie.mp4', size: MAX_EXPORT_BYTES + 1, text: async () => ((bigRead = true), '') },
      { name: 'a folder', size: 0, text: () => Promise.reject(new Error('NotReadableError')) },
    ];
    expect(await readDroppedFiles(files)).toEqual([
      { name: 'ana.json', text: ANA },
      { name: 'movie.mp4', unreadable: TOO_LARGE_REASON },
      { name: 'a folder', unreadable: UNREADABLE_REASON },
    ]);
    expect(bigRead).toBe(false);
  });
});
