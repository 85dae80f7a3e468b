import { describe, expect, it } from 'vitest';
import { formatDuration, toMinutes } from '~/lib/dr/duration';
import { parseClockTime, parseNumberField } from '~/lib/form/number-field';
import {
  DEFAULT_CALCULATOR_FORM,
  calculateRpoRto,
  dataLossFromIntervals,
  formatOffset,
  restoreMinutes,
  type CalculatorForm,
} from '~/lib/dr/rpo-rto';
import { layoutTimeline } from '~/lib/dr/timeline';

function result(patch: Partial<CalculatorForm> = {}) {
  const outcome = calculateRpoRto({ ...DEFAULT_CALCULATOR_FORM, ...patch });
  if (!outcome.ok) throw new Error(`unexpected errors: ${JSON.stringify(outcome.errors)}`);
  return outcome.result;
}

describe('data loss (RPO)', () => {
  it('backups every 12 h: worst case 12 h, average 6 h', () => {
    expect(dataLossFromIntervals([{ minutes: 720, count: 1 }])).toEqual({ worstMinutes: 720, averageMinutes: 360 });
  });

  it('adds the copy lag to both: a backup only counts once it reached the recovery site', () => {
    expect(dataLossFromIntervals([{ minutes: 1440, count: 1 }], 30)).toEqual({ worstMinutes: 1470, averageMinutes: 750 });
  });

  it('weights uneven gaps by how likely a failure lands in them (2 h and 22 h gaps)', () => {
    const loss = dataLossFromIntervals([
      { minutes: 120, count: 1 },
      { minutes: 1320, count: 1 },
    ]);
    expect(loss.worstMinutes).toBe(1320);
    // (120² + 1320²) / (2 × 1440) = 610 minutes, far more than half of the 12 h average gap.
    expect(loss.averageMinutes).toBeCloseTo(610, 6);
  });

  it('continuous backup loses only the lag', () => {
    expect(dataLossFromIntervals([], 5)).toEqual({ worstMinutes: 5, averageMinutes: 5 });
  });
});

describe('restore time', () => {
  it('500 GiB at 250 MiB/s takes about 34 minutes', () => {
    expect(restoreMinutes(500, 250)).toBeCloseTo(34.13, 2);
    expect(formatDuration(restoreMinutes(500, 250))).toBe('34 min');
  });

  it('no data restores instantly', () => {
    expect(restoreMinutes(0, 250)).toBe(0);
  });
});

describe('calculateRpoRto', () => {
  it('works the lesson example: RPO 12 h / 6 h and RTO as the sum of its parts', () => {
    const r = result();
    expect(r.rpo.worstMinutes).toBe(720);
    expect(r.rpo.averageMinutes).toBe(360);
    expect(r.rpo.meetsTarget).toBe(true);
    expect(r.rto.parts.map((part) => [part.id, Math.round(part.minutes)])).toEqual([
      ['detection', 15],
      ['decision', 15],
      ['restore', 34],
      ['failover', 5],
    ]);
    expect(r.rto.totalMinutes).toBeCloseTo(15 + 15 + 2048 / 60 + 5, 6);
    expect(r.rto.meetsTarget).toBe(true);
  });

  it('fails the targets when the schedule or the recovery is too slow', () => {
    const r = result({ mode: 'daily', targetRpo: '4', targetRpoUnit: 'hours', targetRto: '60', targetRtoUnit: 'minutes' });
    expect(r.rpo.worstMinutes).toBe(1440);
    expect(r.rpo.meetsTarget).toBe(false);
    expect(r.rto.meetsTarget).toBe(false);
  });

  it('continuous backup: RPO is the replication lag', () => {
    const r = result({ mode: 'continuous', lagMinutes: '5', intervalHours: 'ignored in this mode' });
    expect(r.rpo).toMatchObject({ worstMinutes: 5, averageMinutes: 5, meetsTarget: true });
  });

  it('draws the worst case: last backup, failure, detection, recovery, restore, service back', () => {
    const r = result({ mode: 'daily', dailyTime: '03:00' });
    expect(r.timeline.map((event) => [event.label, Math.round(event.atMinutes)])).toEqual([
      ['Last usable backup (the 03:00 one)', -1440],
      ['Failure', 0],
      ['Failure detected', 15],
      ['Recovery starts', 30],
      ['Data restored', 64],
      ['Service back', 69],
    ]);
  });

  it('returns a message per bad field instead of NaN', () => {
    const outcome = calculateRpoRto({
      ...DEFAULT_CALCULATOR_FORM,
      intervalHours: '0',
      dataSizeGiB: 'lots',
      throughputMiBps: '0',
      detectionMinutes: '-5',
      targetRto: '',
    });
    expect(outcome).toEqual({
      ok: false,
      errors: {
        intervalHours: 'Must be more than 0.',
        dataSizeGiB: '"lots" is not a number; use digits and a dot for decimals, e.g. 2.5.',
        throughputMiBps: 'Must be more than 0.',
        detectionMinutes: 'Must be at least 0.',
        targetRto: 'Required: enter a number.',
      },
    });
  });

  it('checks the daily time only in daily mode', () => {
    expect(calculateRpoRto({ ...DEFAULT_CALCULATOR_FORM, mode: 'daily', dailyTime: '25:00' })).toEqual({
      ok: false,
      errors: { dailyTime: 'Use a time between 00:00 and 23:59.' },
    });
    expect(calculateRpoRto({ ...DEFAULT_CALCULATOR_FORM, mode: 'interval', dailyTime: '25:00' }).ok).toBe(true);
  });
});

describe('number fields', () => {
  it.each([
    ['12', { min: 0, max: 100 }, { ok: true, value: 12 }],
    [' 2.5 ', { min: 0, max: 100 }, { ok: true, value: 2.5 }],
    ['1e3', { min: 0, max: 100 }, { ok: false, error: '"1e3" is not a number; use digits and a dot for decimals, e.g. 2.5.' }],
    ['Infinity', { min: 0, max: 100 }, { ok: false, error: '"Infinity" is not a number; use digits and a dot for decimals, e.g. 2.5.' }],
    ['12,5', { min: 0, max: 100, integer: true }, { ok: false, error: '"12,5" is not a number; use digits, e.g. 30.' }],
    ['1.5', { min: 0, max: 100, integer: true }, { ok: false, error: 'Use a whole number (no decimals).' }],
    ['101', { min: 0, max: 100 }, { ok: false, error: 'Must be at most 100.' }],
    ['36501', { min: 1, max: 36_500 }, { ok: false, error: 'Must be at most 36,500.' }],
  ])('%j', (raw, rule, expected) => {
    expect(parseNumberField(raw, rule)).toEqual(expected);
  });

  it('reads HH:MM clock times', () => {
    expect(parseClockTime('03:30')).toEqual({ ok: true, value: 210 });
    expect(parseClockTime('3pm')).toEqual({ ok: false, error: 'Use 24-hour time as HH:MM, e.g. 03:00.' });
  });
});

describe('durations', () => {
  it.each([
    [0, '0 min'],
    [0.5, '30 s'],
    [2.5, '2.5 min'],
    [34.13, '34 min'],
    [90, '1 h 30 min'],
    [720, '12 h'],
    [1470, '24 h 30 min'],
    [2880, '2 d'],
    [10_140, '7 d 1 h'],
  ])('%d minutes → %s', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });

  it('never formats NaN or Infinity', () => {
    expect(() => formatDuration(Number.NaN)).toThrow(RangeError);
    expect(() => formatDuration(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('converts units and formats offsets', () => {
    expect(toMinutes(4, 'hours')).toBe(240);
    expect(toMinutes(2, 'days')).toBe(2880);
    expect(formatOffset(-720)).toBe('−12 h');
    expect(formatOffset(34)).toBe('+34 min');
    expect(formatOffset(0)).toBe('0');
  });
});

describe('timeline layout', () => {
  const geometry = { width: 600, margin: 40, minGap: 60 };

  it('keeps every event inside the drawing, in order, at least minGap apart', () => {
    const r = result();
    const { placed, notToScale } = layoutTimeline(r.timeline, geometry);
    const xs = placed.map((p) => p.x);
    expect(xs[0]).toBe(40);
    expect(xs[xs.length - 1]).toBeCloseTo(560, 6);
    for (let i = 1; i < xs.length; i++) expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(60 - 1e-9);
    expect(notToScale).toBe(true);
  });

  it('is to scale when the gaps allow it', () => {
    const events = [
      { id: 'last-backup', label: 'a', atMinutes: -60 },
      { id: 'failure', label: 'b', atMinutes: 0 },
      { id: 'service-back', label: 'c', atMinutes: 60 },
    ] as const;
    const { placed, notToScale } = layoutTimeline(events, geometry);
    expect(placed.map((p) => p.x)).toEqual([40, 300, 560]);
    expect(notToScale).toBe(false);
  });
});
