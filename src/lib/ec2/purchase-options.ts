/**
 * Purchase options calculator (lesson 4.5): what a month of EC2 costs with On-Demand, Savings
 * Plans, Reserved Instances and Spot, and which mix is cheapest for a usage profile.
 *
 * Model (all per month of {@link HOURS_PER_MONTH} hours, i.e. 730 / 24 days):
 * - Usage: `baseline` instances run all the time; `peak` more run `peakHours` hours a day. So the
 *   fleet has two levels: U₀ = baseline off-peak and U₁ = baseline + peak during peak hours.
 * - A share `s` of the work tolerates interruption. A plan may run that share on Spot at the
 *   On-Demand price × (1 − Spot discount).
 * - A commitment of `c` instances (Savings Plan or Reserved Instances, no upfront) costs
 *   c × rate × 730 whether used or not, and covers up to c instances of the remaining usage each
 *   hour; whatever it does not cover runs On-Demand. (A Savings Plan commits dollars per hour:
 *   c instances of one type is the same as committing c × rate USD/h.)
 * - Break-even utilisation: one committed instance costs rate × 730 and saves On-Demand × hours
 *   used, so it pays off when it is used more than rate / On-Demand of the hours.
 * - Cheapest mix: the monthly cost is piecewise linear in c, so the optimum is at c = 0 or at one
 *   of the usage levels; the search tries every allowed product with and without Spot there.
 */

import { parseNumberField, type NumberRule } from '~/lib/form/number-field';
import { COMMITMENT_PRODUCTS, HOURS_PER_MONTH, INSTANCE_PRICES, SPOT_EXAMPLE, type CommitmentId, type CommitmentProduct, type InstancePrice } from './prices';

/** Who uses what, validated. `interruptibleShare` and `spotDiscount` are fractions 0–1. */
export interface UsageProfile {
  readonly baselineInstances: number;
  readonly peakInstances: number;
  readonly peakHoursPerDay: number;
  readonly interruptibleShare: number;
}

/** How the usage is bought. */
export interface PurchasePlan {
  readonly commitment: { readonly product: CommitmentId; readonly instances: number } | null;
  /** Fraction of the usage run on Spot (0 or the interruptible share). */
  readonly spotShare: number;
}

/** Monthly cost of a plan, split by how it is paid. */
export interface CostBreakdown {
  readonly committed: number;
  readonly onDemand: number;
  readonly spot: number;
  readonly total: number;
  readonly onDemandHours: number;
  readonly spotHours: number;
  /** Committed instance-hours that found usage, and those paid for nothing. */
  readonly coveredHours: number;
  readonly unusedCommittedHours: number;
}

const DAYS_PER_MONTH = HOURS_PER_MONTH / 24;

/** The hourly rate of a plan's commitment, or 0. */
function commitmentRate(price: InstancePrice, plan: PurchasePlan): number {
  return plan.commitment ? price.commitments[plan.commitment.product] : 0;
}

/** Monthly cost of running `usage` with `plan` at `price`; `spotDiscount` is a fraction 0–1. */
export function monthlyCost(usage: UsageProfile, price: InstancePrice, spotDiscount: number, plan: PurchasePlan): CostBreakdown {
  const committedInstances = plan.commitment?.instances ?? 0;
  const levels: readonly { readonly instances: number; readonly hours: number }[] = [
    { instances: usage.baselineInstances, hours: (24 - usage.peakHoursPerDay) * DAYS_PER_MONTH },
    { instances: usage.baselineInstances + usage.peakInstances, hours: usage.peakHoursPerDay * DAYS_PER_MONTH },
  ];
  let onDemandHours = 0;
  let spotHours = 0;
  let coveredHours = 0;
  for (const { instances, hours } of levels) {
    const spotInstances = plan.spotShare * instances;
    const rest = instances - spotInstances;
    const covered = Math.min(committedInstances, rest);
    spotHours += spotInstances * hours;
    coveredHours += covered * hours;
    onDemandHours += (rest - covered) * hours;
  }
  const committed = committedInstances * commitmentRate(price, plan) * HOURS_PER_MONTH;
  const onDemand = onDemandHours * price.onDemand;
  const spot = spotHours * price.onDemand * (1 - spotDiscount);
  return {
    committed,
    onDemand,
    spot,
    total: committed + onDemand + spot,
    onDemandHours,
    spotHours,
    coveredHours,
    unusedCommittedHours: Math.max(0, committedInstances * HOURS_PER_MONTH - coveredHours),
  };
}

/** The share of hours an instance must run for a commitment at `rate` to beat On-Demand. */
export function breakEvenUtilisation(rate: number, onDemand: number): number {
  return onDemand > 0 ? rate / onDemand : 1;
}

/** Longest commitment the reader accepts for the cheapest mix. */
export type MaxTerm = 'none' | '1' | '3';

/** One line of the comparison. */
export interface StrategyRow {
  readonly id: 'on-demand' | CommitmentId | 'spot' | 'cheapest';
  readonly label: string;
  readonly plan: PurchasePlan;
  readonly cost: CostBreakdown;
  /** Fraction saved compared with all On-Demand (0 when nothing runs). */
  readonly savings: number;
  /** What the commitment costs per hour, USD. */
  readonly commitmentPerHour: number;
}

/** Break-even of one product. */
export interface BreakEven {
  readonly product: CommitmentProduct;
  readonly rate: number;
  readonly utilisation: number;
  readonly hoursPerMonth: number;
}

/** Everything the calculator shows. */
export interface PurchaseResult {
  readonly price: InstancePrice;
  readonly usage: UsageProfile;
  readonly spotDiscount: number;
  readonly instanceHours: number;
  readonly onDemand: StrategyRow;
  /** On-Demand, each commitment for the baseline, Spot for the interruptible share. */
  readonly strategies: readonly StrategyRow[];
  readonly cheapest: StrategyRow;
  /** How the cheapest mix buys the usage, in words. */
  readonly cheapestExplanation: string;
  readonly breakEven: readonly BreakEven[];
  /** Share of the day the peak instances run, compared with break-even. */
  readonly peakUtilisation: number;
}

function row(id: StrategyRow['id'], label: string, usage: UsageProfile, price: InstancePrice, spotDiscount: number, plan: PurchasePlan, onDemandTotal: number): StrategyRow {
  const cost = monthlyCost(usage, price, spotDiscount, plan);
  const commitmentPerHour = plan.commitment ? plan.commitment.instances * price.commitments[plan.commitment.product] : 0;
  return { id, label, plan, cost, savings: onDemandTotal > 0 ? 1 - cost.total / onDemandTotal : 0, commitmentPerHour };
}

const fmtInstances = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const fmtPercent = (f: number) => `${Math.round(f * 100)}%`;

/** Searches the cheapest plan within the accepted term. */
export function cheapestPlan(usage: UsageProfile, price: InstancePrice, spotDiscount: number, maxTerm: MaxTerm): PurchasePlan {
  const products = COMMITMENT_PRODUCTS.filter((p) => maxTerm !== 'none' && p.termYears <= Number(maxTerm));
  const spotShares = spotDiscount > 0 && usage.interruptibleShare > 0 ? [0, usage.interruptibleShare] : [0];
  const candidates: PurchasePlan[] = [];
  for (const spotShare of spotShares) {
    candidates.push({ commitment: null, spotShare });
    const rest = 1 - spotShare;
    const levels = [...new Set([rest * usage.baselineInstances, rest * (usage.baselineInstances + usage.peakInstances)])].filter((c) => c > 0);
    for (const product of products) for (const instances of levels) candidates.push({ commitment: { product: product.id, instances }, spotShare });
  }
  // Sort by cost to the cent, then prefer the smaller commitment, less Spot and the shorter term:
  // a cent a month is not worth a longer commitment or more interruptions.
  const key = (plan: PurchasePlan): readonly number[] => [
    Math.round(monthlyCost(usage, price, spotDiscount, plan).total * 100),
    plan.commitment ? plan.commitment.instances * price.commitments[plan.commitment.product] : 0,
    plan.spotShare,
    COMMITMENT_PRODUCTS.find((p) => p.id === plan.commitment?.product)?.termYears ?? 0,
  ];
  const before = (a: readonly number[], b: readonly number[]) => {
    const i = a.findIndex((value, j) => value !== b[j]);
    return i !== -1 && (a[i] ?? 0) < (b[i] ?? 0);
  };
  let best = candidates[0] ?? { commitment: null, spotShare: 0 };
  let bestKey = key(best);
  for (const candidate of candidates.slice(1)) {
    const candidateKey = key(candidate);
    if (before(candidateKey, bestKey)) {
      best = candidate;
      bestKey = candidateKey;
    }
  }
  return best;
}

/** Describes a plan in one or two sentences. */
export function describePlan(plan: PurchasePlan, usage: UsageProfile, price: InstancePrice, cost: CostBreakdown): string {
  const parts: string[] = [];
  if (plan.commitment) {
    const product = COMMITMENT_PRODUCTS.find((p) => p.id === plan.commitment?.product);
    const perHour = plan.commitment.instances * price.commitments[plan.commitment.product];
    parts.push(
      `commit ${fmtInstances(plan.commitment.instances)} × ${price.type} (${product?.name ?? 'commitment'}, $${perHour.toFixed(4)} an hour)`,
    );
  }
  if (plan.spotShare > 0) parts.push(`run the interruptible ${fmtPercent(plan.spotShare)} of the work on Spot`);
  if (usage.baselineInstances + usage.peakInstances === 0) return 'Nothing runs, so there is nothing to buy.';
  if (parts.length === 0) return 'Run everything On-Demand: no commitment or Spot share pays off for this profile.';
  if (cost.onDemandHours > 0.0001) parts.push(`pay On-Demand for the remaining ${Math.round(cost.onDemandHours).toLocaleString('en-US')} instance-hours`);
  const last = parts.pop() ?? '';
  const sentence = parts.length > 0 ? `${parts.join('; ')} and ${last}` : last;
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** Compares every strategy for a validated profile. */
export function comparePurchaseOptions(usage: UsageProfile, price: InstancePrice, spotDiscount: number, maxTerm: MaxTerm): PurchaseResult {
  const onDemandPlan: PurchasePlan = { commitment: null, spotShare: 0 };
  const allOnDemand = monthlyCost(usage, price, spotDiscount, onDemandPlan).total;
  const make = (id: StrategyRow['id'], label: string, plan: PurchasePlan) => row(id, label, usage, price, spotDiscount, plan, allOnDemand);
  const onDemand = make('on-demand', 'All On-Demand', onDemandPlan);
  const strategies: StrategyRow[] = [onDemand];
  for (const product of COMMITMENT_PRODUCTS) {
    strategies.push(make(product.id, `${product.name} for the baseline`, { commitment: usage.baselineInstances > 0 ? { product: product.id, instances: usage.baselineInstances } : null, spotShare: 0 }));
  }
  strategies.push(make('spot', 'Spot for the interruptible share', { commitment: null, spotShare: usage.interruptibleShare }));
  const bestPlan = cheapestPlan(usage, price, spotDiscount, maxTerm);
  const cheapest = make('cheapest', 'Cheapest mix', bestPlan);
  const breakEven = COMMITMENT_PRODUCTS.map((product) => {
    const rate = price.commitments[product.id];
    const utilisation = breakEvenUtilisation(rate, price.onDemand);
    return { product, rate, utilisation, hoursPerMonth: utilisation * HOURS_PER_MONTH };
  });
  const instanceHours = usage.baselineInstances * HOURS_PER_MONTH + usage.peakInstances * usage.peakHoursPerDay * DAYS_PER_MONTH;
  return {
    price,
    usage,
    spotDiscount,
    instanceHours,
    onDemand,
    strategies,
    cheapest,
    cheapestExplanation: describePlan(bestPlan, usage, price, cheapest.cost),
    breakEven,
    peakUtilisation: usage.peakHoursPerDay / 24,
  };
}

/** The form as typed. */
export interface PurchaseForm {
  readonly instanceType: string;
  readonly baseline: string;
  readonly peak: string;
  readonly peakHours: string;
  readonly interruptible: string;
  readonly spotDiscount: string;
  readonly maxTerm: MaxTerm;
}

/** Fields that can carry a message. */
export type PurchaseField = 'instanceType' | 'baseline' | 'peak' | 'peakHours' | 'interruptible' | 'spotDiscount';

/** Starting values: the lesson's example of a web fleet. */
export const DEFAULT_PURCHASE_FORM: PurchaseForm = {
  instanceType: 'm7g.large',
  baseline: '4',
  peak: '6',
  peakHours: '8',
  interruptible: '30',
  spotDiscount: String(SPOT_EXAMPLE.discountPercent),
  maxTerm: '3',
};

const RULES: Record<Exclude<PurchaseField, 'instanceType'>, NumberRule> = {
  baseline: { min: 0, max: 10_000, integer: true },
  peak: { min: 0, max: 10_000, integer: true },
  peakHours: { min: 0, max: 24 },
  interruptible: { min: 0, max: 100 },
  spotDiscount: { min: 0, max: 90 },
};

/** The comparison, or a message per field. */
export type PurchaseOutcome =
  | { readonly ok: true; readonly result: PurchaseResult }
  | { readonly ok: false; readonly errors: Partial<Record<PurchaseField, string>> };

/** Validates the form and compares the strategies. */
export function calculatePurchaseOptions(form: PurchaseForm): PurchaseOutcome {
  const errors: Partial<Record<PurchaseField, string>> = {};
  const values: Partial<Record<PurchaseField, number>> = {};
  for (const field of Object.keys(RULES) as (keyof typeof RULES)[]) {
    const parsed = parseNumberField(form[field], RULES[field]);
    if (parsed.ok) values[field] = parsed.value;
    else errors[field] = field === 'spotDiscount' && /at most/.test(parsed.error) ? 'AWS quotes Spot savings of up to 90% off On-Demand: enter at most 90.' : parsed.error;
  }
  const price = INSTANCE_PRICES.find((p) => p.type === form.instanceType);
  if (!price) errors.instanceType = `Choose one of ${INSTANCE_PRICES.map((p) => p.type).join(', ')}.`;
  if (Object.keys(errors).length > 0 || !price) return { ok: false, errors };
  const usage: UsageProfile = {
    baselineInstances: values.baseline ?? 0,
    peakInstances: values.peak ?? 0,
    peakHoursPerDay: values.peakHours ?? 0,
    interruptibleShare: (values.interruptible ?? 0) / 100,
  };
  return { ok: true, result: comparePurchaseOptions(usage, price, (values.spotDiscount ?? 0) / 100, form.maxTerm) };
}
