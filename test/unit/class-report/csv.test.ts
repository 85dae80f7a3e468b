import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classReportCsv, classReportFileName, csvField, guardFormula, toCsv, type CsvCell } from '~/lib/class-report/csv';
import { addExportFiles, emptyLearnerSet, renameLearner } from '~/lib/class-report/learners';
import { buildClassReport } from '~/lib/class-report/report';
import { ANA, BEN, CHAPTERS } from './fixtures';
import { parseCsv } from './parse-csv';

describe('csvField and guardFormula', () => {
  it.each<[CsvCell, string]>([
    ['Ana', 'Ana'],
    ['García, Ana', '"García, Ana"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [42, '42'],
    [3.5, '3.5'],
    [0, '0'],
  ])('%j → %s', (cell, field) => {
    expect(csvField(cell)).toBe(field);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+33 6 12 34 56 78', "'+33 6 12 34 56 78"],
    ['-Ana', "'-Ana"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
    ['\rx', "'\rx"],
    ['  =1+1', "'  =1+1"],
    ['Ana-Maria', 'Ana-Maria'],
    ['a=b', 'a=b'],
  ])('guards text a spreadsheet would run: %j → %j', (text, guarded) => {
    expect(guardFormula(text)).toBe(guarded);
  });

  it('guards and quotes a hostile learner name in one cell', () => {
    expect(csvField('=HYPERLINK("http://evil.example","Click")')).toBe('"\'=HYPERLINK(""http://evil.example"",""Click"")"');
  });

  it('refuses numbers that are not finite', () => {
    expect(() => csvField(Number.NaN)).toThrow('CSV cell NaN is not a finite number');
  });
});

describe('classReportCsv: the worked example', () => {
  it('writes a header, one record per learner in name order, and the class average, with CRLF line ends', () => {
    let set = addExportFiles(emptyLearnerSet(), [
      { name: 'course-progress-ben.json', text: BEN },
      { name: 'course-progress-ana.json', text: ANA },
    ]);
    set = renameLearner(set, 'learner-1', '=cmd|"/c calc"!A1');
    const csv = classReportCsv(buildClassReport(CHAPTERS, set.learners));
    expect(csv.split('\r\n')).toEqual([
      'Learner,File,Exported,1. What the cloud is: lessons done (of 4),1. What the cloud is: best quiz %,' +
        '"2. Regions, zones and ""edge"": lessons done (of 2)",' +
        '26. Backup and disaster recovery: lessons done (of 5),26. Backup and disaster recovery: best quiz %,' +
        'All chapters: lessons done (of 11),All chapters: lessons %',
      // Punctuation sorts before letters, so the renamed Ben comes first.
      '"\'=cmd|""/c calc""!A1",course-progress-ben.json,2026-11-26T18:30:00.000Z,1,,0,2,40,3,27',
      'ana,course-progress-ana.json,2026-11-27T10:00:00.000Z,4,80,1,1,,6,54',
      'Class average (2 learners),,,2.5,80,0.5,1.5,40,4.5,40',
      '',
    ]);
  });

  it('names the download after the UTC date', () => {
    expect(classReportFileName(new Date('2026-11-27T23:30:00-05:00'))).toBe('class-report-2026-11-28.csv');
  });
});

describe('toCsv round trip (property)', () => {
  const cell: fc.Arbitrary<CsvCell> = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ' ', 'a', 'é') }),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constant(null),
  );
  const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 });

  it('parsing the CSV gives back every cell: text guarded, numbers as written, empties empty', () => {
    fc.assert(
      fc.property(rows, (table) => {
        const expected = table.map((row) =>
          row.map((c) => (c === null || c === undefined ? '' : typeof c === 'number' ? String(c) : guardFormula(c))),
        );
        expect(parseCsv(toCsv(table))).toEqual(expected);
      }),
    );
  });

  it('no text cell comes back starting with a formula character', () => {
    fc.assert(
      fc.property(rows, (table) => {
        const parsed = parseCsv(toCsv(table));
        table.forEach((row, r) =>
          row.forEach((c, i) => {
            if (typeof c === 'string') expect(parsed[r]![i]).not.toMatch(/^\s*[=+\-@]|^[\t\r]/);
          }),
        );
      }),
    );
  });
});
