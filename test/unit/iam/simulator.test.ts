import { describe, expect, it } from 'vitest';
import { EVALUATOR_EXAMPLES } from '~/lib/iam/examples';
import { parsePrincipalArn } from '~/lib/iam/principal';
import { readRequest } from '~/lib/iam/request';
import { DEFAULT_EVALUATOR_FORM, MAX_CONTEXT_ROWS, editEvaluator, runEvaluator, type EvaluatorForm } from '~/lib/iam/simulator';

describe('the example scenarios teach what they say', () => {
  const expected: Record<string, string> = {
    'explicit-deny': 'explicit-deny',
    'resource-policy-alone': 'allow',
    'cross-account': 'implicit-deny',
    boundary: 'implicit-deny',
    'role-arn-boundary': 'implicit-deny',
    'scp-region': 'explicit-deny',
    conditions: 'implicit-deny',
  };

  it.each(EVALUATOR_EXAMPLES.map((example) => [example.id, example] as const))('%s', (id, example) => {
    const outcome = runEvaluator(example.form);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(outcome.evaluation.decision).toBe(expected[id]);
      expect(outcome.warnings).toEqual([]);
    }
  });

  it('following each lesson\u2019s suggestion flips the outcome', () => {
    const flip = (id: string, patch: (form: EvaluatorForm) => EvaluatorForm) => {
      const example = EVALUATOR_EXAMPLES.find((e) => e.id === id);
      if (!example) throw new Error(id);
      const outcome = runEvaluator(patch(example.form));
      return outcome.ok ? outcome.evaluation.decision : 'invalid';
    };
    expect(flip('explicit-deny', (f) => ({ ...f, resourceArn: 'arn:aws:s3:::carlossalazar/notes.txt' }))).toBe('allow');
    expect(flip('resource-policy-alone', (f) => ({ ...f, principalArn: 'arn:aws:iam::111122223333:user/mallory' }))).toBe('implicit-deny');
    expect(
      flip('cross-account', (f) => ({
        ...f,
        identity: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::example-shared/*"}]}',
      })),
    ).toBe('allow');
    expect(flip('role-arn-boundary', (f) => ({ ...f, resource: f.resource.replace('arn:aws:iam::111122223333:role/BuildRole', 'arn:aws:sts::111122223333:assumed-role/BuildRole/ci-run-42') }))).toBe('allow');
    expect(flip('scp-region', (f) => ({ ...f, context: [{ id: 'c1', key: 'aws:RequestedRegion', value: 'eu-west-1' }] }))).toBe('allow');
    expect(flip('conditions', (f) => ({ ...f, context: f.context.map((r) => (r.key === 'aws:MultiFactorAuthPresent' ? { ...r, value: 'true' } : r)) }))).toBe('allow');
  });
});

describe('runEvaluator reports every problem at its field', () => {
  it('policy problems go to the policy field, all of them in one message', () => {
    const outcome = runEvaluator({ ...DEFAULT_EVALUATOR_FORM, scp: '{"Version":"2012-10-17","Statement":[{"Efect":"Allow","Action":"s3:*","Resource":"bucket"}]}' });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual([
      {
        field: 'scp',
        label: 'Service control policy (SCP)',
        message:
          'Line 1, column 39, statement 1, Efect: Unknown element "Efect"; did you mean "Effect"? Line 1, column 82, statement 1, Resource: "bucket" is not an ARN: write arn:partition:service:region:account:resource (e.g. arn:aws:s3:::my-bucket/*) or "*".',
      },
    ]);
  });

  it('request fields, in form order, with labels for the summary', () => {
    const outcome = runEvaluator({
      ...DEFAULT_EVALUATOR_FORM,
      principalArn: 'alice',
      action: 's3:Get*',
      resourceArn: 'arn:aws:s3:::bucket/*',
      context: [
        { id: 'c1', key: 'aws:SourceIp', value: 'ten.0.0.1' },
        { id: 'c2', key: 'aws:PrincipalArn', value: 'x' },
        { id: 'c3', key: '', value: 'orphan' },
      ],
    });
    expect(outcome.ok ? [] : outcome.problems.map((p) => [p.field, p.label, p.message])).toEqual([
      ['principalArn', 'Principal ARN', 'Enter an ARN such as arn:aws:iam::111122223333:user/alice.'],
      ['action', 'Action', 'A request names one action: remove the wildcard (wildcards belong in policies).'],
      ['resourceArn', 'Resource ARN', 'A request is for one resource: remove the wildcard.'],
      ['context.c1.value', 'Context key 1 value', '"ten.0.0.1" is not a valid aws:SourceIp value. Use an IPv4 address such as 203.0.113.25 (this simulator handles IPv4 only).'],
      ['context.c2.key', 'Context key 2 name', 'aws:PrincipalArn is filled in from the request above; change the principal or resource instead.'],
      ['context.c3.key', 'Context key 3 name', 'Enter the key this value belongs to, e.g. aws:SourceIp.'],
    ]);
  });

  it('the resource account: required for S3 ARNs, and must agree with an ARN that names one', () => {
    const s3 = readRequest({ ...DEFAULT_EVALUATOR_FORM, resourceAccount: '' });
    expect(s3.ok ? '' : s3.errors.get('resourceAccount')).toContain('S3 ARNs never do');
    const ec2 = readRequest({ ...DEFAULT_EVALUATOR_FORM, resourceAccount: '', resourceArn: 'arn:aws:ec2:us-east-1:444455556666:instance/i-1' });
    expect(ec2.ok && ec2.request.resourceAccount).toBe('444455556666');
    const mismatch = readRequest({ ...DEFAULT_EVALUATOR_FORM, resourceAccount: '111122223333', resourceArn: 'arn:aws:ec2:us-east-1:444455556666:instance/i-1' });
    expect(mismatch.ok ? '' : mismatch.errors.get('resourceAccount')).toBe('The resource ARN names account 444455556666; use the same account here or leave this empty.');
  });

  it('fills in aws:PrincipalArn (the role for a session), aws:username only for users', () => {
    const session = readRequest({ ...DEFAULT_EVALUATOR_FORM, principalArn: 'arn:aws:sts::123456789012:assumed-role/Admin/maria' });
    expect(session.ok && session.request.derivedKeys).toEqual([
      { key: 'aws:PrincipalArn', value: 'arn:aws:iam::123456789012:role/Admin' },
      { key: 'aws:PrincipalAccount', value: '123456789012' },
      { key: 'aws:PrincipalType', value: 'AssumedRole' },
      { key: 'aws:ResourceAccount', value: '123456789012' },
    ]);
    const user = readRequest(DEFAULT_EVALUATOR_FORM);
    expect(user.ok && user.request.context.get('aws:username')).toEqual(['carlossalazar']);
  });

  it('rows with the same key make a multivalued key; empty rows are ignored', () => {
    const read = readRequest({
      ...DEFAULT_EVALUATOR_FORM,
      context: [
        { id: 'c1', key: 'aws:TagKeys', value: 'team' },
        { id: 'c2', key: 'AWS:tagkeys', value: 'env' },
        { id: 'c3', key: '', value: '' },
      ],
    });
    expect(read.ok && read.request.context.get('aws:tagkeys')).toEqual(['team', 'env']);
  });
});

describe('principal ARNs', () => {
  it.each([
    ['arn:aws:iam::111122223333:user/division/alice', { kind: 'user', name: 'alice', account: '111122223333' }],
    ['arn:aws:iam::111122223333:role/Admin', { kind: 'role', name: 'Admin', roleArn: 'arn:aws:iam::111122223333:role/Admin' }],
    ['arn:aws:sts::111122223333:assumed-role/Admin/maria', { kind: 'role-session', name: 'Admin', sessionName: 'maria' }],
    ['arn:aws:sts::111122223333:federated-user/bob', { kind: 'federated-user', name: 'bob' }],
    ['arn:aws:iam::111122223333:root', { kind: 'root' }],
  ])('%s', (arn, expected) => {
    const parsed = parsePrincipalArn(arn);
    expect(parsed.ok && parsed.principal).toMatchObject(expected);
  });

  it.each([
    ['', 'Required: enter the ARN of the user or role making the request.'],
    ['arn:aws:iam::1234:user/a', 'The account ID must be 12 digits, e.g. 111122223333 (found "1234").'],
    ['arn:aws:iam:us-east-1:111122223333:user/a', 'IAM and STS ARNs have no Region: leave the part between the third and fourth colon empty.'],
    ['arn:aws:s3::111122223333:bucket', 'A principal ARN is an IAM (iam) or STS (sts) ARN, not "s3".'],
    ['arn:aws:iam::111122223333:group/devs', 'IAM principal ARNs end in :root, :user/name or :role/name.'],
    ['arn:aws:iam::111122223333:user/*', 'A request comes from one principal: remove the wildcard.'],
  ])('%j is refused', (arn, message) => {
    const parsed = parsePrincipalArn(arn);
    expect(parsed.ok ? '' : parsed.error).toBe(message);
  });
});

describe('editEvaluator', () => {
  it('adds rows with fresh ids up to the limit, edits and removes them', () => {
    let form = editEvaluator({ ...DEFAULT_EVALUATOR_FORM, context: [{ id: 'c2', key: 'a:b', value: '1' }] }, { type: 'add-row' });
    expect(form.context.map((r) => r.id)).toEqual(['c2', 'c3']);
    form = editEvaluator(form, { type: 'set-row', id: 'c3', patch: { key: 'aws:SourceIp' } });
    expect(form.context[1]).toEqual({ id: 'c3', key: 'aws:SourceIp', value: '' });
    form = editEvaluator(form, { type: 'remove-row', id: 'c2' });
    expect(form.context.map((r) => r.id)).toEqual(['c3']);
    for (let i = 0; i < MAX_CONTEXT_ROWS + 5; i += 1) form = editEvaluator(form, { type: 'add-row' });
    expect(form.context).toHaveLength(MAX_CONTEXT_ROWS);
  });

  it('loads an example, and ignores an unknown one', () => {
    const loaded = editEvaluator(DEFAULT_EVALUATOR_FORM, { type: 'load-example', exampleId: 'scp-region' });
    expect(loaded.action).toBe('ec2:RunInstances');
    expect(editEvaluator(loaded, { type: 'load-example', exampleId: 'nope' })).toBe(loaded);
  });
});
