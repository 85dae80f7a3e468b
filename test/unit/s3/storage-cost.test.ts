import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STORAGE_CLASSES } from '~/lib/s3/s3-prices';
import {
  DEFAULT_STORAGE_FORM,
  classCost,
  compareStorageClasses,
  intelligentTieringColdPrice,
  lifecyclePolicyCost,
  readStorageForm,
  type StorageWorkload,
} from '~/lib/s3/storage-cost';
import { formatUsd } from '~/lib/form/money';

function workload(patch: Partial<typeof DEFAULT_STORAGE_FORM> = {}): StorageWorkload {
  const read = readStorageForm({ ...DEFAULT_STORAGE_FORM, ...patch });
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.workload;
}

// The default workload: 2,000,000 objects of 1 MB = 1,953.125 GB, 20,000 GETs and 1% read a month, 365 days.
const GB = 1953.125;
const MONTHS = 365 / 30;

describe('worked examples (default workload, example us-east-1 prices)', () => {
  it('S3 Standard: storage and GETs every month, plus one PUT per object', () => {
    const cost = classCost('STANDARD', workload());
    expect(cost.monthlyStorage).toBeCloseTo(GB * 0.023, 9);
    expect(cost.monthlyRequests).toBeCloseTo(20 * 0.0004, 9);
    expect(cost.upload).toBeCloseTo(2000 * 0.005, 9);
    expect(cost.total).toBeCloseTo(10 + (GB * 0.023 + 0.008) * MONTHS, 6);
    expect(formatUsd(cost.total)).toBe('$556.65');
  });

  it('S3 Standard-IA: cheaper storage, but every GB read back costs $0.01', () => {
    const cost = classCost('STANDARD_IA', workload());
    expect(cost.monthlyRetrieval).toBeCloseTo(0.01 * GB * 0.01, 9);
    expect(cost.total).toBeCloseTo(20 + (GB * 0.0125 + 0.02 + 0.01 * GB * 0.01) * MONTHS, 6);
  });

  it('Glacier Deep Archive: 40 KB of index data per object and a restore request per read', () => {
    const cost = classCost('DEEP_ARCHIVE', workload());
    const storage = (2e6 * (1056 * 0.00099 + 8 * 0.023)) / 1024 ** 2;
    expect(cost.billedKbPerObject).toBe(1024 + 40);
    expect(cost.monthlyStorage).toBeCloseTo(storage, 9);
    expect(cost.monthlyRequests).toBeCloseTo(20 * (0.0004 + 0.1), 9);
    expect(cost.total).toBeCloseTo(100 + (storage + 2.008 + 0.01 * GB * 0.02) * MONTHS, 6);
  });

  it('Intelligent-Tiering: monitoring fee, and unread data drifts to cheaper tiers over the year', () => {
    const cost = classCost('INTELLIGENT_TIERING', workload());
    expect(cost.monthlyMonitoring).toBeCloseTo(2000 * 0.0025, 9);
    expect(intelligentTieringColdPrice(365)).toBeCloseTo((30 * 0.023 + 60 * 0.0125 + 275 * 0.004) / 365, 12);
    expect(cost.monthlyStorage).toBeCloseTo(GB * (0.01 * 0.023 + 0.99 * intelligentTieringColdPrice(365)), 9);
  });

  it('picks Glacier Instant Retrieval as the cheapest for rarely read data kept a year', () => {
    const { costs, cheapest } = compareStorageClasses(workload());
    expect(cheapest).toBe('GLACIER_IR');
    expect(costs.map((c) => c.storageClass)).toEqual([...STORAGE_CLASSES]);
  });

  it('S3 Standard wins when the data is read all the time', () => {
    expect(compareStorageClasses(workload({ retrievedPercent: '100', getsPerMonth: '50000000', retentionDays: '30' })).cheapest).toBe('STANDARD');
  });
});

describe('minimums', () => {
  it('bills small objects as 128 KB in the IA classes and Glacier Instant Retrieval', () => {
    const small = workload({ objectCount: '10000', objectSize: '10', sizeUnit: 'KB' });
    const at128 = workload({ objectCount: '10000', objectSize: '128', sizeUnit: 'KB' });
    for (const id of ['STANDARD_IA', 'ONEZONE_IA', 'GLACIER_IR'] as const) {
      expect(classCost(id, small).monthlyStorage).toBeCloseTo(classCost(id, at128).monthlyStorage, 12);
      expect(classCost(id, small).billedKbPerObject).toBe(128);
    }
    expect(classCost('STANDARD', small).monthlyStorage).toBeLessThan(classCost('STANDARD', at128).monthlyStorage);
  });

  it('charges the rest of the minimum duration when data is deleted early (10 days in Glacier IR = 90 billed)', () => {
    const cost = classCost('GLACIER_IR', workload({ retentionDays: '10' }));
    expect(cost.minimumDurationCharge).toBeCloseTo(cost.monthlyStorage * (80 / 30), 9);
    expect(classCost('GLACIER_IR', workload({ retentionDays: '90' })).minimumDurationCharge).toBe(0);
  });

  it('Intelligent-Tiering does not monitor objects under 128 KB and keeps them in Frequent Access', () => {
    const cost = classCost('INTELLIGENT_TIERING', workload({ objectSize: '64', sizeUnit: 'KB' }));
    expect(cost.monthlyMonitoring).toBe(0);
    expect(cost.monthlyStorage).toBeCloseTo(((2e6 * 64) / 1024 ** 2) * 0.023, 9);
  });
});

describe('lifecycle policy cost', () => {
  it('Standard for 30 days, then Standard-IA: transition requests and the rest of the year in IA', () => {
    const w = workload();
    const cost = lifecyclePolicyCost(w, 'STANDARD_IA', 30);
    expect(cost.transitions).toBe(true);
    expect(cost.transitionRequests).toBeCloseTo(2000 * 0.01, 9);
    const standard = classCost('STANDARD', w);
    const ia = classCost('STANDARD_IA', w);
    expect(cost.total).toBeCloseTo(standard.upload + standard.monthly + 20 + ia.monthly * (335 / 30), 6);
    expect(cost.total).toBeLessThan(cost.standardOnly);
  });

  it('objects under 128 KB do not transition by default, so the policy costs what Standard does', () => {
    const cost = lifecyclePolicyCost(workload({ objectSize: '100', sizeUnit: 'KB' }), 'GLACIER', 0);
    expect(cost).toMatchObject({ transitions: false, transitionRequests: 0 });
    expect(cost.total).toBe(cost.standardOnly);
  });
});

describe('reading the form', () => {
  it('reports each bad field', () => {
    expect(readStorageForm({ ...DEFAULT_STORAGE_FORM, objectCount: '1.5', objectSize: '0', retrievedPercent: '101', retentionDays: '' })).toEqual({
      ok: false,
      errors: {
        objectCount: 'Use a whole number (no decimals).',
        objectSize: 'Must be more than 0.',
        retrievedPercent: 'Must be at most 100.',
        retentionDays: 'Required: enter a number.',
      },
    });
  });

  it('caps objects at 5 TB', () => {
    expect(readStorageForm({ ...DEFAULT_STORAGE_FORM, objectSize: '6000', sizeUnit: 'GB' })).toEqual({
      ok: false,
      errors: { objectSize: 'S3 objects are at most 5 TB; enter a smaller average size.' },
    });
  });
});

const anyWorkload = fc.record({
  objectCount: fc.integer({ min: 1, max: 1e9 }),
  objectKb: fc.double({ min: 0.001, max: 5 * 1024 ** 3, noNaN: true }),
  getsPerMonth: fc.integer({ min: 0, max: 1e10 }),
  retrievedShare: fc.double({ min: 0, max: 1, noNaN: true }),
  retentionDays: fc.integer({ min: 1, max: 36_500 }),
});

describe('properties', () => {
  it('every figure is finite and non-negative, and the cheapest class has the lowest total', () => {
    fc.assert(
      fc.property(anyWorkload, (w) => {
        const { costs, cheapest } = compareStorageClasses(w);
        for (const cost of costs) {
          for (const value of [cost.upload, cost.monthly, cost.total, cost.minimumDurationCharge]) {
            expect(Number.isFinite(value) && value >= 0).toBe(true);
          }
          expect(formatUsd(cost.total)).toMatch(/^(< )?\$[\d,]+(\.\d\d)?$/);
        }
        const min = Math.min(...costs.map((c) => c.total));
        expect(costs.find((c) => c.storageClass === cheapest)?.total).toBe(min);
      }),
      { numRuns: 500 },
    );
  });

  it('more objects, more reads or a longer retention never cost less', () => {
    fc.assert(
      fc.property(anyWorkload, fc.constantFrom(...STORAGE_CLASSES), fc.integer({ min: 1, max: 1000 }), (w, id, more) => {
        const base = classCost(id, w).total;
        expect(classCost(id, { ...w, objectCount: w.objectCount + more }).total).toBeGreaterThanOrEqual(base);
        expect(classCost(id, { ...w, getsPerMonth: w.getsPerMonth + more }).total).toBeGreaterThanOrEqual(base);
        expect(classCost(id, { ...w, retentionDays: w.retentionDays + more }).total).toBeGreaterThanOrEqual(base * (1 - 1e-12));
      }),
      { numRuns: 500 },
    );
  });
});
