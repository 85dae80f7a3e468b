/**
 * S3 storage-class and lifecycle planner island (lessons 5.2, 5.3). Renders the cost comparison from
 * `~/lib/s3/storage-cost`, the lifecycle form validated by `~/lib/s3/lifecycle` and the `main.tf`
 * from `~/lib/terraform/s3-lifecycle-hcl`. Takes no props.
 */

import { useId, useMemo, useState } from 'react';
import { S3_PRICES, S3_PRICE_CONTEXT, type StorageClassId } from '~/lib/s3/s3-prices';
import {
  DEFAULT_STORAGE_FORM,
  SIZE_UNITS,
  compareStorageClasses,
  lifecyclePolicyCost,
  readStorageForm,
  type ClassCost,
  type StorageField,
  type StorageForm,
  type StorageWorkload,
} from '~/lib/s3/storage-cost';
import { formatUsd } from '~/lib/form/money';
import { DEFAULT_LIFECYCLE_FORM, MIN_TRANSITION_DAYS, type LifecycleField, type LifecycleForm, type TransitionTarget } from '~/lib/s3/lifecycle';
import { lifecycleMainTfForForm, type LifecycleMainTfResult } from '~/lib/terraform/s3-lifecycle-hcl';
import { CopyButton, DownloadButton } from './parts/CodeActions';
import { ErrorSummary } from './parts/ErrorSummary';
import { CheckboxField, DurationField, SelectField, TextField } from './parts/Field';
import './widgets.css';
import './S3StoragePlanner.css';

const TARGETS: readonly { readonly value: TransitionTarget; readonly label: string }[] = [
  { value: 'NONE', label: 'Stay in S3 Standard (no transition)' },
  ...(['INTELLIGENT_TIERING', 'STANDARD_IA', 'ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'] as const).map((id) => ({ value: id, label: S3_PRICES[id].name })),
];

function notes(cost: ClassCost, w: StorageWorkload): string[] {
  const p = S3_PRICES[cost.storageClass];
  const out: string[] = [];
  if (p.minBillableKb > 0 && w.objectKb < p.minBillableKb) out.push(`each object billed as ${p.minBillableKb} KB`);
  if (p.overheadKb.self > 0) out.push(`+${p.overheadKb.standard + p.overheadKb.self} KB index data per object`);
  if (cost.minimumDurationCharge > 0) out.push(`${p.minDays}-day minimum: ${formatUsd(cost.minimumDurationCharge)} for days not stored`);
  if (cost.monthlyMonitoring > 0) out.push(`monitoring ${formatUsd(cost.monthlyMonitoring)}/month`);
  if (cost.monthlyRetrieval > 0) out.push(`retrieval ${formatUsd(cost.monthlyRetrieval)}/month`);
  if (p.zones === 'one') out.push('one AZ only: lost if that AZ is destroyed');
  if (p.restorePer1000 > 0) out.push(`reads wait ${p.access}`);
  return out;
}

function Comparison(props: {
  readonly workload: StorageWorkload;
  readonly costs: readonly ClassCost[];
  readonly cheapest: StorageClassId;
  readonly onUse: (id: StorageClassId) => void;
}) {
  const { workload, costs, cheapest, onUse } = props;
  return (
    <div className="s3-table-scroll" tabIndex={0} role="group" aria-label="Storage class costs table">
      <table className="s3-table">
        <caption className="s3-caption">
          Cost of {workload.objectCount.toLocaleString('en-US')} objects kept {workload.retentionDays.toLocaleString('en-US')} days, uploaded straight into each class
        </caption>
        <thead>
          <tr>
            <th scope="col">Storage class</th>
            <th scope="col">Per month</th>
            <th scope="col">Total</th>
            <th scope="col">Notes</th>
            <th scope="col">
              <span className="widget-visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {costs.map((cost) => {
            const best = cost.storageClass === cheapest;
            const name = S3_PRICES[cost.storageClass].name;
            return (
              <tr key={cost.storageClass} className={best ? 's3-row--cheapest' : undefined}>
                <th scope="row">
                  {name}
                  {best ? <span className="widget-badge s3-badge">Cheapest</span> : null}
                </th>
                <td>{formatUsd(cost.monthly)}</td>
                <td>
                  <strong>{formatUsd(cost.total)}</strong>
                  <span className="widget-hint s3-parts"> incl. {formatUsd(cost.upload)} upload</span>
                </td>
                <td className="s3-notes">{notes(cost, workload).join('; ') || '—'}</td>
                <td>
                  <button type="button" className="widget-button widget-button--quiet" onClick={() => onUse(cost.storageClass)}>
                    Use {name}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Output(props: { readonly result: LifecycleMainTfResult; readonly idFor: (field: string) => string }) {
  const { result, idFor } = props;
  return (
    <section className="widget-output-section" aria-labelledby={idFor('output-title')}>
      <h4 className="widget-subtitle" id={idFor('output-title')}>
        main.tf
      </h4>
      <div aria-live="polite">
        {result.ok ? (
          <p className="widget-verdict widget-verdict--pass">
            <span aria-hidden="true">✓ </span>Ready: aws_s3_bucket_lifecycle_configuration for AWS provider v6, formatted as terraform fmt would.
          </p>
        ) : (
          <ErrorSummary
            title={`No main.tf yet: fix ${result.errors.length === 1 ? 'this problem' : `these ${result.errors.length} problems`} first.`}
            items={result.errors.map((error) => ({ targetId: idFor(error.field), label: error.label, message: error.message }))}
          />
        )}
      </div>
      {result.ok ? (
        <>
          <div className="widget-actions">
            <CopyButton label="Copy main.tf" text={result.text} copiedMessage="main.tf copied to the clipboard." />
            <DownloadButton label="Download main.tf" text={result.text} filename="main.tf" />
          </div>
          <pre className="widget-code" tabIndex={0} aria-label="Generated main.tf">
            <code>{result.text}</code>
          </pre>
        </>
      ) : null}
    </section>
  );
}

/** Compares S3 storage classes for a workload and turns the choice into a lifecycle configuration. */
export default function S3StoragePlanner() {
  const uid = useId();
  const idFor = (field: string) => `${uid}-s3-${field}`;
  const [storage, setStorage] = useState<StorageForm>(DEFAULT_STORAGE_FORM);
  const [lifecycle, setLifecycle] = useState<LifecycleForm>(DEFAULT_LIFECYCLE_FORM);
  const read = useMemo(() => readStorageForm(storage), [storage]);
  const comparison = useMemo(() => (read.ok ? compareStorageClasses(read.workload) : null), [read]);
  const result = useMemo(() => lifecycleMainTfForForm(lifecycle, read.ok ? read.workload.objectKb : null), [lifecycle, read]);
  const storageErrors: Partial<Record<StorageField, string>> = read.ok ? {} : read.errors;
  const lifecycleErrors = new Map<LifecycleField, string>();
  if (!result.ok) for (const error of result.errors) if (!lifecycleErrors.has(error.field)) lifecycleErrors.set(error.field, error.message);
  const setS = (field: StorageField) => (value: string) => setStorage((current) => ({ ...current, [field]: value }));
  const setL = (patch: Partial<LifecycleForm>) => setLifecycle((current) => ({ ...current, ...patch }));
  const lText = (field: LifecycleField, label: string, hint?: string, numeric = false) => (
    <TextField
      id={idFor(field)}
      label={label}
      hint={result.warnings[field] ? <span className="s3-warning">⚠ {result.warnings[field]}</span> : hint}
      value={lifecycle[field]}
      inputMode={numeric ? 'numeric' : undefined}
      onChange={(value) => setL({ [field]: value })}
      error={lifecycleErrors.get(field)}
    />
  );
  const policyCost =
    read.ok && result.ok && result.policy.main?.transition
      ? lifecyclePolicyCost(read.workload, result.policy.main.transition.storageClass, result.policy.main.transition.days)
      : null;

  const chooseClass = (id: StorageClassId) => {
    const target: TransitionTarget = id === 'STANDARD' ? 'NONE' : id;
    setL({
      target,
      transitionDays: target === 'NONE' ? lifecycle.transitionDays : String(MIN_TRANSITION_DAYS[target]),
      expire: true,
      expirationDays: read.ok ? String(read.workload.retentionDays) : lifecycle.expirationDays,
    });
    document.getElementById(idFor('target'))?.focus();
  };

  return (
    <section className="widget not-content" aria-labelledby={idFor('title')}>
      <h3 className="widget-title" id={idFor('title')}>
        S3 storage class and lifecycle planner
      </h3>
      <form className="widget-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <fieldset className="widget-fieldset">
          <legend>Your data</legend>
          <div className="widget-grid">
            <TextField id={idFor('objectCount')} label="Number of objects" value={storage.objectCount} inputMode="numeric" onChange={setS('objectCount')} error={storageErrors.objectCount} />
            <DurationField
              id={idFor('objectSize')}
              label="Average object size"
              value={storage.objectSize}
              unit={storage.sizeUnit}
              units={SIZE_UNITS}
              onChange={setS('objectSize')}
              onUnitChange={(sizeUnit) => setStorage((current) => ({ ...current, sizeUnit }))}
              error={storageErrors.objectSize}
            />
            <TextField id={idFor('getsPerMonth')} label="GET requests per month" value={storage.getsPerMonth} inputMode="numeric" onChange={setS('getsPerMonth')} error={storageErrors.getsPerMonth} />
            <TextField
              id={idFor('retrievedPercent')}
              label="Data read back per month (%)"
              hint="Share of the stored bytes downloaded each month."
              value={storage.retrievedPercent}
              inputMode="decimal"
              onChange={setS('retrievedPercent')}
              error={storageErrors.retrievedPercent}
            />
            <TextField id={idFor('retentionDays')} label="Keep for (days)" value={storage.retentionDays} inputMode="numeric" onChange={setS('retentionDays')} error={storageErrors.retentionDays} />
          </div>
        </fieldset>
      </form>

      <div className="widget-output" aria-live="polite">
        {read.ok && comparison ? (
          <p className="widget-verdict widget-verdict--pass">
            <span aria-hidden="true">✓ </span>
            Cheapest over {read.workload.retentionDays.toLocaleString('en-US')} days: {S3_PRICES[comparison.cheapest].name},{' '}
            {formatUsd(comparison.costs.find((c) => c.storageClass === comparison.cheapest)?.total ?? 0)} in total.
          </p>
        ) : (
          <p className="widget-notice">Fix the highlighted fields to compare the storage classes.</p>
        )}
      </div>
      {read.ok && comparison ? <Comparison workload={read.workload} costs={comparison.costs} cheapest={comparison.cheapest} onUse={chooseClass} /> : null}
      <p className="widget-hint">
        Example prices for {S3_PRICE_CONTEXT.regionName} ({S3_PRICE_CONTEXT.region}), first pricing tier, as of {S3_PRICE_CONTEXT.checked}; prices change. A month
        is 30 days; data transfer out of AWS is not included.
      </p>

      <form className="widget-form s3-lifecycle" onSubmit={(event) => event.preventDefault()} noValidate>
        <fieldset className="widget-fieldset">
          <legend>Lifecycle policy</legend>
          <div className="widget-grid">
            {lText('region', 'Region')}
            {lText('bucketName', 'Bucket name', '3–63 characters: a–z, 0–9, dots and hyphens.')}
            {lText('ruleId', 'Rule id')}
            {lText('prefix', 'Key prefix (optional)', 'Empty: the rule covers the whole bucket.')}
            <SelectField id={idFor('target')} label="Move objects to" value={lifecycle.target} options={TARGETS} onChange={(target) => setL({ target })} />
            {lifecycle.target !== 'NONE' ? lText('transitionDays', 'Transition after (days)', 'Days after an object is created.', true) : null}
          </div>
          <CheckboxField id={idFor('expire')} label="Delete objects at the end of retention" checked={lifecycle.expire} onChange={(expire) => setL({ expire })} />
          {lifecycle.expire ? <div className="widget-grid">{lText('expirationDays', 'Delete after (days)', undefined, true)}</div> : null}
          <CheckboxField
            id={idFor('noncurrent')}
            label="Delete old versions"
            hint="Turns on versioning; a replaced or deleted object's old version is removed after the days below."
            checked={lifecycle.noncurrent}
            onChange={(noncurrent) => setL({ noncurrent })}
          />
          {lifecycle.noncurrent ? <div className="widget-grid">{lText('noncurrentDays', 'Delete old versions after (days)', undefined, true)}</div> : null}
          <CheckboxField
            id={idFor('abortMultipart')}
            label="Abort incomplete multipart uploads"
            hint="Parts of uploads that never finished are billed as storage until removed."
            checked={lifecycle.abortMultipart}
            onChange={(abortMultipart) => setL({ abortMultipart })}
          />
          {lifecycle.abortMultipart ? <div className="widget-grid">{lText('abortDays', 'Abort incomplete uploads after (days)', undefined, true)}</div> : null}
        </fieldset>
      </form>
      {policyCost ? (
        <p className="s3-policy-cost" aria-live="polite">
          {policyCost.transitions
            ? `This policy: ${formatUsd(policyCost.total)} over the retention period (including ${formatUsd(policyCost.transitionRequests)} of transition requests), against ${formatUsd(policyCost.standardOnly)} with everything in S3 Standard.`
            : `With these settings no object transitions, so the data costs what it does in S3 Standard: ${formatUsd(policyCost.standardOnly)}.`}
        </p>
      ) : null}
      <Output result={result} idFor={idFor} />
    </section>
  );
}
