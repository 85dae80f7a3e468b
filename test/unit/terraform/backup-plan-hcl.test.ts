import { format } from '@cdktn/hcl-tools';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKUP_PLAN_FORM, validateBackupPlan, type BackupPlan, type BackupPlanForm } from '~/lib/dr/backup-plan';
import { backupPlanDocument, mainTfForForm, renderBackupPlan } from '~/lib/terraform/backup-plan-hcl';
import { expectedHclJson, parseHcl } from './hcl-json';
import { checkBody, providerSchema as schema, schemaProblems } from './provider-schema';

/** Everything switched on: lock, KMS, two rules (one continuous), copies, tags, ARNs, exclusions. */
const FULL_FORM: BackupPlanForm = {
  ...DEFAULT_BACKUP_PLAN_FORM,
  region: 'us-east-1',
  planName: 'prod.backups',
  vaultName: 'prod_vault-1',
  kmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  lock: { enabled: true, mode: 'compliance', minRetentionDays: '7', maxRetentionDays: '400', changeableForDays: '3' },
  copyRegion: 'us-west-2',
  copyVaultName: 'prod-dr',
  rules: [
    {
      ...DEFAULT_BACKUP_PLAN_FORM.rules[0]!,
      name: 'daily',
      timezone: 'America/New_York',
      coldStorage: true,
      coldStorageAfter: '30',
      deleteAfter: '365',
      copy: true,
      copyDeleteAfter: '180',
      recoveryPointTags: [
        { id: 't1', key: 'Owner', value: 'platform "core" team' },
        { id: 't2', key: 'Équipe', value: '${not.an.interpolation} %{ nor a directive } 😀\nsecond line' },
      ],
    },
    {
      ...DEFAULT_BACKUP_PLAN_FORM.rules[0]!,
      id: 'r2',
      name: 'pitr',
      frequency: 'custom',
      cron: 'cron(0 */6 ? * * *)',
      continuous: true,
      deleteAfter: '35',
      recoveryPointTags: [],
    },
  ],
  selection: {
    name: 'prod-data',
    conditions: [
      { id: 'c1', operator: 'equals', key: 'Environment', value: 'prod' },
      { id: 'c2', operator: 'like', key: 'Team', value: 'data*' },
      { id: 'c3', operator: 'notEquals', key: 'Backup', value: 'skip' },
      { id: 'c4', operator: 'notLike', key: 'Name', value: '*-tmp' },
    ],
    resources: 'arn:aws:rds:us-east-1:111122223333:db:orders\narn:aws:dynamodb:us-east-1:111122223333:table/*',
    notResources: 'arn:aws:rds:us-east-1:111122223333:db:orders-scratch',
  },
};

function plan(form: BackupPlanForm): BackupPlan {
  const result = validateBackupPlan(form);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.plan;
}

const ASSUME_ROLE = expect.stringMatching(
  /^\$\{jsonencode\(\{\n\s+Version = "2012-10-17"[\s\S]*Service = "backup\.amazonaws\.com"[\s\S]*Action {4}= "sts:AssumeRole"[\s\S]*\}\)\}$/,
);

describe('generated main.tf', () => {
  it.each([
    ['the default form', DEFAULT_BACKUP_PLAN_FORM],
    ['a form with everything switched on', FULL_FORM],
  ])('%s parses with HashiCorp HCL and matches the model field by field', async (_, form) => {
    const p = plan(form);
    const parsed = await parseHcl(renderBackupPlan(p));
    expect(parsed).toEqual(expectedHclJson(p, ASSUME_ROLE));
  });

  it.each([
    ['the default form', DEFAULT_BACKUP_PLAN_FORM],
    ['a form with everything switched on', FULL_FORM],
  ])('%s is already formatted as terraform fmt would', async (_, form) => {
    const text = renderBackupPlan(plan(form));
    expect(text).toBe(await format(text));
  });

  it('pins the AWS provider to ~> 6.0 and uses the partition of the Region', () => {
    const text = renderBackupPlan(plan({ ...DEFAULT_BACKUP_PLAN_FORM, region: 'us-gov-west-1' }));
    expect(text).toContain('version = "~> 6.0"');
    expect(text).toContain('"arn:aws-us-gov:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup"');
    expect(text).toContain('"arn:aws-us-gov:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores"');
  });

  it('says which lock mode it wrote', () => {
    expect(renderBackupPlan(plan(FULL_FORM))).toContain(
      '# Compliance mode: after changeable_for_days the lock can no longer be changed or removed, by anyone.',
    );
  });

  it('never emits Terraform for an invalid form: it returns the errors instead', () => {
    const result = mainTfForForm({ ...DEFAULT_BACKUP_PLAN_FORM, vaultName: 'no spaces please' });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: 'vaultName',
          label: 'Vault name',
          message: 'Use only letters A–Z, digits, hyphens (-) and underscores (_); a space is not allowed.',
        },
      ],
    });
  });
});

describe('AWS provider v6 schema', () => {
  it('is the v6 schema, with its provenance', () => {
    expect(schema.provider).toEqual({ source: 'hashicorp/aws', version: expect.stringMatching(/^6\./) });
    expect(schema.$comment).toContain('terraform providers schema -json');
  });

  it.each([
    ['the default form', DEFAULT_BACKUP_PLAN_FORM],
    ['a form with everything switched on', FULL_FORM],
  ])('knows every resource type, argument and block written for %s', (_, form) => {
    expect(schemaProblems(plan(form))).toEqual([]);
  });

  it('would notice an argument or block the provider does not have', () => {
    const body = [
      { kind: 'attribute', name: 'name', value: { kind: 'string', value: 'v' } },
      { kind: 'attribute', name: 'encryption', value: { kind: 'bool', value: true } },
      { kind: 'attribute', name: 'force_destroy', value: { kind: 'string', value: 'yes' } },
      { kind: 'block', type: 'lock', labels: [], body: [] },
    ] as const;
    expect(checkBody(body, schema.resources.aws_backup_vault ?? {}, 'aws_backup_vault.main', true)).toEqual([
      'aws_backup_vault.main.encryption: not an argument in the schema',
      'aws_backup_vault.main.force_destroy: string does not fit bool',
      'aws_backup_vault.main.lock: not a block in the schema',
    ]);
  });
});
