/**
 * EC2 purchase options calculator island (lesson 4.5). Renders the usage form and the comparison
 * computed by `calculatePurchaseOptions` in `~/lib/ec2/purchase-options`; prices come from the
 * dated example table in `~/lib/ec2/prices`. Takes no props.
 */

import { useId, useMemo, useState } from 'react';
import {
  calculatePurchaseOptions,
  DEFAULT_PURCHASE_FORM,
  type MaxTerm,
  type PurchaseField,
  type PurchaseForm,
  type PurchaseResult,
  type StrategyRow,
} from '~/lib/ec2/purchase-options';
import { ADVERTISED_MAX_DISCOUNT, HOURS_PER_MONTH, INSTANCE_PRICES, PRICE_SOURCE, SPOT_EXAMPLE } from '~/lib/ec2/prices';
import { SelectField, TextField } from './parts/Field';
import './widgets.css';
import './PurchaseOptions.css';

const MONEY = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const RATE = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 4, maximumFractionDigits: 5 });
const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

const TYPE_OPTIONS = INSTANCE_PRICES.map((price) => ({
  value: price.type,
  label: `${price.type}: ${price.vcpus} vCPU, ${price.memoryGiB} GiB, ${price.processor}, ${RATE.format(price.onDemand)}/h On-Demand`,
}));

const TERM_OPTIONS: readonly { readonly value: MaxTerm; readonly label: string }[] = [
  { value: 'none', label: 'No commitment' },
  { value: '1', label: '1 year' },
  { value: '3', label: '3 years' },
];

const CHART = { width: 640, rowHeight: 26, labelWidth: 170, valueWidth: 90 };

/** Labels short enough for the chart; the table above has the full names. */
const SHORT_LABELS: Record<StrategyRow['id'], string> = {
  'on-demand': 'All On-Demand',
  'compute-sp-1y': 'Compute SP, 1 yr',
  'compute-sp-3y': 'Compute SP, 3 yr',
  'ec2-sp-1y': 'EC2 Instance SP, 1 yr',
  'ec2-sp-3y': 'EC2 Instance SP, 3 yr',
  'ri-1y': 'Standard RI, 1 yr',
  'ri-3y': 'Standard RI, 3 yr',
  spot: 'Spot share',
  cheapest: 'Cheapest mix',
};

/** Horizontal bars of the monthly cost of each strategy; the table below carries the same numbers. */
function CostChart(props: { readonly rows: readonly StrategyRow[] }) {
  const uid = useId();
  const max = Math.max(...props.rows.map((row) => row.cost.total), 0.01);
  const barSpace = CHART.width - CHART.labelWidth - CHART.valueWidth;
  const height = props.rows.length * CHART.rowHeight + 8;
  const description = props.rows.map((row) => `${row.label}: ${MONEY.format(row.cost.total)} a month`).join('; ');
  return (
    <div className="widget-figure__scroll" tabIndex={0} role="group" aria-label="Monthly cost chart">
      <svg className="po-chart" viewBox={`0 0 ${CHART.width} ${height}`} role="img" aria-labelledby={`${uid}-title ${uid}-desc`}>
        <title id={`${uid}-title`}>Monthly cost by purchase strategy</title>
        <desc id={`${uid}-desc`}>{description}.</desc>
        {props.rows.map((row, index) => {
          const y = 4 + index * CHART.rowHeight;
          const width = Math.max(1, (row.cost.total / max) * barSpace);
          return (
            <g key={row.id}>
              <text x={CHART.labelWidth - 8} y={y + 16} textAnchor="end" className="po-chart__label">
                {SHORT_LABELS[row.id]}
              </text>
              <rect x={CHART.labelWidth} y={y + 4} width={width} height={CHART.rowHeight - 8} className={row.id === 'cheapest' ? 'po-chart__bar po-chart__bar--best' : row.id === 'on-demand' ? 'po-chart__bar po-chart__bar--od' : 'po-chart__bar'} />
              <text x={CHART.labelWidth + width + 6} y={y + 16} className="po-chart__value">
                {MONEY.format(row.cost.total)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

function Results(props: { readonly result: PurchaseResult; readonly idFor: (name: string) => string }) {
  const { result, idFor } = props;
  const { cheapest, onDemand } = result;
  const rows = [...result.strategies, cheapest];
  const peakHours = result.usage.peakHoursPerDay;
  const lowestBreakEven = Math.min(...result.breakEven.map((b) => b.utilisation));
  return (
    <>
      <div className="widget-result-grid">
        <div className="widget-card">
          <h4 className="widget-subtitle">All On-Demand</h4>
          <p className="widget-figure-number">{MONEY.format(onDemand.cost.total)}</p>
          <p>
            a month for {Math.round(result.instanceHours).toLocaleString('en-US')} instance-hours at {RATE.format(result.price.onDemand)} an hour.
          </p>
        </div>
        <div className="widget-card">
          <h4 className="widget-subtitle">Cheapest mix</h4>
          <p className="widget-figure-number">{MONEY.format(cheapest.cost.total)}</p>
          <p className="widget-verdict widget-verdict--pass">
            {cheapest.savings > 0.0005 ? `${percent(cheapest.savings)} less than all On-Demand.` : 'No saving over On-Demand for this profile.'}
          </p>
          <p>{result.cheapestExplanation}</p>
        </div>
      </div>

      <h4 className="widget-subtitle po-heading" id={idFor('table-title')}>
        Monthly cost by strategy
      </h4>
      <div className="po-table-scroll" tabIndex={0} role="group" aria-labelledby={idFor('table-title')}>
        <table className="po-table">
          <thead>
            <tr>
              <th scope="col">Strategy</th>
              <th scope="col">Per month</th>
              <th scope="col">Saving</th>
              <th scope="col">Commitment</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className={row.id === 'cheapest' ? 'po-table__best' : undefined}>
                <th scope="row">{row.label}</th>
                <td>{MONEY.format(row.cost.total)}</td>
                <td>{row.id === 'on-demand' ? '—' : percent(row.savings)}</td>
                <td>
                  {row.commitmentPerHour > 0
                    ? `${RATE.format(row.commitmentPerHour)}/h${row.cost.unusedCommittedHours > 0.5 ? `, ${Math.round(row.cost.unusedCommittedHours)} h unused` : ''}`
                    : 'none'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CostChart rows={rows} />

      <h4 className="widget-subtitle po-heading">Break-even utilisation</h4>
      <p className="widget-hint">
        A commitment is paid every hour; it beats On-Demand when the instance runs more than rate ÷ On-Demand of the {HOURS_PER_MONTH} hours in a
        month.
      </p>
      <ul className="widget-breakdown">
        {result.breakEven.map((entry) => (
          <li key={entry.product.id}>
            <span>{entry.product.name}</span>{' '}
            <span>
              above {percent(entry.utilisation)} ({Math.round(entry.hoursPerMonth)} h a month)
            </span>
          </li>
        ))}
      </ul>
      {result.usage.peakInstances > 0 && peakHours > 0 ? (
        <p className="po-peak">
          Your {result.usage.peakInstances} peak instance{result.usage.peakInstances === 1 ? '' : 's'} run {percent(result.peakUtilisation)} of the day ({peakHours} of 24
          hours):{' '}
          {result.peakUtilisation > lowestBreakEven
            ? 'above the lowest break-even, so committing to them too can pay off.'
            : 'below every break-even, so commitments for them would cost more than On-Demand; use On-Demand or Spot.'}
        </p>
      ) : null}
    </>
  );
}

/** Compares On-Demand, Savings Plans, Reserved Instances and Spot for a usage profile. */
export default function PurchaseOptions() {
  const uid = useId();
  const idFor = (name: string) => `${uid}-${name}`;
  const [form, setForm] = useState<PurchaseForm>(DEFAULT_PURCHASE_FORM);
  const outcome = useMemo(() => calculatePurchaseOptions(form), [form]);
  const errors: Partial<Record<PurchaseField, string>> = outcome.ok ? {} : outcome.errors;
  const set = (field: Exclude<PurchaseField, 'instanceType'>) => (value: string) => setForm((current) => ({ ...current, [field]: value }));
  const numberField = (field: Exclude<PurchaseField, 'instanceType'>, label: string, hint?: string) => (
    <TextField id={idFor(field)} label={label} hint={hint} value={form[field]} onChange={set(field)} error={errors[field]} inputMode="decimal" />
  );

  return (
    <section className="widget not-content" aria-labelledby={idFor('title')}>
      <h3 className="widget-title" id={idFor('title')}>
        EC2 purchase options calculator
      </h3>
      <p className="widget-notice po-prices">
        Example prices for {PRICE_SOURCE.region} ({PRICE_SOURCE.regionName}), {PRICE_SOURCE.operatingSystem}, checked {PRICE_SOURCE.checked}. Prices
        change: check the AWS pricing pages before deciding.
      </p>
      <form className="widget-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <fieldset className="widget-fieldset">
          <legend>Usage profile</legend>
          <div className="widget-grid">
            <SelectField
              id={idFor('instanceType')}
              label="Instance type"
              value={form.instanceType}
              options={TYPE_OPTIONS}
              onChange={(instanceType) => setForm((current) => ({ ...current, instanceType }))}
              error={errors.instanceType}
            />
            {numberField('baseline', 'Baseline instances (running 24/7)')}
            {numberField('peak', 'Extra instances at peak')}
            {numberField('peakHours', 'Peak hours per day', 'How long the extra instances run each day, 0–24.')}
          </div>
        </fieldset>
        <fieldset className="widget-fieldset">
          <legend>Flexibility</legend>
          <div className="widget-grid">
            {numberField('interruptible', 'Interruptible share of the work (%)', 'Work that can stop and resume later: batch jobs, CI builds, rendering.')}
            {numberField(
              'spotDiscount',
              'Spot discount (% off On-Demand)',
              `Example: ${SPOT_EXAMPLE.discountPercent}%. It varies by instance type, Availability Zone and hour; AWS says up to ${ADVERTISED_MAX_DISCOUNT.spot}%.`,
            )}
            <SelectField
              id={idFor('maxTerm')}
              label="Longest commitment you accept"
              hint="Used for the cheapest mix."
              value={form.maxTerm}
              options={TERM_OPTIONS}
              onChange={(maxTerm) => setForm((current) => ({ ...current, maxTerm }))}
            />
          </div>
        </fieldset>
      </form>
      <div className="widget-output" aria-live="polite">
        {outcome.ok ? (
          <Results result={outcome.result} idFor={idFor} />
        ) : (
          <p className="widget-notice">Fix the highlighted fields to compare the purchase options.</p>
        )}
      </div>
      <p className="widget-hint">
        AWS advertises savings of up to {ADVERTISED_MAX_DISCOUNT.savingsPlans}% with Savings Plans (Compute Savings Plans up to{' '}
        {ADVERTISED_MAX_DISCOUNT.computeSavingsPlans}%), up to {ADVERTISED_MAX_DISCOUNT.reservedInstances}% with Standard Reserved Instances and up to{' '}
        {ADVERTISED_MAX_DISCOUNT.spot}% with Spot. Commitment rates here are no-upfront examples. Sources: <a href={PRICE_SOURCE.onDemandUrl}>On-Demand</a>,{' '}
        <a href={PRICE_SOURCE.savingsPlansUrl}>Savings Plans</a>, <a href={PRICE_SOURCE.reservedUrl}>Reserved Instances</a>,{' '}
        <a href={PRICE_SOURCE.spotUrl}>Spot</a> pricing.
      </p>
    </section>
  );
}
