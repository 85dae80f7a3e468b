/**
 * Capacity vs demand (lessons 1.2 and 1.6): what fixed fleets and an elastic fleet cost and lose
 * over one period of a traffic pattern.
 *
 * Model:
 * - Demand is a step function of time (requests per second), repeating every period.
 * - A fleet of n servers serves up to n × (requests per server) per second. Requests above that
 *   are turned away (no queueing: a simplification that makes overload visible).
 * - Servers needed for a demand D with headroom h: max(1, ceil(D × (1 + h) / per-server)).
 * - Fixed for the peak: the servers needed at the highest demand, all period long.
 * - Fixed for the average: the servers needed at the time-weighted average demand.
 * - Elastic: at time t the fleet has the servers needed for demand at t, but a scale-out takes
 *   d minutes, so new servers arrive late: servers(t) = min(needed(t), needed(t − d)), with the
 *   period wrapping round (the day before ended like this one). Scaling in is immediate.
 * - Cost is server-hours at one price per server-hour, shown relative to the fixed-for-peak
 *   fleet; utilisation is requests served ÷ requests the fleet could have served.
 * Everything is computed exactly on the breakpoints of the step functions, so a 10-minute delay
 * on a year-long pattern costs no more than on a day.
 */

import { parseNumberField, type NumberRule } from '~/lib/form/number-field';
import { periodMinutes, TRAFFIC_PATTERNS, type PatternId, type TrafficPattern } from './traffic-patterns';

/** The widget's inputs as typed. */
export interface CapacityForm {
  readonly pattern: PatternId;
  readonly quietDemand: string;
  readonly peakMultiplier: string;
  readonly perServer: string;
  readonly headroomPercent: string;
  readonly scaleOutDelayMinutes: string;
}

/** Inputs that can hold an error message. */
export type CapacityField = Exclude<keyof CapacityForm, 'pattern'>;

/** Starting values: lesson 1.6's day (1,000 to 6,000 req/s, 500 req/s per server). */
export const DEFAULT_CAPACITY_FORM: CapacityForm = {
  pattern: 'daily',
  quietDemand: '1000',
  peakMultiplier: '6',
  perServer: '500',
  headroomPercent: '0',
  scaleOutDelayMinutes: '0',
};

const RULES: Record<CapacityField, NumberRule> = {
  quietDemand: { min: 0, minExclusive: true, max: 10_000_000 },
  peakMultiplier: { min: 1, max: 100 },
  perServer: { min: 0, minExclusive: true, max: 1_000_000 },
  headroomPercent: { min: 0, max: 200 },
  scaleOutDelayMinutes: { min: 0, max: 240, integer: true },
};

/** Validated inputs. */
export interface CapacityInput {
  readonly pattern: TrafficPattern;
  readonly quietDemand: number;
  readonly peakMultiplier: number;
  readonly perServer: number;
  /** As a fraction: 0.2 for 20 %. */
  readonly headroom: number;
  readonly scaleOutDelayMinutes: number;
}

/** A stretch of time [start, end) in minutes with a constant value. */
export interface Step {
  readonly start: number;
  readonly end: number;
  readonly value: number;
}

/** Identifier of a way to provide capacity. */
export type StrategyId = 'fixed-peak' | 'fixed-average' | 'elastic';

/** Names of the strategies as the widget shows them. */
export const STRATEGY_LABELS: Readonly<Record<StrategyId, string>> = {
  'fixed-peak': 'Fixed, sized for the peak',
  'fixed-average': 'Fixed, sized for the average',
  elastic: 'Elastic, follows demand',
};

/** What one strategy does over the period. */
export interface StrategyOutcome {
  readonly id: StrategyId;
  readonly label: string;
  /** Servers over time. */
  readonly servers: readonly Step[];
  readonly minServers: number;
  readonly maxServers: number;
  readonly serverHours: number;
  /** Share of the fleet's capacity that served nobody, 0–1. */
  readonly idleShare: number;
  /** Requests that arrived when the fleet was full. */
  readonly turnedAway: number;
  /** Share of all requests turned away, 0–1. */
  readonly turnedAwayShare: number;
  /** Server-hours relative to the fixed-for-peak fleet (1 = the same cost). */
  readonly relativeCost: number;
}

/** One row of the data table: a stretch where demand and every fleet are constant. */
export interface TimelineRow {
  readonly start: number;
  readonly end: number;
  readonly demand: number;
  readonly servers: Readonly<Record<StrategyId, number>>;
}

/** Everything the widget shows for valid inputs. */
export interface CapacityResult {
  readonly input: CapacityInput;
  readonly periodMinutes: number;
  readonly demand: readonly Step[];
  readonly peakDemand: number;
  readonly averageDemand: number;
  readonly totalRequests: number;
  readonly strategies: readonly StrategyOutcome[];
  readonly rows: readonly TimelineRow[];
}

/** The result, or a message per field to fix. */
export type CapacityOutcome =
  | { readonly ok: true; readonly result: CapacityResult }
  | { readonly ok: false; readonly errors: Partial<Record<CapacityField, string>> };

/** Validates the form; the peak multiplier is only read for patterns that have a peak. */
export function readCapacityForm(form: CapacityForm): { ok: true; input: CapacityInput } | { ok: false; errors: Partial<Record<CapacityField, string>> } {
  const pattern = TRAFFIC_PATTERNS[form.pattern];
  const errors: Partial<Record<CapacityField, string>> = {};
  const values: Partial<Record<CapacityField, number>> = {};
  for (const field of Object.keys(RULES) as CapacityField[]) {
    if (field === 'peakMultiplier' && !pattern.hasPeak) continue;
    const parsed = parseNumberField(form[field], RULES[field]);
    if (parsed.ok) values[field] = parsed.value;
    else errors[field] = parsed.error;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      pattern,
      quietDemand: values.quietDemand ?? 0,
      peakMultiplier: pattern.hasPeak ? (values.peakMultiplier ?? 1) : 1,
      perServer: values.perServer ?? 1,
      headroom: (values.headroomPercent ?? 0) / 100,
      scaleOutDelayMinutes: values.scaleOutDelayMinutes ?? 0,
    },
  };
}

/** Demand of the pattern as steps of requests per second. */
export function demandSteps(input: CapacityInput): Step[] {
  let at = 0;
  return input.pattern.segments.map((segment) => {
    const step = { start: at, end: at + segment.minutes, value: input.quietDemand * (1 + (input.peakMultiplier - 1) * segment.level) };
    at += segment.minutes;
    return step;
  });
}

/** Servers needed to carry `demand` req/s with the headroom; at least one. */
export function serversNeeded(demand: number, perServer: number, headroom: number): number {
  // Rounding to 12 significant digits first drops floating-point noise, so that a demand of exactly
  // 12 servers' worth never asks for a 13th because 12 came out as 12.000000000000002.
  return Math.max(1, Math.ceil(Number(((demand * (1 + headroom)) / perServer).toPrecision(12))));
}

function valueAt(steps: readonly Step[], minute: number, period: number): number {
  const t = ((minute % period) + period) % period;
  for (const step of steps) if (t >= step.start && t < step.end) return step.value;
  return steps[steps.length - 1]?.value ?? 0;
}

/** Merges neighbouring steps with the same value. */
function merge(steps: readonly Step[]): Step[] {
  const out: Step[] = [];
  for (const step of steps) {
    const last = out[out.length - 1];
    if (last && last.value === step.value && last.end === step.start) out[out.length - 1] = { ...last, end: step.end };
    else out.push(step);
  }
  return out;
}

/** Runs the three strategies over one period of the pattern. */
export function simulateCapacity(input: CapacityInput): CapacityResult {
  const period = periodMinutes(input.pattern);
  const demand = demandSteps(input);
  const delay = input.scaleOutDelayMinutes % period;
  const needed = (d: number) => serversNeeded(d, input.perServer, input.headroom);

  // Breakpoints: where demand changes, and where a change arrives `delay` minutes later.
  const cuts = new Set<number>([0, period]);
  for (const step of demand) {
    cuts.add(step.start);
    cuts.add((step.start + delay) % period);
  }
  const points = [...cuts].sort((a, b) => a - b);

  const peakDemand = Math.max(...demand.map((step) => step.value));
  const totalRequestMinutes = demand.reduce((sum, step) => sum + step.value * (step.end - step.start), 0);
  const averageDemand = totalRequestMinutes / period;
  const fixed: Record<Exclude<StrategyId, 'elastic'>, number> = {
    'fixed-peak': needed(peakDemand),
    'fixed-average': needed(averageDemand),
  };

  const rows: TimelineRow[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? period;
    if (end <= start) continue;
    const d = valueAt(demand, start, period);
    const elastic = Math.min(needed(d), needed(valueAt(demand, start - delay, period)));
    rows.push({ start, end, demand: d, servers: { ...fixed, elastic } });
  }

  const ids: StrategyId[] = ['fixed-peak', 'fixed-average', 'elastic'];
  const seconds = (row: TimelineRow) => (row.end - row.start) * 60;
  const totalRequests = totalRequestMinutes * 60;
  const outcomes = ids.map((id) => {
    let serverMinutes = 0;
    let capacityRequests = 0;
    let served = 0;
    let turnedAway = 0;
    for (const row of rows) {
      const servers = row.servers[id];
      const capacity = servers * input.perServer;
      serverMinutes += servers * (row.end - row.start);
      capacityRequests += capacity * seconds(row);
      // A shortfall within rounding noise of the demand is no shortfall (see serversNeeded).
      const short = row.demand - capacity > row.demand * 1e-9;
      served += (short ? capacity : row.demand) * seconds(row);
      if (short) turnedAway += (row.demand - capacity) * seconds(row);
    }
    const serverCounts = rows.map((row) => row.servers[id]);
    return {
      id,
      label: STRATEGY_LABELS[id],
      servers: merge(rows.map((row) => ({ start: row.start, end: row.end, value: row.servers[id] }))),
      minServers: Math.min(...serverCounts),
      maxServers: Math.max(...serverCounts),
      serverHours: serverMinutes / 60,
      idleShare: capacityRequests === 0 ? 0 : 1 - served / capacityRequests,
      turnedAway,
      turnedAwayShare: totalRequests === 0 ? 0 : turnedAway / totalRequests,
    };
  });
  const peakHours = outcomes[0]?.serverHours ?? 1;
  return {
    input,
    periodMinutes: period,
    demand,
    peakDemand,
    averageDemand,
    totalRequests,
    strategies: outcomes.map((outcome) => ({ ...outcome, relativeCost: outcome.serverHours / peakHours })),
    rows,
  };
}

/** Validates and simulates in one go, for the widget. */
export function calculateCapacity(form: CapacityForm): CapacityOutcome {
  const read = readCapacityForm(form);
  return read.ok ? { ok: true, result: simulateCapacity(read.input) } : read;
}

/** A whole number of things with thousands separators: "1,200". */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** A large count in words: "86.4 million", "1.2 billion", "3,600". */
export function formatLarge(value: number): string {
  const units: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  for (const [size, word] of units) {
    if (value >= size) return `${(value / size).toLocaleString('en-US', { maximumFractionDigits: 1 })} ${word}`;
  }
  return formatCount(value);
}

/** A share as a percentage: "46%", "1.3%", "0.02%", "0%". */
export function formatShare(share: number): string {
  const percent = share * 100;
  if (percent === 0) return '0%';
  if (percent < 0.01) return 'under 0.01%';
  const digits = percent < 1 ? 2 : percent < 10 ? 1 : 0;
  return `${percent.toLocaleString('en-US', { maximumFractionDigits: digits })}%`;
}
