/**
 * DynamoDB capacity calculator (lesson 8.3): capacity units for a workload and what it costs per
 * month in on-demand and provisioned mode.
 *
 * Units (DynamoDB developer guide, "DynamoDB read and write operations"; pricing pages):
 * - reads are metered in 4 KB steps of item size: a strongly consistent read of up to 4 KB uses 1
 *   read unit, an eventually consistent one ½, a transactional one 2;
 * - writes are metered in 1 KB steps: a standard write of up to 1 KB uses 1 write unit, a
 *   transactional one 2;
 * - sizes round up (3.5 KB reads as 4 KB; 1.5 KB writes as 2 KB), KB = 1,024 bytes, at most 400 KB.
 * Provisioned capacity is whole units per second (at least 1 of each), sized so that the average
 * traffic uses the chosen share of it (auto scaling's target utilisation, 20–90%); on-demand bills
 * the units actually used. A month is 730 hours.
 */

import { parseNumberField } from '~/lib/form/number-field';
import { DYNAMODB_PRICES, HOURS_PER_MONTH } from './dynamodb-prices';

/** Read consistency. */
export type ReadConsistency = 'eventual' | 'strong' | 'transactional';

/** Consistency options with the wording the form shows. */
export const READ_CONSISTENCIES: readonly { readonly value: ReadConsistency; readonly label: string }[] = [
  { value: 'eventual', label: 'Eventually consistent (½ unit per 4 KB)' },
  { value: 'strong', label: 'Strongly consistent (1 unit per 4 KB)' },
  { value: 'transactional', label: 'Transactional (2 units per 4 KB)' },
];

/** Largest DynamoDB item, in KB. */
export const MAX_ITEM_KB = 400;
const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

/** Item size in bytes: KB × 1,024, rounded up to a whole byte (tolerating decimal noise such as 0.1 × 1,024). */
export function itemBytes(itemKb: number): number {
  return Math.ceil(Math.round(itemKb * 1024 * 1e6) / 1e6);
}

/** Read units one read of an item uses. */
export function readUnitsPerRead(itemKb: number, consistency: ReadConsistency): number {
  const steps = Math.max(1, Math.ceil(itemBytes(itemKb) / 4096));
  return steps * (consistency === 'eventual' ? 0.5 : consistency === 'strong' ? 1 : 2);
}

/** Write units one write of an item uses. */
export function writeUnitsPerWrite(itemKb: number, transactional: boolean): number {
  const steps = Math.max(1, Math.ceil(itemBytes(itemKb) / 1024));
  return steps * (transactional ? 2 : 1);
}

/** The workload as numbers. Rates are averages per second. */
export interface CapacityInput {
  readonly itemKb: number;
  readonly readsPerSecond: number;
  readonly writesPerSecond: number;
  readonly consistency: ReadConsistency;
  readonly transactionalWrites: boolean;
  /** Share (0–1] of the provisioned capacity the average traffic uses. */
  readonly targetUtilisation: number;
}

/** Everything the calculator shows. */
export interface CapacityResult {
  readonly readUnitsPerRead: number;
  readonly writeUnitsPerWrite: number;
  /** Units per second the average traffic consumes. */
  readonly readUnitsPerSecond: number;
  readonly writeUnitsPerSecond: number;
  /** Whole units to provision at the target utilisation. */
  readonly provisionedRcu: number;
  readonly provisionedWcu: number;
  readonly onDemand: { readonly reads: number; readonly writes: number; readonly total: number };
  readonly provisioned: { readonly reads: number; readonly writes: number; readonly total: number };
  /** Average utilisation of provisioned capacity at which both modes cost the same. */
  readonly breakEvenUtilisation: number;
  readonly cheaper: 'on-demand' | 'provisioned' | 'equal';
}

/**
 * Utilisation at which provisioned capacity costs as much as on-demand: one unit provisioned for an
 * hour costs the same as this share of 3,600 on-demand units. Reads and writes give the same
 * figure with the current prices (both about 29%).
 */
export function breakEvenUtilisation(): { reads: number; writes: number } {
  const p = DYNAMODB_PRICES;
  return {
    reads: p.provisionedRcuHour / (3600 * (p.onDemandPerMillionReads / 1e6)),
    writes: p.provisionedWcuHour / (3600 * (p.onDemandPerMillionWrites / 1e6)),
  };
}

/** Capacity and monthly cost for a workload. */
export function calculateCapacity(input: CapacityInput): CapacityResult {
  const p = DYNAMODB_PRICES;
  const rPer = readUnitsPerRead(input.itemKb, input.consistency);
  const wPer = writeUnitsPerWrite(input.itemKb, input.transactionalWrites);
  const readUnitsPerSecond = input.readsPerSecond * rPer;
  const writeUnitsPerSecond = input.writesPerSecond * wPer;
  // Round away floating-point noise before ceil, so 2.5 / 0.5 = 5 units and not 6. A table needs
  // at least 1 RCU and 1 WCU in provisioned mode.
  const provision = (units: number) => Math.max(1, Math.ceil(Math.round((units / input.targetUtilisation) * 1e6) / 1e6));
  const provisionedRcu = provision(readUnitsPerSecond);
  const provisionedWcu = provision(writeUnitsPerSecond);
  const onDemandReads = ((readUnitsPerSecond * SECONDS_PER_MONTH) / 1e6) * p.onDemandPerMillionReads;
  const onDemandWrites = ((writeUnitsPerSecond * SECONDS_PER_MONTH) / 1e6) * p.onDemandPerMillionWrites;
  const provisionedReads = provisionedRcu * p.provisionedRcuHour * HOURS_PER_MONTH;
  const provisionedWrites = provisionedWcu * p.provisionedWcuHour * HOURS_PER_MONTH;
  const onDemandTotal = onDemandReads + onDemandWrites;
  const provisionedTotal = provisionedReads + provisionedWrites;
  const difference = onDemandTotal - provisionedTotal;
  return {
    readUnitsPerRead: rPer,
    writeUnitsPerWrite: wPer,
    readUnitsPerSecond,
    writeUnitsPerSecond,
    provisionedRcu,
    provisionedWcu,
    onDemand: { reads: onDemandReads, writes: onDemandWrites, total: onDemandTotal },
    provisioned: { reads: provisionedReads, writes: provisionedWrites, total: provisionedTotal },
    breakEvenUtilisation: breakEvenUtilisation().writes,
    cheaper: Math.abs(difference) < 0.005 ? 'equal' : difference > 0 ? 'provisioned' : 'on-demand',
  };
}

/** The calculator's inputs as typed. */
export interface CapacityForm {
  readonly itemKb: string;
  readonly readsPerSecond: string;
  readonly writesPerSecond: string;
  readonly consistency: ReadConsistency;
  readonly transactionalWrites: boolean;
  readonly utilisationPercent: string;
}

/** Fields that can hold an error. */
export type CapacityField = 'itemKb' | 'readsPerSecond' | 'writesPerSecond' | 'utilisationPercent';

/** Starting values: 3.5 KB items, 200 reads and 50 writes a second, 70% target utilisation. */
export const DEFAULT_CAPACITY_FORM: CapacityForm = {
  itemKb: '3.5',
  readsPerSecond: '200',
  writesPerSecond: '50',
  consistency: 'eventual',
  transactionalWrites: false,
  utilisationPercent: '70',
};

/** Validates the form and computes the result, or returns an error per field. */
export function calculateCapacityForm(
  form: CapacityForm,
): { ok: true; input: CapacityInput; result: CapacityResult } | { ok: false; errors: Partial<Record<CapacityField, string>> } {
  const errors: Partial<Record<CapacityField, string>> = {};
  const read = (field: CapacityField, rule: Parameters<typeof parseNumberField>[1]) => {
    const parsed = parseNumberField(form[field], rule);
    if (!parsed.ok) errors[field] = parsed.error;
    return parsed.ok ? parsed.value : 0;
  };
  const itemKb = read('itemKb', { min: 0, minExclusive: true, max: MAX_ITEM_KB });
  const readsPerSecond = read('readsPerSecond', { min: 0, max: 10_000_000 });
  const writesPerSecond = read('writesPerSecond', { min: 0, max: 10_000_000 });
  const utilisation = read('utilisationPercent', { min: 20, max: 90 });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const input: CapacityInput = {
    itemKb,
    readsPerSecond,
    writesPerSecond,
    consistency: form.consistency,
    transactionalWrites: form.transactionalWrites,
    targetUtilisation: utilisation / 100,
  };
  return { ok: true, input, result: calculateCapacity(input) };
}
