import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runEvaluator, type EvaluatorForm } from '~/lib/iam/simulator';
import type { PolicyKind } from '~/lib/iam/policy';

const SCALE = Math.max(1, Number(process.env.PROPERTY_RUNS_SCALE) || 1);
const RUNS = 400 * SCALE;

const ACCOUNTS = ['111122223333', '444455556666'];
const PRINCIPALS = [
  'arn:aws:iam::111122223333:user/alice',
  'arn:aws:iam::111122223333:role/Admin',
  'arn:aws:sts::111122223333:assumed-role/Admin/s1',
  'arn:aws:iam::444455556666:user/bob',
  'arn:aws:iam::111122223333:root',
];
const ACTIONS = ['s3:GetObject', 's3:PutObject', 'ec2:RunInstances', 'iam:CreateUser'];
const RESOURCES = ['arn:aws:s3:::example-bucket/a.txt', 'arn:aws:s3:::logs-bucket/x', 'arn:aws:ec2:us-east-1:111122223333:instance/i-1', '*'];

const actionPattern = fc.constantFrom('*', 's3:*', 's3:Get*', 'S3:getobject', 'ec2:*', 'iam:Create*', 's3:PutObject', 'ec2:RunInstances');
const resourcePattern = fc.constantFrom('*', 'arn:aws:s3:::*', 'arn:aws:s3:::example-bucket/*', 'arn:aws:s3:::*log*', 'arn:aws:ec2:*:*:instance/*');
const principalValue = fc.constantFrom('*', ...ACCOUNTS, ...PRINCIPALS);
const condition = fc.option(
  fc.constantFrom(
    { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
    { StringEquals: { 'aws:PrincipalTag/team': 'ops' } },
    { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
    { StringNotEqualsIfExists: { 'aws:RequestedRegion': 'eu-west-1' } },
    { 'ForAllValues:StringLike': { 'aws:TagKeys': 'team*' } },
  ),
  { nil: undefined },
);

const statement = (withPrincipal: boolean) =>
  fc.record({
    Effect: fc.constantFrom('Allow', 'Deny'),
    negatedAction: fc.boolean(),
    actions: fc.array(actionPattern, { minLength: 1, maxLength: 3 }),
    negatedResource: fc.boolean(),
    resources: fc.array(resourcePattern, { minLength: 1, maxLength: 2 }),
    principal: withPrincipal ? fc.array(principalValue, { minLength: 1, maxLength: 2 }) : fc.constant(null),
    Condition: condition,
  }).map(({ Effect, negatedAction, actions, negatedResource, resources, principal, Condition }) => ({
    Effect,
    [negatedAction ? 'NotAction' : 'Action']: actions,
    [negatedResource ? 'NotResource' : 'Resource']: resources,
    ...(principal ? { Principal: { AWS: principal } } : {}),
    ...(Condition ? { Condition } : {}),
  }));

const policyText = (withPrincipal: boolean) =>
  fc.option(
    fc.array(statement(withPrincipal), { minLength: 1, maxLength: 4 }).map((statements) => JSON.stringify({ Version: '2012-10-17', Statement: statements })),
    { nil: '' },
  );

const contextRows = fc.subarray([
  { id: 'c1', key: 'aws:MultiFactorAuthPresent', value: 'true' },
  { id: 'c2', key: 'aws:PrincipalTag/team', value: 'ops' },
  { id: 'c3', key: 'aws:SourceIp', value: '203.0.113.9' },
  { id: 'c4', key: 'aws:RequestedRegion', value: 'us-east-1' },
  { id: 'c5', key: 'aws:TagKeys', value: 'team' },
  { id: 'c6', key: 'aws:TagKeys', value: 'owner' },
]);

const form: fc.Arbitrary<EvaluatorForm> = fc.record({
  identity: policyText(false),
  resource: policyText(true),
  boundary: policyText(false),
  scp: policyText(false),
  principalArn: fc.constantFrom(...PRINCIPALS),
  resourceAccount: fc.constantFrom(...ACCOUNTS),
  action: fc.constantFrom(...ACTIONS),
  resourceArn: fc.constantFrom(...RESOURCES.filter((r) => !r.includes('ec2'))),
  context: contextRows,
});

function decide(f: EvaluatorForm) {
  const outcome = runEvaluator(f);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.evaluation;
}

/** Adds a statement to one policy of the form (creating the policy if it is empty). */
function addStatement(f: EvaluatorForm, kind: PolicyKind, added: object): EvaluatorForm {
  const current = f[kind] === '' ? { Version: '2012-10-17', Statement: [] as object[] } : (JSON.parse(f[kind]) as { Statement: object[] });
  return { ...f, [kind]: JSON.stringify({ ...current, Statement: [...current.Statement, added] }) };
}

const kinds = fc.constantFrom<PolicyKind>('identity', 'resource', 'boundary', 'scp');

/** A generated statement shaped for a policy kind: only resource-based policies keep Principal. */
function shapedFor(kind: PolicyKind, generated: Record<string, unknown>, effect: 'Allow' | 'Deny'): object {
  const shaped: Record<string, unknown> = { ...generated, Effect: effect };
  if (kind !== 'resource') delete shaped.Principal;
  return shaped;
}

describe('property: deny always wins', () => {
  it('an unconditional Deny of everything, in any policy, makes any request explicitly denied', () => {
    fc.assert(
      fc.property(form, kinds, (f, kind) => {
        const deny = { Effect: 'Deny', Action: '*', Resource: '*', ...(kind === 'resource' ? { Principal: '*' } : {}) };
        const evaluation = decide(addStatement(f, kind, deny));
        expect(evaluation.decision).toBe('explicit-deny');
        expect(evaluation.steps.at(-1)?.id).toBe('deny');
      }),
      { numRuns: RUNS },
    );
  });

  it('adding an Allow never turns an explicit Deny into an Allow', () => {
    fc.assert(
      fc.property(form, kinds, statement(true), (f, kind, extra) => {
        const before = decide(f);
        fc.pre(before.decision === 'explicit-deny');
        expect(decide(addStatement(f, kind, shapedFor(kind, extra, 'Allow'))).decision).toBe('explicit-deny');
      }),
      { numRuns: RUNS },
    );
  });

  it('adding a Deny never turns a denied request into an allowed one', () => {
    fc.assert(
      fc.property(form, kinds, statement(true), (f, kind, extra) => {
        const before = decide(f);
        fc.pre(before.decision !== 'allow');
        expect(decide(addStatement(f, kind, shapedFor(kind, extra, 'Deny'))).decision).not.toBe('allow');
      }),
      { numRuns: RUNS },
    );
  });

  it('every evaluation names at least one step and a summary, and explicit denies name the statement', () => {
    fc.assert(
      fc.property(form, (f) => {
        const evaluation = decide(f);
        expect(evaluation.steps.length).toBeGreaterThan(0);
        expect(evaluation.summary).toMatch(/^(Allowed|Denied): /);
        if (evaluation.decision === 'explicit-deny') expect(evaluation.summary).toMatch(/statement \d+/);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('property: evaluation never throws', () => {
  const base: EvaluatorForm = {
    identity: '',
    resource: '',
    boundary: '',
    scp: '',
    principalArn: PRINCIPALS[0] ?? '',
    resourceAccount: '111122223333',
    action: 's3:GetObject',
    resourceArn: 'arn:aws:s3:::b/k',
    context: [],
  };
  const check = (f: EvaluatorForm) => {
    const outcome = runEvaluator(f);
    if (outcome.ok) expect(['allow', 'explicit-deny', 'implicit-deny']).toContain(outcome.evaluation.decision);
    else for (const problem of outcome.problems) expect(problem.message).toMatch(/\S/);
  };

  it('on random text and random JSON in every policy field', () => {
    const anyText = fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ Version: '2012-10-17', Statement: v })));
    fc.assert(fc.property(anyText, anyText, anyText, anyText, (identity, resource, boundary, scp) => check({ ...base, identity, resource, boundary, scp })), {
      numRuns: RUNS,
    });
  });

  it('on statements with random element values and types', () => {
    const hostile = fc.record(
      {
        Sid: fc.jsonValue(),
        Effect: fc.oneof(fc.constantFrom('Allow', 'Deny'), fc.jsonValue()),
        Action: fc.oneof(actionPattern, fc.jsonValue()),
        NotResource: fc.jsonValue(),
        Resource: fc.oneof(resourcePattern, fc.jsonValue()),
        Principal: fc.oneof(fc.constant('*'), fc.jsonValue(), fc.dictionary(fc.constantFrom('AWS', 'Service', 'X'), fc.jsonValue())),
        Condition: fc.dictionary(fc.string(), fc.dictionary(fc.string(), fc.jsonValue())),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 3 }), kinds, (statements, kind) => check({ ...base, [kind]: JSON.stringify({ Version: '2012-10-17', Statement: statements }) })),
      { numRuns: RUNS },
    );
  });

  it('on random request fields and context rows', () => {
    fc.assert(
      fc.property(
        fc.record({
          principalArn: fc.oneof(fc.string(), fc.constantFrom(...PRINCIPALS)),
          resourceAccount: fc.string(),
          action: fc.string(),
          resourceArn: fc.oneof(fc.string(), fc.constantFrom(...RESOURCES)),
          context: fc.array(fc.record({ id: fc.string(), key: fc.string(), value: fc.string() }), { maxLength: 4 }),
        }),
        (request) => check({ ...base, identity: '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}', ...request }),
      ),
      { numRuns: RUNS },
    );
  });
});
