import { describe, expect, it } from 'vitest';
import { readPolicy, type PolicyKind } from '~/lib/iam/policy';
import { formatProblem } from '~/lib/iam/simulator';

const doc = (statements: unknown, extra: object = {}) => JSON.stringify({ Version: '2012-10-17', ...extra, Statement: statements }, null, 2);

function problems(text: string, kind: PolicyKind = 'identity') {
  return readPolicy(text, kind).problems.map((p) => `${p.severity}: ${formatProblem(p)}`);
}

describe('a valid policy', () => {
  it('reads statements with their elements', () => {
    const { policy, problems: found } = readPolicy(
      doc([
        { Sid: 'Read', Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: 'arn:aws:s3:::b/*' },
        { Effect: 'Deny', NotAction: 'iam:*', NotResource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': false } } },
      ]),
      'identity',
    );
    expect(found).toEqual([]);
    expect(policy?.statements).toMatchObject([
      { number: 1, sid: 'Read', effect: 'Allow', action: { negated: false, patterns: ['s3:GetObject', 's3:ListBucket'] } },
      { number: 2, effect: 'Deny', action: { negated: true }, resource: { negated: true }, conditions: [{ key: 'aws:MultiFactorAuthPresent', values: ['false'] }] },
    ]);
  });

  it('accepts a single statement object instead of a list', () => {
    expect(readPolicy(JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*', Resource: '*' } }), 'scp').policy?.statements).toHaveLength(1);
  });

  it('lets a resource-based policy leave out Resource (as a role trust policy does)', () => {
    const { policy } = readPolicy(doc([{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]), 'resource');
    expect(policy?.statements[0]?.resource).toBeNull();
    expect(policy?.statements[0]?.principal).toMatchObject({ everyone: false, aws: [], others: [{ type: 'Service', value: 'ec2.amazonaws.com' }] });
  });
});

describe('problems are reported with policy, statement, Sid, element, line and column', () => {
  it('an unknown element such as "Efect", with a suggestion and no second "missing Effect" message', () => {
    const text = doc([{ Sid: 'ReadOnly', Efect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }]);
    expect(problems(text)).toEqual(['error: Line 6, column 7, statement 1 (Sid "ReadOnly"), Efect: Unknown element "Efect"; did you mean "Effect"?']);
    expect(readPolicy(text, 'identity').problems[0]?.location).toEqual({ policy: 'identity', statement: 1, sid: 'ReadOnly', element: 'Efect', line: 6, column: 7 });
  });

  it('wrong types and values', () => {
    const text = '{"Version":"2012-10-17","Statement":{"Effect":"allow","Action":["s3:GetObject", 5],"Resource":"bucket"}}';
    expect(problems(text)).toEqual([
      'error: Line 1, column 47, statement 1, Effect: Effect must be "Allow" or "Deny" (with that capitalisation), not "allow".',
      'error: Line 1, column 81, statement 1, Action: Every entry of Action must be a string in double quotes, not the number 5.',
      'error: Line 1, column 95, statement 1, Resource: "bucket" is not an ARN: write arn:partition:service:region:account:resource (e.g. arn:aws:s3:::my-bucket/*) or "*".',
    ]);
  });

  it('an action without a service prefix and a short ARN', () => {
    expect(problems(doc([{ Effect: 'Allow', Action: 'GetObject', Resource: 'arn:aws:s3' }]))).toEqual([
      'error: Line 6, column 17, statement 1, Action: "GetObject" needs a service prefix, e.g. "s3:GetObject" or "s3:*".',
      'error: Line 7, column 19, statement 1, Resource: "arn:aws:s3" has 3 of the 6 colon-separated ARN parts; an S3 bucket is arn:aws:s3:::name.',
    ]);
  });

  it('Principal belongs only in resource-based policies, where it is required', () => {
    expect(problems(doc([{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }]), 'boundary')).toEqual([
      'error: Line 6, column 7, statement 1, Principal: Principal is only allowed in resource-based policies; a permissions boundary applies to the principals it is attached to.',
    ]);
    expect(problems(doc([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]), 'resource')[0]).toContain(
      'statement 1, Principal: Missing "Principal": a resource-based policy must say who it applies to',
    );
  });

  it('principal values: unknown types and partial wildcards', () => {
    expect(problems(doc([{ Effect: 'Allow', Principal: { Aws: '111122223333' }, Action: 's3:*' }]), 'resource')).toEqual([
      'error: Line 7, column 9, statement 1, Principal › Aws: Unknown principal type "Aws"; did you mean "AWS"?',
    ]);
    expect(problems(doc([{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:user/*' }, Action: 's3:*' }]), 'resource')).toEqual([
      'error: Line 7, column 16, statement 1, Principal › AWS: You cannot use a wildcard to match part of a principal name or ARN; use "*" alone or name the principal.',
    ]);
  });

  it('unsupported or misspelt condition operators, and values of the wrong kind', () => {
    const text = doc([
      {
        Sid: 'Cond',
        Effect: 'Allow',
        Action: 's3:*',
        Resource: '*',
        Condition: {
          StringEqual: { 'aws:PrincipalTag/team': 'ops' },
          NumericLessThan: { 's3:max-keys': 'ten' },
          IpAddress: { 'aws:SourceIp': '2001:db8::/32' },
          BinaryEquals: { 'aws:x': 'QmluYXJ5' },
        },
      },
    ]);
    expect(problems(text)).toEqual([
      'error: Line 10, column 9, statement 1 (Sid "Cond"), Condition › StringEqual: Unknown condition operator "StringEqual". Did you mean "StringEquals"?',
      'error: Line 14, column 26, statement 1 (Sid "Cond"), Condition › NumericLessThan › s3:max-keys: "ten" is not a number; Numeric operators need plain numbers such as "10".',
      'error: Line 17, column 27, statement 1 (Sid "Cond"), Condition › IpAddress › aws:SourceIp: "2001:db8::/32" is an IPv6 range; this simulator compares IPv4 only.',
      'error: Line 19, column 9, statement 1 (Sid "Cond"), Condition › BinaryEquals: "BinaryEquals" is a valid AWS operator, but this simulator does not evaluate it.',
    ]);
  });

  it('top-level mistakes', () => {
    expect(problems('{"Version":"2012-10-17","Statment":[]}')).toEqual([
      'error: Line 1, column 25, Statment: Unknown element "Statment" at the top level; did you mean "Statement"?',
    ]);
    expect(problems('{"Version":"2012-10-17","Statement":[]}')).toEqual(['error: Line 1, column 37, Statement: Statement is an empty list: add at least one statement.']);
    expect(problems('{"Version":"2021-01-01","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}')).toEqual([
      'error: Line 1, column 12, Version: Version must be "2012-10-17" (the current version) or "2008-10-17".',
    ]);
    expect(problems('[]', 'scp')).toEqual(['error: Line 1, column 1: A policy is a JSON object: start it with { "Version": "2012-10-17", "Statement": [ … ] }.']);
  });

  it('duplicates and conflicting pairs', () => {
    expect(problems('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Effect":"Deny","Action":"s3:*","NotAction":"ec2:*","Resource":"*"}]}')).toEqual([
      'error: Line 1, column 56, statement 1, Effect: "Effect" appears twice in this statement; keep one.',
      'error: Line 1, column 88, statement 1, NotAction: Use Action or NotAction, not both, in one statement.',
    ]);
  });

  it('malformed JSON is one error with line and column', () => {
    expect(problems('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow", "Action": "s3:*", "Resource": "*",}\n  ]\n}')).toEqual([
      "error: Line 4, column 59: Trailing comma before '}': remove the last comma.",
    ]);
  });

  it('warnings do not stop the evaluation: a missing Version and a repeated Sid', () => {
    const read = readPolicy('{"Statement":[{"Sid":"A","Effect":"Allow","Action":"*","Resource":"*"},{"Sid":"A","Effect":"Deny","Action":"*","Resource":"*"}]}', 'identity');
    expect(read.policy).not.toBeNull();
    expect(read.problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', 'No "Version": AWS then reads the policy as version 2008-10-17, where policy variables such as ${aws:username} are plain text. Add "Version": "2012-10-17".'],
      ['warning', 'Sid "A" is also used by statement 1; Sids must be unique within a policy.'],
    ]);
  });
});
