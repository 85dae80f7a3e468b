/**
 * Test helpers around @cdktn/hcl2json, HashiCorp's HCL parser compiled to WebAssembly.
 *
 * hcl2json writes string values in Terraform's JSON syntax, where a string is a template: a literal
 * `${` appears as `$${` and `%{` as `%%{`, while a real interpolation appears as `${…}`. So tests
 * compare parsed output with {@link literal}(expected value), never with a decoded version of the
 * output: an unescaped user `${x}` would parse as an interpolation and show up as `${x}`, which does
 * not equal literal("${x}") = "$${x}".
 */

import { parse } from '@cdktn/hcl2json';
import type { BackupPlan } from '~/lib/dr/backup-plan';

/** Parses HCL text; throws with HashiCorp's diagnostics when the text is not valid HCL. */
export function parseHcl(text: string): Promise<Record<string, unknown>> {
  return parse('main.tf', text) as Promise<Record<string, unknown>>;
}

/** How hcl2json writes a literal string value. */
export function literal(value: string): string {
  return value.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}

/** How hcl2json writes a reference such as aws_backup_vault.main.name. */
const reference = (path: string): string => '${' + path + '}';

const CONDITION_BLOCK = {
  equals: 'string_equals',
  like: 'string_like',
  notEquals: 'string_not_equals',
  notLike: 'string_not_like',
} as const;

/**
 * What hcl2json must return for the main.tf of `plan`, built from the plan model alone (not from
 * the generator), so comparing the two checks the generator field by field.
 */
export function expectedHclJson(plan: BackupPlan, assumeRolePolicy: unknown): Record<string, unknown> {
  const copy = plan.copyDestination;
  const rules = plan.rules.map((rule) => ({
    rule_name: literal(rule.name),
    target_vault_name: reference('aws_backup_vault.main.name'),
    schedule: literal(rule.schedule),
    schedule_expression_timezone: literal(rule.timezone),
    start_window: rule.startWindowMinutes,
    completion_window: rule.completionWindowMinutes,
    ...(rule.continuous ? { enable_continuous_backup: true } : {}),
    ...(rule.recoveryPointTags.length > 0
      ? { recovery_point_tags: Object.fromEntries(rule.recoveryPointTags.map((tag) => [tag.key, literal(tag.value)])) }
      : {}),
    lifecycle: [
      {
        ...(rule.coldStorageAfterDays === null ? {} : { cold_storage_after: rule.coldStorageAfterDays }),
        delete_after: rule.deleteAfterDays,
      },
    ],
    ...(rule.copyDeleteAfterDays === null
      ? {}
      : {
          copy_action: [
            { destination_vault_arn: reference('aws_backup_vault.copy.arn'), lifecycle: [{ delete_after: rule.copyDeleteAfterDays }] },
          ],
        }),
  }));

  const conditions: Record<string, { key: string; value: string }[]> = {};
  for (const condition of plan.selection.conditions) {
    (conditions[CONDITION_BLOCK[condition.operator]] ??= []).push({
      key: literal(`aws:ResourceTag/${condition.key}`),
      value: literal(condition.value),
    });
  }
  const selection = {
    name: literal(plan.selection.name),
    plan_id: reference('aws_backup_plan.main.id'),
    iam_role_arn: reference('aws_iam_role.backup.arn'),
    resources: plan.selection.resources.length > 0 ? plan.selection.resources.map(literal) : ['*'],
    ...(plan.selection.notResources.length > 0 ? { not_resources: plan.selection.notResources.map(literal) } : {}),
    ...(plan.selection.conditions.length > 0 ? { condition: [conditions] } : {}),
  };

  const policy = (name: string) => `arn:${plan.partition}:iam::aws:policy/service-role/${name}`;
  // The S3 pair is published at the root IAM path (docs: AWS managed policy reference).
  const rootPolicy = (name: string) => `arn:${plan.partition}:iam::aws:policy/${name}`;
  const vaults: Record<string, unknown> = {
    main: [{ name: literal(plan.vault.name), ...(plan.vault.kmsKeyArn ? { kms_key_arn: literal(plan.vault.kmsKeyArn) } : {}) }],
  };
  if (copy) vaults.copy = [{ provider: reference('aws.copy'), name: literal(copy.vaultName) }];

  const resource: Record<string, unknown> = {
    aws_backup_vault: vaults,
    aws_backup_plan: { main: [{ name: literal(plan.planName), rule: rules }] },
    aws_iam_role: { backup: [{ name: literal(`${plan.planName}-aws-backup`), assume_role_policy: assumeRolePolicy }] },
    aws_iam_role_policy_attachment: {
      backup: [{ role: reference('aws_iam_role.backup.name'), policy_arn: policy('AWSBackupServiceRolePolicyForBackup') }],
      restores: [{ role: reference('aws_iam_role.backup.name'), policy_arn: policy('AWSBackupServiceRolePolicyForRestores') }],
      s3_backup: [{ role: reference('aws_iam_role.backup.name'), policy_arn: rootPolicy('AWSBackupServiceRolePolicyForS3Backup') }],
      s3_restores: [{ role: reference('aws_iam_role.backup.name'), policy_arn: rootPolicy('AWSBackupServiceRolePolicyForS3Restore') }],
    },
    aws_backup_selection: { main: [selection] },
  };
  if (plan.lock) {
    resource.aws_backup_vault_lock_configuration = {
      main: [
        {
          backup_vault_name: reference('aws_backup_vault.main.name'),
          min_retention_days: plan.lock.minRetentionDays,
          max_retention_days: plan.lock.maxRetentionDays,
          ...(plan.lock.changeableForDays === null ? {} : { changeable_for_days: plan.lock.changeableForDays }),
        },
      ],
    };
  }
  return {
    terraform: [{ required_version: '>= 1.5.0', required_providers: [{ aws: { source: 'hashicorp/aws', version: '~> 6.0' } }] }],
    provider: { aws: [{ region: literal(plan.region) }, ...(copy ? [{ alias: 'copy', region: literal(copy.region) }] : [])] },
    resource,
  };
}
