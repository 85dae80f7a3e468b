/**
 * Region chooser (lesson 3.1): ranks AWS Regions for a workload by data residency, service
 * availability and an estimate of network latency to its users.
 *
 * The latency estimate, step by step:
 * 1. Great-circle distance between a user city and the Region's city (haversine, mean Earth radius
 *    6,371 km).
 * 2. Light in optical fibre covers about 200,000 km/s, i.e. 200 km per millisecond, one way.
 * 3. Real routes are longer than great circles and pass through routers, so the distance is
 *    multiplied by a routing overhead factor the reader sets (1.0 = the physical floor).
 * 4. A round trip is there and back: RTT ≈ 2 × distance × factor ÷ 200 km/ms.
 * Each Region gets the user-weighted average RTT and the worst city's RTT. It is an estimate of
 * the network floor, not a measurement: measure from real user locations before deciding.
 *
 * Ranking: Regions that break the residency rule or lack a required service are ruled out (and
 * say why); the rest are sorted by weighted RTT, then worst-city RTT, then code. Price, the fourth
 * factor of lesson 3.1, is left to the AWS Pricing Calculator.
 */

import { nextId } from '~/lib/form/row-ids';
import { parseNumberField } from '~/lib/form/number-field';
import { AWS_REGIONS, REGION_COUNTRIES, REGION_SERVICES, type AwsRegion, type RegionServiceId } from './region-data';
import { USER_CITIES, type UserCity } from './user-cities';

/** Speed of light in optical fibre, km per millisecond (≈ 200,000 km/s). */
export const FIBRE_KM_PER_MS = 200;
/** Mean radius of the Earth, km. */
export const EARTH_RADIUS_KM = 6371;

/** Great-circle distance between two points in degrees, in km. */
export function greatCircleKm(a: { readonly lat: number; readonly lon: number }, b: { readonly lat: number; readonly lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Estimated round-trip time over `km` of great-circle distance with the routing factor, in ms. */
export function estimatedRttMs(km: number, routingFactor: number): number {
  return (2 * km * routingFactor) / FIBRE_KM_PER_MS;
}

/** Where data may be stored. */
export type Residency = 'none' | 'eu' | 'country';

/** One row of users: a city id and its share as typed. */
export interface UserRow {
  readonly id: string;
  readonly city: string;
  readonly share: string;
}

/** The chooser's inputs as typed. */
export interface ChooserForm {
  readonly users: readonly UserRow[];
  readonly residency: Residency;
  /** ISO code, used when `residency` is "country". */
  readonly country: string;
  readonly services: readonly RegionServiceId[];
  readonly routingFactor: string;
}

/** The most user cities the chooser takes. */
export const MAX_CITIES = 8;

/** Starting values: lesson 3.1's retailer in Spain, customers mostly in Spain and Portugal, EU data. */
export const DEFAULT_CHOOSER_FORM: ChooserForm = {
  users: [
    { id: 'u1', city: 'madrid', share: '60' },
    { id: 'u2', city: 'lisbon', share: '32' },
    { id: 'u3', city: 'paris', share: '8' },
  ],
  residency: 'eu',
  country: 'ES',
  services: [],
  routingFactor: '1.5',
};

/** Keys of fields that can carry an error: `users.<id>.city`, `users.<id>.share`, `users`, `country`, `routingFactor`. */
export const chooserFieldKeys = {
  city: (rowId: string) => `users.${rowId}.city`,
  share: (rowId: string) => `users.${rowId}.share`,
  users: 'users',
  country: 'country',
  routingFactor: 'routingFactor',
} as const;

/** Validated inputs. */
export interface ChooserInput {
  readonly users: readonly { readonly city: UserCity; readonly weight: number }[];
  readonly residency: Residency;
  readonly country: string | null;
  readonly services: readonly RegionServiceId[];
  readonly routingFactor: number;
}

/** The validated input, or a message per field key. */
export type ChooserRead = { readonly ok: true; readonly input: ChooserInput } | { readonly ok: false; readonly errors: ReadonlyMap<string, string> };

const SHARE = { min: 0, minExclusive: true, max: 100 } as const;
const FACTOR = { min: 1, max: 4 } as const;

/** Validates the form: every city known and listed once, shares adding up to 100 %, a known country. */
export function readChooserForm(form: ChooserForm): ChooserRead {
  const errors = new Map<string, string>();
  const users: { city: UserCity; weight: number }[] = [];
  const seen = new Set<string>();
  let total = 0;
  let sharesOk = true;
  if (form.users.length === 0) errors.set(chooserFieldKeys.users, 'Add at least one city where your users are.');
  if (form.users.length > MAX_CITIES) errors.set(chooserFieldKeys.users, `Use at most ${MAX_CITIES} cities.`);
  for (const row of form.users) {
    const city = USER_CITIES.find((c) => c.id === row.city);
    if (!city) errors.set(chooserFieldKeys.city(row.id), 'Choose a city from the list.');
    else if (seen.has(city.id)) errors.set(chooserFieldKeys.city(row.id), `${city.name} is already listed: put all its users in one row.`);
    if (city) seen.add(city.id);
    const share = parseNumberField(row.share, SHARE);
    if (!share.ok) {
      errors.set(chooserFieldKeys.share(row.id), share.error);
      sharesOk = false;
    } else {
      total += share.value;
      if (city) users.push({ city, weight: share.value / 100 });
    }
  }
  if (sharesOk && form.users.length > 0 && Math.abs(total - 100) > 0.01) {
    const shown = Math.round(total * 100) / 100;
    errors.set(chooserFieldKeys.users, `The shares add up to ${shown}%; make them add up to 100%.`);
  }
  let country: string | null = null;
  if (form.residency === 'country') {
    if (REGION_COUNTRIES.some((c) => c.code === form.country)) country = form.country;
    else errors.set(chooserFieldKeys.country, 'Choose a country that has an AWS Region.');
  }
  const factor = parseNumberField(form.routingFactor, FACTOR);
  if (!factor.ok) errors.set(chooserFieldKeys.routingFactor, factor.error);
  const known = new Set(REGION_SERVICES.map((s) => s.id));
  const services = form.services.filter((s) => known.has(s));
  if (errors.size > 0 || !factor.ok) return { ok: false, errors };
  return { ok: true, input: { users, residency: form.residency, country, services, routingFactor: factor.value } };
}

/** The estimate for one city. */
export interface CityEstimate {
  readonly city: UserCity;
  readonly weight: number;
  readonly distanceKm: number;
  readonly rttMs: number;
}

/** A Region with its estimate and its place in the ranking. */
export interface RankedRegion {
  readonly region: AwsRegion;
  readonly eligible: boolean;
  /** Why the Region is ruled out (empty when eligible). */
  readonly ruledOut: readonly string[];
  readonly weightedRttMs: number;
  readonly worst: CityEstimate;
  readonly cities: readonly CityEstimate[];
}

/** The name of a country code. */
export function countryName(code: string): string {
  return REGION_COUNTRIES.find((c) => c.code === code)?.name ?? code;
}

function residencyProblem(region: AwsRegion, input: ChooserInput): string | null {
  if (input.residency === 'eu') {
    const country = REGION_COUNTRIES.find((c) => c.code === region.country);
    return country?.eu ? null : `outside the EU (${countryName(region.country)})`;
  }
  if (input.residency === 'country' && input.country !== region.country) {
    return `outside ${countryName(input.country ?? '')} (${countryName(region.country)})`;
  }
  return null;
}

/** Ranks every Region for the input: eligible ones first, closest (by weighted RTT) first. */
export function rankRegions(input: ChooserInput, regions: readonly AwsRegion[] = AWS_REGIONS): RankedRegion[] {
  const ranked = regions.map((region) => {
    const cities = input.users.map(({ city, weight }) => {
      const distanceKm = greatCircleKm(city, region);
      return { city, weight, distanceKm, rttMs: estimatedRttMs(distanceKm, input.routingFactor) };
    });
    const weightedRttMs = cities.reduce((sum, c) => sum + c.weight * c.rttMs, 0);
    const worst = cities.reduce((a, b) => (b.rttMs > a.rttMs ? b : a));
    const ruledOut: string[] = [];
    const residency = residencyProblem(region, input);
    if (residency) ruledOut.push(`Data would be stored ${residency}.`);
    const missing = input.services.filter((s) => !region.services.includes(s));
    if (missing.length > 0) {
      const names = missing.map((s) => REGION_SERVICES.find((r) => r.id === s)?.name ?? s);
      ruledOut.push(`Not offered here: ${names.join(', ')}.`);
    }
    return { region, eligible: ruledOut.length === 0, ruledOut, weightedRttMs, worst, cities };
  });
  return ranked.sort(
    (a, b) =>
      Number(b.eligible) - Number(a.eligible) ||
      a.weightedRttMs - b.weightedRttMs ||
      a.worst.rttMs - b.worst.rttMs ||
      (a.region.code < b.region.code ? -1 : 1),
  );
}

/** What to suggest when no Region is eligible. */
export function nothingFitsAdvice(input: ChooserInput, ranked: readonly RankedRegion[]): string {
  const byResidency = ranked.filter((r) => residencyProblem(r.region, input) === null);
  const missing = input.services.filter((s) => !byResidency.some((r) => r.region.services.includes(s)));
  const names = missing.map((s) => REGION_SERVICES.find((r) => r.id === s)?.name ?? s);
  if (names.length > 0) {
    return `No Region that meets the residency rule offers ${names.join(' or ')}. Drop that service, relax the residency rule, or plan for a cross-Region design.`;
  }
  return 'No Region offers all the selected services together under this residency rule. Drop a service or relax the residency rule.';
}

/** A millisecond figure for people: "7 ms", "0.4 ms", "152 ms". */
export function formatMs(ms: number): string {
  if (ms < 1) return `${(Math.round(ms * 10) / 10).toLocaleString('en-US')} ms`;
  return `${Math.round(ms).toLocaleString('en-US')} ms`;
}

/** A distance for people, to the nearest 10 km: "1,450 km", "under 10 km". */
export function formatKm(km: number): string {
  if (km < 10) return 'under 10 km';
  return `${(Math.round(km / 10) * 10).toLocaleString('en-US')} km`;
}

/** A change to the chooser's form. */
export type ChooserEdit =
  | { readonly type: 'set-user'; readonly id: string; readonly patch: Partial<Omit<UserRow, 'id'>> }
  | { readonly type: 'add-user' }
  | { readonly type: 'remove-user'; readonly id: string }
  | { readonly type: 'set'; readonly patch: Partial<Omit<ChooserForm, 'users' | 'services'>> }
  | { readonly type: 'toggle-service'; readonly service: RegionServiceId; readonly on: boolean };

/**
 * Applies one edit. A new city row starts on the first city not yet listed, with whatever share is
 * left to reach 100 % (empty when nothing is left, so the field asks for a number).
 */
export function editChooser(form: ChooserForm, edit: ChooserEdit): ChooserForm {
  switch (edit.type) {
    case 'set-user':
      return { ...form, users: form.users.map((row) => (row.id === edit.id ? { ...row, ...edit.patch } : row)) };
    case 'add-user': {
      if (form.users.length >= MAX_CITIES) return form;
      const used = new Set(form.users.map((row) => row.city));
      const city = USER_CITIES.find((c) => !used.has(c.id))?.id ?? '';
      const total = form.users.reduce((sum, row) => {
        const share = parseNumberField(row.share, SHARE);
        return share.ok ? sum + share.value : sum;
      }, 0);
      const left = Math.round((100 - total) * 100) / 100;
      const share = left > 0 ? String(left) : '';
      return { ...form, users: [...form.users, { id: nextId('u', form.users.map((row) => row.id)), city, share }] };
    }
    case 'remove-user':
      return { ...form, users: form.users.filter((row) => row.id !== edit.id) };
    case 'set':
      return { ...form, ...edit.patch };
    case 'toggle-service': {
      const rest = form.services.filter((s) => s !== edit.service);
      return { ...form, services: edit.on ? [...rest, edit.service] : rest };
    }
  }
}
