import { describe, expect, it } from 'vitest';
import { addExportFiles, emptyLearnerSet, renameLearner } from '~/lib/class-report/learners';
import { buildClassReport } from '~/lib/class-report/report';
import { ANA, BEN, CHAPTERS, CHLOE, exportText, progress } from './fixtures';

const learnersOf = (...files: [string, string][]) =>
  addExportFiles(
    emptyLearnerSet(),
    files.map(([name, text]) => ({ name, text })),
  ).learners;

describe('buildClassReport: a worked example', () => {
  const report = buildClassReport(CHAPTERS, learnersOf(['course-progress-ben.json', BEN], ['course-progress-ana.json', ANA]));

  it("Ana: chapter 1 complete with the quiz's best full attempt (80%, passed), not the 90% retry of missed questions", () => {
    const ana = report.rows[0]!;
    expect(ana.name).toBe('ana');
    expect(ana.chapters).toEqual([
      { done: 4, total: 4, percent: 100, quiz: { attempts: 2, best: 80, passed: true } },
      { done: 1, total: 2, percent: 50 },
      { done: 1, total: 5, percent: 20, quiz: { attempts: 0 } },
    ]);
    // 6 of 11 is 54.5%: rounded down, as everywhere else in the course.
    expect(ana.overall).toEqual({ done: 6, total: 11, percent: 54 });
  });

  it('Ben: a failed quiz counts as his best score; a lesson the course no longer publishes does not count', () => {
    const ben = report.rows[1]!;
    expect(ben.name).toBe('ben');
    expect(ben.chapters).toEqual([
      { done: 1, total: 4, percent: 25, quiz: { attempts: 0 } },
      { done: 0, total: 2, percent: 0 },
      { done: 2, total: 5, percent: 40, quiz: { attempts: 1, best: 40, passed: false } },
    ]);
    expect(ben.overall).toEqual({ done: 3, total: 11, percent: 27 });
  });

  it('averages every learner for lessons and only those who took it for quizzes', () => {
    expect(report.averages).toEqual({
      learners: 2,
      chapters: [
        { meanDone: 2.5, total: 4, percent: 62, quiz: { takers: 1, meanBest: 80 } },
        { meanDone: 0.5, total: 2, percent: 25 },
        { meanDone: 1.5, total: 5, percent: 30, quiz: { takers: 1, meanBest: 40 } },
      ],
      overall: { meanDone: 4.5, total: 11, percent: 40 },
    });
  });

  it('a chapter quiz nobody took has no average, and an empty class averages to zero', () => {
    const nobody = buildClassReport(CHAPTERS, learnersOf(['chloe.json', CHLOE]));
    expect(nobody.averages.chapters[0]!.quiz).toEqual({ takers: 0 });
    expect(buildClassReport(CHAPTERS, []).averages).toEqual({
      learners: 0,
      chapters: [
        { meanDone: 0, total: 4, percent: 0, quiz: { takers: 0 } },
        { meanDone: 0, total: 2, percent: 0 },
        { meanDone: 0, total: 5, percent: 0, quiz: { takers: 0 } },
      ],
      overall: { meanDone: 0, total: 11, percent: 0 },
    });
  });
});

describe('buildClassReport: order', () => {
  const file = (n: number) => exportText(progress([]), `2026-11-27T10:00:00.${String(n).padStart(3, '0')}Z`);
  let set = addExportFiles(
    emptyLearnerSet(),
    ['course-progress-2026-11-27.json', 'Émile.json', 'course-progress-ben.json', 'ana.json'].map((name, i) => ({ name, text: file(i) })),
  );
  // Nine more default-named files make "Learner 10" … "Learner 13".
  set = addExportFiles(set, Array.from({ length: 9 }, (_, i) => ({ name: 'course-progress-2026-11-27.json', text: file(100 + i) })));

  it('sorts by display name, accents and case aside, numbers as numbers', () => {
    const names = buildClassReport(CHAPTERS, set.learners).rows.map((r) => r.name);
    expect(names.slice(0, 5)).toEqual(['ana', 'ben', 'Émile', 'Learner 1', 'Learner 5']);
    expect(names.slice(-2)).toEqual(['Learner 12', 'Learner 13']);
  });

  it('sorts descending on request, and follows renamed learners', () => {
    const renamed = renameLearner(set, 'learner-1', 'Zoe');
    const names = buildClassReport(CHAPTERS, renamed.learners, 'descending').rows.map((r) => r.name);
    expect(names.slice(0, 3)).toEqual(['Zoe', 'Learner 13', 'Learner 12']);
    expect(names.at(-1)).toBe('ana');
  });

  it('breaks ties between equal names by file name', () => {
    const twins = addExportFiles(emptyLearnerSet(), [
      { name: 'sam-b.json', text: file(1) },
      { name: 'sam-a.json', text: file(2) },
    ]);
    const both = twins.learners.map((l) => ({ ...l, name: 'Sam' }));
    expect(buildClassReport(CHAPTERS, both).rows.map((r) => r.fileName)).toEqual(['sam-a.json', 'sam-b.json']);
  });
});
