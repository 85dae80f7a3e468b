/**
 * AWS cron expressions as AWS Backup (and EventBridge) read them:
 * `cron(minute hour day-of-month month day-of-week year)`.
 *
 * Parsing is strict and every rejection says what is wrong and how to write it instead, because
 * the text is shown next to the schedule field of the backup plan builder. Besides validating, the
 * module works out how far apart the runs are, which is what the recovery point objective (RPO) of a
 * backup rule depends on.
 *
 * Field rules (AWS EventBridge "Cron expressions" reference):
 * - minute 0–59, hour 0–23, month 1–12 or JAN–DEC, year 1970–2199: `, - * /`
 * - day-of-month 1–31: `, - * ? /`, `L` (last day), `nW` (weekday nearest to day n)
 * - day-of-week 1–7 (1 = SUN) or SUN–SAT: `, - * ?`, `L` (Saturday), `nL` (last such day of the
 *   month), `n#k` (k-th such day of the month)
 * - exactly one of day-of-month and day-of-week is `?`.
 * AWS Backup also refuses schedules whose runs are less than 60 minutes apart.
 */

/** Day-of-month field once parsed; `unspecified` is the `?` placeholder. */
export type DayOfMonthRule =
  | { readonly kind: 'unspecified' }
  | { readonly kind: 'days'; readonly days: ReadonlySet<number> }
  | { readonly kind: 'last' }
  | { readonly kind: 'nearestWeekday'; readonly day: number };

/** Day-of-week field once parsed (1 = Sunday … 7 = Saturday); `unspecified` is `?`. */
export type DayOfWeekRule =
  | { readonly kind: 'unspecified' }
  | { readonly kind: 'days'; readonly days: ReadonlySet<number> }
  | { readonly kind: 'lastOfMonth'; readonly day: number }
  | { readonly kind: 'nth'; readonly day: number; readonly nth: number };

/** A parsed, valid AWS cron expression. `expression` is normalised to single spaces. */
export interface AwsCron {
  readonly expression: string;
  readonly minutes: readonly number[];
  readonly hours: readonly number[];
  readonly dayOfMonth: DayOfMonthRule;
  readonly months: ReadonlySet<number>;
  readonly dayOfWeek: DayOfWeekRule;
  readonly years: ReadonlySet<number>;
  /** True when the year field is `*`. */
  readonly everyYear: boolean;
}

/** How often a run interval occurs; a schedule's intervals, grouped by length in minutes. */
export interface IntervalCount {
  readonly minutes: number;
  readonly count: number;
}

/** Timing of a valid schedule: what RPO calculations and the "at most hourly" rule need. */
export interface CronTiming {
  readonly cron: AwsCron;
  /** Shortest time between two consecutive runs, in minutes. */
  readonly minIntervalMinutes: number;
  /** Longest time between two consecutive runs, in minutes (the worst-case data loss). */
  readonly maxIntervalMinutes: number;
  /** Every interval between consecutive runs in the sampled years, grouped by length. */
  readonly intervals: readonly IntervalCount[];
  /** Things worth knowing that do not make the schedule invalid. */
  readonly notes: readonly string[];
}

/** Result of checking a schedule: the timing, or one message saying what to fix. */
export type CronCheck = { readonly ok: true; readonly value: CronTiming } | { readonly ok: false; readonly error: string };

/** AWS Backup refuses schedules whose backups start less than this many minutes apart. */
export const MIN_BACKUP_INTERVAL_MINUTES = 60;

/**
 * Intervals are measured by walking the calendar over these years. Eight years include two leap
 * days, so schedules such as "29 February" are measured correctly; the window is fixed so results
 * do not change with the date the page is opened.
 */
export const SAMPLE_FIRST_YEAR = 2026;
/** Last year of the sample window (see {@link SAMPLE_FIRST_YEAR}). */
export const SAMPLE_LAST_YEAR = 2033;

const EXAMPLE = 'cron(0 5 ? * * *)';
const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

type FieldName = 'minute' | 'hour' | 'dayOfMonth' | 'month' | 'dayOfWeek' | 'year';

interface FieldSpec {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly names?: readonly string[];
  readonly nameHint?: string;
}

const FIELDS: Record<FieldName, FieldSpec> = {
  minute: { label: 'Minute', min: 0, max: 59 },
  hour: { label: 'Hour', min: 0, max: 23 },
  dayOfMonth: { label: 'Day-of-month', min: 1, max: 31 },
  month: { label: 'Month', min: 1, max: 12, names: MONTH_NAMES, nameHint: '1–12 or JAN–DEC' },
  dayOfWeek: { label: 'Day-of-week', min: 1, max: 7, names: DAY_NAMES, nameHint: '1–7 or SUN–SAT' },
  year: { label: 'Year', min: 1970, max: 2199 },
};

class CronSyntaxError extends Error {}

function fail(message: string): never {
  throw new CronSyntaxError(message);
}

function parseAtom(field: FieldName, token: string): number {
  const spec = FIELDS[field];
  if (/^\d+$/.test(token)) {
    const value = Number(token);
    if (value < spec.min || value > spec.max) {
      fail(`${spec.label} value ${token} is out of range (${spec.min}–${spec.max}).`);
    }
    return value;
  }
  if (spec.names) {
    const index = spec.names.indexOf(token.toUpperCase());
    if (index >= 0) return index + 1;
    if (/^[A-Za-z]+$/.test(token)) fail(`${spec.label} "${token}" is not a known name; use ${spec.nameHint}.`);
  }
  return fail(
    `${spec.label} field "${token}" is not valid: use numbers, ranges (1-5), lists (1,3), * or steps (0/6).`,
  );
}

function parseStep(field: FieldName, text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    fail(`${FIELDS[field].label} step "/${text}" must be a whole number of at least 1.`);
  }
  return Number(text);
}

/** Parses a list such as `1-5,10/15,*` into the set of values it selects. */
function parseValueList(field: FieldName, text: string): Set<number> {
  const spec = FIELDS[field];
  const values = new Set<number>();
  for (const item of text.split(',')) {
    if (item === '') fail(`${spec.label} field "${text}" has an empty item in its list.`);
    const [rangeText = '', stepText, extra] = item.split('/');
    if (extra !== undefined) fail(`${spec.label} item "${item}" has more than one "/".`);
    const step = stepText === undefined ? 1 : parseStep(field, stepText);
    let from: number;
    let to: number;
    if (rangeText === '*') {
      from = spec.min;
      to = spec.max;
    } else if (rangeText.includes('-')) {
      const [a = '', b = '', more] = rangeText.split('-');
      if (more !== undefined || a === '' || b === '') fail(`${spec.label} range "${rangeText}" is not valid; write it as 1-5.`);
      from = parseAtom(field, a);
      to = parseAtom(field, b);
      if (from > to) fail(`${spec.label} range ${rangeText} runs backwards; write it as two ranges, e.g. ${a}-${spec.max},${spec.min}-${b}.`);
    } else {
      from = parseAtom(field, rangeText);
      // "5/15" means 5, 20, 35, …; a plain "5" is just 5.
      to = stepText === undefined ? from : spec.max;
    }
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return values;
}

function parseDayOfMonth(text: string): DayOfMonthRule {
  if (text === '?') return { kind: 'unspecified' };
  if (text.toUpperCase() === 'L') return { kind: 'last' };
  const weekday = /^(\d+)W$/i.exec(text);
  if (weekday) return { kind: 'nearestWeekday', day: parseAtom('dayOfMonth', weekday[1] ?? '') };
  if (/[LW#]/i.test(text)) {
    fail('Day-of-month accepts L (last day) or nW (weekday nearest day n) only on their own, e.g. L or 15W.');
  }
  return { kind: 'days', days: parseValueList('dayOfMonth', text) };
}

function parseDayOfWeek(text: string): DayOfWeekRule {
  if (text === '?') return { kind: 'unspecified' };
  if (text.toUpperCase() === 'L') return { kind: 'days', days: new Set([7]) };
  const last = /^([A-Za-z]+|\d+)L$/i.exec(text);
  if (last) return { kind: 'lastOfMonth', day: parseAtom('dayOfWeek', last[1] ?? '') };
  const nth = /^([A-Za-z]+|\d+)#(\d+)$/.exec(text);
  if (nth) {
    const k = Number(nth[2]);
    if (k < 1 || k > 5) fail(`Day-of-week "${text}": the number after # must be 1–5 (first to fifth such day of the month).`);
    return { kind: 'nth', day: parseAtom('dayOfWeek', nth[1] ?? ''), nth: k };
  }
  if (/[L#]/i.test(text.replace(/[A-Za-z]{3}/g, (name) => (DAY_NAMES.includes(name.toUpperCase()) ? '' : name)))) {
    fail('Day-of-week accepts nL (last such day of the month) or n#k (k-th such day) only on their own, e.g. 6L or MON#1.');
  }
  return { kind: 'days', days: parseValueList('dayOfWeek', text) };
}

function sortedValues(values: ReadonlySet<number>): number[] {
  return [...values].sort((a, b) => a - b);
}

/**
 * Parses an AWS cron expression, or throws a message meant for the person who typed it.
 * Exported through {@link parseAwsCron}, which turns the throw into a result.
 */
function parseOrThrow(input: string): AwsCron {
  const text = input.trim();
  if (text === '') fail(`Enter a schedule such as ${EXAMPLE} (05:00 every day).`);
  if (/^rate\s*\(/i.test(text)) {
    fail('AWS Backup schedules use cron(...), not rate(...). For hourly backups write cron(0 * ? * * *).');
  }
  const wrapped = /^cron\((.*)\)$/s.exec(text);
  if (!wrapped) {
    if (/^cron\b/i.test(text)) fail(`Write the schedule as cron(...) with both parentheses, e.g. ${EXAMPLE}.`);
    fail(`Wrap the fields in cron(...), e.g. ${EXAMPLE}.`);
  }
  const fields = (wrapped[1] ?? '').trim().split(/\s+/).filter((f) => f !== '');
  if (fields.length !== 6) {
    fail(
      `AWS cron needs 6 fields (minute hour day-of-month month day-of-week year); found ${fields.length}.` +
        (fields.length === 5 ? ' Add the year field, usually *.' : ''),
    );
  }
  const [minute = '', hour = '', dom = '', month = '', dow = '', year = ''] = fields;
  const named: [FieldName, string][] = [
    ['minute', minute],
    ['hour', hour],
    ['month', month],
    ['year', year],
  ];
  for (const [field, value] of named) {
    if (value.includes('?')) {
      fail(`? is only allowed in day-of-month or day-of-week, not in the ${FIELDS[field].label.toLowerCase()} field.`);
    }
    if (/[LW#]/i.test(value.replace(/[A-Za-z]{3}/g, (name) => (MONTH_NAMES.includes(name.toUpperCase()) ? '' : name)))) {
      fail(`L, W and # are only allowed in day-of-month or day-of-week, not in the ${FIELDS[field].label.toLowerCase()} field.`);
    }
  }
  if (dom === '?' && dow === '?') {
    fail('Only one of day-of-month and day-of-week can be ?; set the other one, e.g. * for every day.');
  }
  if (dom !== '?' && dow !== '?') {
    fail(`Put ? in day-of-month or in day-of-week (exactly one of them), e.g. ${EXAMPLE} or cron(0 5 1 * ? *).`);
  }
  return {
    expression: `cron(${fields.join(' ')})`,
    minutes: sortedValues(parseValueList('minute', minute)),
    hours: sortedValues(parseValueList('hour', hour)),
    dayOfMonth: parseDayOfMonth(dom),
    months: parseValueList('month', month),
    dayOfWeek: parseDayOfWeek(dow),
    years: parseValueList('year', year),
    everyYear: year === '*',
  };
}

/** Parses an AWS cron expression; on failure the message says what to change. */
export function parseAwsCron(input: string): { ok: true; value: AwsCron } | { ok: false; error: string } {
  try {
    return { ok: true, value: parseOrThrow(input) };
  } catch (error) {
    if (error instanceof CronSyntaxError) return { ok: false, error: error.message };
    throw error;
  }
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_LENGTHS[month - 1] ?? 31);
}

/** One calendar day, with what the day-of-month and day-of-week rules need to know about its month. */
interface CalendarDay {
  readonly day: number;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  readonly monthLength: number;
  /** Weekday of the 1st of the month. */
  readonly firstWeekday: number;
}

function nearestWeekday(target: number, d: CalendarDay): number | null {
  if (target > d.monthLength) return null;
  const weekday = (d.firstWeekday + target - 1) % 7;
  if (weekday === 6) return target === 1 ? 3 : target - 1;
  if (weekday === 0) return target === d.monthLength ? target - 2 : target + 1;
  return target;
}

function dayMatches(cron: AwsCron, d: CalendarDay): boolean {
  const dom = cron.dayOfMonth;
  switch (dom.kind) {
    case 'days':
      return dom.days.has(d.day);
    case 'last':
      return d.day === d.monthLength;
    case 'nearestWeekday':
      return nearestWeekday(dom.day, d) === d.day;
    case 'unspecified':
      break;
  }
  const dow = cron.dayOfWeek;
  const weekdayNumber = d.weekday + 1;
  switch (dow.kind) {
    case 'days':
      return dow.days.has(weekdayNumber);
    case 'lastOfMonth':
      return dow.day === weekdayNumber && d.day + 7 > d.monthLength;
    case 'nth':
      return dow.day === weekdayNumber && Math.ceil(d.day / 7) === dow.nth;
    case 'unspecified':
      return false;
  }
}

/** Day numbers (days since the start of the sample) on which the schedule runs. */
function runDaysInSample(cron: AwsCron): number[] {
  const runDays: number[] = [];
  let weekday = new Date(Date.UTC(SAMPLE_FIRST_YEAR, 0, 1)).getUTCDay();
  let dayNumber = 0;
  for (let year = SAMPLE_FIRST_YEAR; year <= SAMPLE_LAST_YEAR; year++) {
    for (let month = 1; month <= 12; month++) {
      const monthLength = daysInMonth(year, month);
      if (cron.years.has(year) && cron.months.has(month)) {
        const firstWeekday = weekday;
        for (let day = 1; day <= monthLength; day++) {
          if (dayMatches(cron, { day, weekday: (firstWeekday + day - 1) % 7, monthLength, firstWeekday })) {
            runDays.push(dayNumber + day - 1);
          }
        }
      }
      weekday = (weekday + monthLength) % 7;
      dayNumber += monthLength;
    }
  }
  return runDays;
}

const MINUTES_PER_DAY = 24 * 60;

function addInterval(counts: Map<number, number>, minutes: number, times: number): void {
  counts.set(minutes, (counts.get(minutes) ?? 0) + times);
}

function minutesText(n: number): string {
  return n === 1 ? '1 minute' : `${n} minutes`;
}

function formatClock(minuteOfDay: number): string {
  const h = Math.floor(minuteOfDay / 60);
  const m = minuteOfDay % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * Parses a schedule and measures the time between its runs, applying AWS Backup's rule that
 * backups start at least {@link MIN_BACKUP_INTERVAL_MINUTES} apart. Daylight-saving shifts in the
 * rule's time zone are ignored (they move one interval a year by an hour).
 */
export function checkBackupSchedule(input: string): CronCheck {
  const cached = checked.get(input);
  if (cached) return cached;
  const result = measureSchedule(input);
  // The form re-validates on every keystroke; remember recent answers (results are immutable).
  if (checked.size >= 200) checked.clear();
  checked.set(input, result);
  return result;
}

const checked = new Map<string, CronCheck>();

function measureSchedule(input: string): CronCheck {
  const parsed = parseAwsCron(input);
  if (!parsed.ok) return parsed;
  const cron = parsed.value;

  const times: number[] = [];
  for (const h of cron.hours) for (const m of cron.minutes) times.push(h * 60 + m);
  times.sort((a, b) => a - b);

  const counts = new Map<number, number>();
  for (let i = 1; i < times.length; i++) {
    const gap = (times[i] ?? 0) - (times[i - 1] ?? 0);
    if (gap < MIN_BACKUP_INTERVAL_MINUTES) {
      return {
        ok: false,
        error:
          `Backups would start only ${minutesText(gap)} apart (at ${formatClock(times[i - 1] ?? 0)} and ${formatClock(times[i] ?? 0)}); ` +
          `AWS Backup needs at least ${MIN_BACKUP_INTERVAL_MINUTES} minutes between backups.`,
      };
    }
  }
  const first = times[0] ?? 0;
  const last = times[times.length - 1] ?? 0;

  const runDays = runDaysInSample(cron);
  if (runDays.length === 0) {
    return {
      ok: false,
      error: `This schedule never runs in ${SAMPLE_FIRST_YEAR}–${SAMPLE_LAST_YEAR}; check the day-of-month, month and year fields.`,
    };
  }
  for (let i = 1; i < times.length; i++) addInterval(counts, (times[i] ?? 0) - (times[i - 1] ?? 0), runDays.length);
  for (let i = 1; i < runDays.length; i++) {
    const gap = ((runDays[i] ?? 0) - (runDays[i - 1] ?? 0)) * MINUTES_PER_DAY - last + first;
    if (gap < MIN_BACKUP_INTERVAL_MINUTES) {
      return {
        ok: false,
        error:
          `Backups would start only ${minutesText(gap)} apart (at ${formatClock(last)} and ${formatClock(first)} the next day); ` +
          `AWS Backup needs at least ${MIN_BACKUP_INTERVAL_MINUTES} minutes between backups.`,
      };
    }
    addInterval(counts, gap, 1);
  }
  if (counts.size === 0) {
    return {
      ok: false,
      error: `This schedule runs only once in ${SAMPLE_FIRST_YEAR}–${SAMPLE_LAST_YEAR}, so it cannot protect data over time; widen the year field (usually *).`,
    };
  }

  const intervals = [...counts.entries()].map(([minutes, count]) => ({ minutes, count })).sort((a, b) => a.minutes - b.minutes);
  const notes: string[] = [];
  if (!cron.everyYear) {
    notes.push('The year field limits the schedule: after its last year no more backups run. Most plans use * for the year.');
  }
  return {
    ok: true,
    value: {
      cron,
      minIntervalMinutes: intervals[0]?.minutes ?? 0,
      maxIntervalMinutes: intervals[intervals.length - 1]?.minutes ?? 0,
      intervals,
      notes,
    },
  };
}
