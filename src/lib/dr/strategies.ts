/**
 * DR-strategy chooser (lesson 26.2): ranks the four strategies for a workload's recovery targets
 * and priorities, and says why each one is where it is.
 *
 * Ranking, in words:
 * 1. A strategy whose fastest typical RTO or RPO is still slower than the target is ruled out and
 *    goes to the bottom.
 * 2. A strategy that meets the targets only at the fast end of its range ("stretch") is penalised:
 *    relying on it needs automation and rehearsals.
 * 3. Among the rest, each step up in tier costs points according to budget sensitivity and earns
 *    points according to how critical the workload is (more headroom for critical workloads).
 * 4. A high data change rate penalises backup & restore: each hour between backups loses more, and
 *    restores of fast-changing data take longer.
 */

import { DR_STRATEGIES, type DrStrategy, type StrategyId, type TypicalRange } from './strategy-data';
import { formatDuration, toMinutes, type DurationUnit } from './duration';
import { parseNumberField } from '~/lib/form/number-field';

/** How much the business suffers when the workload is down. */
export type Criticality = 'low' | 'medium' | 'high' | 'mission-critical';
/** Low, medium or high, for budget sensitivity and data change rate. */
export type Level = 'low' | 'medium' | 'high';

/** Validated inputs of the chooser, targets in minutes. */
export interface ChooserInput {
  readonly rtoMinutes: number;
  readonly rpoMinutes: number;
  readonly criticality: Criticality;
  readonly budgetSensitivity: Level;
  readonly changeRate: Level;
}

/** How a strategy's typical range compares with the targets. */
export type Fit = 'meets' | 'stretch' | 'too-slow';

/** A strategy with its place in the ranking and the reasons for it. */
export interface RankedStrategy {
  readonly strategy: DrStrategy;
  readonly fit: Fit;
  readonly score: number;
  /** One sentence: why it is recommended, or why it was ruled out or ranked lower. */
  readonly verdict: string;
}

const CRITICALITY_WEIGHT: Record<Criticality, number> = { low: 0, medium: 0.25, high: 0.75, 'mission-critical': 1.5 };
const BUDGET_WEIGHT: Record<Level, number> = { low: 0.5, medium: 1, high: 2 };
const CHANGE_RATE_PENALTY: Record<Level, number> = { low: 0, medium: 0.5, high: 1 };
const STRETCH_PENALTY = 1.5;
const RULED_OUT = -100;

function compare(range: TypicalRange, targetMinutes: number): Fit {
  if (range.maxMinutes <= targetMinutes) return 'meets';
  if (range.minMinutes <= targetMinutes) return 'stretch';
  return 'too-slow';
}

function worse(a: Fit, b: Fit): Fit {
  const order: Fit[] = ['meets', 'stretch', 'too-slow'];
  return order[Math.max(order.indexOf(a), order.indexOf(b))] ?? 'too-slow';
}

function tooSlowReason(strategy: DrStrategy, input: ChooserInput): string {
  const parts: string[] = [];
  if (strategy.rto.minMinutes > input.rtoMinutes) {
    parts.push(`its RTO is typically ${strategy.rto.label}, slower than your ${formatDuration(input.rtoMinutes)} target`);
  }
  if (strategy.rpo.minMinutes > input.rpoMinutes) {
    parts.push(`its RPO is typically ${strategy.rpo.label}, more data loss than your ${formatDuration(input.rpoMinutes)} target`);
  }
  return `Ruled out: ${parts.join(', and ')}.`;
}

function stretchDetail(strategy: DrStrategy, input: ChooserInput): string {
  const parts: string[] = [];
  if (strategy.rto.maxMinutes > input.rtoMinutes) parts.push(`RTO ${strategy.rto.label} vs your ${formatDuration(input.rtoMinutes)}`);
  if (strategy.rpo.maxMinutes > input.rpoMinutes) parts.push(`RPO ${strategy.rpo.label} vs your ${formatDuration(input.rpoMinutes)}`);
  return parts.join('; ');
}

/** Ranks all four strategies for the input, best first. */
export function rankStrategies(input: ChooserInput): RankedStrategy[] {
  const scored = DR_STRATEGIES.map((strategy) => {
    const fit = worse(compare(strategy.rto, input.rtoMinutes), compare(strategy.rpo, input.rpoMinutes));
    let score = fit === 'too-slow' ? RULED_OUT + strategy.tier : 0;
    if (fit !== 'too-slow') {
      score -= (strategy.tier - 1) * BUDGET_WEIGHT[input.budgetSensitivity];
      score += (strategy.tier - 1) * CRITICALITY_WEIGHT[input.criticality];
      if (fit === 'stretch') score -= STRETCH_PENALTY;
      if (strategy.id === 'backup-restore') score -= CHANGE_RATE_PENALTY[input.changeRate];
    }
    return { strategy, fit, score };
  });
  // Stable order: score, then the cheaper strategy first.
  scored.sort((a, b) => b.score - a.score || a.strategy.tier - b.strategy.tier);
  const best = scored[0];
  return scored.map((entry, index) => ({ ...entry, verdict: verdictFor(entry, index, best, input) }));
}

function verdictFor(
  entry: { strategy: DrStrategy; fit: Fit },
  index: number,
  best: { strategy: DrStrategy; fit: Fit } | undefined,
  input: ChooserInput,
): string {
  const { strategy, fit } = entry;
  if (fit === 'too-slow') return tooSlowReason(strategy, input);
  if (index === 0 || !best) {
    if (fit === 'stretch') {
      return `Best available, but it meets your targets only at the fast end of its range (${stretchDetail(strategy, input)}): automate the recovery and rehearse it.`;
    }
    return 'Recommended: it meets both targets at the lowest cost for the priorities you set.';
  }
  const bestName = best.strategy.name;
  if (strategy.tier > best.strategy.tier) {
    return `Meets the targets too, but costs more than ${bestName} for speed your targets do not ask for.`;
  }
  if (fit === 'stretch') {
    return `Cheaper than ${bestName}, but it meets your targets only at the fast end of its range (${stretchDetail(strategy, input)}).`;
  }
  if (strategy.id === 'backup-restore' && input.changeRate !== 'low') {
    return `Cheaper than ${bestName}, but with a ${input.changeRate} change rate every hour between backups loses more work and restores take longer.`;
  }
  return `Cheaper than ${bestName}, but a ${input.criticality} workload is better served by the extra headroom of ${bestName}.`;
}

/** Ids of the strategies, in ranking order, for quick comparisons in tests and summaries. */
export function rankingOrder(ranked: readonly RankedStrategy[]): StrategyId[] {
  return ranked.map((entry) => entry.strategy.id);
}

/** The chooser's inputs as typed. */
export interface ChooserForm {
  readonly rto: string;
  readonly rtoUnit: DurationUnit;
  readonly rpo: string;
  readonly rpoUnit: DurationUnit;
  readonly criticality: Criticality;
  readonly budgetSensitivity: Level;
  readonly changeRate: Level;
}

/** Starting values: a typical business application (RTO 4 h, RPO 1 h). */
export const DEFAULT_CHOOSER_FORM: ChooserForm = {
  rto: '4',
  rtoUnit: 'hours',
  rpo: '1',
  rpoUnit: 'hours',
  criticality: 'medium',
  budgetSensitivity: 'medium',
  changeRate: 'medium',
};

/** Reads the typed targets; errors are keyed by the field they belong to. */
export function readChooserForm(
  form: ChooserForm,
): { ok: true; input: ChooserInput } | { ok: false; errors: Partial<Record<'rto' | 'rpo', string>> } {
  const rule = { min: 0, max: 100_000 };
  const rto = parseNumberField(form.rto, rule);
  const rpo = parseNumberField(form.rpo, rule);
  if (!rto.ok || !rpo.ok) {
    const errors: Partial<Record<'rto' | 'rpo', string>> = {};
    if (!rto.ok) errors.rto = rto.error;
    if (!rpo.ok) errors.rpo = rpo.error;
    return { ok: false, errors };
  }
  return {
    ok: true,
    input: {
      rtoMinutes: toMinutes(rto.value, form.rtoUnit),
      rpoMinutes: toMinutes(rpo.value, form.rpoUnit),
      criticality: form.criticality,
      budgetSensitivity: form.budgetSensitivity,
      changeRate: form.changeRate,
    },
  };
}
