/**
 * RPO/RTO calculator (lesson 26.1): how much data a workload can lose and how long it stays down,
 * worked out from its backup schedule and recovery steps.
 *
 * Model:
 * - Recovery point objective (RPO). Backups start every I minutes and become usable at the recovery
 *   site L minutes later (cross-Region copy time, or log-shipping delay for point-in-time recovery).
 *   A failure at a random moment loses between L and I + L minutes of data, so the worst case is
 *   I + L and the average is L + I/2. With uneven gaps (a cron schedule) the average is
 *   L + Σg² / (2·Σg): a failure is more likely to land in a long gap. Continuous backup has no gaps,
 *   so both are L.
 * - Recovery time objective (RTO) = detection + decision + restore + failover, where restore time is
 *   data size ÷ restore throughput. Sizes are binary units: 1 GiB = 1024 MiB.
 */

import type { IntervalCount } from '~/lib/cron/aws-cron';
import { formatDuration, toMinutes, type DurationUnit } from './duration';
import { parseClockTime, parseNumberField, type NumberRule } from '~/lib/form/number-field';

/** Data loss a schedule allows, in minutes. */
export interface DataLoss {
  readonly worstMinutes: number;
  readonly averageMinutes: number;
}

/**
 * Worst-case and average data loss for backups taken at the given intervals, each usable
 * `lagMinutes` after it starts. No intervals means continuous backup: the loss is the lag alone.
 * Shared by the calculator and the backup plan builder so both show the same RPO for a schedule.
 */
export function dataLossFromIntervals(intervals: readonly IntervalCount[], lagMinutes = 0): DataLoss {
  let total = 0;
  let squares = 0;
  let worst = 0;
  for (const { minutes, count } of intervals) {
    total += minutes * count;
    squares += minutes * minutes * count;
    worst = Math.max(worst, minutes);
  }
  const average = total === 0 ? 0 : squares / (2 * total);
  return { worstMinutes: worst + lagMinutes, averageMinutes: average + lagMinutes };
}

/** Minutes needed to read `dataSizeGiB` back at `throughputMiBps` (binary units). */
export function restoreMinutes(dataSizeGiB: number, throughputMiBps: number): number {
  if (dataSizeGiB === 0) return 0;
  return (dataSizeGiB * 1024) / throughputMiBps / 60;
}

/** How the workload is protected. */
export type BackupMode = 'interval' | 'daily' | 'continuous';

/** The calculator's inputs exactly as typed: text, so a half-typed value is never lost. */
export interface CalculatorForm {
  readonly mode: BackupMode;
  readonly intervalHours: string;
  readonly dailyTime: string;
  readonly lagMinutes: string;
  readonly dataSizeGiB: string;
  readonly throughputMiBps: string;
  readonly detectionMinutes: string;
  readonly decisionMinutes: string;
  readonly failoverMinutes: string;
  readonly targetRpo: string;
  readonly targetRpoUnit: DurationUnit;
  readonly targetRto: string;
  readonly targetRtoUnit: DurationUnit;
}

/** Inputs that can hold an error message. */
export type CalculatorField = Exclude<keyof CalculatorForm, 'mode' | 'targetRpoUnit' | 'targetRtoUnit'>;

/** Starting values: the worked example of lesson 26.1 (12-hourly backups, 500 GiB at 250 MiB/s). */
export const DEFAULT_CALCULATOR_FORM: CalculatorForm = {
  mode: 'interval',
  intervalHours: '12',
  dailyTime: '03:00',
  lagMinutes: '0',
  dataSizeGiB: '500',
  throughputMiBps: '250',
  detectionMinutes: '15',
  decisionMinutes: '15',
  failoverMinutes: '5',
  targetRpo: '24',
  targetRpoUnit: 'hours',
  targetRto: '2',
  targetRtoUnit: 'hours',
};

/** One step of the recovery time, in the order it happens. */
export interface RtoPart {
  readonly id: 'detection' | 'decision' | 'restore' | 'failover';
  readonly label: string;
  readonly minutes: number;
}

/** A moment of the incident, in minutes relative to the failure (negative = before it). */
export interface TimelineEvent {
  readonly id: 'last-backup' | 'failure' | 'detected' | 'recovery-starts' | 'data-restored' | 'service-back';
  readonly label: string;
  readonly atMinutes: number;
}

/** Everything the calculator shows for valid inputs. */
export interface CalculatorResult {
  readonly rpo: DataLoss & { readonly targetMinutes: number; readonly meetsTarget: boolean };
  readonly rto: {
    readonly totalMinutes: number;
    readonly parts: readonly RtoPart[];
    readonly targetMinutes: number;
    readonly meetsTarget: boolean;
  };
  /** Worst case: the failure comes just before the next backup would have been usable. */
  readonly timeline: readonly TimelineEvent[];
}

/** The result, or a message for each input that needs fixing. */
export type CalculatorOutcome =
  | { readonly ok: true; readonly result: CalculatorResult }
  | { readonly ok: false; readonly errors: Partial<Record<CalculatorField, string>> };

const RULES: Record<Exclude<CalculatorField, 'dailyTime'>, NumberRule> = {
  intervalHours: { min: 0, minExclusive: true, max: 8760 },
  lagMinutes: { min: 0, max: 10_080 },
  dataSizeGiB: { min: 0, max: 1_048_576 },
  throughputMiBps: { min: 0, minExclusive: true, max: 100_000 },
  detectionMinutes: { min: 0, max: 100_000 },
  decisionMinutes: { min: 0, max: 100_000 },
  failoverMinutes: { min: 0, max: 100_000 },
  targetRpo: { min: 0, max: 100_000 },
  targetRto: { min: 0, minExclusive: true, max: 100_000 },
};

/** Validates the inputs and, when they are all valid, computes RPO, RTO and the incident timeline. */
export function calculateRpoRto(form: CalculatorForm): CalculatorOutcome {
  const errors: Partial<Record<CalculatorField, string>> = {};
  const values: Partial<Record<CalculatorField, number>> = {};
  const fields = (Object.keys(RULES) as (keyof typeof RULES)[]).filter(
    (field) => field !== 'intervalHours' || form.mode === 'interval',
  );
  for (const field of fields) {
    const parsed = parseNumberField(form[field], RULES[field]);
    if (parsed.ok) values[field] = parsed.value;
    else errors[field] = parsed.error;
  }
  let dailyAt = 0;
  if (form.mode === 'daily') {
    const time = parseClockTime(form.dailyTime);
    if (time.ok) dailyAt = time.value;
    else errors.dailyTime = time.error;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const num = (field: CalculatorField): number => values[field] ?? 0;
  const intervals: IntervalCount[] =
    form.mode === 'continuous'
      ? []
      : [{ minutes: form.mode === 'daily' ? 1440 : num('intervalHours') * 60, count: 1 }];
  const loss = dataLossFromIntervals(intervals, num('lagMinutes'));
  const parts: RtoPart[] = [
    { id: 'detection', label: 'Detect the failure', minutes: num('detectionMinutes') },
    { id: 'decision', label: 'Decide to recover', minutes: num('decisionMinutes') },
    { id: 'restore', label: 'Restore the data', minutes: restoreMinutes(num('dataSizeGiB'), num('throughputMiBps')) },
    { id: 'failover', label: 'Fail over (DNS)', minutes: num('failoverMinutes') },
  ];
  const totalMinutes = parts.reduce((sum, part) => sum + part.minutes, 0);
  const rpoTarget = toMinutes(num('targetRpo'), form.targetRpoUnit);
  const rtoTarget = toMinutes(num('targetRto'), form.targetRtoUnit);

  const clock = `${String(Math.floor(dailyAt / 60)).padStart(2, '0')}:${String(dailyAt % 60).padStart(2, '0')}`;
  const lastBackupLabel =
    form.mode === 'continuous'
      ? 'Last change that reached the backup'
      : form.mode === 'daily'
        ? `Last usable backup (the ${clock} one)`
        : 'Last usable backup';
  let at = 0;
  const after = (minutes: number): number => (at += minutes);
  const timeline: TimelineEvent[] = [
    { id: 'last-backup', label: lastBackupLabel, atMinutes: -loss.worstMinutes },
    { id: 'failure', label: 'Failure', atMinutes: 0 },
    { id: 'detected', label: 'Failure detected', atMinutes: after(num('detectionMinutes')) },
    { id: 'recovery-starts', label: 'Recovery starts', atMinutes: after(num('decisionMinutes')) },
    { id: 'data-restored', label: 'Data restored', atMinutes: after(parts[2]?.minutes ?? 0) },
    { id: 'service-back', label: 'Service back', atMinutes: after(num('failoverMinutes')) },
  ];
  return {
    ok: true,
    result: {
      rpo: { ...loss, targetMinutes: rpoTarget, meetsTarget: loss.worstMinutes <= rpoTarget },
      rto: { totalMinutes, parts, targetMinutes: rtoTarget, meetsTarget: totalMinutes <= rtoTarget },
      timeline,
    },
  };
}

/** Formats a timeline offset such as "−12 h" or "+34 min" for text alternatives. */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return '0';
  return `${minutes < 0 ? '−' : '+'}${formatDuration(Math.abs(minutes))}`;
}
