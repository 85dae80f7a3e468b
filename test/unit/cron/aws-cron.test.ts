import { describe, expect, it } from 'vitest';
import { checkBackupSchedule, parseAwsCron } from '~/lib/cron/aws-cron';

function timing(expression: string) {
  const result = checkBackupSchedule(expression);
  if (!result.ok) throw new Error(`expected ${expression} to be valid, got: ${result.error}`);
  return result.value;
}

function error(expression: string): string {
  const result = checkBackupSchedule(expression);
  if (result.ok) throw new Error(`expected ${expression} to be rejected`);
  return result.error;
}

describe('AWS cron: accepted schedules and their intervals', () => {
  it.each([
    ['cron(0 5 ? * * *)', 1440, 1440, 'daily at 05:00'],
    ['cron(0 * ? * * *)', 60, 60, 'hourly'],
    ['cron(15 0/12 ? * * *)', 720, 720, 'every 12 hours'],
    ['cron(0 5 ? * SUN *)', 7 * 1440, 7 * 1440, 'weekly'],
    ['cron(0 5 ? * MON-FRI *)', 1440, 3 * 1440, 'weekdays: Friday to Monday is three days'],
    ['cron(0 3,15 ? * * *)', 720, 720, 'twice a day'],
    ['cron(0 1,3 ? * * *)', 120, 1320, 'uneven gaps: 2 h then 22 h'],
  ])('%s runs between %i and %i minutes apart (%s)', (expression, min, max) => {
    const t = timing(expression);
    expect(t.minIntervalMinutes).toBe(min);
    expect(t.maxIntervalMinutes).toBe(max);
  });

  it('measures monthly schedules by the calendar (28 to 31 days)', () => {
    const t = timing('cron(0 5 1 * ? *)');
    expect(t.minIntervalMinutes).toBe(28 * 1440);
    expect(t.maxIntervalMinutes).toBe(31 * 1440);
  });

  it('understands L, nW, nL and n#k', () => {
    expect(timing('cron(0 5 L * ? *)').maxIntervalMinutes).toBe(31 * 1440);
    expect(timing('cron(0 5 15W * ? *)').minIntervalMinutes).toBeGreaterThanOrEqual(26 * 1440);
    // Last Friday of the month and the first Monday: both monthly.
    expect(timing('cron(0 5 ? * 6L *)').maxIntervalMinutes).toBe(35 * 1440);
    expect(timing('cron(0 5 ? * MON#1 *)').minIntervalMinutes).toBe(28 * 1440);
  });

  it('measures a leap-day schedule in years', () => {
    expect(timing('cron(0 0 29 2 ? *)').minIntervalMinutes).toBe(4 * 365 * 1440 + 1440);
  });

  it('accepts month and day names in any case, and normalises spacing', () => {
    const t = timing('  cron(0  5 ?  jan,jul  *  * )');
    expect(t.cron.expression).toBe('cron(0 5 ? jan,jul * *)');
  });

  it('notes that a limited year field stops the backups', () => {
    expect(timing('cron(0 5 ? * * 2026-2030)').notes).toEqual([
      'The year field limits the schedule: after its last year no more backups run. Most plans use * for the year.',
    ]);
    expect(timing('cron(0 5 ? * * *)').notes).toEqual([]);
  });
});

describe('AWS cron: rejected schedules say what to fix', () => {
  it.each([
    ['', 'Enter a schedule such as cron(0 5 ? * * *) (05:00 every day).'],
    ['rate(1 hour)', 'AWS Backup schedules use cron(...), not rate(...). For hourly backups write cron(0 * ? * * *).'],
    ['0 5 ? * * *', 'Wrap the fields in cron(...), e.g. cron(0 5 ? * * *).'],
    ['cron(0 5 ? * * *', 'Write the schedule as cron(...) with both parentheses, e.g. cron(0 5 ? * * *).'],
    [
      'cron(0 5 * * ?)',
      'AWS cron needs 6 fields (minute hour day-of-month month day-of-week year); found 5. Add the year field, usually *.',
    ],
    ['cron(0 5 * * * *)', 'Put ? in day-of-month or in day-of-week (exactly one of them), e.g. cron(0 5 ? * * *) or cron(0 5 1 * ? *).'],
    ['cron(0 5 ? * ? *)', 'Only one of day-of-month and day-of-week can be ?; set the other one, e.g. * for every day.'],
    ['cron(60 5 ? * * *)', 'Minute value 60 is out of range (0–59).'],
    ['cron(0 24 ? * * *)', 'Hour value 24 is out of range (0–23).'],
    ['cron(0 5 ? * 0 *)', 'Day-of-week value 0 is out of range (1–7).'],
    ['cron(0 5 ? * MOM *)', 'Day-of-week "MOM" is not a known name; use 1–7 or SUN–SAT.'],
    ['cron(0 5 ? JANUARY * *)', 'Month "JANUARY" is not a known name; use 1–12 or JAN–DEC.'],
    ['cron(0 5am ? * * *)', 'Hour field "5am" is not valid: use numbers, ranges (1-5), lists (1,3), * or steps (0/6).'],
    ['cron(0 22-2 ? * * *)', 'Hour range 22-2 runs backwards; write it as two ranges, e.g. 22-23,0-2.'],
    ['cron(0 0/0 ? * * *)', 'Hour step "/0" must be a whole number of at least 1.'],
    ['cron(0 ? ? * * *)', '? is only allowed in day-of-month or day-of-week, not in the hour field.'],
    ['cron(0 5 ? * MON#6 *)', 'Day-of-week "MON#6": the number after # must be 1–5 (first to fifth such day of the month).'],
    ['cron(0 5 1,L * ? *)', 'Day-of-month accepts L (last day) or nW (weekday nearest day n) only on their own, e.g. L or 15W.'],
    ['cron(0 5 ? L * *)', 'L, W and # are only allowed in day-of-month or day-of-week, not in the month field.'],
  ])('%j → %s', (expression, message) => {
    expect(error(expression)).toBe(message);
  });

  it('rejects anything more often than hourly, as AWS Backup does', () => {
    expect(error('cron(0/30 * ? * * *)')).toBe(
      'Backups would start only 30 minutes apart (at 00:00 and 00:30); AWS Backup needs at least 60 minutes between backups.',
    );
    expect(error('cron(* * ? * * *)')).toBe(
      'Backups would start only 1 minute apart (at 00:00 and 00:01); AWS Backup needs at least 60 minutes between backups.',
    );
  });

  it('allows exactly 60 minutes, including across midnight', () => {
    expect(timing('cron(30 23,0 ? * * *)').minIntervalMinutes).toBe(60);
  });

  it('rejects schedules that never run', () => {
    expect(error('cron(0 5 31 2 ? *)')).toBe(
      'This schedule never runs in 2026–2033; check the day-of-month, month and year fields.',
    );
  });

  it('reports parse results without the backup-frequency rule', () => {
    const parsed = parseAwsCron('cron(0/5 * ? * * *)');
    expect(parsed.ok).toBe(true);
  });
});
