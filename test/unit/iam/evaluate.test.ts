// Worked examples of the IAM User Guide's policy evaluation logic. Each describe block names the
// section it encodes:
//   [single]   "Policy evaluation for requests within a single account" (incl. the Carlos example)
//   [denyallow] "How AWS enforcement code logic evaluates requests to allow or deny access"
//               (resource-based policies: IAM user / IAM role / role session rows)
//   [cross]    "Cross-account policy evaluation logic"
//   [boundary] "Permissions boundaries for IAM entities"
//   [principal] "AWS JSON policy elements: Principal" (account principals delegate; "*")
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '~/lib/iam/evaluate';
import { runEvaluator, type EvaluatorForm } from '~/lib/iam/simulator';

const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const allowAll = policy({ Effect: 'Allow', Action: '*', Resource: '*' });

const base: EvaluatorForm = {
  identity: '',
  resource: '',
  boundary: '',
  scp: '',
  principalArn: 'arn:aws:iam::111122223333:user/alice',
  resourceAccount: '111122223333',
  action: 's3:GetObject',
  resourceArn: 'arn:aws:s3:::example-bucket/report.csv',
  context: [],
};

function evaluate(patch: Partial<EvaluatorForm>): Evaluation {
  const outcome = runEvaluator({ ...base, ...patch });
  if (!outcome.ok) throw new Error(`invalid test form: ${JSON.stringify(outcome.problems)}`);
  return outcome.evaluation;
}

const decision = (patch: Partial<EvaluatorForm>) => evaluate(patch).decision;
const bucketPolicy = (principal: object | string, action: string | string[] = 's3:GetObject', effect = 'Allow') =>
  policy({ Effect: effect, Principal: principal, Action: action, Resource: 'arn:aws:s3:::example-bucket/*' });

describe('[single] the Carlos example', () => {
  const carlos = {
    identity: policy(
      { Sid: 'AllowS3ListRead', Effect: 'Allow', Action: ['s3:GetBucketLocation', 's3:ListAllMyBuckets'], Resource: 'arn:aws:s3:::*' },
      { Sid: 'AllowS3Self', Effect: 'Allow', Action: 's3:*', Resource: ['arn:aws:s3:::carlossalazar/*', 'arn:aws:s3:::carlossalazar'] },
      { Sid: 'DenyS3Logs', Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::*log*' },
    ),
    resource: policy({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::123456789012:user/carlossalazar' },
      Action: 's3:*',
      Resource: ['arn:aws:s3:::carlossalazar/*', 'arn:aws:s3:::carlossalazar'],
    }),
    principalArn: 'arn:aws:iam::123456789012:user/carlossalazar',
    resourceAccount: '123456789012',
    action: 's3:PutObject',
  };

  it('saving to carlossalazar-logs is explicitly denied by DenyS3Logs', () => {
    const result = evaluate({ ...carlos, resourceArn: 'arn:aws:s3:::carlossalazar-logs/app.log' });
    expect(result.decision).toBe('explicit-deny');
    expect(result.summary).toBe(
      'Denied: statement 3 ("DenyS3Logs") of the identity-based policy explicitly denies s3:PutObject on arn:aws:s3:::carlossalazar-logs/app.log.',
    );
    expect(result.steps.map((s) => [s.id, s.outcome])).toEqual([['deny', 'explicit-deny']]);
  });

  it('saving to his own bucket is allowed: no Deny, and both policies allow', () => {
    const result = evaluate({ ...carlos, resourceArn: 'arn:aws:s3:::carlossalazar/notes.txt' });
    expect(result.decision).toBe('allow');
    expect(result.statements.filter((s) => s.applies).map((s) => `${s.policy} ${s.number}`)).toEqual(['resource 1', 'identity 2']);
  });

  it('"If one of the policy types allows the request and the other doesn\'t, the request is still allowed"', () => {
    const own = { ...carlos, resourceArn: 'arn:aws:s3:::carlossalazar/notes.txt' };
    expect(decision({ ...own, resource: '' })).toBe('allow');
    expect(decision({ ...own, identity: policy({ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }) })).toBe('allow');
  });

  it('statements that do not apply say why', () => {
    const result = evaluate({ ...carlos, resourceArn: 'arn:aws:s3:::carlossalazar-logs/app.log' });
    expect(result.statements.find((s) => s.policy === 'identity' && s.number === 1)?.reasons).toEqual([
      'Action: "s3:PutObject" matches none of "s3:GetBucketLocation", "s3:ListAllMyBuckets".',
    ]);
    expect(result.statements.find((s) => s.policy === 'identity' && s.number === 2)?.reasons.at(-1)).toBe(
      'Resource: "arn:aws:s3:::carlossalazar-logs/app.log" matches none of "arn:aws:s3:::carlossalazar/*", "arn:aws:s3:::carlossalazar".',
    );
  });
});

describe('[denyallow] order of evaluation within one account', () => {
  it('by default everything is implicitly denied', () => {
    const result = evaluate({});
    expect(result.decision).toBe('implicit-deny');
    expect(result.summary).toBe('Denied: no policy allows s3:GetObject on arn:aws:s3:::example-bucket/report.csv for IAM user alice (implicit deny).');
  });

  it('an explicit Deny in any policy type overrides every Allow', () => {
    const deny = policy({ Effect: 'Deny', Action: 's3:GetObject', Resource: '*' });
    expect(decision({ identity: allowAll, boundary: deny })).toBe('explicit-deny');
    expect(decision({ identity: allowAll, scp: deny })).toBe('explicit-deny');
    expect(decision({ identity: allowAll, resource: bucketPolicy('*', 's3:GetObject', 'Deny') })).toBe('explicit-deny');
  });

  it('an SCP must allow the action, even when the identity-based policy does', () => {
    const result = evaluate({ identity: allowAll, scp: policy({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }) });
    expect(result.decision).toBe('implicit-deny');
    expect(result.steps.find((s) => s.id === 'scp')?.outcome).toBe('implicit-deny');
    expect(decision({ identity: allowAll, scp: allowAll })).toBe('allow');
  });

  it('an SCP grants nothing by itself', () => {
    expect(decision({ scp: allowAll })).toBe('implicit-deny');
  });

  it('the root user needs no identity-based policy, but SCPs still limit it; boundaries do not apply to it', () => {
    const root = { principalArn: 'arn:aws:iam::111122223333:root' };
    expect(decision(root)).toBe('allow');
    expect(decision({ ...root, scp: policy({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }) })).toBe('implicit-deny');
    const withBoundary = evaluate({ ...root, boundary: policy({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }) });
    expect(withBoundary.decision).toBe('allow');
    expect(withBoundary.steps.find((s) => s.id === 'boundary')?.explanation).toBe(
      'Permissions boundaries apply to IAM users and roles, not to the root user, so the boundary is ignored.',
    );
  });

  it('session step: a role session without a session policy is allowed; a federated user session is not', () => {
    expect(evaluate({ identity: allowAll, principalArn: 'arn:aws:sts::111122223333:assumed-role/Admin/maria' }).steps.at(-1)?.outcome).toBe('allow');
    const federated = { principalArn: 'arn:aws:sts::111122223333:federated-user/alice' };
    const result = evaluate({ ...federated, identity: allowAll });
    expect(result.decision).toBe('implicit-deny');
    expect(result.steps.at(-1)).toMatchObject({ id: 'session', outcome: 'implicit-deny' });
    // A resource-based policy that names the federated user session directly is not limited by that.
    expect(decision({ ...federated, resource: bucketPolicy({ AWS: 'arn:aws:sts::111122223333:federated-user/alice' }) })).toBe('allow');
  });
});

describe('[denyallow] resource-based policies and implicit denies (same account)', () => {
  const boundaryWithoutS3 = policy({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' });

  it('IAM user: a grant to the user ARN is not limited by an implicit deny in identity-based policies or the boundary', () => {
    const result = evaluate({ resource: bucketPolicy({ AWS: 'arn:aws:iam::111122223333:user/alice' }), boundary: boundaryWithoutS3 });
    expect(result.decision).toBe('allow');
    expect(result.steps.find((s) => s.id === 'resource')?.outcome).toBe('allow');
  });

  it('IAM role: a grant to the role ARN is limited by an implicit deny in the permissions boundary', () => {
    const session = { principalArn: 'arn:aws:sts::111122223333:assumed-role/BuildRole/ci-42' };
    const toRole = bucketPolicy({ AWS: 'arn:aws:iam::111122223333:role/BuildRole' });
    expect(decision({ ...session, resource: toRole })).toBe('allow'); // identity-based policies do not limit it
    const limited = evaluate({ ...session, resource: toRole, boundary: boundaryWithoutS3 });
    expect(limited.decision).toBe('implicit-deny');
    expect(limited.steps.find((s) => s.id === 'boundary')?.outcome).toBe('implicit-deny');
  });

  it('IAM role session: a grant to the session ARN is not limited by the boundary', () => {
    expect(
      decision({
        principalArn: 'arn:aws:sts::111122223333:assumed-role/BuildRole/ci-42',
        resource: bucketPolicy({ AWS: 'arn:aws:sts::111122223333:assumed-role/BuildRole/ci-42' }),
        boundary: boundaryWithoutS3,
      }),
    ).toBe('allow');
  });

  it('[principal] naming the account delegates: the identity-based policy must allow', () => {
    for (const account of ['111122223333', 'arn:aws:iam::111122223333:root']) {
      const result = evaluate({ resource: bucketPolicy({ AWS: account }) });
      expect(result.decision).toBe('implicit-deny');
      expect(result.steps.find((s) => s.id === 'resource')?.explanation).toContain('delegates the decision');
      expect(decision({ resource: bucketPolicy({ AWS: account }), identity: allowAll })).toBe('allow');
    }
  });

  it('[principal] "*" grants everyone; for IAM users and roles in the account no other permission is needed', () => {
    expect(decision({ resource: bucketPolicy('*') })).toBe('allow');
    expect(decision({ resource: bucketPolicy({ AWS: '*' }), principalArn: 'arn:aws:sts::111122223333:assumed-role/Any/s' })).toBe('allow');
  });

  it('a Principal naming someone else does not apply', () => {
    const result = evaluate({ resource: bucketPolicy({ AWS: 'arn:aws:iam::111122223333:user/bob' }) });
    expect(result.decision).toBe('implicit-deny');
    expect(result.statements[0]?.reasons).toEqual(['Principal: does not name IAM user alice or its account.']);
  });

  it('service principals never match an IAM user', () => {
    const result = evaluate({ resource: bucketPolicy({ Service: 'cloudtrail.amazonaws.com' }) });
    expect(result.decision).toBe('implicit-deny');
    expect(result.statements[0]?.reasons[0]).toContain('Service principals such as "cloudtrail.amazonaws.com" are services');
  });
});

describe('[boundary] permissions boundaries', () => {
  const shirley = { principalArn: 'arn:aws:iam::111122223333:user/ShirleyRodriguez', boundary: policy({ Effect: 'Allow', Action: ['s3:*', 'cloudwatch:*', 'ec2:*'], Resource: '*' }) };

  it('iam:CreateUser fails: the boundary does not allow it, even though her policy does', () => {
    const result = evaluate({ ...shirley, identity: policy({ Effect: 'Allow', Action: 'iam:CreateUser', Resource: '*' }), action: 'iam:CreateUser', resourceArn: 'arn:aws:iam::111122223333:user/new' });
    expect(result.decision).toBe('implicit-deny');
    expect(result.summary).toBe('Denied: the permissions boundary does not allow iam:CreateUser, even though the identity-based policy does (implicit deny).');
  });

  it('a boundary grants nothing by itself; both must allow', () => {
    expect(decision(shirley)).toBe('implicit-deny');
    expect(decision({ ...shirley, identity: policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }) })).toBe('allow');
  });

  it('NotPrincipal with Deny always denies a principal that has a boundary', () => {
    const notPrincipalDeny = policy({ Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:user/alice' }, Action: 's3:*', Resource: 'arn:aws:s3:::example-bucket/*' });
    expect(decision({ identity: allowAll, resource: notPrincipalDeny })).toBe('allow'); // alice is excluded
    expect(decision({ identity: allowAll, resource: notPrincipalDeny, boundary: allowAll })).toBe('explicit-deny');
  });
});

describe('[cross] cross-account requests need both accounts to allow', () => {
  const bob = { principalArn: 'arn:aws:iam::444455556666:user/bob', resourceAccount: '111122223333' };
  const trustBobsAccount = bucketPolicy({ AWS: '444455556666' });
  const bobsPolicy = policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::example-bucket/*' });

  it('resource-based policy alone: denied, the identity-based policy must allow too', () => {
    const result = evaluate({ ...bob, resource: trustBobsAccount });
    expect(result.crossAccount).toBe(true);
    expect(result.decision).toBe('implicit-deny');
    expect(result.summary).toBe('Denied: across accounts both sides must allow; the identity-based policy of IAM user bob does not (implicit deny).');
  });

  it('identity-based policy alone: denied, the resource has to trust the principal', () => {
    expect(decision({ ...bob, identity: bobsPolicy })).toBe('implicit-deny');
    expect(decision({ ...bob, identity: bobsPolicy, resource: bucketPolicy({ AWS: '999999999999' }) })).toBe('implicit-deny');
  });

  it('both: allowed; and a user ARN grant is needed in the identity-based policy as well', () => {
    expect(decision({ ...bob, identity: bobsPolicy, resource: trustBobsAccount })).toBe('allow');
    expect(decision({ ...bob, resource: bucketPolicy({ AWS: 'arn:aws:iam::444455556666:user/bob' }) })).toBe('implicit-deny');
  });

  it('the principal\'s SCP and boundary still apply, and an explicit deny on either side wins', () => {
    expect(decision({ ...bob, identity: bobsPolicy, resource: trustBobsAccount, boundary: policy({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }) })).toBe('implicit-deny');
    expect(decision({ ...bob, identity: bobsPolicy, resource: trustBobsAccount, scp: policy({ Effect: 'Deny', Action: 's3:*', Resource: '*' }) })).toBe('explicit-deny');
  });
});

describe('NotAction, NotResource and conditions in a statement', () => {
  it('NotAction covers every action except those listed', () => {
    const identity = policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' });
    expect(decision({ identity })).toBe('allow');
    expect(decision({ identity, action: 'iam:CreateUser', resourceArn: '*' })).toBe('implicit-deny');
  });

  it('NotResource covers every resource except those listed', () => {
    const identity = policy({ Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::secret-bucket/*' });
    expect(decision({ identity })).toBe('allow');
    expect(decision({ identity, resourceArn: 'arn:aws:s3:::secret-bucket/x' })).toBe('implicit-deny');
  });

  it('a Deny with a condition applies only when the condition holds (MFA)', () => {
    const identity = policy(
      { Effect: 'Allow', Action: 's3:*', Resource: '*' },
      { Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } },
    );
    expect(decision({ identity })).toBe('explicit-deny'); // key missing: …IfExists is true
    expect(decision({ identity, context: [{ id: 'c1', key: 'aws:MultiFactorAuthPresent', value: 'true' }] })).toBe('allow');
  });

  it('keys filled in from the request can be used in conditions (aws:PrincipalAccount, aws:ResourceAccount)', () => {
    const identity = policy({ Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { StringEquals: { 'aws:ResourceAccount': '${aws:PrincipalAccount}' } } });
    expect(decision({ identity })).toBe('allow');
  });

  it('policy variables: ${aws:username} in Resource resolves to the IAM user name', () => {
    const identity = policy({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::home/${aws:username}/*' });
    expect(decision({ identity, resourceArn: 'arn:aws:s3:::home/alice/notes.txt' })).toBe('allow');
    expect(decision({ identity, resourceArn: 'arn:aws:s3:::home/bob/notes.txt' })).toBe('implicit-deny');
    // A role session has no aws:username, so the resource cannot match.
    const result = evaluate({ identity, principalArn: 'arn:aws:sts::111122223333:assumed-role/R/s', resourceArn: 'arn:aws:s3:::home/R/x' });
    expect(result.decision).toBe('implicit-deny');
    expect(result.statements[0]?.reasons.at(-1)).toContain('uses a policy variable whose key is not in the request');
  });
});
