import { readFileSync } from 'node:fs';
import { format } from '@cdktn/hcl-tools';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BodyItem, HclDocument } from '~/lib/terraform/hcl';
import { renderVpc, vpcDocument, vpcMainTfForForm } from '~/lib/terraform/vpc-hcl';
import { DEFAULT_VPC_PLAN_FORM, planVpc, type VpcPlan, type VpcPlanForm } from '~/lib/vpc/subnet-plan';
import { expectedVpcJson } from '../vpc/expected-hcl';
import { anyLayoutForm } from '../vpc/vpc-arbitraries';
import { parseHcl } from './hcl-json';
import { checkBody } from './provider-schema';

// See backup-plan-properties.test.ts: the WebAssembly parser and formatter cost ~15 ms and ~5 ms a
// document, so these counts keep each property within a few seconds. PROPERTY_RUNS_SCALE=10 digs deeper.
const SCALE = Math.max(1, Number(process.env.PROPERTY_RUNS_SCALE) || 1);
const TIMEOUT = { timeout: 30_000 * SCALE };

type Schema = Parameters<typeof checkBody>[1];
const schema = JSON.parse(readFileSync(new URL('../../fixtures/aws-provider-schema/vpc.json', import.meta.url), 'utf8')) as {
  $comment: string;
  provider: { source: string; version: string };
  resources: Record<string, Schema>;
  data_sources: Record<string, Schema>;
};

/**
 * The shared checker accepts only jsonencode() among calls. element(local.azs, i) picks one string
 * from a list of zone names, so for the type check it stands in as an (untyped) reference.
 */
function elementCallsAsReferences(items: readonly BodyItem[]): BodyItem[] {
  return items.map((item) => {
    if (item.kind === 'block') return { ...item, body: elementCallsAsReferences(item.body) };
    if (item.kind === 'attribute' && item.value.kind === 'call' && item.value.name === 'element') {
      return { ...item, value: { kind: 'reference', path: ['element'] } };
    }
    return item;
  });
}

/** Resource types, data sources, arguments and blocks of the document missing from the v6 schema. */
function schemaProblems(document: HclDocument): string[] {
  const problems: string[] = [];
  for (const item of elementCallsAsReferences(document.body)) {
    if (item.kind !== 'block' || (item.type !== 'resource' && item.type !== 'data')) continue;
    const [type = '', name = ''] = item.labels;
    const known = (item.type === 'resource' ? schema.resources : schema.data_sources)[type];
    if (!known) problems.push(`${item.type} ${type}: not in the AWS provider schema`);
    else problems.push(...checkBody(item.body, known, `${type}.${name}`, true));
  }
  return problems;
}

const validForm = anyLayoutForm.filter((form) => planVpc(form).ok);

function plan(form: VpcPlanForm): VpcPlan {
  const result = planVpc(form);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

const EXAMPLES: [string, VpcPlanForm][] = [
  ['the default form (3 AZs, NAT per AZ)', DEFAULT_VPC_PLAN_FORM],
  ['a single NAT gateway', { ...DEFAULT_VPC_PLAN_FORM, nat: 'single' }],
  ['no NAT gateway, public tier off', { ...DEFAULT_VPC_PLAN_FORM, nat: 'none', tiers: { ...DEFAULT_VPC_PLAN_FORM.tiers, public: { enabled: false, prefix: 24 } } }],
  ['a hostile name', { ...DEFAULT_VPC_PLAN_FORM, name: 'team "core" ${var.x} %{ if } \\ 😀\nline' }],
];

describe('generated VPC main.tf', () => {
  it.each(EXAMPLES)('%s parses with HashiCorp HCL and matches the plan field by field', async (_, form) => {
    const p = plan(form);
    expect(await parseHcl(renderVpc(p))).toEqual(expectedVpcJson(p));
  });

  it.each(EXAMPLES)('%s is already formatted as terraform fmt would', async (_, form) => {
    const text = renderVpc(plan(form));
    expect(await format(text)).toBe(text);
  });

  it('writes what lesson 12.1 teaches: DNS hostnames on, zones from the data source, explicit associations', () => {
    const text = renderVpc(plan(DEFAULT_VPC_PLAN_FORM));
    expect(text).toContain('version = "~> 6.0"');
    expect(text).toContain('enable_dns_hostnames = true');
    expect(text).toContain('azs = slice(data.aws_availability_zones.available.names, 0, 3)');
    expect(text).toContain('availability_zone = element(local.azs, 2)');
    expect(text.match(/resource "aws_route_table_association"/g)).toHaveLength(9);
    expect(text.match(/resource "aws_nat_gateway"/g)).toHaveLength(3);
    expect(text).toContain('domain = "vpc"');
  });

  it('a single NAT gateway: one gateway, one private route table pointing at it', () => {
    const text = renderVpc(plan({ ...DEFAULT_VPC_PLAN_FORM, nat: 'single' }));
    expect(text.match(/resource "aws_nat_gateway"/g)).toHaveLength(1);
    expect(text).toContain('# One NAT gateway for every AZ: cheaper, but if its AZ fails every private subnet loses the internet.');
    expect(text).toMatch(/resource "aws_route" "private_nat" \{[^}]*nat_gateway_id\s+= aws_nat_gateway\.nat_1\.id/);
  });

  it('never emits Terraform for an invalid form: it returns the errors instead', () => {
    const result = vpcMainTfForForm({ ...DEFAULT_VPC_PLAN_FORM, vpcCidr: '10.0.0.1/16' });
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'vpcCidr', label: 'VPC CIDR block', message: '10.0.0.1/16 has host bits set: the network of that address is 10.0.0.0/16. Use it instead.' }],
    });
  });
});

describe('AWS provider v6 schema', () => {
  it('is a v6 schema, with its provenance', () => {
    expect(schema.provider).toEqual({ source: 'hashicorp/aws', version: expect.stringMatching(/^6\./) });
    expect(schema.$comment).toContain('terraform providers schema -json');
  });

  it.each(EXAMPLES)('knows every resource, data source, argument and block written for %s', (_, form) => {
    expect(schemaProblems(vpcDocument(plan(form)))).toEqual([]);
  });

  it('would notice an argument the provider does not have', () => {
    const document = vpcDocument(plan(DEFAULT_VPC_PLAN_FORM));
    const broken: HclDocument = {
      body: document.body.map((item) =>
        item.kind === 'block' && item.labels[0] === 'aws_eip'
          ? { ...item, body: [...item.body, { kind: 'attribute', name: 'vpc', value: { kind: 'bool', value: true } }] }
          : item,
      ),
    };
    expect(schemaProblems(broken)).toContain('aws_eip.nat_1.vpc: not an argument in the schema');
  });
});

describe('property: any valid form', () => {
  it('renders HCL that HashiCorp parses back to exactly the plan, hostile names included', TIMEOUT, async () => {
    await fc.assert(
      fc.asyncProperty(validForm, async (form) => {
        const result = vpcMainTfForForm(form);
        if (!result.ok) throw new Error('generated form is invalid');
        expect(result.plan.name).toBe(form.name.normalize('NFC'));
        expect(await parseHcl(result.text)).toEqual(expectedVpcJson(result.plan));
      }),
      { numRuns: 150 * SCALE },
    );
  });

  it('renders text that terraform fmt leaves unchanged', TIMEOUT, async () => {
    await fc.assert(
      fc.asyncProperty(validForm, async (form) => {
        const result = vpcMainTfForForm(form);
        if (!result.ok) throw new Error('generated form is invalid');
        expect(await format(result.text)).toBe(result.text);
      }),
      { numRuns: 300 * SCALE },
    );
  });

  it('only uses resource types, arguments and blocks of the v6 schema', TIMEOUT, () => {
    fc.assert(
      fc.property(validForm, (form) => {
        expect(schemaProblems(vpcDocument(plan(form)))).toEqual([]);
      }),
      { numRuns: 500 * SCALE },
    );
  });

  it('never produces HCL when the layout does not fit or a field is broken', TIMEOUT, () => {
    const broken = fc.oneof(
      anyLayoutForm.filter((form) => !planVpc(form).ok),
      anyLayoutForm.map((form) => ({ ...form, vpcCidr: form.vpcCidr.replace(/\/\d+$/, '/15') })),
      anyLayoutForm.map((form) => ({ ...form, name: '' })),
      anyLayoutForm.map((form) => ({ ...form, region: 'nowhere' })),
    );
    fc.assert(
      fc.property(broken, (form) => {
        const result = vpcMainTfForForm(form);
        expect(result.ok).toBe(false);
        expect('text' in result).toBe(false);
        if (!result.ok) for (const error of result.errors) expect(error.message).toMatch(/\S/);
      }),
      { numRuns: 1000 * SCALE },
    );
  });
});
