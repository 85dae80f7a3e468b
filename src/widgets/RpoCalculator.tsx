/**
 * RPO/RTO calculator island (lesson 26.1). Renders the form and the results of
 * `calculateRpoRto`; all arithmetic lives in `~/lib/dr/rpo-rto`. Takes no props.
 */

import { useId, useMemo, useState } from 'react';
import { DURATION_UNITS, formatDuration } from '~/lib/dr/duration';
import {
  DEFAULT_CALCULATOR_FORM,
  calculateRpoRto,
  type BackupMode,
  type CalculatorField,
  type CalculatorForm,
  type CalculatorResult,
} from '~/lib/dr/rpo-rto';
import { IncidentTimeline } from './parts/IncidentTimeline';
import { DurationField, TextField } from './parts/Field';
import './widgets.css';

const MODES: readonly { readonly value: BackupMode; readonly label: string; readonly hint: string }[] = [
  { value: 'interval', label: 'Every N hours', hint: 'Scheduled snapshots at a fixed interval.' },
  { value: 'daily', label: 'Daily at a set time', hint: 'One backup a day.' },
  { value: 'continuous', label: 'Continuous (point-in-time recovery)', hint: 'Changes are shipped as they happen.' },
];

function Verdict(props: { readonly meets: boolean; readonly what: string; readonly target: number; readonly actual: number }) {
  const { meets, what, target, actual } = props;
  return (
    <p className={meets ? 'widget-verdict widget-verdict--pass' : 'widget-verdict widget-verdict--fail'}>
      <span aria-hidden="true">{meets ? '✓ ' : '✗ '}</span>
      {meets
        ? `Meets your ${what} target of ${formatDuration(target)}.`
        : `Misses your ${what} target of ${formatDuration(target)} by ${formatDuration(actual - target)}.`}
    </p>
  );
}

function Results(props: { readonly result: CalculatorResult }) {
  const { rpo, rto } = props.result;
  return (
    <div className="widget-result-grid">
      <div className="widget-card">
        <h4 className="widget-subtitle">Data loss (RPO)</h4>
        <p className="widget-figure-number">{formatDuration(rpo.worstMinutes)}</p>
        <p>
          worst case; {formatDuration(rpo.averageMinutes)} on average for a failure at a random moment.
        </p>
        <Verdict meets={rpo.meetsTarget} what="RPO" target={rpo.targetMinutes} actual={rpo.worstMinutes} />
      </div>
      <div className="widget-card">
        <h4 className="widget-subtitle">Recovery time (RTO)</h4>
        <p className="widget-figure-number">{formatDuration(rto.totalMinutes)}</p>
        <ul className="widget-breakdown">
          {rto.parts.map((part) => (
            <li key={part.id}>
              <span>{part.label}</span> <span>{formatDuration(part.minutes)}</span>
            </li>
          ))}
        </ul>
        <Verdict meets={rto.meetsTarget} what="RTO" target={rto.targetMinutes} actual={rto.totalMinutes} />
      </div>
    </div>
  );
}

/** The calculator: backup schedule, recovery steps and targets in; RPO, RTO and a timeline out. */
export default function RpoCalculator() {
  const uid = useId();
  const [form, setForm] = useState<CalculatorForm>(DEFAULT_CALCULATOR_FORM);
  const outcome = useMemo(() => calculateRpoRto(form), [form]);
  const errors: Partial<Record<CalculatorField, string>> = outcome.ok ? {} : outcome.errors;
  const id = (name: string) => `${uid}-${name}`;
  const set = (field: Exclude<keyof CalculatorForm, 'mode' | 'targetRpoUnit' | 'targetRtoUnit'>) => (value: string) =>
    setForm((current) => ({ ...current, [field]: value }));
  const numberField = (field: CalculatorField, label: string, hint?: string) => (
    <TextField id={id(field)} label={label} hint={hint} value={form[field]} onChange={set(field)} error={errors[field]} inputMode="decimal" />
  );

  return (
    <section className="widget not-content" aria-labelledby={id('title')}>
      <h3 className="widget-title" id={id('title')}>
        RPO and RTO calculator
      </h3>
      <form className="widget-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <fieldset className="widget-fieldset">
          <legend>How the data is backed up</legend>
          <div className="widget-radios" role="radiogroup" aria-label="Backup method">
            {MODES.map((mode) => (
              <label key={mode.value} className="widget-radio">
                <input
                  type="radio"
                  name={id('mode')}
                  value={mode.value}
                  checked={form.mode === mode.value}
                  onChange={() => setForm((current) => ({ ...current, mode: mode.value }))}
                />
                <span>
                  {mode.label}
                  <span className="widget-hint"> {mode.hint}</span>
                </span>
              </label>
            ))}
          </div>
          <div className="widget-grid">
            {form.mode === 'interval' ? numberField('intervalHours', 'Hours between backups') : null}
            {form.mode === 'daily' ? (
              <TextField id={id('dailyTime')} label="Backup time (HH:MM)" value={form.dailyTime} onChange={set('dailyTime')} error={errors.dailyTime} />
            ) : null}
            {numberField(
              'lagMinutes',
              form.mode === 'continuous' ? 'Replication lag (minutes)' : 'Copy lag (minutes)',
              form.mode === 'continuous'
                ? 'How far the restorable point trails real time, e.g. about 5 for RDS.'
                : 'Time until a backup is usable where you restore (cross-Region copy); 0 if local.',
            )}
          </div>
        </fieldset>
        <fieldset className="widget-fieldset">
          <legend>How recovery goes</legend>
          <div className="widget-grid">
            {numberField('dataSizeGiB', 'Data to restore (GiB)')}
            {numberField('throughputMiBps', 'Restore throughput (MiB/s)')}
            {numberField('detectionMinutes', 'Time to detect the failure (minutes)')}
            {numberField('decisionMinutes', 'Time to decide to recover (minutes)')}
            {numberField('failoverMinutes', 'DNS / failover time (minutes)')}
          </div>
        </fieldset>
        <fieldset className="widget-fieldset">
          <legend>Your targets</legend>
          <div className="widget-grid">
            <DurationField
              id={id('targetRpo')}
              label="RPO target"
              value={form.targetRpo}
              unit={form.targetRpoUnit}
              units={DURATION_UNITS}
              onChange={set('targetRpo')}
              onUnitChange={(unit) => setForm((current) => ({ ...current, targetRpoUnit: unit }))}
              error={errors.targetRpo}
            />
            <DurationField
              id={id('targetRto')}
              label="RTO target"
              value={form.targetRto}
              unit={form.targetRtoUnit}
              units={DURATION_UNITS}
              onChange={set('targetRto')}
              onUnitChange={(unit) => setForm((current) => ({ ...current, targetRtoUnit: unit }))}
              error={errors.targetRto}
            />
          </div>
        </fieldset>
      </form>
      <div className="widget-output" aria-live="polite">
        {outcome.ok ? (
          <Results result={outcome.result} />
        ) : (
          <p className="widget-notice">Fix the highlighted fields to see the RPO, the RTO and the timeline.</p>
        )}
      </div>
      {outcome.ok ? <IncidentTimeline events={outcome.result.timeline} /> : null}
    </section>
  );
}
