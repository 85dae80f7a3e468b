/**
 * Traffic shapes for the capacity vs demand widget (lessons 1.2 and 1.6).
 *
 * Each pattern is a repeating period cut into segments of constant demand. A segment's `level` is
 * where its demand sits between the quiet time (0) and the peak (1):
 *   demand = quiet × (1 + (peak multiplier − 1) × level).
 * With the widget's defaults (quiet 1,000 req/s, multiplier 6) the daily pattern is exactly the
 * table of lesson 1.6: 1,000 req/s 00–08, 3,000 08–18, 6,000 18–22 and 2,000 22–24.
 * The shapes are teaching examples, not measurements.
 */

/** Identifier of a traffic pattern. */
export type PatternId = 'steady' | 'daily' | 'seasonal' | 'launch';

/** A stretch of constant demand, `minutes` long, at `level` between quiet (0) and peak (1). */
export interface PatternSegment {
  readonly minutes: number;
  readonly level: number;
}

/** A tick on the time axis of the chart. */
export interface AxisTick {
  readonly minute: number;
  readonly label: string;
}

/** A traffic pattern and how to talk about its time axis. */
export interface TrafficPattern {
  readonly id: PatternId;
  readonly label: string;
  readonly description: string;
  /** Whether the peak multiplier means anything for this shape. */
  readonly hasPeak: boolean;
  readonly segments: readonly PatternSegment[];
  readonly ticks: readonly AxisTick[];
  /** What one period is, for sentences such as "server-hours per day". */
  readonly period: string;
}

const HOUR = 60;
const DAY = 24 * HOUR;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const hours = (h: number, level: number): PatternSegment => ({ minutes: h * HOUR, level });
const dayTicks: readonly AxisTick[] = [0, 6, 12, 18, 24].map((h) => ({ minute: h * HOUR, label: `${String(h).padStart(2, '0')}:00` }));

/** Seasonal level per month, January first: a ramp into a December peak. */
const SEASONAL_LEVELS = [0.1, 0, 0, 0, 0, 0, 0, 0, 0, 0.1, 0.4, 1] as const;

/** Minutes from 1 January to the first day of each month (non-leap year). */
const MONTH_STARTS = MONTH_DAYS.reduce<number[]>((starts, days, i) => [...starts, (starts[i] ?? 0) + days * DAY], [0]);

/** The four patterns the widget offers, in menu order. */
export const TRAFFIC_PATTERNS: Readonly<Record<PatternId, TrafficPattern>> = {
  steady: {
    id: 'steady',
    label: 'Steady',
    description: 'The same load all day, e.g. a back-office batch system.',
    hasPeak: false,
    segments: [hours(24, 0)],
    ticks: dayTicks,
    period: 'day',
  },
  daily: {
    id: 'daily',
    label: 'Daily peaks',
    description: 'Quiet at night, busy in working hours, a peak after dinner (lesson 1.6).',
    hasPeak: true,
    segments: [hours(8, 0), hours(10, 0.4), hours(4, 1), hours(2, 0.2)],
    ticks: dayTicks,
    period: 'day',
  },
  seasonal: {
    id: 'seasonal',
    label: 'Seasonal spike',
    description: 'A year of monthly averages: flat most of the year, rising through November to a December peak.',
    hasPeak: true,
    segments: MONTH_DAYS.map((days, i) => ({ minutes: days * DAY, level: SEASONAL_LEVELS[i] ?? 0 })),
    ticks: [0, 3, 6, 9].map((m) => ({ minute: MONTH_STARTS[m] ?? 0, label: `1 ${MONTH_NAMES[m]}` })).concat({ minute: 365 * DAY, label: '31 Dec' }),
    period: 'year',
  },
  launch: {
    id: 'launch',
    label: 'Launch-day surge',
    description: 'A product launch at 09:00: demand jumps to the peak at once, then fades through the day.',
    hasPeak: true,
    segments: [hours(9, 0), hours(2, 1), hours(2, 0.7), hours(4, 0.45), hours(4, 0.3), hours(3, 0.15)],
    ticks: dayTicks,
    period: 'day',
  },
};

/** Patterns in menu order. */
export const PATTERN_ORDER: readonly PatternId[] = ['steady', 'daily', 'seasonal', 'launch'];

/** Total length of a pattern's period, in minutes. */
export function periodMinutes(pattern: TrafficPattern): number {
  return pattern.segments.reduce((sum, segment) => sum + segment.minutes, 0);
}

/**
 * A moment of the period as people say it: "08:10" for the day patterns (24:00 at the end), and
 * "1 Nov" for the seasonal year.
 */
export function formatMoment(pattern: TrafficPattern, minute: number): string {
  if (pattern.id === 'seasonal') {
    if (minute >= 365 * DAY) return '31 Dec';
    let month = 0;
    while (month < 11 && (MONTH_STARTS[month + 1] ?? Infinity) <= minute) month++;
    const day = Math.floor((minute - (MONTH_STARTS[month] ?? 0)) / DAY) + 1;
    const within = (minute - (MONTH_STARTS[month] ?? 0)) % DAY;
    const clock = within === 0 ? '' : ` ${String(Math.floor(within / HOUR)).padStart(2, '0')}:${String(Math.round(within % HOUR)).padStart(2, '0')}`;
    return `${day} ${MONTH_NAMES[month]}${clock}`;
  }
  const whole = Math.round(minute);
  return `${String(Math.floor(whole / HOUR)).padStart(2, '0')}:${String(whole % HOUR).padStart(2, '0')}`;
}
