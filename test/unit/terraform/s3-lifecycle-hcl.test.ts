import { readFileSync } from 'node:fs';
import { format } from '@cdktn/hcl-tools';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HclDocument } from '~/lib/terraform/hcl';
import { lifecycleDocument, lifecycleMainTfForForm, renderLifecycle } from '~/lib/terraform/s3-lifecycle-hcl';
import { DEFAULT_LIFECYCLE_FORM, MIN_TRANSITION_DAYS, validateLifecycle, type LifecycleForm, type LifecyclePolicy, type TransitionTarget } from '~/lib/s3/lifecycle';
import { expectedLifecycleJson } from '../s3/expected-hcl';
import { hostileText } from './plan-arbitraries';
import { parseHcl } from './hcl-json';
import { checkBody } from './provider-schema';

const SCALE = Math.max(1, Number(process.env.PROPERTY_RUNS_SCALE) || 1);
const TIMEOUT = { timeout: 30_000 * SCALE };

type Schema = Parameters<typeof checkBody>[1];
const schema = JSON.parse(readFileSync(new URL('../../fixtures/aws-provider-schema/s3.json', import.meta.url), 'utf8')) as {
  $comment: string;
  provider: { source: string; version: string };
  resources: Record<string, Schema>;
};

function schemaProblems(document: HclDocument): string[] {
  const problems: string[] = [];
  for (const item of document.body) {
    if (item.kind !== 'block' || item.type !== 'resource') continue;
    const [type = '', name = ''] = item.labels;
    const known = schema.resources[type];
    if (!known) problems.push(`${type}: resource type not in the AWS provider schema`);
    else problems.push(...checkBody(item.body, known, `${type}.${name}`, true));
  }
  return problems;
}

function policy(form: LifecycleForm): LifecyclePolicy {
  const result = validateLifecycle(form);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.policy;
}

const EXAMPLES: [string, LifecycleForm][] = [
  ['the default form', DEFAULT_LIFECYCLE_FORM],
  ['Deep Archive on day 0, no prefix, no clean-up rules', { ...DEFAULT_LIFECYCLE_FORM, target: 'DEEP_ARCHIVE', transitionDays: '0', prefix: '', noncurrent: false, abortMultipart: false }],
  ['deletion only', { ...DEFAULT_LIFECYCLE_FORM, target: 'NONE', noncurrent: false }],
  ['housekeeping rules only', { ...DEFAULT_LIFECYCLE_FORM, target: 'NONE', expire: false }],
  ['a hostile rule id and prefix', { ...DEFAULT_LIFECYCLE_FORM, ruleId: 'say "hi" ${var.x} %{ if } \\ 😀', prefix: 'logs/${x}/"q"/\\/' }],
];

describe('generated lifecycle main.tf', () => {
  it.each(EXAMPLES)('%s parses with HashiCorp HCL and matches the policy field by field', async (_, form) => {
    const p = policy(form);
    expect(await parseHcl(renderLifecycle(p))).toEqual(expectedLifecycleJson(p));
  });

  it.each(EXAMPLES)('%s is already formatted as terraform fmt would', async (_, form) => {
    const text = renderLifecycle(policy(form));
    expect(await format(text)).toBe(text);
  });

  it('gives every rule a filter block, empty for the whole bucket', () => {
    const text = renderLifecycle(policy(DEFAULT_LIFECYCLE_FORM));
    expect(text.match(/^ {2}rule \{/gm)).toHaveLength(3);
    expect(text.match(/^ {4}filter/gm)).toHaveLength(3);
    expect(text).toContain('    filter {}\n');
    expect(text).toContain('version = "~> 6.0"');
  });

  it('turns versioning on only when old versions are cleaned up', () => {
    expect(renderLifecycle(policy(DEFAULT_LIFECYCLE_FORM))).toContain('resource "aws_s3_bucket_versioning" "main"');
    expect(renderLifecycle(policy({ ...DEFAULT_LIFECYCLE_FORM, noncurrent: false }))).not.toContain('aws_s3_bucket_versioning');
  });

  it('never emits Terraform for an invalid form: it returns the errors instead', () => {
    const result = lifecycleMainTfForForm({ ...DEFAULT_LIFECYCLE_FORM, transitionDays: '10' });
    expect(result.ok).toBe(false);
    expect('text' in result).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['transitionDays']);
  });
});

describe('AWS provider v6 schema', () => {
  it('is a v6 schema, with its provenance', () => {
    expect(schema.provider).toEqual({ source: 'hashicorp/aws', version: expect.stringMatching(/^6\./) });
    expect(schema.$comment).toContain('terraform providers schema -json');
  });

  it.each(EXAMPLES)('knows every resource, argument and block written for %s', (_, form) => {
    expect(schemaProblems(lifecycleDocument(policy(form)))).toEqual([]);
  });

  it('would notice the v5-era inline lifecycle_rule block on the bucket', () => {
    const document = lifecycleDocument(policy(DEFAULT_LIFECYCLE_FORM));
    const broken: HclDocument = {
      body: document.body.map((item) =>
        item.kind === 'block' && item.labels[0] === 'aws_s3_bucket' ? { ...item, body: [...item.body, { kind: 'block', type: 'lifecycle_rule', labels: [], body: [] }] } : item,
      ),
    };
    expect(schemaProblems(broken)).toEqual(['aws_s3_bucket.main.lifecycle_rule: not a block in the schema']);
  });
});

const TARGETS: TransitionTarget[] = ['NONE', 'INTELLIGENT_TIERING', 'STANDARD_IA', 'ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'];
/** Rule ids and prefixes: hostile for HCL, but without control characters, which S3 refuses. */
const ruleText = hostileText.map((text) => text.replace(/\p{Cc}/gu, '')).filter((text) => [...text].length <= 255);

const validForm: fc.Arbitrary<LifecycleForm> = fc
  .record({
    bucketName: fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,40}[a-z0-9]$/).filter((name) => !name.startsWith('xn--') && !name.startsWith('sthree-')),
    ruleId: ruleText.filter((text) => text.trim() !== '' && !['expire-noncurrent-versions', 'abort-incomplete-multipart-uploads'].includes(text.normalize('NFC'))),
    prefix: ruleText,
    target: fc.constantFrom(...TARGETS),
    extraTransition: fc.integer({ min: 0, max: 400 }),
    expire: fc.boolean(),
    expireAfter: fc.integer({ min: 1, max: 3000 }),
    noncurrent: fc.boolean(),
    noncurrentDays: fc.integer({ min: 1, max: 3650 }),
    abortMultipart: fc.boolean(),
    abortDays: fc.integer({ min: 1, max: 365 }),
    region: fc.constantFrom('us-east-1', 'eu-central-1', 'ap-northeast-1'),
  })
  .map((r): LifecycleForm => {
    const transitionDays = r.target === 'NONE' ? 0 : MIN_TRANSITION_DAYS[r.target] + r.extraTransition;
    const anything = r.target !== 'NONE' || r.expire || r.noncurrent || r.abortMultipart;
    return {
      ...DEFAULT_LIFECYCLE_FORM,
      region: r.region,
      bucketName: r.bucketName,
      ruleId: r.ruleId,
      prefix: r.prefix,
      target: r.target,
      transitionDays: String(transitionDays),
      expire: r.expire,
      expirationDays: String(transitionDays + r.expireAfter),
      noncurrent: r.noncurrent,
      noncurrentDays: String(r.noncurrentDays),
      abortMultipart: anything ? r.abortMultipart : true,
      abortDays: String(r.abortDays),
    };
  });

describe('property: any valid form', () => {
  it('renders HCL that HashiCorp parses back to exactly the policy, hostile text included', TIMEOUT, async () => {
    await fc.assert(
      fc.asyncProperty(validForm, async (form) => {
        const result = lifecycleMainTfForForm(form);
        if (!result.ok) throw new Error(`generated form is invalid: ${JSON.stringify(result.errors)}`);
        if (result.policy.main) expect(result.policy.main.prefix).toBe(form.prefix.normalize('NFC'));
        expect(await parseHcl(result.text)).toEqual(expectedLifecycleJson(result.policy));
      }),
      { numRuns: 250 * SCALE },
    );
  });

  it('renders text that terraform fmt leaves unchanged', TIMEOUT, async () => {
    await fc.assert(
      fc.asyncProperty(validForm, async (form) => {
        const result = lifecycleMainTfForForm(form);
        if (!result.ok) throw new Error('generated form is invalid');
        expect(await format(result.text)).toBe(result.text);
      }),
      { numRuns: 400 * SCALE },
    );
  });

  it('only uses resource types, arguments and blocks of the v6 schema', TIMEOUT, () => {
    fc.assert(
      fc.property(validForm, (form) => {
        expect(schemaProblems(lifecycleDocument(policy(form)))).toEqual([]);
      }),
      { numRuns: 1000 * SCALE },
    );
  });

  it('a form with a transition too early for IA, a deletion before the transition or a bad bucket name gives errors and no HCL', TIMEOUT, () => {
    const broken = fc.oneof(
      fc.tuple(validForm, fc.constantFrom<TransitionTarget>('STANDARD_IA', 'ONEZONE_IA'), fc.integer({ min: 0, max: 29 })).map(([form, target, days]) => ({
        field: 'transitionDays',
        form: { ...form, target, transitionDays: String(days) },
      })),
      fc.tuple(validForm, fc.integer({ min: 0, max: 500 })).map(([form, back]) => {
        const target: TransitionTarget = form.target === 'NONE' ? 'GLACIER' : form.target;
        const transition = MIN_TRANSITION_DAYS[target] + 10 + back;
        return { field: 'expirationDays', form: { ...form, target, transitionDays: String(transition), expire: true, expirationDays: String(transition - (back % 10)) } };
      }),
      fc.tuple(validForm, fc.constantFrom('UPPER', 'a', 'under_score', '.dot', 'x'.repeat(64), '10.0.0.1')).map(([form, bucketName]) => ({ field: 'bucketName', form: { ...form, bucketName } })),
    );
    fc.assert(
      fc.property(broken, ({ field, form }) => {
        const result = lifecycleMainTfForForm(form);
        expect(result.ok).toBe(false);
        expect('text' in result).toBe(false);
        if (!result.ok) expect(result.errors.map((e) => e.field)).toContain(field);
      }),
      { numRuns: 1000 * SCALE },
    );
  });
});
