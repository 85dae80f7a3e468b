import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADVERTISED_MAX_DISCOUNT, COMMITMENT_PRODUCTS, HOURS_PER_MONTH, INSTANCE_PRICES, SPOT_EXAMPLE, type InstancePrice } from '~/lib/ec2/prices';
import {
  breakEvenUtilisation,
  calculatePurchaseOptions,
  cheapestPlan,
  comparePurchaseOptions,
  DEFAULT_PURCHASE_FORM,
  monthlyCost,
  type MaxTerm,
  type PurchaseForm,
  type UsageProfile,
} from '~/lib/ec2/purchase-options';

const lesson: UsageProfile = { baselineInstances: 4, peakInstances: 6, peakHoursPerDay: 8, interruptibleShare: 0.3 };

function result(patch: Partial<PurchaseForm> = {}) {
  const outcome = calculatePurchaseOptions({ ...DEFAULT_PURCHASE_FORM, ...patch });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

const byId = (id: string, patch: Partial<PurchaseForm> = {}) => result(patch).strategies.find((s) => s.id === id);

describe('the lesson example: 4 m7g.large all day, 6 more for 8 hours, 30% interruptible', () => {
  it('all On-Demand: 2,920 + 1,460 instance-hours × $0.0816 = $357.41', () => {
    const r = result();
    expect(r.instanceHours).toBeCloseTo(4 * 730 + 6 * 8 * (730 / 24), 6);
    expect(r.onDemand.cost.total).toBeCloseTo(4380 * 0.0816, 6);
  });

  it('a 3-year EC2 Instance Savings Plan for the baseline: 4 × $0.0351 × 730 + peaks On-Demand = $221.63', () => {
    const row = byId('ec2-sp-3y');
    expect(row?.cost.committed).toBeCloseTo(4 * 0.0351 * 730, 6);
    expect(row?.cost.onDemand).toBeCloseTo(1460 * 0.0816, 6);
    expect(row?.cost.total).toBeCloseTo(221.628, 3);
    expect(row?.commitmentPerHour).toBeCloseTo(0.1404, 6);
    expect(row?.savings).toBeCloseTo(1 - 221.628 / 357.408, 6);
  });

  it('Spot for the interruptible 30% at 65% off: $287.71', () => {
    const row = byId('spot');
    expect(row?.cost.spot).toBeCloseTo(0.3 * 4380 * 0.0816 * 0.35, 6);
    expect(row?.cost.onDemand).toBeCloseTo(0.7 * 4380 * 0.0816, 6);
    expect(row?.cost.total).toBeCloseTo(287.71344, 4);
  });

  it('cheapest mix: commit the steady non-interruptible 2.8 instances for 3 years, Spot the 30%, peaks On-Demand', () => {
    const r = result();
    expect(r.cheapest.plan).toEqual({ commitment: { product: 'ec2-sp-3y', instances: 2.8 }, spotShare: 0.3 });
    expect(r.cheapest.cost.total).toBeCloseTo(2.8 * 0.0351 * 730 + 0.3 * 4380 * 0.0816 * 0.35 + 4.2 * 8 * (730 / 24) * 0.0816, 6);
    expect(r.cheapestExplanation).toBe(
      'Commit 2.8 × m7g.large (EC2 Instance Savings Plan, 3 years, $0.0983 an hour); run the interruptible 30% of the work on Spot and pay On-Demand for the remaining 1,022 instance-hours.',
    );
  });

  it('peak instances used 8 of 24 hours stay uncommitted: 33% is below every break-even', () => {
    const r = result();
    expect(r.peakUtilisation).toBeCloseTo(1 / 3, 9);
    expect(Math.min(...r.breakEven.map((b) => b.utilisation))).toBeGreaterThan(1 / 3);
  });

  it('peaks of 12 hours a day cross the 43% break-even, so the cheapest mix commits to them too', () => {
    const r = result({ peakHours: '12' });
    expect(r.cheapest.plan.commitment?.instances).toBeCloseTo(0.7 * 10, 9);
  });

  it('the accepted term limits the mix: none → no commitment, 1 year → a 1-year product', () => {
    expect(result({ maxTerm: 'none' }).cheapest.plan).toEqual({ commitment: null, spotShare: 0.3 });
    expect(result({ maxTerm: '1' }).cheapest.plan.commitment?.product).toBe('ec2-sp-1y');
  });

  it('without Spot savings, the mix does not use Spot', () => {
    expect(result({ spotDiscount: '0' }).cheapest.plan.spotShare).toBe(0);
  });
});

describe('break-even utilisation', () => {
  it('is the discounted rate divided by the On-Demand rate', () => {
    expect(breakEvenUtilisation(0.0351, 0.0816)).toBeCloseTo(0.43015, 5);
    const entry = result().breakEven.find((b) => b.product.id === 'compute-sp-1y');
    expect(entry?.utilisation).toBeCloseTo(0.0588 / 0.0816, 9);
    expect(entry?.hoursPerMonth).toBeCloseTo((0.0588 / 0.0816) * HOURS_PER_MONTH, 9);
  });

  it('property: it equals discounted / On-Demand for every product and price, and lies in (0, 1)', () => {
    for (const price of INSTANCE_PRICES) {
      const r = comparePurchaseOptions(lesson, price, 0.65, '3');
      for (const entry of r.breakEven) {
        expect(entry.utilisation).toBe(price.commitments[entry.product.id] / price.onDemand);
        expect(entry.utilisation).toBeGreaterThan(0);
        expect(entry.utilisation).toBeLessThan(1);
      }
    }
  });

  it('property: committing one instance beats On-Demand exactly when it runs more than the break-even share', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INSTANCE_PRICES), fc.constantFrom(...COMMITMENT_PRODUCTS), fc.integer({ min: 0, max: 24 }), (price, product, hours) => {
        const usage: UsageProfile = { baselineInstances: 0, peakInstances: 1, peakHoursPerDay: hours, interruptibleShare: 0 };
        const committed = monthlyCost(usage, price, 0, { commitment: { product: product.id, instances: 1 }, spotShare: 0 }).total;
        const onDemand = monthlyCost(usage, price, 0, { commitment: null, spotShare: 0 }).total;
        const breakEven = breakEvenUtilisation(price.commitments[product.id], price.onDemand);
        if (hours / 24 > breakEven + 1e-9) expect(committed).toBeLessThan(onDemand);
        if (hours / 24 < breakEven - 1e-9) expect(committed).toBeGreaterThan(onDemand);
      }),
      { numRuns: 300 },
    );
  });
});

const usageArb: fc.Arbitrary<UsageProfile> = fc.record({
  baselineInstances: fc.integer({ min: 0, max: 10_000 }),
  peakInstances: fc.integer({ min: 0, max: 10_000 }),
  peakHoursPerDay: fc.double({ min: 0, max: 24, noNaN: true }),
  interruptibleShare: fc.double({ min: 0, max: 1, noNaN: true }),
});
const discountArb = fc.double({ min: 0, max: 0.9, noNaN: true });
const termArb = fc.constantFrom<MaxTerm>('none', '1', '3');

describe('properties', () => {
  it('costs are never negative, never NaN', () => {
    fc.assert(
      fc.property(usageArb, fc.constantFrom(...INSTANCE_PRICES), discountArb, termArb, (usage, price, discount, term) => {
        const r = comparePurchaseOptions(usage, price, discount, term);
        for (const row of [...r.strategies, r.cheapest]) {
          for (const value of [row.cost.total, row.cost.committed, row.cost.onDemand, row.cost.spot, row.cost.unusedCommittedHours]) {
            expect(Number.isFinite(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('with zero usage, more commitment never lowers the cost (it only adds the committed hours)', () => {
    const idle: UsageProfile = { baselineInstances: 0, peakInstances: 0, peakHoursPerDay: 8, interruptibleShare: 0.5 };
    fc.assert(
      fc.property(fc.constantFrom(...INSTANCE_PRICES), fc.constantFrom(...COMMITMENT_PRODUCTS), fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true }), discountArb, (price, product, a, b, discount) => {
        const [less, more] = a <= b ? [a, b] : [b, a];
        const cost = (instances: number) => monthlyCost(idle, price, discount, { commitment: { product: product.id, instances }, spotShare: 0.5 });
        expect(cost(less).total).toBeLessThanOrEqual(cost(more).total);
        expect(cost(more).total).toBeCloseTo(more * price.commitments[product.id] * HOURS_PER_MONTH, 6);
        expect(cost(more).unusedCommittedHours).toBeCloseTo(more * HOURS_PER_MONTH, 6);
      }),
      { numRuns: 300 },
    );
  });

  it('the cheapest mix costs no more than On-Demand, Spot, or any commitment the accepted term allows', () => {
    fc.assert(
      fc.property(usageArb, fc.constantFrom(...INSTANCE_PRICES), discountArb, termArb, (usage, price, discount, term) => {
        const r = comparePurchaseOptions(usage, price, discount, term);
        const allowed = r.strategies.filter((row) => {
          const product = COMMITMENT_PRODUCTS.find((p) => p.id === row.id);
          return !product || (term !== 'none' && product.termYears <= Number(term));
        });
        for (const row of allowed) expect(r.cheapest.cost.total).toBeLessThanOrEqual(row.cost.total + 0.01);
        expect(r.cheapest.savings).toBeGreaterThanOrEqual(-1e-9);
      }),
      { numRuns: 400 },
    );
  });

  it('the search agrees with a brute-force sweep of commitment levels', () => {
    fc.assert(
      fc.property(usageArb, fc.constantFrom(...INSTANCE_PRICES), discountArb, (usage, price, discount) => {
        const plan = cheapestPlan(usage, price, discount, '3');
        const best = monthlyCost(usage, price, discount, plan).total;
        const top = usage.baselineInstances + usage.peakInstances;
        for (const product of COMMITMENT_PRODUCTS) {
          for (const spotShare of [0, usage.interruptibleShare]) {
            for (let step = 0; step <= 10; step += 1) {
              const instances = (top * step) / 10;
              expect(best).toBeLessThanOrEqual(monthlyCost(usage, price, discount, { commitment: { product: product.id, instances }, spotShare }).total + 0.01);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('validation', () => {
  it.each([
    ['baseline', '1.5', 'Use a whole number (no decimals).'],
    ['baseline', 'four', '"four" is not a number; use digits, e.g. 30.'],
    ['peak', '', 'Required: enter a number.'],
    ['peakHours', '25', 'Must be at most 24.'],
    ['interruptible', '-5', 'Must be at least 0.'],
    ['spotDiscount', '95', 'AWS quotes Spot savings of up to 90% off On-Demand: enter at most 90.'],
  ] as const)('%s = %j → %s', (field, value, message) => {
    const outcome = calculatePurchaseOptions({ ...DEFAULT_PURCHASE_FORM, [field]: value });
    expect(outcome.ok ? {} : outcome.errors).toEqual({ [field]: message });
  });

  it('an instance type outside the price table is refused', () => {
    const outcome = calculatePurchaseOptions({ ...DEFAULT_PURCHASE_FORM, instanceType: 'x9z.huge' });
    expect(outcome.ok ? '' : outcome.errors.instanceType).toContain('Choose one of m7g.large');
  });

  it('nothing running costs nothing and says so', () => {
    const r = result({ baseline: '0', peak: '0' });
    expect(r.onDemand.cost.total).toBe(0);
    expect(r.cheapest.cost.total).toBe(0);
    expect(r.cheapestExplanation).toBe('Nothing runs, so there is nothing to buy.');
  });
});

describe('price data', () => {
  it('every commitment is cheaper than On-Demand, 3 years cheaper than 1, and within the advertised maxima', () => {
    for (const price of INSTANCE_PRICES) {
      const discount = (id: keyof InstancePrice['commitments']) => 100 * (1 - price.commitments[id] / price.onDemand);
      for (const product of COMMITMENT_PRODUCTS) expect(price.commitments[product.id], `${price.type} ${product.id}`).toBeLessThan(price.onDemand);
      expect(price.commitments['compute-sp-3y']).toBeLessThan(price.commitments['compute-sp-1y']);
      expect(price.commitments['ec2-sp-3y']).toBeLessThan(price.commitments['ec2-sp-1y']);
      expect(price.commitments['ri-3y']).toBeLessThan(price.commitments['ri-1y']);
      expect(price.commitments['ec2-sp-3y']).toBeLessThanOrEqual(price.commitments['compute-sp-3y']);
      expect(discount('compute-sp-3y')).toBeLessThanOrEqual(ADVERTISED_MAX_DISCOUNT.computeSavingsPlans);
      expect(discount('ec2-sp-3y')).toBeLessThanOrEqual(ADVERTISED_MAX_DISCOUNT.savingsPlans);
      expect(discount('ri-3y')).toBeLessThanOrEqual(ADVERTISED_MAX_DISCOUNT.reservedInstances);
    }
  });

  it('the Spot example sits inside its typical range and under AWS\u2019s "up to 90%"', () => {
    expect(SPOT_EXAMPLE.discountPercent).toBeGreaterThanOrEqual(SPOT_EXAMPLE.typicalRange[0]);
    expect(SPOT_EXAMPLE.discountPercent).toBeLessThanOrEqual(ADVERTISED_MAX_DISCOUNT.spot);
  });

  it('On-Demand prices match the published us-east-1 rates', () => {
    expect(Object.fromEntries(INSTANCE_PRICES.map((p) => [p.type, p.onDemand]))).toEqual({
      'm7g.large': 0.0816,
      'm7i.large': 0.1008,
      'm6i.large': 0.096,
      'm5.large': 0.096,
      'c7i.large': 0.08925,
      't3.medium': 0.0416,
    });
  });
});
