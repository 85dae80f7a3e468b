import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CAPACITY_FORM,
  breakEvenUtilisation,
  calculateCapacity,
  calculateCapacityForm,
  itemBytes,
  readUnitsPerRead,
  writeUnitsPerWrite,
  type CapacityInput,
  type ReadConsistency,
} from '~/lib/dynamodb/capacity';
import { formatUsd } from '~/lib/form/money';

describe('units per request (DynamoDB developer guide examples)', () => {
  it('an 8 KB item: 2 units strongly consistent, 1 eventually consistent, 4 transactional', () => {
    expect(readUnitsPerRead(8, 'strong')).toBe(2);
    expect(readUnitsPerRead(8, 'eventual')).toBe(1);
    expect(readUnitsPerRead(8, 'transactional')).toBe(4);
  });

  it('reads round up to 4 KB: 3.5 KB reads as 4 KB, 4 KB is one step, one byte more is two', () => {
    expect(readUnitsPerRead(3.5, 'strong')).toBe(1);
    expect(readUnitsPerRead(4, 'strong')).toBe(1);
    expect(readUnitsPerRead(4 + 1 / 1024, 'strong')).toBe(2);
    expect(readUnitsPerRead(10, 'strong')).toBe(3);
  });

  it('writes round up to 1 KB, and a transactional write costs double', () => {
    expect(writeUnitsPerWrite(0.1, false)).toBe(1);
    expect(writeUnitsPerWrite(1, false)).toBe(1);
    expect(writeUnitsPerWrite(1.5, false)).toBe(2);
    expect(writeUnitsPerWrite(2.5, true)).toBe(6);
    expect(writeUnitsPerWrite(400, false)).toBe(400);
  });

  it('reads decimal KB without floating-point surprises (0.1 KB = 103 bytes, 3 KB = 3,072)', () => {
    expect(itemBytes(0.1)).toBe(103);
    expect(itemBytes(3)).toBe(3072);
  });
});

describe('the default workload: 3.5 KB items, 200 eventually consistent reads and 50 writes a second', () => {
  const outcome = calculateCapacityForm(DEFAULT_CAPACITY_FORM);
  if (!outcome.ok) throw new Error('default form invalid');
  const r = outcome.result;

  it('consumes 100 RCU/s and 200 WCU/s; at 70% utilisation that is 143 RCU and 286 WCU provisioned', () => {
    expect([r.readUnitsPerSecond, r.writeUnitsPerSecond, r.provisionedRcu, r.provisionedWcu]).toEqual([100, 200, 143, 286]);
  });

  it('costs $361.35 a month on demand and $149.28 provisioned (730 h, example us-east-1 prices)', () => {
    expect(r.onDemand.reads).toBeCloseTo(100 * 2_628_000 * 0.125e-6, 9);
    expect(r.onDemand.writes).toBeCloseTo(200 * 2_628_000 * 0.625e-6, 9);
    expect(formatUsd(r.onDemand.total)).toBe('$361.35');
    expect(r.provisioned.total).toBeCloseTo(143 * 0.00013 * 730 + 286 * 0.00065 * 730, 9);
    expect(formatUsd(r.provisioned.total)).toBe('$149.28');
    expect(r.cheaper).toBe('provisioned');
  });

  it('breaks even at about 28.9% utilisation, for reads and writes alike', () => {
    const be = breakEvenUtilisation();
    expect(be.writes).toBeCloseTo(0.00065 / 0.00225, 12);
    expect(be.reads).toBeCloseTo(be.writes, 12);
    expect(r.breakEvenUtilisation).toBeCloseTo(0.2889, 4);
  });
});

describe('the form', () => {
  it('reports each bad field instead of computing', () => {
    expect(calculateCapacityForm({ ...DEFAULT_CAPACITY_FORM, itemKb: '401', readsPerSecond: '-3', writesPerSecond: 'x', utilisationPercent: '95' })).toEqual({
      ok: false,
      errors: {
        itemKb: 'Must be at most 400.',
        readsPerSecond: 'Must be at least 0.',
        writesPerSecond: '"x" is not a number; use digits and a dot for decimals, e.g. 2.5.',
        utilisationPercent: 'Must be at most 90.',
      },
    });
  });

  it('provisions at least 1 RCU and 1 WCU even for a table nobody reads', () => {
    const outcome = calculateCapacityForm({ ...DEFAULT_CAPACITY_FORM, readsPerSecond: '0' });
    expect(outcome.ok && outcome.result.provisionedRcu).toBe(1);
    expect(outcome.ok && outcome.result.onDemand.reads).toBe(0);
  });
});

const consistency = fc.constantFrom<ReadConsistency>('eventual', 'strong', 'transactional');
const input = fc.record({
  itemKb: fc.double({ min: 0.001, max: 400, noNaN: true }),
  readsPerSecond: fc.double({ min: 0, max: 1e6, noNaN: true }),
  writesPerSecond: fc.double({ min: 0, max: 1e6, noNaN: true }),
  consistency,
  transactionalWrites: fc.boolean(),
  targetUtilisation: fc.double({ min: 0.2, max: 0.9, noNaN: true }),
});

describe('properties', () => {
  it('units are whole 4 KB / 1 KB steps that cover the item, times the consistency factor', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 400, noNaN: true }), consistency, fc.boolean(), (kb, c, tx) => {
        const bytes = itemBytes(kb);
        const readSteps = readUnitsPerRead(kb, c) / { eventual: 0.5, strong: 1, transactional: 2 }[c];
        expect(Number.isInteger(readSteps)).toBe(true);
        expect(readSteps * 4096).toBeGreaterThanOrEqual(bytes);
        expect((readSteps - 1) * 4096).toBeLessThan(bytes);
        const writeSteps = writeUnitsPerWrite(kb, tx) / (tx ? 2 : 1);
        expect(Number.isInteger(writeSteps)).toBe(true);
        expect(writeSteps * 1024).toBeGreaterThanOrEqual(bytes);
        expect((writeSteps - 1) * 1024).toBeLessThan(bytes);
      }),
    );
  });

  it('bigger items and higher rates never need fewer units or cost less', () => {
    fc.assert(
      fc.property(input, fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true }), (base, moreKb, moreRate) => {
        const a = calculateCapacity(base);
        const bigger: CapacityInput = { ...base, itemKb: Math.min(400, base.itemKb + moreKb), readsPerSecond: base.readsPerSecond + moreRate, writesPerSecond: base.writesPerSecond + moreRate };
        const b = calculateCapacity(bigger);
        expect(b.readUnitsPerSecond).toBeGreaterThanOrEqual(a.readUnitsPerSecond);
        expect(b.writeUnitsPerSecond).toBeGreaterThanOrEqual(a.writeUnitsPerSecond);
        expect(b.provisionedRcu).toBeGreaterThanOrEqual(a.provisionedRcu);
        expect(b.provisionedWcu).toBeGreaterThanOrEqual(a.provisionedWcu);
        expect(b.onDemand.total).toBeGreaterThanOrEqual(a.onDemand.total);
        expect(b.provisioned.total).toBeGreaterThanOrEqual(a.provisioned.total);
      }),
      { numRuns: 500 },
    );
  });

  it('provisioned capacity always covers the traffic at the target utilisation', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = calculateCapacity(i);
        expect(r.provisionedRcu * i.targetUtilisation).toBeGreaterThanOrEqual(r.readUnitsPerSecond * (1 - 1e-9));
        expect(r.provisionedWcu * i.targetUtilisation).toBeGreaterThanOrEqual(r.writeUnitsPerSecond * (1 - 1e-9));
      }),
    );
  });

  it('for steady heavy traffic, provisioned wins exactly when utilisation is above the break-even', () => {
    const heavy = input.filter((i) => i.readsPerSecond > 5000 && i.writesPerSecond > 5000 && Math.abs(i.targetUtilisation - breakEvenUtilisation().writes) > 0.01);
    fc.assert(
      fc.property(
        heavy.map((i) => ({ ...i, targetUtilisation: i.targetUtilisation - 0.15 })).filter((i) => i.targetUtilisation > 0 && Math.abs(i.targetUtilisation - breakEvenUtilisation().writes) > 0.01),
        (i) => {
          const r = calculateCapacity(i);
          expect(r.cheaper).toBe(i.targetUtilisation > r.breakEvenUtilisation ? 'provisioned' : 'on-demand');
        },
      ),
      { numRuns: 300 },
    );
  });
});
