import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BACKUP_PLAN_FORM,
  errorsByField,
  fieldDomId,
  ruleRpo,
  validateBackupPlan,
  type BackupPlanForm,
  type RuleForm,
} from '~/lib/dr/backup-plan';
import { editPlan } from '~/lib/dr/backup-plan-edits';

const RULE_ID = DEFAULT_BACKUP_PLAN_FORM.rules[0]?.id ?? 'r1';

function withRule(patch: Partial<RuleForm>, form: BackupPlanForm = DEFAULT_BACKUP_PLAN_FORM): BackupPlanForm {
  return { ...form, rules: form.rules.map((rule, i) => (i === 0 ? { ...rule, ...patch } : rule)) };
}

/** The error messages of an invalid form, keyed by field. */
function errors(form: BackupPlanForm): Record<string, string> {
  const result = validateBackupPlan(form);
  if (result.ok) throw new Error('expected the form to be invalid');
  return Object.fromEntries(errorsByField(result.errors));
}

describe('the default form', () => {
  it('is valid and becomes a plan with real numbers', () => {
    const result = validateBackupPlan(DEFAULT_BACKUP_PLAN_FORM);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.rules[0]).toMatchObject({
      name: 'daily',
      schedule: 'cron(0 5 ? * * *)',
      timezone: 'Etc/UTC',
      startWindowMinutes: 60,
      completionWindowMinutes: 180,
      deleteAfterDays: 35,
      coldStorageAfterDays: null,
      copyDeleteAfterDays: null,
    });
    expect(result.plan.copyDestination).toBeNull();
    expect(result.plan.lock).toBeNull();
  });
});

describe('names', () => {
  it.each([
    ['vaultName', 'a', 'Use at least 2 characters.'],
    ['vaultName', 'my vault', 'Use only letters A–Z, digits, hyphens (-) and underscores (_); a space is not allowed.'],
    ['vaultName', 'vault.prod', 'Use only letters A–Z, digits, hyphens (-) and underscores (_); "." is not allowed.'],
    ['vaultName', 'v'.repeat(51), 'Use at most 50 characters (this has 51).'],
    ['planName', '', 'Enter a plan name.'],
    ['planName', 'plan/prod', 'Use only letters A–Z, digits, hyphens (-), underscores (_) and dots (.); "/" is not allowed.'],
    ['region', 'Ireland', '"Ireland" is not an AWS Region code; use one like eu-west-1 or us-east-1.'],
  ] as const)('%s = %j → %s', (field, value, message) => {
    expect(errors({ ...DEFAULT_BACKUP_PLAN_FORM, [field]: value })[field]).toBe(message);
  });

  it('accepts dots in rule names but not in vault names', () => {
    expect(validateBackupPlan(withRule({ name: 'daily.v2' })).ok).toBe(true);
  });

  it('rule names must be unique', () => {
    const two = editPlan(DEFAULT_BACKUP_PLAN_FORM, { type: 'add-rule' });
    const clash = { ...two, rules: two.rules.map((rule) => ({ ...rule, name: 'daily' })) };
    expect(errors(clash)[`rules.${two.rules[1]?.id}.name`]).toBe(
      'Another rule is already called "daily"; rule names must be unique in a plan.',
    );
  });
});

describe('schedules', () => {
  it('takes the cron error to the custom schedule field', () => {
    expect(errors(withRule({ frequency: 'custom', cron: 'cron(0/30 * ? * * *)' }))[`rules.${RULE_ID}.cron`]).toBe(
      'Backups would start only 30 minutes apart (at 00:00 and 00:30); AWS Backup needs at least 60 minutes between backups.',
    );
  });

  it('builds cron expressions from presets', () => {
    const schedules = (['hourly', 'daily', 'weekly', 'monthly'] as const).map((frequency) => {
      const result = validateBackupPlan(withRule({ frequency, minute: '15', time: '02:30', weekday: 'WED', monthDay: '10' }));
      return result.ok ? result.plan.rules[0]?.schedule : result.errors;
    });
    expect(schedules).toEqual(['cron(15 * ? * * *)', 'cron(30 2 ? * * *)', 'cron(30 2 ? * WED *)', 'cron(30 2 10 * ? *)']);
  });

  it('keeps monthly presets to days that every month has', () => {
    expect(errors(withRule({ frequency: 'monthly', monthDay: '31' }))[`rules.${RULE_ID}.monthDay`]).toBe(
      'Use 1–28 so the backup runs every month; for the last day of the month choose a custom schedule with L, e.g. cron(0 5 L * ? *).',
    );
  });

  it('checks time zones, including their capitalisation', () => {
    expect(errors(withRule({ timezone: 'Mars/Olympus' }))[`rules.${RULE_ID}.timezone`]).toBe(
      '"Mars/Olympus" is not a time zone name; use an IANA name such as Etc/UTC or Europe/Madrid.',
    );
    expect(errors(withRule({ timezone: 'europe/madrid' }))[`rules.${RULE_ID}.timezone`]).toBe(
      'Write it as "Europe/Madrid": time zone names are case-sensitive.',
    );
    expect(validateBackupPlan(withRule({ timezone: 'America/New_York' })).ok).toBe(true);
  });
});

describe('windows and retention', () => {
  it('start window ≥ 60 minutes', () => {
    expect(errors(withRule({ startWindow: '30' }))[`rules.${RULE_ID}.startWindow`]).toBe(
      'Must be at least 60 minutes: AWS Backup rejects shorter start windows.',
    );
  });

  it('completion window longer than the start window', () => {
    expect(errors(withRule({ startWindow: '120', completionWindow: '120' }))[`rules.${RULE_ID}.completionWindow`]).toBe(
      'Must be longer than the start window (120 minutes).',
    );
  });

  it('retention covers the 90 days in cold storage', () => {
    const form = withRule({ coldStorage: true, coldStorageAfter: '30', deleteAfter: '100' });
    expect(errors(form)[`rules.${RULE_ID}.deleteAfter`]).toBe(
      'Must be at least 120 days: backups stay in cold storage for at least 90 days after moving there on day 30.',
    );
    expect(validateBackupPlan(withRule({ coldStorage: true, coldStorageAfter: '30', deleteAfter: '120' })).ok).toBe(true);
  });

  it('continuous backup: 1–35 days and no cold storage', () => {
    const e = errors(withRule({ continuous: true, deleteAfter: '36', coldStorage: true }));
    expect(e[`rules.${RULE_ID}.deleteAfter`]).toBe(
      'Continuous backups can be kept 1–35 days; lower the retention or turn off continuous backup.',
    );
    expect(e[`rules.${RULE_ID}.coldStorage`]).toBe(
      "Continuous backups can't move to cold storage: turn off cold storage or continuous backup.",
    );
  });

  it('retention must be a whole number of days', () => {
    expect(errors(withRule({ deleteAfter: '7.5' }))[`rules.${RULE_ID}.deleteAfter`]).toBe('Use a whole number (no decimals).');
  });
});

describe('vault lock', () => {
  const locked = (patch: Partial<BackupPlanForm['lock']>) => ({
    ...DEFAULT_BACKUP_PLAN_FORM,
    lock: { ...DEFAULT_BACKUP_PLAN_FORM.lock, enabled: true, ...patch },
  });

  it('min ≤ max', () => {
    expect(errors(locked({ minRetentionDays: '30', maxRetentionDays: '7' }))['lock.maxRetentionDays']).toBe(
      'Must be at least the minimum retention (30 days).',
    );
  });

  it('compliance mode needs changeable_for_days ≥ 3', () => {
    expect(errors(locked({ mode: 'compliance', changeableForDays: '2' }))['lock.changeableForDays']).toBe(
      'Compliance mode needs at least 3 days: AWS Backup enforces a 72-hour cooling-off period before the lock becomes permanent.',
    );
    const ok = validateBackupPlan(locked({ mode: 'compliance', changeableForDays: '3' }));
    expect(ok.ok && ok.plan.lock).toEqual({ mode: 'compliance', minRetentionDays: 7, maxRetentionDays: 365, changeableForDays: 3 });
  });

  it('governance mode ignores changeable_for_days', () => {
    const ok = validateBackupPlan(locked({ mode: 'governance', changeableForDays: 'x' }));
    expect(ok.ok && ok.plan.lock?.changeableForDays).toBeNull();
  });

  it("every rule's retention must be inside the lock's range", () => {
    expect(errors(locked({ minRetentionDays: '60' }))[`rules.${RULE_ID}.deleteAfter`]).toBe(
      'The vault lock only accepts retention between 60 and 365 days.',
    );
  });
});

describe('KMS key', () => {
  it('accepts a key ARN in the vault Region', () => {
    const form = { ...DEFAULT_BACKUP_PLAN_FORM, kmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' };
    const result = validateBackupPlan(form);
    expect(result.ok && result.plan.vault.kmsKeyArn).toBe(form.kmsKeyArn);
  });

  it('rejects aliases and keys from another Region', () => {
    expect(errors({ ...DEFAULT_BACKUP_PLAN_FORM, kmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:alias/backup' }).kmsKeyArn).toMatch(
      /^Use a KMS key ARN such as arn:aws:kms:eu-west-1:111122223333:key\//,
    );
    expect(
      errors({ ...DEFAULT_BACKUP_PLAN_FORM, kmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }).kmsKeyArn,
    ).toBe("The key is in us-east-1 but the vault is in eu-west-1; AWS Backup needs a key in the vault's Region.");
  });
});

describe('cross-Region copy', () => {
  it('needs a different Region and a valid vault name, only when a rule copies', () => {
    const form = { ...withRule({ copy: true }), copyRegion: 'eu-west-1', copyVaultName: 'x' };
    const e = errors(form);
    expect(e.copyRegion).toBe("Choose a Region other than the vault's (eu-west-1): a cross-Region copy has to leave it.");
    expect(e.copyVaultName).toBe('Use at least 2 characters.');
    expect(validateBackupPlan({ ...DEFAULT_BACKUP_PLAN_FORM, copyRegion: 'eu-west-1', copyVaultName: 'x' }).ok).toBe(true);
  });

  it('keeps its own retention', () => {
    const result = validateBackupPlan(withRule({ copy: true, copyDeleteAfter: '365' }));
    expect(result.ok && result.plan.rules[0]?.copyDeleteAfterDays).toBe(365);
    expect(result.ok && result.plan.copyDestination).toEqual({ region: 'eu-central-1', vaultName: 'dr-backup-vault' });
  });
});

describe('tags and resource selection', () => {
  it('checks tag keys against AWS rules and allows any text in values', () => {
    const form = withRule({
      recoveryPointTags: [
        { id: 't1', key: 'aws:owner', value: 'x' },
        { id: 't2', key: 'Team{1}', value: 'x' },
        { id: 't3', key: 'Équipe', value: 'quote " backslash \\ ${var} %{if} \n 😀' },
        { id: 't4', key: 'Équipe', value: '' },
      ],
    });
    const e = errors(form);
    expect(e[`rules.${RULE_ID}.tags.t1.key`]).toBe('Keys starting with "aws:" are reserved for AWS; choose another key.');
    expect(e[`rules.${RULE_ID}.tags.t2.key`]).toBe('Tag keys use letters, digits, spaces and _ . : / = + - @ only; "{" is not allowed.');
    expect(e[`rules.${RULE_ID}.tags.t3.key`]).toBeUndefined();
    expect(e[`rules.${RULE_ID}.tags.t3.value`]).toBeUndefined();
    expect(e[`rules.${RULE_ID}.tags.t4.key`]).toBe('The key "Équipe" is already used in this rule; each key can appear once.');
  });

  it('normalises text to NFC, as HCL does, and catches keys that only differ in normalisation', () => {
    const decomposed = 'E\u0301quipe';
    const form = withRule({ recoveryPointTags: [{ id: 't1', key: decomposed, value: 'cafe\u0301' }] });
    const result = validateBackupPlan(form);
    expect(result.ok && result.plan.rules[0]?.recoveryPointTags).toEqual([{ key: 'Équipe', value: 'café' }]);
    const clash = withRule({
      recoveryPointTags: [
        { id: 't1', key: 'Équipe', value: '' },
        { id: 't2', key: decomposed, value: '' },
      ],
    });
    expect(errors(clash)[`rules.${RULE_ID}.tags.t2.key`]).toBe('The key "Équipe" is already used in this rule; each key can appear once.');
  });

  it('rejects text that cannot be written as UTF-8', () => {
    const form = withRule({ recoveryPointTags: [{ id: 't1', key: 'k', value: 'broken \uD800 surrogate' }] });
    expect(errors(form)[`rules.${RULE_ID}.tags.t1.value`]).toBe('The value contains an invalid character; retype it.');
  });

  it('needs tags or ARNs, and checks every ARN line', () => {
    const empty = { ...DEFAULT_BACKUP_PLAN_FORM, selection: { ...DEFAULT_BACKUP_PLAN_FORM.selection, conditions: [] } };
    expect(errors(empty)['selection.resources']).toBe(
      'Choose what to back up: add a tag condition or at least one ARN (a lone * selects every supported resource).',
    );
    const bad = {
      ...empty,
      selection: {
        ...empty.selection,
        resources: 'arn:aws:rds:eu-west-1:111122223333:db:orders\nnot-an-arn',
        notResources: '*',
      },
    };
    const e = errors(bad);
    expect(e['selection.resources']).toBe(
      'Line 2 is not an ARN: write one ARN per line, like arn:aws:rds:eu-west-1:111122223333:db:orders (* wildcards allowed).',
    );
    expect(e['selection.notResources']).toBe('Line 1: excluding * would exclude everything; list the ARNs to leave out.');
  });

  it('accepts wildcards, S3 ARNs without Region or account, and blank lines', () => {
    const form = {
      ...DEFAULT_BACKUP_PLAN_FORM,
      selection: {
        ...DEFAULT_BACKUP_PLAN_FORM.selection,
        resources: 'arn:aws:ec2:*:*:volume/*\n\narn:aws:s3:::my-bucket\n',
        notResources: 'arn:aws:ec2:eu-west-1:111122223333:volume/vol-0abc',
      },
    };
    const result = validateBackupPlan(form);
    expect(result.ok && result.plan.selection.resources).toEqual(['arn:aws:ec2:*:*:volume/*', 'arn:aws:s3:::my-bucket']);
  });

  it('reports duplicate ARN lines', () => {
    const form = {
      ...DEFAULT_BACKUP_PLAN_FORM,
      selection: { ...DEFAULT_BACKUP_PLAN_FORM.selection, resources: 'arn:aws:s3:::a\narn:aws:s3:::a' },
    };
    expect(errors(form)['selection.resources']).toBe('Line 2 repeats line 1; remove the duplicate.');
  });
});

describe('error summary support', () => {
  it('gives every error a label and a DOM id to link to', () => {
    const result = validateBackupPlan(withRule({ name: '', startWindow: '5' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.label, fieldDomId(e.field)])).toEqual([
      ['Rule 1: name', `bp-rules-${RULE_ID}-name`],
      ['Rule 1: start window', `bp-rules-${RULE_ID}-startWindow`],
    ]);
  });
});

describe('ruleRpo', () => {
  it('daily: worst case 24 h (25 h with a late start), average 12 h', () => {
    expect(ruleRpo(DEFAULT_BACKUP_PLAN_FORM.rules[0]!)).toEqual({
      ok: true,
      scheduled: { worstMinutes: 1440, averageMinutes: 720 },
      worstWithLateStartMinutes: 1500,
      continuous: null,
    });
  });

  it('continuous backup adds point-in-time recovery', () => {
    const rpo = ruleRpo({ ...DEFAULT_BACKUP_PLAN_FORM.rules[0]!, continuous: true });
    expect(rpo.ok && rpo.continuous).toEqual({ worstMinutes: 5, averageMinutes: 5 });
  });

  it('asks for a valid schedule first', () => {
    expect(ruleRpo({ ...DEFAULT_BACKUP_PLAN_FORM.rules[0]!, frequency: 'custom', cron: 'nope' })).toEqual({
      ok: false,
      message: 'Fix the schedule to see the RPO of this rule.',
    });
  });
});

describe('editPlan', () => {
  it('adds rules with fresh ids and unique names, and never removes the last one', () => {
    const two = editPlan(editPlan(DEFAULT_BACKUP_PLAN_FORM, { type: 'add-rule' }), { type: 'add-rule' });
    expect(two.rules.map((rule) => [rule.id, rule.name])).toEqual([
      ['r1', 'daily'],
      ['r2', 'weekly'],
      ['r3', 'weekly-2'],
    ]);
    expect(validateBackupPlan(two).ok).toBe(true);
    const one = editPlan(DEFAULT_BACKUP_PLAN_FORM, { type: 'remove-rule', ruleId: 'r1' });
    expect(one.rules).toHaveLength(1);
  });

  it('adds, edits and removes tags and conditions by id', () => {
    let form = editPlan(DEFAULT_BACKUP_PLAN_FORM, { type: 'add-rule-tag', ruleId: 'r1' });
    form = editPlan(form, { type: 'set-rule-tag', ruleId: 'r1', tagId: 't2', patch: { key: 'Owner', value: 'ops' } });
    expect(form.rules[0]?.recoveryPointTags.map((tag) => [tag.id, tag.key, tag.value])).toEqual([
      ['t1', 'CreatedBy', 'aws-backup'],
      ['t2', 'Owner', 'ops'],
    ]);
    form = editPlan(form, { type: 'remove-rule-tag', ruleId: 'r1', tagId: 't1' });
    expect(form.rules[0]?.recoveryPointTags.map((tag) => tag.id)).toEqual(['t2']);

    form = editPlan(form, { type: 'add-condition' });
    form = editPlan(form, { type: 'set-condition', conditionId: 'c2', patch: { operator: 'notEquals', key: 'Env', value: 'dev' } });
    form = editPlan(form, { type: 'remove-condition', conditionId: 'c1' });
    expect(form.selection.conditions).toEqual([{ id: 'c2', operator: 'notEquals', key: 'Env', value: 'dev' }]);
  });

  it('resets to the example plan', () => {
    const changed = editPlan(DEFAULT_BACKUP_PLAN_FORM, { type: 'set-plan', field: 'planName', value: 'x' });
    expect(editPlan(changed, { type: 'reset' })).toBe(DEFAULT_BACKUP_PLAN_FORM);
  });
});
