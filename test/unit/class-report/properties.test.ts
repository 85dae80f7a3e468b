import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classReportCsv, guardFormula } from '~/lib/class-report/csv';
import { addExportFiles, emptyLearnerSet, type DroppedFile } from '~/lib/class-report/learners';
import { buildClassReport } from '~/lib/class-report/report';
import type { ProgressData, QuizAttempt } from '~/lib/progress/model';
import { CHAPTERS, exportText } from './fixtures';
import { parseCsv } from './parse-csv';

/** Published lessons plus some the outline does not publish (they must not count). */
const LESSON_POOL = [...CHAPTERS.flatMap((c) => c.lessons), '3.1', '99.9'];

const attemptArb: fc.Arbitrary<QuizAttempt> = fc
  .record({ percent: fc.integer({ min: 0, max: 100 }), total: fc.integer({ min: 0, max: 20 }), scope: fc.constantFrom('all', 'missed' as const) })
  .map(({ percent, total, scope }) => ({
    id: `a${percent}-${total}-${scope}`,
    mode: 'exam',
    scope,
    startedAt: '2026-11-20T09:00:00.000Z',
    finishedAt: '2026-11-20T09:10:00.000Z',
    questionIds: [],
    correct: Math.min(total, Math.round((percent * total) / 100)),
    total,
    percent,
    passed: percent >= 70,
    answers: {},
  }));

const progressArb: fc.Arbitrary<ProgressData> = fc.record({
  lessons: fc.subarray(LESSON_POOL).map((ls) => Object.fromEntries(ls.map((l) => [l, { completedAt: '2026-11-19T08:00:00.000Z' }]))),
  quizzes: fc.dictionary(
    fc.constantFrom('1', '2', '26', '7'),
    fc.array(attemptArb, { maxLength: 4 }).map((attempts) => ({ attempts })),
  ),
});

const validFileArb: fc.Arbitrary<DroppedFile> = fc.record({
  name: fc.oneof(fc.constant('course-progress-2026-11-27.json'), fc.string({ maxLength: 30 }).map((s) => `${s}.json`)),
  text: fc
    .tuple(progressArb, fc.date({ min: new Date('2025-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }))
    .map(([data, at]) => exportText(data, at.toISOString())),
});

const garbageArb: fc.Arbitrary<DroppedFile> = fc.record({
  name: fc.string({ maxLength: 20 }),
  text: fc.oneof(fc.string(), fc.json(), fc.constant('{"format":"cloud-aws-terraform-course/progress","version":2,"progress":[]}')),
});

/** Valid exports, some of them dropped again, and files that are not exports. */
const batchArb = fc
  .tuple(fc.array(validFileArb, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 6 }), fc.array(garbageArb, { maxLength: 4 }))
  .map(([valid, repeats, garbage]) => ({
    valid: [...valid, ...(valid.length > 0 ? repeats.map((r) => valid[r % valid.length]!) : [])],
    garbage,
  }));

const sameExport = (text: string) => JSON.stringify(JSON.parse(text));

const inPercentRange = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 0 && n <= 100);

describe('class report properties', () => {
  it('any set of valid exports gives one row per distinct file; the rest are reported, not counted', () => {
    fc.assert(
      fc.property(batchArb, ({ valid, garbage }) => {
        const set = addExportFiles(emptyLearnerSet(), [...valid, ...garbage]);
        const distinct = new Set(valid.map((f) => 'text' in f && sameExport(f.text))).size;
        const report = buildClassReport(CHAPTERS, set.learners);
        expect(report.rows).toHaveLength(distinct);
        expect(new Set(report.rows.map((r) => r.id)).size).toBe(distinct);
        expect(set.lastBatch).toMatchObject({ read: distinct, duplicates: valid.length - distinct, rejected: garbage.length });
        expect(set.lastBatch!.problems).toHaveLength(valid.length - distinct + garbage.length);
      }),
    );
  });

  it('every percentage is a whole number from 0 to 100, and lessons done never exceed the total', () => {
    fc.assert(
      fc.property(batchArb, ({ valid }) => {
        const report = buildClassReport(CHAPTERS, addExportFiles(emptyLearnerSet(), valid).learners);
        for (const row of report.rows) {
          for (const result of [...row.chapters, row.overall]) {
            expect(inPercentRange(result.percent)).toBe(true);
            expect(result.done).toBeLessThanOrEqual(result.total);
          }
          for (const result of row.chapters) expect(inPercentRange(result.quiz?.best)).toBe(true);
        }
        for (const average of [...report.averages.chapters, report.averages.overall]) {
          expect(inPercentRange(average.percent)).toBe(true);
          expect(average.meanDone).toBeGreaterThanOrEqual(0);
          expect(average.meanDone).toBeLessThanOrEqual(average.total);
        }
        for (const average of report.averages.chapters) expect(inPercentRange(average.quiz?.meanBest)).toBe(true);
      }),
    );
  });

  it('adding files in two batches or in one gives the same learners', () => {
    fc.assert(
      fc.property(batchArb, fc.nat(), ({ valid, garbage }, cut) => {
        const files = [...valid, ...garbage];
        const at = files.length === 0 ? 0 : cut % files.length;
        const once = addExportFiles(emptyLearnerSet(), files);
        const twice = addExportFiles(addExportFiles(emptyLearnerSet(), files.slice(0, at)), files.slice(at));
        expect(twice.learners.map((l) => [l.id, l.fingerprint])).toEqual(once.learners.map((l) => [l.id, l.fingerprint]));
      }),
    );
  });

  it('the CSV has a header, one record per row and the average, all as wide as the header', () => {
    fc.assert(
      fc.property(batchArb, ({ valid }) => {
        const report = buildClassReport(CHAPTERS, addExportFiles(emptyLearnerSet(), valid).learners);
        const records = parseCsv(classReportCsv(report));
        expect(records).toHaveLength(report.rows.length + 2);
        for (const record of records) expect(record).toHaveLength(records[0]!.length);
        expect(records.slice(1, -1).map((r) => r[1])).toEqual(report.rows.map((r) => guardFormula(r.fileName)));
      }),
    );
  });

  it('reads a class of 200 exports', () => {
    const files = fc.sample(validFileArb, { numRuns: 200, seed: 42 });
    const start = performance.now();
    const set = addExportFiles(emptyLearnerSet(), files);
    const report = buildClassReport(CHAPTERS, set.learners);
    classReportCsv(report);
    expect(report.rows.length).toBe(new Set(files.map((f) => 'text' in f && sameExport(f.text))).size);
    // Generous: a phone does this in well under a second; the bound only catches accidental O(n²) work.
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
