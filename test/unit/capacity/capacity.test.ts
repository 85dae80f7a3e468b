import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CAPACITY_FORM,
  calculateCapacity,
  formatLarge,
  formatShare,
  readCapacityForm,
  serversNeeded,
  type CapacityForm,
  type CapacityResult,
  type StrategyId,
} from '~/lib/capacity/capacity';
import { PATTERN_ORDER, TRAFFIC_PATTERNS, formatMoment, periodMinutes } from '~/lib/capacity/traffic-patterns';

function result(patch: Partial<CapacityForm> = {}): CapacityResult {
  const outcome = calculateCapacity({ ...DEFAULT_CAPACITY_FORM, ...patch });
  if (!outcome.ok) throw new Error(`unexpected errors: ${JSON.stringify(outcome.errors)}`);
  return outcome.result;
}
const strategy = (r: CapacityResult, id: StrategyId) => {
  const found = r.strategies.find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('the daily pattern reproduces lesson 1.6', () => {
  const r = result();

  it('demand is 1,000 / 3,000 / 6,000 / 2,000 req/s over the day', () => {
    expect(r.demand.map((d) => [d.start / 60, d.end / 60, d.value])).toEqual([
      [0, 8, 1000],
      [8, 18, 3000],
      [18, 22, 6000],
      [22, 24, 2000],
    ]);
    expect(r.averageDemand).toBe(2750);
  });

  it('fixed for the peak: 12 servers, 288 server-hours, 46% utilised, nobody turned away', () => {
    const peak = strategy(r, 'fixed-peak');
    expect([peak.minServers, peak.maxServers, peak.serverHours, peak.turnedAway, peak.relativeCost]).toEqual([12, 12, 288, 0, 1]);
    expect(formatShare(1 - peak.idleShare)).toBe('46%');
  });

  it('elastic with no delay: 132 server-hours, 46% of the cost, nobody turned away', () => {
    const elastic = strategy(r, 'elastic');
    expect(elastic.serverHours).toBe(132);
    expect(elastic.relativeCost).toBeCloseTo(132 / 288, 10);
    expect(elastic.turnedAway).toBe(0);
    expect(elastic.servers.map((s) => s.value)).toEqual([2, 6, 12, 4]);
  });

  it('fixed for the average: 6 servers turn away 3,000 req/s for the four evening hours', () => {
    const average = strategy(r, 'fixed-average');
    expect(average.maxServers).toBe(6);
    expect(average.serverHours).toBe(144);
    expect(average.turnedAway).toBe(3000 * 4 * 3600);
    expect(formatShare(average.turnedAwayShare)).toBe('18%');
    expect(formatLarge(average.turnedAway)).toBe('43.2 million');
  });
});

describe('scale-out delay and headroom', () => {
  it('a 10-minute delay turns away the first 10 minutes of each rise', () => {
    const elastic = strategy(result({ scaleOutDelayMinutes: '10' }), 'elastic');
    // 08:00: 3,000 wanted, 2 servers (1,000) for 10 min; 18:00: 6,000 wanted, 6 servers (3,000).
    expect(elastic.turnedAway).toBe((2000 + 3000) * 600);
    expect(formatShare(elastic.turnedAwayShare)).toBe('1.3%');
    // Scaling in is immediate, so the delay never adds servers.
    expect(elastic.serverHours).toBeCloseTo(132 - (4 * 10 + 6 * 10) / 60, 10);
  });

  it('the table shows the lag as its own rows', () => {
    const r = result({ scaleOutDelayMinutes: '10' });
    const lag = r.rows.find((row) => row.start === 8 * 60);
    expect(lag).toEqual({ start: 480, end: 490, demand: 3000, servers: { 'fixed-peak': 12, 'fixed-average': 6, elastic: 2 } });
    expect(formatMoment(r.input.pattern, lag?.end ?? 0)).toBe('08:10');
  });

  it('20% headroom adds servers to every fleet and cuts what a delay turns away', () => {
    const r = result({ headroomPercent: '20', scaleOutDelayMinutes: '10' });
    expect(strategy(r, 'fixed-peak').maxServers).toBe(15); // 6,000 × 1.2 / 500 = 14.4
    expect(strategy(r, 'elastic').servers.map((s) => s.value)).toContain(3); // 1,000 × 1.2 / 500 = 2.4
    expect(strategy(r, 'elastic').turnedAway).toBeLessThan(strategy(result({ scaleOutDelayMinutes: '10' }), 'elastic').turnedAway);
  });

  it('the seasonal year shrugs off a delay of minutes', () => {
    const r = result({ pattern: 'seasonal', scaleOutDelayMinutes: '30' });
    expect(r.periodMinutes).toBe(365 * 24 * 60);
    expect(strategy(r, 'elastic').turnedAwayShare).toBeLessThan(0.001);
    expect(strategy(r, 'fixed-peak').serverHours).toBe(12 * 8760);
    expect(strategy(r, 'elastic').relativeCost).toBeLessThan(0.35);
  });

  it('steady traffic gives all three fleets the same size and cost', () => {
    const r = result({ pattern: 'steady', peakMultiplier: 'ignored for steady traffic' });
    expect(r.strategies.map((s) => [s.maxServers, s.serverHours, s.turnedAway])).toEqual([
      [2, 48, 0],
      [2, 48, 0],
      [2, 48, 0],
    ]);
  });

  it('the launch surge hits at 09:00 and punishes a slow scale-out', () => {
    const r = result({ pattern: 'launch', scaleOutDelayMinutes: '15' });
    expect(r.demand[1]).toEqual({ start: 540, end: 660, value: 6000 });
    const elastic = strategy(r, 'elastic');
    expect(elastic.turnedAway).toBe((6000 - 1000) * 15 * 60);
  });
});

describe('servers needed', () => {
  it.each([
    [6000, 500, 0, 12],
    [6000, 500, 0.2, 15],
    [6001, 500, 0, 13],
    [1, 500, 0, 1],
    [0.5, 500, 0, 1],
  ])('%d req/s at %d per server, %d headroom → %d', (demand, perServer, headroom, expected) => {
    expect(serversNeeded(demand, perServer, headroom)).toBe(expected);
  });
});

describe('validation', () => {
  it('returns a message per bad field instead of NaN', () => {
    expect(
      calculateCapacity({
        ...DEFAULT_CAPACITY_FORM,
        quietDemand: '0',
        peakMultiplier: '0.5',
        perServer: 'lots',
        headroomPercent: '250',
        scaleOutDelayMinutes: '2.5',
      }),
    ).toEqual({
      ok: false,
      errors: {
        quietDemand: 'Must be more than 0.',
        peakMultiplier: 'Must be at least 1.',
        perServer: '"lots" is not a number; use digits and a dot for decimals, e.g. 2.5.',
        headroomPercent: 'Must be at most 200.',
        scaleOutDelayMinutes: 'Use a whole number (no decimals).',
      },
    });
  });

  it('ignores the multiplier for steady traffic only', () => {
    expect(readCapacityForm({ ...DEFAULT_CAPACITY_FORM, pattern: 'steady', peakMultiplier: '' }).ok).toBe(true);
    expect(readCapacityForm({ ...DEFAULT_CAPACITY_FORM, pattern: 'launch', peakMultiplier: '' })).toEqual({
      ok: false,
      errors: { peakMultiplier: 'Required: enter a number.' },
    });
  });
});

describe('patterns', () => {
  it('each covers whole days and stays between quiet (0) and peak (1)', () => {
    for (const id of PATTERN_ORDER) {
      const pattern = TRAFFIC_PATTERNS[id];
      expect(periodMinutes(pattern) % 1440).toBe(0);
      expect(pattern.segments.every((s) => s.level >= 0 && s.level <= 1)).toBe(true);
      expect(Math.max(...pattern.segments.map((s) => s.level))).toBe(pattern.hasPeak ? 1 : 0);
    }
  });

  it('formats moments of the day and of the year', () => {
    expect(formatMoment(TRAFFIC_PATTERNS.daily, 1440)).toBe('24:00');
    expect(formatMoment(TRAFFIC_PATTERNS.seasonal, 304 * 1440)).toBe('1 Nov');
    expect(formatMoment(TRAFFIC_PATTERNS.seasonal, 304 * 1440 + 30)).toBe('1 Nov 00:30');
  });
});

describe('property: any valid input', () => {
  const input = fc.record({
    pattern: fc.constantFrom(...PATTERN_ORDER),
    quietDemand: fc.integer({ min: 1, max: 10_000_000 }),
    peakMultiplier: fc.double({ min: 1, max: 100, noNaN: true }),
    perServer: fc.integer({ min: 1, max: 1_000_000 }),
    headroomPercent: fc.integer({ min: 0, max: 200 }),
    scaleOutDelayMinutes: fc.integer({ min: 0, max: 240 }),
  });
  const toForm = (i: typeof input extends fc.Arbitrary<infer T> ? T : never): CapacityForm => ({
    pattern: i.pattern,
    quietDemand: String(i.quietDemand),
    peakMultiplier: i.peakMultiplier.toFixed(2),
    perServer: String(i.perServer),
    headroomPercent: String(i.headroomPercent),
    scaleOutDelayMinutes: String(i.scaleOutDelayMinutes),
  });

  it('gives finite numbers, a never-short peak fleet and an elastic fleet that costs no more', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = result(toForm(i));
        for (const s of r.strategies) {
          for (const value of [s.serverHours, s.idleShare, s.turnedAway, s.turnedAwayShare, s.relativeCost]) expect(Number.isFinite(value)).toBe(true);
          expect(s.idleShare).toBeGreaterThanOrEqual(-1e-9);
          expect(s.turnedAwayShare).toBeLessThanOrEqual(1);
          // Rows tile the period without gaps.
          expect(s.servers[0]?.start).toBe(0);
          expect(s.servers.at(-1)?.end).toBe(r.periodMinutes);
        }
        expect(strategy(r, 'fixed-peak').turnedAway).toBe(0);
        expect(strategy(r, 'elastic').serverHours).toBeLessThanOrEqual(strategy(r, 'fixed-peak').serverHours + 1e-6);
        if (i.scaleOutDelayMinutes === 0) expect(strategy(r, 'elastic').turnedAway).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws or returns NaN for arbitrary text in the fields', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATTERN_ORDER), fc.array(fc.string({ maxLength: 12 }), { minLength: 5, maxLength: 5 }), (pattern, texts) => {
        const [quietDemand = '', peakMultiplier = '', perServer = '', headroomPercent = '', scaleOutDelayMinutes = ''] = texts;
        const outcome = calculateCapacity({ pattern, quietDemand, peakMultiplier, perServer, headroomPercent, scaleOutDelayMinutes });
        expect(JSON.stringify(outcome)).not.toMatch(/NaN|Infinity|null/);
      }),
      { numRuns: 500 },
    );
  });
});
