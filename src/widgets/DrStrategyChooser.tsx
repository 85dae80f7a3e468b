/**
 * DR-strategy chooser island (lesson 26.2). Renders the inputs and the ranking computed by
 * `rankStrategies` in `~/lib/dr/strategies`. Takes no props.
 */

import { useId, useMemo, useState } from 'react';
import { DURATION_UNITS } from '~/lib/dr/duration';
import {
  DEFAULT_CHOOSER_FORM,
  rankStrategies,
  readChooserForm,
  type ChooserForm,
  type Criticality,
  type Fit,
  type Level,
  type RankedStrategy,
} from '~/lib/dr/strategies';
import { DurationField, SelectField } from './parts/Field';
import './widgets.css';

const CRITICALITY: readonly { readonly value: Criticality; readonly label: string }[] = [
  { value: 'low', label: 'Low: internal tool, can wait' },
  { value: 'medium', label: 'Medium: business application' },
  { value: 'high', label: 'High: customers notice at once' },
  { value: 'mission-critical', label: 'Mission-critical: revenue stops' },
];
const LEVELS = (what: string): readonly { readonly value: Level; readonly label: string }[] => [
  { value: 'low', label: `Low ${what}` },
  { value: 'medium', label: `Medium ${what}` },
  { value: 'high', label: `High ${what}` },
];
const FIT_LABEL: Record<Fit, string> = {
  meets: 'Meets both targets',
  stretch: 'Meets them only at its fast end',
  'too-slow': 'Ruled out',
};
const WHITEPAPER =
  'https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/disaster-recovery-options-in-the-cloud.html';

function StrategyDetails(props: { readonly entry: RankedStrategy }) {
  const { strategy } = props.entry;
  return (
    <dl className="widget-details">
      <dt>Typical RPO / RTO</dt>
      <dd>
        {strategy.rpo.label} / {strategy.rto.label}
      </dd>
      <dt>Relative cost</dt>
      <dd>{strategy.relativeCost}</dd>
      <dt>Running in the recovery Region</dt>
      <dd>{strategy.inRecoveryRegion}</dd>
      <dt>To recover</dt>
      <dd>{strategy.onFailover}</dd>
      <dt>AWS services</dt>
      <dd>
        <ul>
          {strategy.awsServices.map((service) => (
            <li key={service}>{service}</li>
          ))}
        </ul>
      </dd>
    </dl>
  );
}

/** Ranks backup & restore, pilot light, warm standby and multi-site for the reader's targets. */
export default function DrStrategyChooser() {
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const [form, setForm] = useState<ChooserForm>(DEFAULT_CHOOSER_FORM);
  const read = useMemo(() => readChooserForm(form), [form]);
  const ranked = useMemo(() => (read.ok ? rankStrategies(read.input) : null), [read]);
  const errors = read.ok ? {} : read.errors;
  const update = (patch: Partial<ChooserForm>) => setForm((current) => ({ ...current, ...patch }));

  return (
    <section className="widget not-content" aria-labelledby={id('title')}>
      <h3 className="widget-title" id={id('title')}>
        Which DR strategy fits?
      </h3>
      <form className="widget-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <div className="widget-grid">
          <DurationField
            id={id('rto')}
            label="RTO target"
            hint="Longest acceptable downtime."
            value={form.rto}
            unit={form.rtoUnit}
            units={DURATION_UNITS}
            onChange={(rto) => update({ rto })}
            onUnitChange={(rtoUnit) => update({ rtoUnit })}
            error={errors.rto}
          />
          <DurationField
            id={id('rpo')}
            label="RPO target"
            hint="Most data (as time) you can afford to lose."
            value={form.rpo}
            unit={form.rpoUnit}
            units={DURATION_UNITS}
            onChange={(rpo) => update({ rpo })}
            onUnitChange={(rpoUnit) => update({ rpoUnit })}
            error={errors.rpo}
          />
          <SelectField id={id('criticality')} label="How critical is the workload?" value={form.criticality} options={CRITICALITY} onChange={(criticality) => update({ criticality })} />
          <SelectField
            id={id('budget')}
            label="Budget sensitivity"
            value={form.budgetSensitivity}
            options={LEVELS('sensitivity')}
            onChange={(budgetSensitivity) => update({ budgetSensitivity })}
          />
          <SelectField id={id('change')} label="Data change rate" value={form.changeRate} options={LEVELS('change rate')} onChange={(changeRate) => update({ changeRate })} />
        </div>
      </form>
      <div className="widget-output" aria-live="polite">
        {ranked ? (
          <ol className="widget-ranking">
            {ranked.map((entry, index) => (
              <li key={entry.strategy.id} className={entry.fit === 'too-slow' ? 'widget-card widget-card--muted' : 'widget-card'}>
                <h4 className="widget-subtitle">
                  {index + 1}. {entry.strategy.name}
                  <span className={`widget-badge widget-badge--${entry.fit}`}>{index === 0 && entry.fit !== 'too-slow' ? 'Best fit' : FIT_LABEL[entry.fit]}</span>
                </h4>
                <p>{entry.verdict}</p>
                <p className="widget-hint">{entry.strategy.summary}</p>
                {index === 0 ? (
                  <StrategyDetails entry={entry} />
                ) : (
                  <details>
                    <summary>Details: ranges, cost, what runs, AWS services</summary>
                    <StrategyDetails entry={entry} />
                  </details>
                )}
              </li>
            ))}
          </ol>
        ) : (
          <p className="widget-notice">Fix the highlighted targets to see the ranking.</p>
        )}
      </div>
      <p className="widget-hint">
        Ranges follow the AWS whitepaper{' '}
        <a href={WHITEPAPER}>Disaster Recovery of Workloads on AWS: Recovery in the Cloud</a>: backup &amp; restore
        hours, pilot light tens of minutes, warm standby minutes, multi-site near zero. Real results depend on
        automation and testing.
      </p>
    </section>
  );
}
