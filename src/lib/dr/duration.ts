/**
 * Durations for the disaster-recovery widgets. Every calculation works in minutes; these helpers
 * convert the units people type and turn results into short, readable text ("34 min", "1 h 30 min").
 */

/** Units a duration can be typed in. */
export type DurationUnit = 'minutes' | 'hours' | 'days';

/** Units offered next to a target such as RPO or RTO, in display order. */
export const DURATION_UNITS: readonly DurationUnit[] = ['minutes', 'hours', 'days'];

const MINUTES_PER: Record<DurationUnit, number> = { minutes: 1, hours: 60, days: 1440 };

/** Converts a value in `unit` to minutes. */
export function toMinutes(value: number, unit: DurationUnit): number {
  return value * MINUTES_PER[unit];
}

function trimDecimal(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '');
}

/**
 * Formats minutes for people: seconds under a minute, one decimal under ten minutes, whole minutes
 * under an hour, "h min" under two days, then "d h". Throws on a non-finite or negative value: the
 * callers only format validated numbers, so that would be a bug, never something to show.
 */
export function formatDuration(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`Cannot format a duration of ${minutes} minutes.`);
  if (minutes === 0) return '0 min';
  if (minutes < 1) return `${Math.max(1, Math.round(minutes * 60))} s`;
  if (minutes < 10) return `${trimDecimal(Math.round(minutes * 10) / 10)} min`;
  const rounded = Math.round(minutes);
  if (rounded < 60) return `${rounded} min`;
  if (rounded < 48 * 60) {
    const h = Math.floor(rounded / 60);
    const m = rounded % 60;
    return m === 0 ? `${h} h` : `${h} h ${m} min`;
  }
  const hours = Math.round(minutes / 60);
  const d = Math.floor(hours / 24);
  const h = hours % 24;
  return h === 0 ? `${d} d` : `${d} d ${h} h`;
}
