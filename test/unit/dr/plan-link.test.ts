import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKUP_PLAN_FORM, type BackupPlanForm } from '~/lib/dr/backup-plan';
import { editPlan } from '~/lib/dr/backup-plan-edits';
import { planFromHash, planToHash } from '~/lib/dr/plan-link';

const BROKEN = {
  kind: 'broken',
  message:
    'This shared link could not be opened (it may be cut off, edited, or from an older version of this page), so the example plan is shown instead.',
};

function encodeJson(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return '#plan=' + btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

describe('share links', () => {
  it('round-trip the whole form, hostile text included', () => {
    let form: BackupPlanForm = editPlan(DEFAULT_BACKUP_PLAN_FORM, { type: 'add-rule' });
    form = editPlan(form, { type: 'set-rule-tag', ruleId: 'r1', tagId: 't1', patch: { value: 'é "${x}" \\ \n 😀' } });
    const hash = planToHash(form);
    expect(hash).toMatch(/^#plan=[A-Za-z0-9_-]+$/);
    expect(planFromHash(hash)).toEqual({ kind: 'plan', form });
  });

  it('ignore hashes that are not plan links', () => {
    expect(planFromHash('')).toEqual({ kind: 'none' });
    expect(planFromHash('#further-reading')).toEqual({ kind: 'none' });
  });

  it.each([
    ['empty payload', '#plan='],
    ['not base64url', '#plan=%%%'],
    ['truncated link', planToHash(DEFAULT_BACKUP_PLAN_FORM).slice(0, 60)],
    ['not JSON', '#plan=' + btoa('{not json').replace(/=+$/, '')],
    ['JSON but not a form', encodeJson({ hello: 'world' })],
    ['older version', encodeJson({ ...DEFAULT_BACKUP_PLAN_FORM, version: 0 })],
    ['unknown operator', encodeJson({ ...DEFAULT_BACKUP_PLAN_FORM, selection: { ...DEFAULT_BACKUP_PLAN_FORM.selection, conditions: [{ id: 'c1', operator: 'regex', key: 'a', value: 'b' }] } })],
    ['extra keys', encodeJson({ ...DEFAULT_BACKUP_PLAN_FORM, __proto__x: 1 })],
    ['duplicate ids', encodeJson({ ...DEFAULT_BACKUP_PLAN_FORM, rules: [DEFAULT_BACKUP_PLAN_FORM.rules[0], DEFAULT_BACKUP_PLAN_FORM.rules[0]] })],
    ['no rules', encodeJson({ ...DEFAULT_BACKUP_PLAN_FORM, rules: [] })],
    ['invalid UTF-8', '#plan=' + btoa('\xff\xfe').replace(/=+$/, '')],
  ])('a broken link (%s) gives a notice, not a crash', (_, hash) => {
    expect(planFromHash(hash)).toEqual(BROKEN);
  });

  it('restores a form that is well-formed but invalid, so its errors can be shown', () => {
    const form = { ...DEFAULT_BACKUP_PLAN_FORM, vaultName: 'bad name' };
    expect(planFromHash(planToHash(form))).toEqual({ kind: 'plan', form });
  });
});
