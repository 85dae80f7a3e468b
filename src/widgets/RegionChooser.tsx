/**
 * Region chooser island (lesson 3.1). The reader places users in cities, sets a data-residency
 * rule and the services the workload needs; the widget ranks AWS Regions by residency, service
 * availability and an estimated round-trip time. All logic and data live in `~/lib/regions`.
 * Takes no props.
 */

import { useEffect, useId, useMemo, useReducer, useState } from 'react';
import { nextId } from '~/lib/form/row-ids';
import {
  DEFAULT_CHOOSER_FORM,
  FIBRE_KM_PER_MS,
  MAX_CITIES,
  chooserFieldKeys,
  countryName,
  editChooser,
  formatKm,
  formatMs,
  nothingFitsAdvice,
  rankRegions,
  readChooserForm,
  type RankedRegion,
  type Residency,
} from '~/lib/regions/region-chooser';
import { AWS_REGIONS, REGION_COUNTRIES, REGION_SERVICES } from '~/lib/regions/region-data';
import { USER_CITIES } from '~/lib/regions/user-cities';
import { CheckboxField, SelectField, TextField } from './parts/Field';
import './widgets.css';
import './RegionChooser.css';

const CITY_OPTIONS = [...USER_CITIES]
  .sort((a, b) => a.name.localeCompare(b.name, 'en'))
  .map((city) => ({ value: city.id, label: `${city.name}, ${city.country}` }));
const RESIDENCY_OPTIONS: readonly { readonly value: Residency; readonly label: string }[] = [
  { value: 'none', label: 'Anywhere (no residency rule)' },
  { value: 'eu', label: 'The European Union' },
  { value: 'country', label: 'One country' },
];
const COUNTRY_OPTIONS = REGION_COUNTRIES.map((country) => ({ value: country.code, label: country.name }));
const SHOWN = 5;
const SERVICES_BY_REGION = 'https://aws.amazon.com/about-aws/global-infrastructure/regional-product-services/';

function RegionCard(props: { readonly entry: RankedRegion; readonly rank: number }) {
  const { entry, rank } = props;
  const { region } = entry;
  return (
    <li className="widget-card">
      <h4 className="widget-subtitle">
        {rank}. {region.name} <code>{region.code}</code>
        {rank === 1 ? <span className="widget-badge widget-badge--meets">Best fit</span> : null}
        {region.optIn ? <span className="widget-badge widget-badge--stretch">Opt-in Region</span> : null}
      </h4>
      <p>
        About <strong>{formatMs(entry.weightedRttMs)}</strong> average round trip to your users; worst: {entry.worst.city.name},{' '}
        {formatMs(entry.worst.rttMs)}.
      </p>
      <ul className="widget-breakdown">
        {entry.cities.map((c) => (
          <li key={c.city.id}>
            <span>
              {c.city.name} ({Math.round(c.weight * 1000) / 10}%)
            </span>{' '}
            <span>
              {formatKm(c.distanceKm)}, {formatMs(c.rttMs)}
            </span>
          </li>
        ))}
      </ul>
      {region.optIn ? <p className="widget-hint">Launched {region.launched}: enable it in your account before use.</p> : null}
    </li>
  );
}

function AllRegionsTable(props: { readonly ranked: readonly RankedRegion[] }) {
  return (
    <details className="widget-output-section">
      <summary>All {props.ranked.length} Regions, ranked</summary>
      <div className="widget-figure__scroll" tabIndex={0} role="group" aria-label="All Regions table">
        <table className="rc-table">
          <caption className="widget-visually-hidden">Every Region with its estimated round trip and why it is ruled out</caption>
          <thead>
            <tr>
              <th scope="col">Region</th>
              <th scope="col">Average RTT</th>
              <th scope="col">Worst city</th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          <tbody>
            {props.ranked.map((entry) => (
              <tr key={entry.region.code}>
                <th scope="row">
                  <code>{entry.region.code}</code> {entry.region.name}
                </th>
                <td>{formatMs(entry.weightedRttMs)}</td>
                <td>
                  {entry.worst.city.name}, {formatMs(entry.worst.rttMs)}
                </td>
                <td className={entry.eligible ? 'rc-ok' : 'rc-out'}>
                  {entry.eligible ? `Fits${entry.region.optIn ? ' (opt-in)' : ''}` : `Ruled out: ${entry.ruledOut.join(' ')}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** Ranks AWS Regions for the reader's users, residency rule and services. */
export default function RegionChooser() {
  const uid = useId();
  const id = (name: string) => `${uid}-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const [form, dispatch] = useReducer(editChooser, DEFAULT_CHOOSER_FORM);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const read = useMemo(() => readChooserForm(form), [form]);
  const ranked = useMemo(() => (read.ok ? rankRegions(read.input) : null), [read]);
  const errors = read.ok ? new Map<string, string>() : read.errors;
  const eligible = ranked?.filter((entry) => entry.eligible) ?? [];
  const usersError = errors.get(chooserFieldKeys.users);

  useEffect(() => {
    if (focusTarget === null) return;
    document.getElementById(id(focusTarget))?.focus();
    setFocusTarget(null);
  });

  return (
    <section className="widget not-content" aria-labelledby={id('title')}>
      <h3 className="widget-title" id={id('title')}>
        Which Region fits?
      </h3>
      <form className="widget-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <fieldset className="widget-fieldset" aria-describedby={usersError ? id('users-error') : undefined}>
          <legend>Where your users are</legend>
          {form.users.map((row, index) => (
            <div className="widget-row" key={row.id}>
              <SelectField
                id={id(chooserFieldKeys.city(row.id))}
                label={`City ${index + 1}`}
                value={row.city}
                options={CITY_OPTIONS}
                onChange={(city) => dispatch({ type: 'set-user', id: row.id, patch: { city } })}
                error={errors.get(chooserFieldKeys.city(row.id))}
              />
              <TextField
                id={id(chooserFieldKeys.share(row.id))}
                label={`Share of users in city ${index + 1} (%)`}
                value={row.share}
                inputMode="decimal"
                onChange={(share) => dispatch({ type: 'set-user', id: row.id, patch: { share } })}
                error={errors.get(chooserFieldKeys.share(row.id))}
              />
              <button
                type="button"
                className="widget-button widget-button--quiet"
                aria-label={`Remove city ${index + 1}`}
                onClick={() => {
                  const next = form.users[index + 1] ?? form.users[index - 1];
                  dispatch({ type: 'remove-user', id: row.id });
                  setFocusTarget(next ? chooserFieldKeys.city(next.id) : 'add-city');
                }}
              >
                Remove
              </button>
            </div>
          ))}
          {usersError ? (
            <p className="widget-error" id={id('users-error')}>
              {usersError}
            </p>
          ) : null}
          <button
            id={id('add-city')}
            type="button"
            className="widget-button"
            disabled={form.users.length >= MAX_CITIES}
            onClick={() => {
              dispatch({ type: 'add-user' });
              setFocusTarget(chooserFieldKeys.city(nextId('u', form.users.map((row) => row.id))));
            }}
          >
            Add a city
          </button>
        </fieldset>
        <fieldset className="widget-fieldset">
          <legend>Rules and needs</legend>
          <div className="widget-grid">
            <SelectField
              id={id('residency')}
              label="Data must stay in"
              value={form.residency}
              options={RESIDENCY_OPTIONS}
              onChange={(residency) => dispatch({ type: 'set', patch: { residency } })}
            />
            {form.residency === 'country' ? (
              <SelectField
                id={id(chooserFieldKeys.country)}
                label="Country"
                value={form.country}
                options={COUNTRY_OPTIONS}
                onChange={(country) => dispatch({ type: 'set', patch: { country } })}
                error={errors.get(chooserFieldKeys.country)}
              />
            ) : null}
            <TextField
              id={id(chooserFieldKeys.routingFactor)}
              label="Routing overhead factor"
              hint="Real routes are longer than straight lines: 1 is the physical floor, 1.5 a rough allowance (1–4)."
              value={form.routingFactor}
              inputMode="decimal"
              onChange={(routingFactor) => dispatch({ type: 'set', patch: { routingFactor } })}
              error={errors.get(chooserFieldKeys.routingFactor)}
            />
          </div>
          <fieldset className="widget-fieldset widget-fieldset--inner">
            <legend>Services the workload needs</legend>
            <div className="rc-services">
              {REGION_SERVICES.map((service) => (
                <CheckboxField
                  key={service.id}
                  id={id(`service-${service.id}`)}
                  label={service.name}
                  checked={form.services.includes(service.id)}
                  onChange={(on) => dispatch({ type: 'toggle-service', service: service.id, on })}
                />
              ))}
            </div>
          </fieldset>
        </fieldset>
      </form>
      <div className="widget-output" aria-live="polite">
        {!ranked || !read.ok ? (
          <p className="widget-notice">Fix the highlighted fields to see the ranking.</p>
        ) : eligible.length === 0 ? (
          <p className="widget-notice widget-notice--warning">{nothingFitsAdvice(read.input, ranked)}</p>
        ) : (
          <>
            <p className="rc-headline">
              {eligible.length} of {AWS_REGIONS.length} Regions fit
              {read.input.residency === 'eu' ? ' the EU rule' : read.input.residency === 'country' ? ` the ${countryName(read.input.country ?? '')} rule` : ''}
              {read.input.services.length > 0 ? ' and offer every selected service' : ''}. Closest first:
            </p>
            <ol className="widget-ranking">
              {eligible.slice(0, SHOWN).map((entry, index) => (
                <RegionCard key={entry.region.code} entry={entry} rank={index + 1} />
              ))}
            </ol>
          </>
        )}
      </div>
      {ranked ? <AllRegionsTable ranked={ranked} /> : null}
      <p className="widget-hint">
        Round trips are estimates: great-circle distance × routing factor × 2 ÷ {FIBRE_KM_PER_MS} km/ms (light in fibre,
        about 200,000 km/s), to each Region's city. Measure from real user locations before deciding. Services: endpoints
        listed in the AWS SDK (botocore 1.43.107, October 2026); check{' '}
        <a href={SERVICES_BY_REGION}>AWS Services by Region</a> for features and instance types. Price is not compared: use
        the AWS Pricing Calculator. The list covers the standard commercial partition; AWS GovCloud (US), the China
        Regions and the AWS European Sovereign Cloud are separate partitions with their own accounts and are not ranked here.
      </p>
    </section>
  );
}
