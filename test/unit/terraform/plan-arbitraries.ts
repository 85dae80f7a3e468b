/**
 * fast-check generators of backup plan forms: valid ones (with hostile text wherever the form
 * accepts free text) and ways to break a valid one, each naming the field that must then report an
 * error.
 */

import fc from 'fast-check';
import {
  DEFAULT_BACKUP_PLAN_FORM,
  WEEKDAYS,
  fieldKeys,
  type BackupPlanForm,
  type KeyValueForm,
  type RuleForm,
  type TagConditionForm,
  type TagOperator,
} from '~/lib/dr/backup-plan';

/** Pieces that break naive HCL generation, mixed into free text. */
const HOSTILE_PIECES = [
  '"',
  '\\',
  '${',
  '%{',
  '$${',
  '%%{',
  '}',
  '${var.x}',
  '%{ if true }',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\u007f',
  '\u0085',
  '\u2028',
  '😀',
  '👩🏽‍💻',
  'é',
  'ß',
  '日本語',
  'ü\u0308',
  '$',
  '%',
  '*',
];

/** Free text up to 256 characters: tag values and recovery point tag values. */
export const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 12 })
  .map((parts) => parts.join(''))
  .filter((text) => [...text].length <= 256);

const TAG_KEY_CHARS = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...'_.:/=+-@ ',
  ...'éÉñßøåçÇ日本語한국어ΩЖ٣',
];

/** Tag keys AWS accepts (letters of any script, digits, spaces and _ . : / = + - @). */
export const tagKey = fc
  .array(fc.constantFrom(...TAG_KEY_CHARS), { minLength: 1, maxLength: 24 })
  .map((chars) => chars.join(''))
  .filter((key) => !key.toLowerCase().startsWith('aws:'));

const ruleName = fc.stringMatching(/^[0-9A-Za-z_.-]{1,50}$/);
const vaultName = fc.stringMatching(/^[0-9A-Za-z_-]{2,50}$/);
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'sa-east-1'];
const TIMEZONES = ['Etc/UTC', 'Europe/Madrid', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney'];
const CUSTOM_CRONS = [
  'cron(0 5 ? * * *)',
  'cron(30 */6 ? * * *)',
  'cron(0 1,13 ? * MON-FRI *)',
  'cron(15 3 L * ? *)',
  'cron(0 2 ? * 6L *)',
  'cron(0 4 ? * SUN#1 *)',
  'cron(0 0 1 JAN,JUL ? *)',
];
const ARNS = [
  '*',
  'arn:aws:rds:eu-west-1:111122223333:db:orders',
  'arn:aws:ec2:*:*:volume/*',
  'arn:aws:dynamodb:us-east-1:111122223333:table/sessions',
  'arn:aws:s3:::reports-bucket',
  'arn:aws:elasticfilesystem:eu-west-1:111122223333:file-system/fs-0123456789abcdef0',
];
const OPERATORS: TagOperator[] = ['equals', 'like', 'notEquals', 'notLike'];

const keyValues = (prefix: string) =>
  fc.uniqueArray(fc.record({ key: tagKey, value: hostileText }), { selector: (tag) => tag.key, maxLength: 4 }).map((tags) =>
    tags.map((tag, i): KeyValueForm => ({ id: `${prefix}${i + 1}`, ...tag })),
  );

/** One valid rule; `index` keeps ids unique. Retention is returned so a lock range can fit it. */
function validRule(index: number) {
  return fc
    .record({
      name: ruleName,
      frequency: fc.constantFrom('hourly', 'daily', 'weekly', 'monthly', 'custom' as const),
      minute: fc.integer({ min: 0, max: 59 }),
      hour: fc.integer({ min: 0, max: 23 }),
      weekday: fc.constantFrom(...WEEKDAYS),
      monthDay: fc.integer({ min: 1, max: 28 }),
      cron: fc.constantFrom(...CUSTOM_CRONS),
      timezone: fc.constantFrom(...TIMEZONES),
      startWindow: fc.integer({ min: 60, max: 1440 }),
      extraCompletion: fc.integer({ min: 1, max: 10_080 }),
      continuous: fc.boolean(),
      coldStorage: fc.boolean(),
      coldAfter: fc.integer({ min: 1, max: 365 }),
      retentionExtra: fc.integer({ min: 0, max: 3000 }),
      shortRetention: fc.integer({ min: 1, max: 35 }),
      tags: keyValues(`t${index}x`),
      copy: fc.boolean(),
      copyDeleteAfter: fc.integer({ min: 1, max: 36_500 }),
    })
    .map((r): RuleForm => {
      const cold = !r.continuous && r.coldStorage;
      const deleteAfter = r.continuous ? r.shortRetention : cold ? r.coldAfter + 90 + r.retentionExtra : 1 + r.retentionExtra;
      return {
        id: `r${index}`,
        name: r.name,
        frequency: r.frequency,
        minute: String(r.minute),
        time: `${String(r.hour).padStart(2, '0')}:${String(r.minute).padStart(2, '0')}`,
        weekday: r.weekday,
        monthDay: String(r.monthDay),
        cron: r.cron,
        timezone: r.timezone,
        startWindow: String(r.startWindow),
        completionWindow: String(r.startWindow + r.extraCompletion),
        deleteAfter: String(deleteAfter),
        coldStorage: cold,
        coldStorageAfter: String(r.coldAfter),
        continuous: r.continuous,
        recoveryPointTags: r.tags,
        copy: r.copy,
        copyDeleteAfter: String(r.copyDeleteAfter),
      };
    });
}

/** A valid form: every field within AWS limits, free text full of hostile characters. */
export const validForm: fc.Arbitrary<BackupPlanForm> = fc
  .record({
    region: fc.constantFrom(...REGIONS),
    copyRegionOffset: fc.integer({ min: 1, max: REGIONS.length - 1 }),
    planName: ruleName,
    vaultName,
    copyVaultName: vaultName,
    rules: fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => validRule(i + 1)))),
    lock: fc.record({ enabled: fc.boolean(), compliance: fc.boolean(), changeable: fc.integer({ min: 3, max: 365 }), slackMin: fc.nat(), slackMax: fc.nat() }),
    selectionName: ruleName,
    conditions: fc.array(fc.record({ operator: fc.constantFrom(...OPERATORS), key: tagKey, value: hostileText }), { maxLength: 4 }),
    resources: fc.subarray(ARNS),
    notResources: fc.subarray(ARNS.filter((arn) => arn !== '*')),
  })
  .map((f): BackupPlanForm => {
    // Rule names must be unique within a plan.
    const rules = f.rules.map((rule, i) => ({ ...rule, name: `${rule.name.slice(0, 45)}-${i}` }));
    const retentions = rules.map((rule) => Number(rule.deleteAfter));
    const lowest = Math.min(...retentions);
    const highest = Math.max(...retentions);
    const conditions = f.conditions.map((c, i): TagConditionForm => ({ id: `c${i + 1}`, ...c }));
    const resources = conditions.length === 0 && f.resources.length === 0 ? ['arn:aws:ec2:*:*:volume/*'] : f.resources;
    return {
      ...DEFAULT_BACKUP_PLAN_FORM,
      region: f.region,
      planName: f.planName,
      vaultName: f.vaultName,
      lock: {
        enabled: f.lock.enabled,
        mode: f.lock.compliance ? 'compliance' : 'governance',
        minRetentionDays: String(Math.max(1, lowest - (f.lock.slackMin % lowest))),
        maxRetentionDays: String(Math.min(36_500, highest + (f.lock.slackMax % 1000))),
        changeableForDays: String(f.lock.changeable),
      },
      copyRegion: REGIONS[(REGIONS.indexOf(f.region) + f.copyRegionOffset) % REGIONS.length] ?? 'eu-central-1',
      copyVaultName: f.copyVaultName,
      rules,
      selection: {
        name: f.selectionName,
        conditions,
        resources: resources.join('\n'),
        notResources: f.notResources.join('\n'),
      },
    };
  });

/** A way to break a valid form, and the field whose error must then appear. */
export interface Breakage {
  readonly description: string;
  readonly field: string;
  readonly form: BackupPlanForm;
}

const setRule = (form: BackupPlanForm, patch: Partial<RuleForm>): BackupPlanForm => ({
  ...form,
  rules: form.rules.map((rule, i) => (i === 0 ? { ...rule, ...patch } : rule)),
});

const BAD_VAULT_NAMES = ['', 'a', 'has space', 'dots.not.allowed', 'ünïcode', 'x'.repeat(51), 'quote"', '${x}'];
const BAD_RULE_NAMES = ['', 'has space', 'slash/name', 'x'.repeat(51), 'emoji😀'];
const BAD_CRONS = ['', 'rate(1 hour)', 'cron(0 5 * * *)', 'cron(0/15 * ? * * *)', 'cron(0 5 * * * *)', 'cron(0 25 ? * * *)', '0 5 ? * * *'];
const BAD_NUMBERS = ['', 'abc', '-1', '1e3', '12.5.1'];
const BAD_TAG_KEYS = ['', 'aws:reserved', 'curly{brace}', 'quote"', 'x'.repeat(129), 'new\nline'];

/** Breaks one field of a valid form. */
export const brokenForm: fc.Arbitrary<Breakage> = fc
  .tuple(validForm, fc.nat(), fc.integer({ min: 0, max: 13 }))
  .map(([form, pick, kind]): Breakage => {
    const rule = form.rules[0];
    if (!rule) throw new Error('generated form has no rule');
    const ruleKey = (field: Parameters<typeof fieldKeys.rule>[1]) => fieldKeys.rule(rule.id, field);
    const choose = <T>(items: readonly T[]): T => items[pick % items.length] as T;
    switch (kind) {
      case 0:
        return { description: 'bad vault name', field: 'vaultName', form: { ...form, vaultName: choose(BAD_VAULT_NAMES) } };
      case 1:
        return { description: 'bad rule name', field: ruleKey('name'), form: setRule(form, { name: choose(BAD_RULE_NAMES) }) };
      case 2:
        return { description: 'bad cron', field: ruleKey('cron'), form: setRule(form, { frequency: 'custom', cron: choose(BAD_CRONS) }) };
      case 3:
        return { description: 'start window < 60', field: ruleKey('startWindow'), form: setRule(form, { startWindow: String(pick % 60) }) };
      case 4:
        return {
          description: 'completion ≤ start',
          field: ruleKey('completionWindow'),
          form: setRule(form, { startWindow: '120', completionWindow: String(60 + (pick % 61)) }),
        };
      case 5: {
        const cold = 1 + (pick % 300);
        return {
          description: 'retention shorter than cold storage + 90',
          field: ruleKey('deleteAfter'),
          form: setRule(form, { continuous: false, coldStorage: true, coldStorageAfter: String(cold), deleteAfter: String(cold + (pick % 90)) }),
        };
      }
      case 6:
        return {
          description: 'continuous retention over 35 days',
          field: ruleKey('deleteAfter'),
          form: setRule(form, { continuous: true, coldStorage: false, deleteAfter: String(36 + (pick % 1000)) }),
        };
      case 7:
        return { description: 'continuous with cold storage', field: ruleKey('coldStorage'), form: setRule(form, { continuous: true, coldStorage: true, deleteAfter: '7' }) };
      case 8:
        return {
          description: 'lock min > max',
          field: fieldKeys.lock('maxRetentionDays'),
          form: { ...form, lock: { ...form.lock, enabled: true, minRetentionDays: String(100 + (pick % 100)), maxRetentionDays: '99' } },
        };
      case 9:
        return {
          description: 'compliance lock with less than 3 days grace',
          field: fieldKeys.lock('changeableForDays'),
          form: { ...form, lock: { ...form.lock, enabled: true, mode: 'compliance', changeableForDays: String(pick % 3) } },
        };
      case 10:
        return {
          description: 'retention outside the lock range',
          field: ruleKey('deleteAfter'),
          form: {
            ...setRule(form, { continuous: false, coldStorage: false, deleteAfter: '10' }),
            lock: { ...form.lock, enabled: true, minRetentionDays: String(11 + (pick % 300)), maxRetentionDays: '36500' },
          },
        };
      case 11:
        return {
          description: 'bad recovery point tag key',
          field: fieldKeys.ruleTag(rule.id, 'tbad', 'key'),
          form: setRule(form, { recoveryPointTags: [{ id: 'tbad', key: choose(BAD_TAG_KEYS), value: 'v' }] }),
        };
      case 12:
        return { description: 'copy to the same Region', field: 'copyRegion', form: { ...setRule(form, { copy: true }), copyRegion: form.region } };
      default:
        return {
          description: 'bad retention number',
          field: ruleKey('deleteAfter'),
          form: setRule(form, { deleteAfter: choose(BAD_NUMBERS) }),
        };
    }
  });
