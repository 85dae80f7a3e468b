/**
 * Example Amazon S3 prices per storage class, US East (N. Virginia), first pricing tier (the first
 * 50 TB a month for S3 Standard), in US dollars. The planner states them as examples: prices change
 * and differ by Region.
 *
 * Source: https://aws.amazon.com/s3/pricing/ ("Storage", "Requests & data retrievals" tabs), as
 * written down on 2026-11-27. Constraints: Amazon S3 User Guide, "Understanding and managing Amazon
 * S3 storage classes" (minimum storage duration, 128 KB minimum billable object size) and
 * "Transitioning objects using Amazon S3 Lifecycle" (transition constraints),
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html and
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html
 */

/** Storage classes as the S3 API (and Terraform's `storage_class`) names them. */
export const STORAGE_CLASSES = ['STANDARD', 'INTELLIGENT_TIERING', 'STANDARD_IA', 'ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'] as const;
/** One storage class. */
export type StorageClassId = (typeof STORAGE_CLASSES)[number];

/** What S3 charges for one storage class. Request prices are per 1,000 requests; sizes in KB (1,024 bytes). */
export interface StorageClassPrice {
  readonly id: StorageClassId;
  readonly name: string;
  /** Per GB-month (GB = 1,024³ bytes, as S3 bills). */
  readonly storagePerGbMonth: number;
  readonly putPer1000: number;
  readonly getPer1000: number;
  /** Per GB retrieved (the standard retrieval tier for the Glacier archive classes). */
  readonly retrievalPerGb: number;
  /** Restore requests, per 1,000, for classes whose objects must be restored before a GET. */
  readonly restorePer1000: number;
  /** Lifecycle transition requests into this class, per 1,000 objects. */
  readonly transitionPer1000: number;
  /** Storage is billed for at least this many days; deleting sooner charges the rest. */
  readonly minDays: number;
  /** Objects smaller than this are billed as this size. */
  readonly minBillableKb: number;
  /** Index metadata S3 adds per archived object: KB billed at S3 Standard and KB at this class's rate. */
  readonly overheadKb: { readonly standard: number; readonly self: number };
  /** How fast the first byte comes back. */
  readonly access: string;
  /** Availability Zones the data is stored in. */
  readonly zones: 'one' | 'three or more';
}

/** The Region and date the prices are examples for; the UI states both. */
export const S3_PRICE_CONTEXT = { region: 'us-east-1', regionName: 'US East (N. Virginia)', checked: '2026-11-27' } as const;

/** S3 Intelligent-Tiering: access tiers and the monitoring fee (objects of 128 KB or more only). */
export const INTELLIGENT_TIERING = {
  frequentPerGbMonth: 0.023,
  infrequentPerGbMonth: 0.0125,
  archiveInstantPerGbMonth: 0.004,
  /** Per 1,000 monitored objects per month. */
  monitoringPer1000: 0.0025,
  /** Objects smaller than this are not monitored and always billed at the Frequent Access rate. */
  minMonitoredKb: 128,
  /** Days without access before an object moves to Infrequent Access, and to Archive Instant Access. */
  infrequentAfterDays: 30,
  archiveInstantAfterDays: 90,
} as const;

/** The example price list, in the order the planner shows it (warmest to coldest). */
export const S3_PRICES: Readonly<Record<StorageClassId, StorageClassPrice>> = {
  STANDARD: {
    id: 'STANDARD',
    name: 'S3 Standard',
    storagePerGbMonth: 0.023,
    putPer1000: 0.005,
    getPer1000: 0.0004,
    retrievalPerGb: 0,
    restorePer1000: 0,
    transitionPer1000: 0,
    minDays: 0,
    minBillableKb: 0,
    overheadKb: { standard: 0, self: 0 },
    access: 'milliseconds',
    zones: 'three or more',
  },
  INTELLIGENT_TIERING: {
    id: 'INTELLIGENT_TIERING',
    name: 'S3 Intelligent-Tiering',
    storagePerGbMonth: INTELLIGENT_TIERING.frequentPerGbMonth,
    putPer1000: 0.005,
    getPer1000: 0.0004,
    retrievalPerGb: 0,
    restorePer1000: 0,
    transitionPer1000: 0.01,
    minDays: 0,
    minBillableKb: 0,
    overheadKb: { standard: 0, self: 0 },
    access: 'milliseconds',
    zones: 'three or more',
  },
  STANDARD_IA: {
    id: 'STANDARD_IA',
    name: 'S3 Standard-IA',
    storagePerGbMonth: 0.0125,
    putPer1000: 0.01,
    getPer1000: 0.001,
    retrievalPerGb: 0.01,
    restorePer1000: 0,
    transitionPer1000: 0.01,
    minDays: 30,
    minBillableKb: 128,
    overheadKb: { standard: 0, self: 0 },
    access: 'milliseconds',
    zones: 'three or more',
  },
  ONEZONE_IA: {
    id: 'ONEZONE_IA',
    name: 'S3 One Zone-IA',
    storagePerGbMonth: 0.01,
    putPer1000: 0.01,
    getPer1000: 0.001,
    retrievalPerGb: 0.01,
    restorePer1000: 0,
    transitionPer1000: 0.01,
    minDays: 30,
    minBillableKb: 128,
    overheadKb: { standard: 0, self: 0 },
    access: 'milliseconds',
    zones: 'one',
  },
  GLACIER_IR: {
    id: 'GLACIER_IR',
    name: 'S3 Glacier Instant Retrieval',
    storagePerGbMonth: 0.004,
    putPer1000: 0.02,
    getPer1000: 0.01,
    retrievalPerGb: 0.03,
    restorePer1000: 0,
    transitionPer1000: 0.02,
    minDays: 90,
    minBillableKb: 128,
    overheadKb: { standard: 0, self: 0 },
    access: 'milliseconds',
    zones: 'three or more',
  },
  GLACIER: {
    id: 'GLACIER',
    name: 'S3 Glacier Flexible Retrieval',
    storagePerGbMonth: 0.0036,
    putPer1000: 0.03,
    getPer1000: 0.0004,
    retrievalPerGb: 0.01,
    restorePer1000: 0.05,
    transitionPer1000: 0.03,
    minDays: 90,
    minBillableKb: 0,
    overheadKb: { standard: 8, self: 32 },
    access: 'hours (standard restore 3–5 h) before a GET',
    zones: 'three or more',
  },
  DEEP_ARCHIVE: {
    id: 'DEEP_ARCHIVE',
    name: 'S3 Glacier Deep Archive',
    storagePerGbMonth: 0.00099,
    putPer1000: 0.05,
    getPer1000: 0.0004,
    retrievalPerGb: 0.02,
    restorePer1000: 0.1,
    transitionPer1000: 0.05,
    minDays: 180,
    minBillableKb: 0,
    overheadKb: { standard: 8, self: 32 },
    access: 'up to 12 h (standard restore) before a GET',
    zones: 'three or more',
  },
};
