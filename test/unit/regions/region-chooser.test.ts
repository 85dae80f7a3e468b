import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHOOSER_FORM,
  MAX_CITIES,
  editChooser,
  estimatedRttMs,
  formatKm,
  formatMs,
  greatCircleKm,
  nothingFitsAdvice,
  rankRegions,
  readChooserForm,
  type ChooserForm,
  type ChooserInput,
} from '~/lib/regions/region-chooser';
import { AWS_REGIONS, REGION_COUNTRIES, REGION_SERVICES } from '~/lib/regions/region-data';
import { USER_CITIES } from '~/lib/regions/user-cities';

const cityOf = (id: string) => {
  const found = USER_CITIES.find((c) => c.id === id);
  if (!found) throw new Error(id);
  return found;
};
const regionOf = (code: string) => {
  const found = AWS_REGIONS.find((r) => r.code === code);
  if (!found) throw new Error(code);
  return found;
};
function input(patch: Partial<ChooserForm> = {}): ChooserInput {
  const read = readChooserForm({ ...DEFAULT_CHOOSER_FORM, ...patch });
  if (!read.ok) throw new Error(`unexpected errors: ${JSON.stringify([...read.errors])}`);
  return read.input;
}
const codes = (i: ChooserInput) => rankRegions(i).filter((r) => r.eligible).map((r) => r.region.code);

describe('distances and round trips (lesson 3.4 table)', () => {
  it.each([
    ['madrid', 'eu-west-1', 1450],
    ['paris', 'eu-central-1', 480],
    ['frankfurt', 'us-east-1', 6550],
    ['sao-paulo', 'eu-west-1', 9400],
    ['sydney', 'us-east-1', 15700],
  ])('%s to %s is about %d km', (city, region, km) => {
    expect(greatCircleKm(cityOf(city), regionOf(region))).toBeGreaterThan(km * 0.97);
    expect(greatCircleKm(cityOf(city), regionOf(region))).toBeLessThan(km * 1.03);
  });

  it('1 ms of round trip per 100 km at the physical floor; the routing factor scales it', () => {
    expect(estimatedRttMs(1450, 1)).toBe(14.5);
    expect(estimatedRttMs(1450, 1.5)).toBeCloseTo(21.75, 10);
    expect(estimatedRttMs(0, 2)).toBe(0);
  });

  it('is symmetric and zero for the same place', () => {
    expect(greatCircleKm(cityOf('tokyo'), cityOf('london'))).toBeCloseTo(greatCircleKm(cityOf('london'), cityOf('tokyo')), 9);
    expect(greatCircleKm(cityOf('paris'), regionOf('eu-west-3'))).toBe(0);
  });

  it('formats milliseconds and kilometres', () => {
    expect([formatMs(0.44), formatMs(7.1), formatMs(152.5)]).toEqual(['0.4 ms', '7 ms', '153 ms']);
    expect([formatKm(4), formatKm(1447), formatKm(15_700)]).toEqual(['under 10 km', '1,450 km', '15,700 km']);
  });
});

describe('rankRegions', () => {
  it('the lesson 3.1 retailer (Madrid, Lisbon, Paris; EU data) gets Europe (Spain) first', () => {
    const ranked = rankRegions(input());
    expect(ranked[0]?.region.code).toBe('eu-south-2');
    expect(ranked[0]?.region.optIn).toBe(true);
    expect(codes(input()).slice(0, 3)).toEqual(['eu-south-2', 'eu-west-3', 'eu-south-1']);
    // Only Regions in EU member states fit.
    expect(codes(input()).sort()).toEqual(['eu-central-1', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-3']);
  });

  it('explains why London and Zurich are ruled out under the EU rule', () => {
    const ranked = rankRegions(input());
    expect(ranked.find((r) => r.region.code === 'eu-west-2')?.ruledOut).toEqual(['Data would be stored outside the EU (United Kingdom).']);
    expect(ranked.find((r) => r.region.code === 'eu-central-2')?.ruledOut).toEqual(['Data would be stored outside the EU (Switzerland).']);
  });

  it('weights the average by share and names the worst city', () => {
    const i = input({ users: [{ id: 'u1', city: 'madrid', share: '100' }], residency: 'none', routingFactor: '1' });
    const dublin = rankRegions(i).find((r) => r.region.code === 'eu-west-1');
    expect(dublin?.weightedRttMs).toBeCloseTo(estimatedRttMs(greatCircleKm(cityOf('madrid'), regionOf('eu-west-1')), 1), 9);
    const split = input({
      users: [
        { id: 'u1', city: 'sydney', share: '50' },
        { id: 'u2', city: 'london', share: '50' },
      ],
      residency: 'none',
    });
    const sydney = rankRegions(split).find((r) => r.region.code === 'ap-southeast-2');
    expect(sydney?.worst.city.name).toBe('London');
    expect(sydney?.weightedRttMs).toBeCloseTo((sydney?.cities[1]?.rttMs ?? 0) / 2, 9);
  });

  it('rules out Regions without a required service, and says which', () => {
    const i = input({ services: ['app-runner'] });
    expect(codes(i)).toEqual(['eu-west-3', 'eu-west-1', 'eu-central-1']);
    expect(rankRegions(i).find((r) => r.region.code === 'eu-south-2')?.ruledOut).toEqual(['Not offered here: AWS App Runner.']);
  });

  it('keeps data in one country when asked', () => {
    const i = input({ residency: 'country', country: 'AU', users: [{ id: 'u1', city: 'auckland', share: '100' }] });
    expect(codes(i)).toEqual(['ap-southeast-2', 'ap-southeast-4']);
  });

  it('advises when nothing fits', () => {
    const i = input({ residency: 'country', country: 'ES', services: ['connect'] });
    expect(codes(i)).toEqual([]);
    expect(nothingFitsAdvice(i, rankRegions(i))).toBe(
      'No Region that meets the residency rule offers Amazon Connect. Drop that service, relax the residency rule, or plan for a cross-Region design.',
    );
    const combo = input({ residency: 'country', country: 'NZ', services: ['bedrock', 'lightsail'] });
    expect(nothingFitsAdvice(combo, rankRegions(combo))).toContain('Amazon Lightsail');
  });
});

describe('readChooserForm', () => {
  it('needs shares that add up to 100%', () => {
    const read = readChooserForm({ ...DEFAULT_CHOOSER_FORM, users: [{ id: 'u1', city: 'madrid', share: '90' }] });
    expect(read.ok ? [] : [...read.errors]).toEqual([['users', 'The shares add up to 90%; make them add up to 100%.']]);
  });

  it('reports each bad field by key', () => {
    const read = readChooserForm({
      users: [
        { id: 'u1', city: 'madrid', share: 'most' },
        { id: 'u2', city: 'madrid', share: '0' },
        { id: 'u3', city: 'atlantis', share: '10' },
      ],
      residency: 'country',
      country: 'XX',
      services: [],
      routingFactor: '0.5',
    });
    expect(read.ok ? [] : Object.fromEntries(read.errors)).toEqual({
      'users.u1.share': '"most" is not a number; use digits and a dot for decimals, e.g. 2.5.',
      'users.u2.city': 'Madrid is already listed: put all its users in one row.',
      'users.u2.share': 'Must be more than 0.',
      'users.u3.city': 'Choose a city from the list.',
      country: 'Choose a country that has an AWS Region.',
      routingFactor: 'Must be at least 1.',
    });
  });

  it('asks for at least one city', () => {
    const read = readChooserForm({ ...DEFAULT_CHOOSER_FORM, users: [] });
    expect(read.ok ? [] : [...read.errors]).toEqual([['users', 'Add at least one city where your users are.']]);
  });
});

describe('editChooser', () => {
  it('adds a city with the share still missing, stops at the limit, and removes rows', () => {
    let form = editChooser(DEFAULT_CHOOSER_FORM, { type: 'set-user', id: 'u2', patch: { share: '22' } });
    form = editChooser(form, { type: 'add-user' });
    expect(form.users[3]).toEqual({ id: 'u4', city: 'amsterdam', share: '10' });
    expect(readChooserForm(form).ok).toBe(true);
    for (let i = 0; i < 10; i++) form = editChooser(form, { type: 'add-user' });
    expect(form.users).toHaveLength(MAX_CITIES);
    expect(form.users.at(-1)?.share).toBe('');
    expect(editChooser(form, { type: 'remove-user', id: 'u1' }).users.map((u) => u.id)).not.toContain('u1');
  });

  it('toggles services on and off', () => {
    const on = editChooser(DEFAULT_CHOOSER_FORM, { type: 'toggle-service', service: 'bedrock', on: true });
    expect(on.services).toEqual(['bedrock']);
    expect(editChooser(on, { type: 'toggle-service', service: 'bedrock', on: false }).services).toEqual([]);
  });
});

describe('region data', () => {
  it('lists the 34 Regions of the aws partition once each, with valid coordinates and countries', () => {
    expect(AWS_REGIONS).toHaveLength(34);
    expect(new Set(AWS_REGIONS.map((r) => r.code)).size).toBe(34);
    for (const r of AWS_REGIONS) {
      expect(r.code).toMatch(/^[a-z]{2}-[a-z]+-\d$/);
      expect(Math.abs(r.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(r.lon)).toBeLessThanOrEqual(180);
      expect(REGION_COUNTRIES.map((c) => c.code)).toContain(r.country);
      for (const s of ['ec2', 's3', 'lambda', 'rds', 'dynamodb'] as const) expect(r.services).toContain(s);
    }
  });

  it('marks Regions launched after March 2019 as opt-in, Osaka excepted', () => {
    for (const r of AWS_REGIONS) {
      if (r.code === 'ap-northeast-3') expect(r.optIn).toBe(false);
      else expect(r.optIn).toBe(r.launched >= 2019);
    }
    expect(['eu-south-1', 'eu-south-2', 'ap-east-1', 'af-south-1'].map((c) => regionOf(c).optIn)).toEqual([true, true, true, true]);
  });

  it('puts each Region in the right country for residency rules', () => {
    expect(AWS_REGIONS.filter((r) => REGION_COUNTRIES.find((c) => c.code === r.country)?.eu).map((r) => r.code).sort()).toEqual([
      'eu-central-1',
      'eu-north-1',
      'eu-south-1',
      'eu-south-2',
      'eu-west-1',
      'eu-west-3',
    ]);
  });

  it('has unique city ids with valid coordinates', () => {
    expect(new Set(USER_CITIES.map((c) => c.id)).size).toBe(USER_CITIES.length);
    for (const c of USER_CITIES) expect(Math.abs(c.lat) <= 90 && Math.abs(c.lon) <= 180).toBe(true);
  });
});

describe('property: the ranking', () => {
  const form = fc
    .uniqueArray(fc.constantFrom(...USER_CITIES.map((c) => c.id)), { minLength: 1, maxLength: MAX_CITIES })
    .chain((cities) =>
      fc.record({
        cities: fc.constant(cities),
        weights: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: cities.length, maxLength: cities.length }),
        residency: fc.constantFrom('none' as const, 'eu' as const, 'country' as const),
        country: fc.constantFrom(...REGION_COUNTRIES.map((c) => c.code)),
        services: fc.subarray(REGION_SERVICES.map((s) => s.id)),
        factor: fc.integer({ min: 10, max: 40 }),
      }),
    );

  it('only ever puts eligible Regions first, closest first, each estimate at least the physical floor', () => {
    fc.assert(
      fc.property(form, (f) => {
        const total = f.weights.reduce((a, b) => a + b, 0);
        const i: ChooserInput = {
          users: f.cities.map((id, n) => ({ city: cityOf(id), weight: (f.weights[n] ?? 0) / total })),
          residency: f.residency,
          country: f.country,
          services: f.services,
          routingFactor: f.factor / 10,
        };
        const ranked = rankRegions(i);
        expect(ranked).toHaveLength(AWS_REGIONS.length);
        const firstOut = ranked.findIndex((r) => !r.eligible);
        if (firstOut >= 0) expect(ranked.slice(firstOut).every((r) => !r.eligible && r.ruledOut.length > 0)).toBe(true);
        const fits = ranked.filter((r) => r.eligible);
        for (let n = 1; n < fits.length; n++) expect(fits[n]?.weightedRttMs).toBeGreaterThanOrEqual(fits[n - 1]?.weightedRttMs ?? 0);
        for (const r of ranked) {
          expect(Number.isFinite(r.weightedRttMs)).toBe(true);
          for (const c of r.cities) expect(c.rttMs).toBeGreaterThanOrEqual(c.distanceKm / 100 - 1e-9);
          expect(r.eligible).toBe(i.services.every((s) => r.region.services.includes(s)) && (i.residency !== 'country' || r.region.country === i.country) && (i.residency !== 'eu' || ['IE', 'DE', 'SE', 'FR', 'IT', 'ES'].includes(r.region.country)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary typed text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 10 }), fc.string(), fc.string(), (rows, country, factor) => {
        const read = readChooserForm({
          users: rows.map(([city, share], n) => ({ id: `u${n + 1}`, city, share })),
          residency: 'country',
          country,
          services: [],
          routingFactor: factor,
        });
        if (read.ok) expect(rankRegions(read.input).length).toBe(AWS_REGIONS.length);
        else expect(read.errors.size).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
