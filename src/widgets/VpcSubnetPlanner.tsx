/**
 * VPC subnet planner island (lessons 6.1–6.3 and 12.1). Renders the form, the subnet layout and the
 * NAT trade-off computed by `~/lib/vpc/subnet-plan`, and the `main.tf` from
 * `~/lib/terraform/vpc-hcl`. Takes no props.
 */

import { useId, useMemo, useState } from 'react';
import { formatCidr, usableInSubnet, blockSize, AWS_PREFIX_RANGE } from '~/lib/vpc/cidr';
import { NAT_PRICE_CONTEXT } from '~/lib/vpc/nat-prices';
import {
  DEFAULT_VPC_PLAN_FORM,
  MAX_AZS,
  NAT_MODES,
  TIERS,
  TIER_INFO,
  errorsByField,
  natCost,
  natFailureImpact,
  tierField,
  vpcCidrWarning,
  type NatMode,
  type TierId,
  type VpcPlan,
  type VpcPlanForm,
} from '~/lib/vpc/subnet-plan';
import { vpcMainTfForForm, type VpcMainTfResult } from '~/lib/terraform/vpc-hcl';
import { formatUsd } from '~/lib/form/money';
import { CopyButton, DownloadButton } from './parts/CodeActions';
import { ErrorSummary } from './parts/ErrorSummary';
import { CheckboxField, SelectField, TextField } from './parts/Field';
import './widgets.css';
import './VpcSubnetPlanner.css';

const count = (n: number) => n.toLocaleString('en-US');

const PREFIX_OPTIONS = Array.from({ length: AWS_PREFIX_RANGE.max - AWS_PREFIX_RANGE.min + 1 }, (_, i) => {
  const prefix = AWS_PREFIX_RANGE.min + i;
  return { value: String(prefix), label: `/${prefix} (${count(usableInSubnet(prefix))} usable)` };
});

const AZ_OPTIONS = Array.from({ length: MAX_AZS }, (_, i) => ({ value: String(i + 1), label: `${i + 1} AZ${i === 0 ? '' : 's'}` }));

/** The address space of the VPC as a bar, one segment per subnet. */
function LayoutBar(props: { readonly plan: VpcPlan }) {
  const id = useId();
  const { plan } = props;
  const width = 640;
  const size = blockSize(plan.vpc.prefix);
  const description =
    plan.subnets.map((s) => `${TIER_INFO[s.tier].label} subnet in AZ ${s.az + 1}: ${formatCidr(s.cidr)}`).join('; ') +
    `. ${count(plan.spareAddresses)} of ${count(size)} addresses spare.`;
  return (
    <figure className="widget-figure">
      <div className="widget-figure__scroll" tabIndex={0} role="group" aria-label="Address space drawing">
        <svg className="vpc-bar" viewBox={`0 0 ${width} 40`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
          <title id={`${id}-title`}>How the subnets fill {formatCidr(plan.vpc)}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <rect className="vpc-bar__spare" x={0} y={4} width={width} height={24} />
          {plan.subnets.map((s) => (
            <rect
              key={`${s.tier}-${s.az}`}
              className={`vpc-bar__subnet vpc-bar__subnet--${s.tier}`}
              x={((s.cidr.base - plan.vpc.base) / size) * width}
              y={4}
              width={Math.max(1, (blockSize(s.cidr.prefix) / size) * width)}
              height={24}
            />
          ))}
        </svg>
      </div>
      <figcaption className="widget-hint">
        {TIERS.filter((tier) => plan.tiers.includes(tier)).map((tier) => (
          <span key={tier} className="vpc-legend">
            <span className={`vpc-legend__swatch vpc-bar__subnet--${tier}`} aria-hidden="true" /> {TIER_INFO[tier].label}
          </span>
        ))}
        <span className="vpc-legend">
          <span className="vpc-legend__swatch vpc-bar__spare" aria-hidden="true" /> Spare
        </span>
      </figcaption>
    </figure>
  );
}

function SubnetTable(props: { readonly plan: VpcPlan }) {
  const { plan } = props;
  return (
    <div className="vpc-table-scroll" tabIndex={0} role="group" aria-label="Subnets table">
      <table className="vpc-table">
        <caption className="widget-visually-hidden">Subnets by tier and Availability Zone</caption>
        <thead>
          <tr>
            <th scope="col">Subnet</th>
            <th scope="col">CIDR block</th>
            <th scope="col">Addresses</th>
            <th scope="col">Usable</th>
            <th scope="col">cidrsubnet()</th>
          </tr>
        </thead>
        <tbody>
          {plan.subnets.map((s) => (
            <tr key={`${s.tier}-${s.az}`}>
              <th scope="row">
                {TIER_INFO[s.tier].label}, AZ {s.az + 1}
              </th>
              <td className="vpc-mono">{formatCidr(s.cidr)}</td>
              <td>{count(blockSize(s.cidr.prefix))}</td>
              <td>{count(s.usable)}</td>
              <td className="vpc-mono">
                cidrsubnet(&quot;{formatCidr(plan.vpc)}&quot;, {s.newbits}, {s.netnum})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NatComparison(props: { readonly plan: VpcPlan }) {
  const { plan } = props;
  const modes: NatMode[] = ['per-az', 'single', 'none'];
  return (
    <div className="vpc-table-scroll" tabIndex={0} role="group" aria-label="NAT gateway options table">
      <table className="vpc-table">
        <caption className="vpc-caption">
          NAT gateway options for {plan.azCount} AZ{plan.azCount === 1 ? '' : 's'} and {count(plan.natDataGb)} GB a month (example prices,{' '}
          {NAT_PRICE_CONTEXT.regionName}, {NAT_PRICE_CONTEXT.checked}; prices change)
        </caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            <th scope="col">Gateways</th>
            <th scope="col">Per month</th>
            <th scope="col">If one AZ fails</th>
          </tr>
        </thead>
        <tbody>
          {modes.map((mode) => {
            const cost = natCost(mode, plan.azCount, plan.natDataGb);
            const chosen = mode === plan.nat;
            return (
              <tr key={mode} className={chosen ? 'vpc-row--chosen' : undefined}>
                <th scope="row">
                  {NAT_MODES.find((m) => m.value === mode)?.label}
                  {chosen ? <span className="widget-badge vpc-badge">Your choice</span> : null}
                </th>
                <td>{cost.gateways}</td>
                <td>
                  {formatUsd(cost.totalMonthly)}
                  {cost.gateways > 0 ? (
                    <span className="widget-hint vpc-cost-parts">
                      {' '}
                      ({formatUsd(cost.fixedMonthly)} hours and IPv4, {formatUsd(cost.processingMonthly)} processing
                      {cost.crossAzMonthly > 0 ? `, ${formatUsd(cost.crossAzMonthly)} cross-AZ data` : ''})
                    </span>
                  ) : null}
                </td>
                <td>{natFailureImpact(mode, plan.azCount)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Output(props: { readonly result: VpcMainTfResult; readonly idFor: (field: string) => string }) {
  const { result, idFor } = props;
  return (
    <>
      <div className="widget-output" aria-live="polite">
        {result.ok ? (
          <p className="widget-verdict widget-verdict--pass">
            <span aria-hidden="true">✓ </span>
            {result.plan.subnets.length} subnets without overlap, using {count(blockSize(result.plan.vpc.prefix) - result.plan.spareAddresses)} of{' '}
            {count(blockSize(result.plan.vpc.prefix))} addresses; {count(result.plan.spareAddresses)} spare for more tiers or AZs. AWS keeps 5 addresses in
            every subnet.
          </p>
        ) : (
          <ErrorSummary
            title={`No subnet plan yet: fix ${result.errors.length === 1 ? 'this problem' : `these ${result.errors.length} problems`} first.`}
            items={result.errors.map((error) => ({ targetId: idFor(error.field), label: error.label, message: error.message }))}
          />
        )}
      </div>
      {result.ok ? (
        <>
          <LayoutBar plan={result.plan} />
          <SubnetTable plan={result.plan} />
          <NatComparison plan={result.plan} />
          <section className="widget-output-section" aria-labelledby={idFor('output-title')}>
            <h4 className="widget-subtitle" id={idFor('output-title')}>
              main.tf
            </h4>
            <div className="widget-actions">
              <CopyButton label="Copy main.tf" text={result.text} copiedMessage="main.tf copied to the clipboard." />
              <DownloadButton label="Download main.tf" text={result.text} filename="main.tf" />
            </div>
            <pre className="widget-code" tabIndex={0} aria-label="Generated main.tf">
              <code>{result.text}</code>
            </pre>
          </section>
        </>
      ) : null}
    </>
  );
}

/** Plans non-overlapping subnets per tier and AZ, compares NAT options and writes the Terraform. */
export default function VpcSubnetPlanner() {
  const uid = useId();
  const idFor = (field: string) => `${uid}-vpc-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const [form, setForm] = useState<VpcPlanForm>(DEFAULT_VPC_PLAN_FORM);
  const result = useMemo(() => vpcMainTfForForm(form), [form]);
  const errors = useMemo(() => (result.ok ? new Map<string, string>() : errorsByField(result.errors)), [result]);
  const warning = vpcCidrWarning(form.vpcCidr);
  const update = (patch: Partial<VpcPlanForm>) => setForm((current) => ({ ...current, ...patch }));
  const setTier = (tier: TierId, patch: Partial<VpcPlanForm['tiers'][TierId]>) =>
    setForm((current) => ({ ...current, tiers: { ...current.tiers, [tier]: { ...current.tiers[tier], ...patch } } }));

  return (
    <section className="widget not-content" aria-labelledby={idFor('title')}>
      <h3 className="widget-title" id={idFor('title')}>
        VPC subnet planner
      </h3>
      <form className="widget-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <fieldset className="widget-fieldset">
          <legend>VPC</legend>
          <div className="widget-grid">
            <TextField
              id={idFor('vpcCidr')}
              label="VPC CIDR block"
              value={form.vpcCidr}
              mono
              hint={warning ? <span className="vpc-warning">⚠ {warning}</span> : 'A private range from /16 (65,536 addresses) to /28 (16).'}
              onChange={(vpcCidr) => update({ vpcCidr })}
              error={errors.get('vpcCidr')}
            />
            <SelectField
              id={idFor('azCount')}
              label="Availability Zones"
              value={String(form.azCount)}
              options={AZ_OPTIONS}
              onChange={(value) => update({ azCount: Number(value) })}
              error={errors.get('azCount')}
            />
            <TextField id={idFor('region')} label="Region" value={form.region} onChange={(region) => update({ region })} error={errors.get('region')} />
            <TextField
              id={idFor('name')}
              label="Name"
              hint="Starts the Name tag of every resource."
              value={form.name}
              onChange={(name) => update({ name })}
              error={errors.get('name')}
            />
          </div>
        </fieldset>
        <fieldset className="widget-fieldset">
          <legend>Subnet tiers (one subnet per AZ each)</legend>
          <div className="widget-grid">
            {TIERS.map((tier) => (
              <div key={tier} className="vpc-tier">
                <CheckboxField
                  id={idFor(`tiers.${tier}.enabled`)}
                  label={`${TIER_INFO[tier].label} subnets`}
                  hint={TIER_INFO[tier].description}
                  checked={form.tiers[tier].enabled}
                  onChange={(enabled) => setTier(tier, { enabled })}
                  error={errors.get(`tiers.${tier}.enabled`)}
                />
                {form.tiers[tier].enabled ? (
                  <SelectField
                    id={idFor(tierField(tier))}
                    label={`${TIER_INFO[tier].label} subnet size`}
                    hint="Usable = addresses minus the 5 AWS keeps."
                    value={String(form.tiers[tier].prefix)}
                    options={PREFIX_OPTIONS}
                    onChange={(value) => setTier(tier, { prefix: Number(value) })}
                    error={errors.get(tierField(tier))}
                  />
                ) : null}
              </div>
            ))}
          </div>
          <p className="widget-hint">Larger subnets are placed first, each on a boundary of its own size, so no space is lost between them.</p>
        </fieldset>
        <fieldset className="widget-fieldset">
          <legend>Internet access from private subnets</legend>
          <div className="widget-grid">
            <SelectField id={idFor('nat')} label="NAT gateways" value={form.nat} options={NAT_MODES} onChange={(nat) => update({ nat })} error={errors.get('nat')} />
            <TextField
              id={idFor('natDataGb')}
              label="Data through NAT per month (GB)"
              hint="For the cost comparison: downloads, updates, calls to external APIs."
              value={form.natDataGb}
              inputMode="decimal"
              onChange={(natDataGb) => update({ natDataGb })}
              error={errors.get('natDataGb')}
            />
          </div>
        </fieldset>
      </form>
      <Output result={result} idFor={idFor} />
    </section>
  );
}
