/**
 * S3 storage-class cost comparison (lessons 5.2, 5.3): what keeping a set of objects for a retention
 * period costs in each storage class, from the example prices in `./s3-prices`.
 *
 * Model (a month is 30 days; KB = 1,024 bytes, GB = 1,024³ bytes):
 * - Storage: objects × billable size × price per GB-month. The IA classes and Glacier Instant
 *   Retrieval bill small objects as 128 KB; the Glacier Flexible Retrieval and Deep Archive classes
 *   add 40 KB of index data per object, 8 KB billed at S3 Standard and 32 KB at their own rate.
 * - Minimum storage duration: deleting before it charges the remaining days (30 for the IA
 *   classes, 90 for the Glacier Instant and Flexible classes, 180 for Deep Archive).
 * - Access each month: GET requests, plus retrieval per GB for the share of data read; the two
 *   archive classes also need a restore request per object read.
 * - Intelligent-Tiering: objects of 128 KB or more pay a monitoring fee. The share read each month
 *   stays in Frequent Access; the rest moves to Infrequent Access after 30 days without access and
 *   to Archive Instant Access after 90, averaged over the retention period. Smaller objects stay in
 *   Frequent Access without the fee.
 * - Upload: one PUT per object, at the class's request price.
 */

import { parseNumberField } from '~/lib/form/number-field';
import { INTELLIGENT_TIERING, S3_PRICES, S3_PRICE_CONTEXT, STORAGE_CLASSES, type StorageClassId } from './s3-prices';
import { formatUsd } from '~/lib/form/money';

const PRICES = S3_PRICES;

export { S3_PRICE_CONTEXT };

/** Days in the month the model bills. */
export const DAYS_PER_MONTH = 30;
const KB_PER_GB = 1024 * 1024;

/** Units an average object size can be typed in. */
export type SizeUnit = 'KB' | 'MB' | 'GB';
/** Size units in display order. */
export const SIZE_UNITS: readonly SizeUnit[] = ['KB', 'MB', 'GB'];
const KB_PER: Record<SizeUnit, number> = { KB: 1, MB: 1024, GB: 1024 * 1024 };

/** The workload as numbers. */
export interface StorageWorkload {
  readonly objectCount: number;
  readonly objectKb: number;
  readonly getsPerMonth: number;
  /** Share (0–1) of the stored data read back each month. */
  readonly retrievedShare: number;
  readonly retentionDays: number;
}

/** The workload as typed. */
export interface StorageForm {
  readonly objectCount: string;
  readonly objectSize: string;
  readonly sizeUnit: SizeUnit;
  readonly getsPerMonth: string;
  readonly retrievedPercent: string;
  readonly retentionDays: string;
}

/** Fields of the workload form that can hold an error. */
export type StorageField = Exclude<keyof StorageForm, 'sizeUnit'>;

/** Starting values: 2 million log files of 1 MB, rarely read, kept for a year. */
export const DEFAULT_STORAGE_FORM: StorageForm = {
  objectCount: '2000000',
  objectSize: '1',
  sizeUnit: 'MB',
  getsPerMonth: '20000',
  retrievedPercent: '1',
  retentionDays: '365',
};

/** Cost of keeping the workload in one class. Monthly figures are averages over the retention. */
export interface ClassCost {
  readonly storageClass: StorageClassId;
  readonly upload: number;
  readonly monthlyStorage: number;
  readonly monthlyMonitoring: number;
  readonly monthlyRequests: number;
  readonly monthlyRetrieval: number;
  readonly monthly: number;
  /** Storage billed for the days between deletion and the end of the minimum duration. */
  readonly minimumDurationCharge: number;
  readonly total: number;
  /** Size billed per object, in KB, when it differs from the real size (128 KB minimum, archive overhead). */
  readonly billedKbPerObject: number;
}

/** Reads the workload form; errors are keyed by field. */
export function readStorageForm(form: StorageForm): { ok: true; workload: StorageWorkload } | { ok: false; errors: Partial<Record<StorageField, string>> } {
  const errors: Partial<Record<StorageField, string>> = {};
  const read = (field: StorageField, rule: Parameters<typeof parseNumberField>[1]) => {
    const parsed = parseNumberField(form[field], rule);
    if (!parsed.ok) errors[field] = parsed.error;
    return parsed.ok ? parsed.value : 0;
  };
  const objectCount = read('objectCount', { min: 1, max: 1e12, integer: true });
  const size = read('objectSize', { min: 0, minExclusive: true, max: 1e9 });
  const getsPerMonth = read('getsPerMonth', { min: 0, max: 1e13 });
  const retrievedPercent = read('retrievedPercent', { min: 0, max: 100 });
  const retentionDays = read('retentionDays', { min: 1, max: 36_500, integer: true });
  const objectKb = size * KB_PER[form.sizeUnit];
  // S3's largest object is 5 TB (5 × 1,024⁴ bytes).
  if (errors.objectSize === undefined && objectKb > 5 * 1024 ** 3) errors.objectSize = 'S3 objects are at most 5 TB; enter a smaller average size.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, workload: { objectCount, objectKb, getsPerMonth, retrievedShare: retrievedPercent / 100, retentionDays } };
}

/** Average Intelligent-Tiering storage price per GB-month over `days` for data nobody reads. */
export function intelligentTieringColdPrice(days: number): number {
  const it = INTELLIGENT_TIERING;
  const frequent = Math.min(days, it.infrequentAfterDays);
  const infrequent = Math.min(Math.max(days - it.infrequentAfterDays, 0), it.archiveInstantAfterDays - it.infrequentAfterDays);
  const archive = Math.max(days - it.archiveInstantAfterDays, 0);
  return (frequent * it.frequentPerGbMonth + infrequent * it.infrequentPerGbMonth + archive * it.archiveInstantPerGbMonth) / days;
}

/** Storage cost per month of the workload in a class for a stay of `days` (which matters only for Intelligent-Tiering). */
function storagePerMonth(id: StorageClassId, w: StorageWorkload, days: number): { monthly: number; billedKb: number } {
  const p = PRICES[id];
  const standard = PRICES.STANDARD.storagePerGbMonth;
  if (id === 'INTELLIGENT_TIERING') {
    const gb = (w.objectCount * w.objectKb) / KB_PER_GB;
    if (w.objectKb < INTELLIGENT_TIERING.minMonitoredKb) return { monthly: gb * INTELLIGENT_TIERING.frequentPerGbMonth, billedKb: w.objectKb };
    const price = w.retrievedShare * INTELLIGENT_TIERING.frequentPerGbMonth + (1 - w.retrievedShare) * intelligentTieringColdPrice(days);
    return { monthly: gb * price, billedKb: w.objectKb };
  }
  const billedKb = Math.max(w.objectKb, p.minBillableKb) + p.overheadKb.self;
  const monthly = (w.objectCount * (billedKb * p.storagePerGbMonth + p.overheadKb.standard * standard)) / KB_PER_GB;
  return { monthly, billedKb: billedKb + p.overheadKb.standard };
}

/** Requests, retrieval and monitoring per month in a class. */
function accessPerMonth(id: StorageClassId, w: StorageWorkload): { requests: number; retrieval: number; monitoring: number } {
  const p = PRICES[id];
  const requests = (w.getsPerMonth / 1000) * (p.getPer1000 + p.restorePer1000);
  const retrieval = ((w.retrievedShare * w.objectCount * w.objectKb) / KB_PER_GB) * p.retrievalPerGb;
  const monitoring =
    id === 'INTELLIGENT_TIERING' && w.objectKb >= INTELLIGENT_TIERING.minMonitoredKb ? (w.objectCount / 1000) * INTELLIGENT_TIERING.monitoringPer1000 : 0;
  return { requests, retrieval, monitoring };
}

/** What the workload costs when uploaded straight into `id` and deleted after the retention period. */
export function classCost(id: StorageClassId, w: StorageWorkload): ClassCost {
  const p = PRICES[id];
  const months = w.retentionDays / DAYS_PER_MONTH;
  const storage = storagePerMonth(id, w, w.retentionDays);
  const access = accessPerMonth(id, w);
  const monthly = storage.monthly + access.requests + access.retrieval + access.monitoring;
  const shortfallDays = Math.max(p.minDays - w.retentionDays, 0);
  const minimumDurationCharge = storage.monthly * (shortfallDays / DAYS_PER_MONTH);
  const upload = (w.objectCount / 1000) * p.putPer1000;
  return {
    storageClass: id,
    upload,
    monthlyStorage: storage.monthly,
    monthlyMonitoring: access.monitoring,
    monthlyRequests: access.requests,
    monthlyRetrieval: access.retrieval,
    monthly,
    minimumDurationCharge,
    total: upload + monthly * months + minimumDurationCharge,
    billedKbPerObject: storage.billedKb,
  };
}

/** Every class's cost, in the price list's order, and which one is cheapest over the retention. */
export function compareStorageClasses(w: StorageWorkload): { costs: ClassCost[]; cheapest: StorageClassId } {
  const costs = STORAGE_CLASSES.map((id) => classCost(id, w));
  let cheapest = costs[0] as ClassCost;
  for (const cost of costs) if (cost.total < cheapest.total) cheapest = cost;
  return { costs, cheapest: cheapest.storageClass };
}

/** Lifecycle transitions skip objects under 128 KB by default (`transition_default_minimum_object_size`). */
export const LIFECYCLE_MIN_TRANSITION_KB = 128;

/** Cost of a lifecycle policy: upload to S3 Standard, move to `target` after `transitionDays`, delete at the end of retention. */
export interface LifecyclePolicyCost {
  readonly total: number;
  readonly standardOnly: number;
  readonly transitionRequests: number;
  /** False when the objects are too small to transition by default, or the retention ends first. */
  readonly transitions: boolean;
}

/** Total cost of the policy over the retention period, next to keeping everything in S3 Standard. */
export function lifecyclePolicyCost(w: StorageWorkload, target: StorageClassId, transitionDays: number): LifecyclePolicyCost {
  const standard = classCost('STANDARD', w);
  const transitions = target !== 'STANDARD' && transitionDays < w.retentionDays && w.objectKb >= LIFECYCLE_MIN_TRANSITION_KB;
  if (!transitions) return { total: standard.total, standardOnly: standard.total, transitionRequests: 0, transitions: false };
  const firstMonths = transitionDays / DAYS_PER_MONTH;
  const restDays = w.retentionDays - transitionDays;
  const p = S3_PRICES[target];
  const inTarget = storagePerMonth(target, w, restDays).monthly;
  const access = accessPerMonth(target, w);
  const transitionRequests = (w.objectCount / 1000) * p.transitionPer1000;
  const total =
    standard.upload +
    standard.monthly * firstMonths +
    transitionRequests +
    (inTarget + access.requests + access.retrieval + access.monitoring) * (restDays / DAYS_PER_MONTH) +
    inTarget * (Math.max(p.minDays - restDays, 0) / DAYS_PER_MONTH);
  return { total, standardOnly: standard.total, transitionRequests, transitions: true };
}

