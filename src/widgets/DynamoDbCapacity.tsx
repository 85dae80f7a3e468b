/**
 * DynamoDB capacity calculator island (lesson 8.3). Renders the inputs and the units and monthly
 * costs computed by `~/lib/dynamodb/capacity`. Takes no props.
 */

import { useId, useMemo, useState } from 'react';
import {
  DEFAULT_CAPACITY_FORM,
  READ_CONSISTENCIES,
  calculateCapacityForm,
  type CapacityField,
  type CapacityForm,
  type CapacityInput,
  type CapacityResult,
} from '~/lib/dynamodb/capacity';
import { DYNAMODB_PRICES, DYNAMODB_PRICE_CONTEXT } from '~/lib/dynamodb/dynamodb-prices';
import { formatUsd } from '~/lib/form/money';
import { CheckboxField, SelectField, TextField } from './parts/Field';
import './widgets.css';
import './DynamoDbCapacity.css';

const units = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
const percent = (share: number) => `${(share * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })}%`;

function Results(props: { readonly input: CapacityInput; readonly result: CapacityResult }) {
  const { input, result } = props;
  const saving = Math.abs(result.onDemand.total - result.provisioned.total);
  return (
    <>
      <div className="widget-result-grid">
        <div className="widget-card">
          <h4 className="widget-subtitle">Reads</h4>
          <p className="widget-figure-number">{units(result.readUnitsPerSecond)} read units/s</p>
          <ul className="widget-breakdown">
            <li>
              <span>Units per read</span> <span>{units(result.readUnitsPerRead)}</span>
            </li>
            <li>
              <span>Provisioned at {percent(input.targetUtilisation)}</span> <span>{units(result.provisionedRcu)} RCU</span>
            </li>
          </ul>
        </div>
        <div className="widget-card">
          <h4 className="widget-subtitle">Writes</h4>
          <p className="widget-figure-number">{units(result.writeUnitsPerSecond)} write units/s</p>
          <ul className="widget-breakdown">
            <li>
              <span>Units per write</span> <span>{units(result.writeUnitsPerWrite)}</span>
            </li>
            <li>
              <span>Provisioned at {percent(input.targetUtilisation)}</span> <span>{units(result.provisionedWcu)} WCU</span>
            </li>
          </ul>
        </div>
      </div>
      <div className="ddb-table-scroll" tabIndex={0} role="group" aria-label="Monthly cost table">
        <table className="ddb-table">
          <caption className="ddb-caption">Throughput cost per month (730 hours)</caption>
          <thead>
            <tr>
              <th scope="col">Mode</th>
              <th scope="col">Reads</th>
              <th scope="col">Writes</th>
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            <tr className={result.cheaper === 'on-demand' ? 'ddb-row--cheaper' : undefined}>
              <th scope="row">On-demand</th>
              <td>{formatUsd(result.onDemand.reads)}</td>
              <td>{formatUsd(result.onDemand.writes)}</td>
              <td>
                <strong>{formatUsd(result.onDemand.total)}</strong>
              </td>
            </tr>
            <tr className={result.cheaper === 'provisioned' ? 'ddb-row--cheaper' : undefined}>
              <th scope="row">Provisioned</th>
              <td>{formatUsd(result.provisioned.reads)}</td>
              <td>{formatUsd(result.provisioned.writes)}</td>
              <td>
                <strong>{formatUsd(result.provisioned.total)}</strong>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className="widget-verdict ddb-verdict">
        {result.cheaper === 'equal'
          ? 'Both modes cost the same for this traffic.'
          : `${result.cheaper === 'provisioned' ? 'Provisioned' : 'On-demand'} is cheaper by ${formatUsd(saving)} a month.`}
      </p>
      <p className="ddb-note">
        Break-even: provisioned capacity pays off when the average traffic uses more than {percent(result.breakEvenUtilisation)} of it. Below that, or
        for spiky and unpredictable traffic, on-demand costs less and needs no capacity planning.
      </p>
    </>
  );
}

/** Capacity units and the on-demand vs provisioned comparison for a DynamoDB table. */
export default function DynamoDbCapacity() {
  const uid = useId();
  const id = (name: string) => `${uid}-ddb-${name}`;
  const [form, setForm] = useState<CapacityForm>(DEFAULT_CAPACITY_FORM);
  const outcome = useMemo(() => calculateCapacityForm(form), [form]);
  const errors: Partial<Record<CapacityField, string>> = outcome.ok ? {} : outcome.errors;
  const set = (field: CapacityField) => (value: string) => setForm((current) => ({ ...current, [field]: value }));
  const p = DYNAMODB_PRICES;

  return (
    <section className="widget not-content" aria-labelledby={id('title')}>
      <h3 className="widget-title" id={id('title')}>
        DynamoDB capacity calculator
      </h3>
      <form className="widget-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <div className="widget-grid">
          <TextField
            id={id('itemKb')}
            label="Item size (KB)"
            hint="Up to 400 KB. Reads count in 4 KB steps, writes in 1 KB steps."
            value={form.itemKb}
            inputMode="decimal"
            onChange={set('itemKb')}
            error={errors.itemKb}
          />
          <TextField id={id('reads')} label="Reads per second" hint="Average rate." value={form.readsPerSecond} inputMode="decimal" onChange={set('readsPerSecond')} error={errors.readsPerSecond} />
          <TextField id={id('writes')} label="Writes per second" hint="Average rate." value={form.writesPerSecond} inputMode="decimal" onChange={set('writesPerSecond')} error={errors.writesPerSecond} />
          <SelectField
            id={id('consistency')}
            label="Read consistency"
            value={form.consistency}
            options={READ_CONSISTENCIES}
            onChange={(consistency) => setForm((current) => ({ ...current, consistency }))}
          />
          <TextField
            id={id('utilisation')}
            label="Provisioned target utilisation (%)"
            hint="Share of provisioned capacity the average traffic uses; auto scaling accepts 20–90."
            value={form.utilisationPercent}
            inputMode="decimal"
            onChange={set('utilisationPercent')}
            error={errors.utilisationPercent}
          />
        </div>
        <CheckboxField
          id={id('transactional')}
          label="Writes are transactional (TransactWriteItems)"
          hint="A transactional write uses 2 units per KB."
          checked={form.transactionalWrites}
          onChange={(transactionalWrites) => setForm((current) => ({ ...current, transactionalWrites }))}
        />
      </form>
      <div className="widget-output" aria-live="polite">
        {outcome.ok ? <Results input={outcome.input} result={outcome.result} /> : <p className="widget-notice">Fix the highlighted fields to see the capacity and the costs.</p>}
      </div>
      <p className="widget-hint ddb-note">
        Example prices for {DYNAMODB_PRICE_CONTEXT.regionName} ({DYNAMODB_PRICE_CONTEXT.region}), Standard table class, as of {DYNAMODB_PRICE_CONTEXT.checked};
        prices change. On-demand: ${p.onDemandPerMillionReads} per million read units and ${p.onDemandPerMillionWrites} per million write units (halved on 1
        November 2024). Provisioned: ${p.provisionedRcuHour} per RCU-hour and ${p.provisionedWcuHour} per WCU-hour. Storage, backups and the free tier are
        not included.
      </p>
    </section>
  );
}
