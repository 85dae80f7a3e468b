/**
 * Turns a validated AWS Backup plan into a complete, deployable `main.tf`: the Terraform block
 * (AWS provider ~> 6.0), providers (a second, aliased one for the copy Region), the vault and its
 * optional Vault Lock, the copy destination vault, the plan with its rules, the IAM role AWS Backup
 * assumes, and the resource selection.
 *
 * It only accepts a {@link BackupPlan}, which exists only for a valid form; user text reaches the
 * output solely as string values of the HCL model, escaped by the renderer.
 */

import {
  validateBackupPlan,
  type BackupPlan,
  type BackupPlanForm,
  type BackupRule,
  type BackupSelection,
  type FieldError,
  type TagOperator,
} from '~/lib/dr/backup-plan';
import {
  attr,
  blank,
  block,
  bool,
  call,
  comment,
  identifierEntry,
  num,
  object,
  ref,
  renderHcl,
  str,
  stringEntry,
  tuple,
  type BodyItem,
  type HclDocument,
  terraformSettingsBlock,
  withBlankLines,
} from './hcl';
export { AWS_PROVIDER_CONSTRAINT } from './hcl';

/** Provider alias of the Region that receives cross-Region copies. */
export const COPY_PROVIDER_ALIAS = 'copy';

/** The HCL block name of each tag condition operator inside `condition { … }`. */
export const CONDITION_BLOCKS: Record<TagOperator, 'string_equals' | 'string_like' | 'string_not_equals' | 'string_not_like'> = {
  equals: 'string_equals',
  like: 'string_like',
  notEquals: 'string_not_equals',
  notLike: 'string_not_like',
};

/** Prefix AWS Backup expects on tag condition keys. */
export const RESOURCE_TAG_PREFIX = 'aws:ResourceTag/';

/**
 * AWS managed policies the role needs: attachment name, policy name, IAM path. The first two cover
 * most resource types; S3 buckets need their own pair (which live at the root path, not under
 * service-role/), and a tag selection can pick up buckets, so the role has all four.
 */
const MANAGED_POLICIES = [
  ['backup', 'AWSBackupServiceRolePolicyForBackup', 'service-role/'],
  ['restores', 'AWSBackupServiceRolePolicyForRestores', 'service-role/'],
  ['s3_backup', 'AWSBackupServiceRolePolicyForS3Backup', ''],
  ['s3_restores', 'AWSBackupServiceRolePolicyForS3Restore', ''],
] as const;

/** Name of the IAM role the plan creates for AWS Backup. */
export function backupRoleName(plan: BackupPlan): string {
  return `${plan.planName}-aws-backup`;
}

/** ARN of an AWS managed policy for AWS Backup in the plan's partition. */
export function managedPolicyArn(plan: BackupPlan, policy: (typeof MANAGED_POLICIES)[number][1]): string {
  const path = MANAGED_POLICIES.find(([, name]) => name === policy)?.[2] ?? 'service-role/';
  return `arn:${plan.partition}:iam::aws:policy/${path}${policy}`;
}

function stringList(values: readonly string[]) {
  return tuple(values.map(str), { multiline: values.length > 1 });
}

function ruleBlock(rule: BackupRule, plan: BackupPlan) {
  const scalars: BodyItem[] = [
    attr('rule_name', str(rule.name)),
    attr('target_vault_name', ref('aws_backup_vault', 'main', 'name')),
    attr('schedule', str(rule.schedule)),
    attr('schedule_expression_timezone', str(rule.timezone)),
    attr('start_window', num(rule.startWindowMinutes)),
    attr('completion_window', num(rule.completionWindowMinutes)),
  ];
  if (rule.continuous) scalars.push(attr('enable_continuous_backup', bool(true)));

  const tags: BodyItem[] =
    rule.recoveryPointTags.length === 0
      ? []
      : [
          attr(
            'recovery_point_tags',
            object(
              rule.recoveryPointTags.map((tag) => stringEntry(tag.key, str(tag.value))),
              { multiline: true },
            ),
          ),
        ];

  const lifecycle = [
    block(
      'lifecycle',
      [],
      [
        ...(rule.coldStorageAfterDays === null ? [] : [attr('cold_storage_after', num(rule.coldStorageAfterDays))]),
        attr('delete_after', num(rule.deleteAfterDays)),
      ],
    ),
  ];

  const copy =
    rule.copyDeleteAfterDays === null || plan.copyDestination === null
      ? []
      : [
          block('copy_action', [], [
            attr('destination_vault_arn', ref('aws_backup_vault', 'copy', 'arn')),
            blank(),
            block('lifecycle', [], [attr('delete_after', num(rule.copyDeleteAfterDays))]),
          ]),
        ];

  return block('rule', [], withBlankLines([scalars, tags, lifecycle, copy]));
}

function selectionBlock(selection: BackupSelection) {
  // With tag conditions only, "*" (every supported resource type) is filtered by the tags; AWS
  // Backup combines resources and conditions with AND.
  const resources = selection.resources.length > 0 ? selection.resources : ['*'];
  const scalars: BodyItem[] = [
    attr('name', str(selection.name)),
    attr('plan_id', ref('aws_backup_plan', 'main', 'id')),
    attr('iam_role_arn', ref('aws_iam_role', 'backup', 'arn')),
    attr('resources', stringList(resources)),
  ];
  if (selection.notResources.length > 0) scalars.push(attr('not_resources', stringList(selection.notResources)));
  const conditions =
    selection.conditions.length === 0
      ? []
      : [
          block(
            'condition',
            [],
            selection.conditions.map((condition) =>
              block(CONDITION_BLOCKS[condition.operator], [], [
                attr('key', str(RESOURCE_TAG_PREFIX + condition.key)),
                attr('value', str(condition.value)),
              ]),
            ),
          ),
        ];
  return block('resource', ['aws_backup_selection', 'main'], withBlankLines([scalars, conditions]));
}

const ASSUME_ROLE_POLICY = call(
  'jsonencode',
  object(
    [
      identifierEntry('Version', str('2012-10-17')),
      identifierEntry(
        'Statement',
        tuple(
          [
            object(
              [
                identifierEntry('Effect', str('Allow')),
                identifierEntry('Principal', object([identifierEntry('Service', str('backup.amazonaws.com'))])),
                identifierEntry('Action', str('sts:AssumeRole')),
              ],
              { multiline: true },
            ),
          ],
          { multiline: true },
        ),
      ),
    ],
    { multiline: true },
  ),
);

/** Builds the HCL document for a validated plan. */
export function backupPlanDocument(plan: BackupPlan): HclDocument {
  const copy = plan.copyDestination;
  const items: (readonly BodyItem[])[] = [
    [comment('Generated by the AWS Backup plan builder (lesson 26.4). Review it, then run terraform init and terraform plan.')],
    [
      terraformSettingsBlock(),
    ],
    [block('provider', ['aws'], [attr('region', str(plan.region))])],
  ];
  if (copy) {
    items.push([
      comment('Second provider for the Region that receives cross-Region copies.'),
      block('provider', ['aws'], [attr('alias', str(COPY_PROVIDER_ALIAS)), attr('region', str(copy.region))]),
    ]);
  }

  const vaultBody: BodyItem[] = [attr('name', str(plan.vault.name))];
  if (plan.vault.kmsKeyArn) vaultBody.push(attr('kms_key_arn', str(plan.vault.kmsKeyArn)));
  items.push([block('resource', ['aws_backup_vault', 'main'], vaultBody)]);

  if (plan.lock) {
    const lockBody: BodyItem[] = [
      attr('backup_vault_name', ref('aws_backup_vault', 'main', 'name')),
      attr('min_retention_days', num(plan.lock.minRetentionDays)),
      attr('max_retention_days', num(plan.lock.maxRetentionDays)),
    ];
    if (plan.lock.changeableForDays !== null) lockBody.push(attr('changeable_for_days', num(plan.lock.changeableForDays)));
    items.push([
      comment(
        plan.lock.mode === 'compliance'
          ? 'Compliance mode: after changeable_for_days the lock can no longer be changed or removed, by anyone.'
          : 'Governance mode (no changeable_for_days): users with the right IAM permissions can still remove the lock.',
      ),
      block('resource', ['aws_backup_vault_lock_configuration', 'main'], lockBody),
    ]);
  }

  if (copy) {
    items.push([
      block('resource', ['aws_backup_vault', 'copy'], [
        attr('provider', ref('aws', COPY_PROVIDER_ALIAS)),
        attr('name', str(copy.vaultName)),
      ]),
    ]);
  }

  items.push([
    block('resource', ['aws_backup_plan', 'main'], withBlankLines([[attr('name', str(plan.planName))], ...plan.rules.map((rule) => [ruleBlock(rule, plan)])])),
  ]);

  items.push([
    block('resource', ['aws_iam_role', 'backup'], [
      attr('name', str(backupRoleName(plan))),
      attr('assume_role_policy', ASSUME_ROLE_POLICY),
    ]),
  ]);
  MANAGED_POLICIES.forEach(([name, policy]) => {
    items.push([
      block('resource', ['aws_iam_role_policy_attachment', name], [
        attr('role', ref('aws_iam_role', 'backup', 'name')),
        attr('policy_arn', str(managedPolicyArn(plan, policy))),
      ]),
    ]);
  });

  items.push([selectionBlock(plan.selection)]);
  return { body: withBlankLines(items) };
}

/** The `main.tf` text for a validated plan, formatted as `terraform fmt` would. */
export function renderBackupPlan(plan: BackupPlan): string {
  return renderHcl(backupPlanDocument(plan));
}

/** What the builder shows for a form: the `main.tf` text, or the errors to fix instead. */
export type MainTfResult =
  | { readonly ok: true; readonly plan: BackupPlan; readonly text: string }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/** Validates the form and renders `main.tf` only if it is valid. */
export function mainTfForForm(form: BackupPlanForm): MainTfResult {
  const validation = validateBackupPlan(form);
  if (!validation.ok) return validation;
  return { ok: true, plan: validation.plan, text: renderBackupPlan(validation.plan) };
}
