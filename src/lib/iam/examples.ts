/**
 * Ready-made scenarios for the policy evaluator, one per idea of lessons 7.1–7.3. The first is the
 * worked example of the IAM User Guide ("Policy evaluation for requests within a single account",
 * Carlos and his log bucket); the others show the documented rules the lessons teach. Account IDs
 * are the documentation placeholders.
 */

import type { ContextRow } from './request';

/** Everything the evaluator form holds. */
export interface EvaluatorForm {
  readonly identity: string;
  readonly resource: string;
  readonly boundary: string;
  readonly scp: string;
  readonly principalArn: string;
  readonly resourceAccount: string;
  readonly action: string;
  readonly resourceArn: string;
  readonly context: readonly ContextRow[];
}

/** One scenario with what it shows. */
export interface EvaluatorExample {
  readonly id: string;
  readonly title: string;
  /** What to look at, and what to change to see the other outcome. */
  readonly lesson: string;
  readonly form: EvaluatorForm;
}

const policy = (statements: readonly object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);

const noContext: readonly ContextRow[] = [];

/** The scenarios, in the order the select lists them. */
export const EVALUATOR_EXAMPLES: readonly EvaluatorExample[] = [
  {
    id: 'explicit-deny',
    title: 'Explicit deny beats allow (IAM User Guide example)',
    lesson:
      'Carlos may use his own bucket, but a Deny for any bucket with "log" in its name wins over every Allow. Change the resource to arn:aws:s3:::carlossalazar/notes.txt to see it allowed.',
    form: {
      identity: policy([
        {
          Sid: 'AllowS3ListRead',
          Effect: 'Allow',
          Action: ['s3:GetBucketLocation', 's3:GetAccountPublicAccessBlock', 's3:ListAccessPoints', 's3:ListAllMyBuckets'],
          Resource: 'arn:aws:s3:::*',
        },
        { Sid: 'AllowS3Self', Effect: 'Allow', Action: 's3:*', Resource: ['arn:aws:s3:::carlossalazar/*', 'arn:aws:s3:::carlossalazar'] },
        { Sid: 'DenyS3Logs', Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::*log*' },
      ]),
      resource: policy([
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::123456789012:user/carlossalazar' },
          Action: 's3:*',
          Resource: ['arn:aws:s3:::carlossalazar/*', 'arn:aws:s3:::carlossalazar'],
        },
      ]),
      boundary: '',
      scp: '',
      principalArn: 'arn:aws:iam::123456789012:user/carlossalazar',
      resourceAccount: '123456789012',
      action: 's3:PutObject',
      resourceArn: 'arn:aws:s3:::carlossalazar-logs/2026/app.log',
      context: noContext,
    },
  },
  {
    id: 'resource-policy-alone',
    title: 'Same account: a bucket policy alone can allow',
    lesson:
      'Alice has no identity-based policy, yet the bucket policy names her ARN, and within one account one Allow is enough. Change the principal to another user to see the implicit deny.',
    form: {
      identity: '',
      resource: policy([
        {
          Sid: 'ReportsReadForAlice',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:user/alice' },
          Action: ['s3:GetObject', 's3:ListBucket'],
          Resource: ['arn:aws:s3:::example-reports', 'arn:aws:s3:::example-reports/*'],
        },
      ]),
      boundary: '',
      scp: '',
      principalArn: 'arn:aws:iam::111122223333:user/alice',
      resourceAccount: '111122223333',
      action: 's3:GetObject',
      resourceArn: 'arn:aws:s3:::example-reports/2026/q3.csv',
      context: noContext,
    },
  },
  {
    id: 'cross-account',
    title: 'Cross-account: both sides must allow',
    lesson:
      'The bucket in account 111122223333 trusts account 444455556666, but Bob also needs an identity-based policy in his own account. Paste {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::example-shared/*"}]} as his identity-based policy to see it allowed.',
    form: {
      identity: '',
      resource: policy([
        {
          Sid: 'PartnerAccountRead',
          Effect: 'Allow',
          Principal: { AWS: '444455556666' },
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::example-shared/*',
        },
      ]),
      boundary: '',
      scp: '',
      principalArn: 'arn:aws:iam::444455556666:user/bob',
      resourceAccount: '111122223333',
      action: 's3:GetObject',
      resourceArn: 'arn:aws:s3:::example-shared/prices.csv',
      context: noContext,
    },
  },
  {
    id: 'boundary',
    title: 'A permissions boundary caps the identity policy',
    lesson:
      'Shirley\'s policy allows iam:CreateUser, but her boundary allows only S3, CloudWatch and EC2, so the request is implicitly denied (IAM User Guide, permissions boundaries). Try s3:ListAllMyBuckets after allowing it in her policy.',
    form: {
      identity: policy([{ Effect: 'Allow', Action: 'iam:CreateUser', Resource: '*' }]),
      resource: '',
      boundary: policy([{ Effect: 'Allow', Action: ['s3:*', 'cloudwatch:*', 'ec2:*'], Resource: '*' }]),
      scp: '',
      principalArn: 'arn:aws:iam::111122223333:user/ShirleyRodriguez',
      resourceAccount: '111122223333',
      action: 'iam:CreateUser',
      resourceArn: 'arn:aws:iam::111122223333:user/new-hire',
      context: noContext,
    },
  },
  {
    id: 'role-arn-boundary',
    title: 'A bucket policy naming a role is still capped by its boundary',
    lesson:
      'The bucket policy allows the BuildRole role ARN. Identity-based policies do not limit that grant, but the role\'s permissions boundary does. Name the session ARN (arn:aws:sts::111122223333:assumed-role/BuildRole/ci-run-42) in the bucket policy instead and the boundary no longer applies.',
    form: {
      identity: '',
      resource: policy([
        {
          Sid: 'BuildUploads',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:role/BuildRole' },
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::example-build-artifacts/*',
        },
      ]),
      boundary: policy([{ Effect: 'Allow', Action: 'ecr:*', Resource: '*' }]),
      scp: '',
      principalArn: 'arn:aws:sts::111122223333:assumed-role/BuildRole/ci-run-42',
      resourceAccount: '111122223333',
      action: 's3:PutObject',
      resourceArn: 'arn:aws:s3:::example-build-artifacts/app-1.4.2.zip',
      context: noContext,
    },
  },
  {
    id: 'scp-region',
    title: 'An SCP denies Regions outside Europe',
    lesson:
      'The administrator may do anything, but the organization\'s SCP denies requests to other Regions. Change aws:RequestedRegion to eu-west-1 to see it allowed.',
    form: {
      identity: policy([{ Sid: 'Admin', Effect: 'Allow', Action: '*', Resource: '*' }]),
      resource: '',
      boundary: '',
      scp: policy([
        { Sid: 'FullAWSAccess', Effect: 'Allow', Action: '*', Resource: '*' },
        {
          Sid: 'DenyOutsideEurope',
          Effect: 'Deny',
          NotAction: ['iam:*', 'organizations:*', 'sts:*', 'support:*'],
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } },
        },
      ]),
      principalArn: 'arn:aws:sts::111122223333:assumed-role/Admin/maria',
      resourceAccount: '111122223333',
      action: 'ec2:RunInstances',
      resourceArn: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0123456789abcdef0',
      context: [{ id: 'c1', key: 'aws:RequestedRegion', value: 'us-east-1' }],
    },
  },
  {
    id: 'conditions',
    title: 'Conditions: MFA, office IP, team tag and a deadline',
    lesson:
      'Every condition of the statement must hold. MFA is missing here, so nothing allows the request. Set aws:MultiFactorAuthPresent to true, then try an IP address outside 203.0.113.0/24.',
    form: {
      identity: policy([
        {
          Sid: 'OpsStartStopWithMfaFromOffice',
          Effect: 'Allow',
          Action: ['ec2:StartInstances', 'ec2:StopInstances'],
          Resource: 'arn:aws:ec2:*:111122223333:instance/*',
          Condition: {
            Bool: { 'aws:MultiFactorAuthPresent': 'true' },
            IpAddress: { 'aws:SourceIp': '203.0.113.0/24' },
            StringEquals: { 'aws:PrincipalTag/team': 'ops' },
            DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' },
          },
        },
      ]),
      resource: '',
      boundary: '',
      scp: '',
      principalArn: 'arn:aws:iam::111122223333:user/sam',
      resourceAccount: '111122223333',
      action: 'ec2:StopInstances',
      resourceArn: 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0',
      context: [
        { id: 'c1', key: 'aws:MultiFactorAuthPresent', value: 'false' },
        { id: 'c2', key: 'aws:SourceIp', value: '203.0.113.25' },
        { id: 'c3', key: 'aws:PrincipalTag/team', value: 'ops' },
        { id: 'c4', key: 'aws:CurrentTime', value: '2026-11-27T10:00:00Z' },
      ],
    },
  },
];

/** The form the widget starts with: the IAM User Guide example. */
export const DEFAULT_EVALUATOR_FORM: EvaluatorForm = (EVALUATOR_EXAMPLES[0] as EvaluatorExample).form;
