/**
 * Every change the backup plan builder can make to its form, as a pure reducer. The React widget
 * only dispatches these; keeping them here makes "add a rule", "remove a tag" and friends testable
 * without a browser. New rows get ids derived from the existing ones, so the reducer stays pure.
 */

import {
  DEFAULT_BACKUP_PLAN_FORM,
  LIMITS,
  NEW_RULE_TEMPLATE,
  type BackupPlanForm,
  type KeyValueForm,
  type LockForm,
  type RuleForm,
  type SelectionForm,
  type TagConditionForm,
} from './backup-plan';
import { nextId } from '~/lib/form/row-ids';

/** Top-level text fields of the form. */
export type PlanTextField = 'region' | 'planName' | 'vaultName' | 'kmsKeyArn' | 'copyRegion' | 'copyVaultName';

/** A change to the form. */
export type PlanEdit =
  | { readonly type: 'set-plan'; readonly field: PlanTextField; readonly value: string }
  | { readonly type: 'set-lock'; readonly patch: Partial<LockForm> }
  | { readonly type: 'add-rule' }
  | { readonly type: 'remove-rule'; readonly ruleId: string }
  | { readonly type: 'set-rule'; readonly ruleId: string; readonly patch: Partial<Omit<RuleForm, 'id' | 'recoveryPointTags'>> }
  | { readonly type: 'add-rule-tag'; readonly ruleId: string }
  | { readonly type: 'remove-rule-tag'; readonly ruleId: string; readonly tagId: string }
  | { readonly type: 'set-rule-tag'; readonly ruleId: string; readonly tagId: string; readonly patch: Partial<Omit<KeyValueForm, 'id'>> }
  | { readonly type: 'add-condition' }
  | { readonly type: 'remove-condition'; readonly conditionId: string }
  | { readonly type: 'set-condition'; readonly conditionId: string; readonly patch: Partial<Omit<TagConditionForm, 'id'>> }
  | { readonly type: 'set-selection'; readonly patch: Partial<Pick<SelectionForm, 'name' | 'resources' | 'notResources'>> }
  | { readonly type: 'replace'; readonly form: BackupPlanForm }
  | { readonly type: 'reset' };


function uniqueName(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) if (!taken.includes(`${base}-${n}`)) return `${base}-${n}`;
}

function mapRule(form: BackupPlanForm, ruleId: string, change: (rule: RuleForm) => RuleForm): BackupPlanForm {
  return { ...form, rules: form.rules.map((rule) => (rule.id === ruleId ? change(rule) : rule)) };
}

/** Applies one edit; unknown ids and edits past the limits leave the form unchanged. */
export function editPlan(form: BackupPlanForm, edit: PlanEdit): BackupPlanForm {
  switch (edit.type) {
    case 'set-plan':
      return { ...form, [edit.field]: edit.value };
    case 'set-lock':
      return { ...form, lock: { ...form.lock, ...edit.patch } };
    case 'add-rule': {
      if (form.rules.length >= LIMITS.rules) return form;
      const ids = form.rules.map((rule) => rule.id);
      const name = uniqueName('weekly', form.rules.map((rule) => rule.name));
      return { ...form, rules: [...form.rules, { ...NEW_RULE_TEMPLATE, id: nextId('r', ids), name }] };
    }
    case 'remove-rule':
      if (form.rules.length <= 1) return form;
      return { ...form, rules: form.rules.filter((rule) => rule.id !== edit.ruleId) };
    case 'set-rule':
      return mapRule(form, edit.ruleId, (rule) => ({ ...rule, ...edit.patch }));
    case 'add-rule-tag': {
      // Tag ids are unique across the whole form so their field keys never collide.
      const ids = form.rules.flatMap((rule) => rule.recoveryPointTags.map((tag) => tag.id));
      return mapRule(form, edit.ruleId, (rule) =>
        rule.recoveryPointTags.length >= LIMITS.tagsPerRule
          ? rule
          : { ...rule, recoveryPointTags: [...rule.recoveryPointTags, { id: nextId('t', ids), key: '', value: '' }] },
      );
    }
    case 'remove-rule-tag':
      return mapRule(form, edit.ruleId, (rule) => ({
        ...rule,
        recoveryPointTags: rule.recoveryPointTags.filter((tag) => tag.id !== edit.tagId),
      }));
    case 'set-rule-tag':
      return mapRule(form, edit.ruleId, (rule) => ({
        ...rule,
        recoveryPointTags: rule.recoveryPointTags.map((tag) => (tag.id === edit.tagId ? { ...tag, ...edit.patch } : tag)),
      }));
    case 'add-condition': {
      const conditions = form.selection.conditions;
      if (conditions.length >= LIMITS.conditions) return form;
      const id = nextId('c', conditions.map((condition) => condition.id));
      return {
        ...form,
        selection: { ...form.selection, conditions: [...conditions, { id, operator: 'equals', key: '', value: '' }] },
      };
    }
    case 'remove-condition':
      return {
        ...form,
        selection: { ...form.selection, conditions: form.selection.conditions.filter((condition) => condition.id !== edit.conditionId) },
      };
    case 'set-condition':
      return {
        ...form,
        selection: {
          ...form.selection,
          conditions: form.selection.conditions.map((condition) =>
            condition.id === edit.conditionId ? { ...condition, ...edit.patch } : condition,
          ),
        },
      };
    case 'set-selection':
      return { ...form, selection: { ...form.selection, ...edit.patch } };
    case 'replace':
      return edit.form;
    case 'reset':
      return DEFAULT_BACKUP_PLAN_FORM;
  }
}
