/**
 * Reading numbers the way people type them into a form field. Form state keeps the raw text (so a
 * half-typed "1." is not lost); this turns it into a number or a message to show at the field.
 * Only plain decimal notation is accepted: "1e3", "0x10", "Infinity" or "12,5" get a message instead
 * of a surprising value.
 */

/** Limits for one numeric field. */
export interface NumberRule {
  /** Smallest allowed value. */
  readonly min: number;
  /** When true the value must be strictly greater than `min`. */
  readonly minExclusive?: boolean;
  /** Largest allowed value. */
  readonly max: number;
  /** Whole numbers only. */
  readonly integer?: boolean;
}

/** A parsed number or the message explaining why the text is not acceptable. */
export type NumberResult = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly error: string };

const DECIMAL = /^\d+(\.\d+)?$/;

function show(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** Parses the text of a numeric field against `rule`. */
export function parseNumberField(raw: string, rule: NumberRule): NumberResult {
  const text = raw.trim();
  if (text === '') return { ok: false, error: 'Required: enter a number.' };
  if (text.startsWith('-') && DECIMAL.test(text.slice(1))) {
    return { ok: false, error: `Must be ${rule.minExclusive ? 'more than' : 'at least'} ${show(rule.min)}.` };
  }
  if (!DECIMAL.test(text)) {
    return { ok: false, error: `"${text}" is not a number; use digits${rule.integer ? '' : ' and a dot for decimals'}, e.g. ${rule.integer ? '30' : '2.5'}.` };
  }
  const value = Number(text);
  if (rule.integer && !Number.isInteger(value)) return { ok: false, error: 'Use a whole number (no decimals).' };
  if (rule.minExclusive ? value <= rule.min : value < rule.min) {
    return { ok: false, error: `Must be ${rule.minExclusive ? 'more than' : 'at least'} ${show(rule.min)}.` };
  }
  if (value > rule.max) return { ok: false, error: `Must be at most ${show(rule.max)}.` };
  return { ok: true, value };
}

/** Parses a 24-hour clock time "HH:MM" into minutes after midnight. */
export function parseClockTime(raw: string): NumberResult {
  const match = /^(\d{1,2}):(\d{2})$/.exec(raw.trim());
  if (!match) return { ok: false, error: 'Use 24-hour time as HH:MM, e.g. 03:00.' };
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return { ok: false, error: 'Use a time between 00:00 and 23:59.' };
  return { ok: true, value: hours * 60 + minutes };
}
