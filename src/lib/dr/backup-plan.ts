/**
 * AWS Backup plan builder (lesson 26.4): the form model and its validation.
 *
 * Two shapes live here:
 * - {@link BackupPlanForm}: what the form holds, all text as typed, list items with stable ids so
 *   errors and inputs stay attached to the right row when rows are added or removed. This is also
 *   what a share link stores.
 * - {@link BackupPlan}: the validated plan with real numbers, the only input the Terraform
 *   generator accepts. An invalid form never becomes a BackupPlan, so it can never produce HCL.
 *
 * Every error is keyed by the field it belongs to (see {@link fieldKeys}) and says how to fix it.
 * Free text (tag keys and values) is normalised to Unicode NFC in the plan, because HCL normalises
 * every string literal to NFC: the plan then holds exactly the values Terraform will read, and two
 * keys that differ only in normalisation are caught as duplicates.
 * The limits come from the AWS Backup API reference and developer guide: vault names 2–50 of
 * [0-9A-Za-z_-]; rule and selection names 1–50 of [0-9A-Za-z_.-]; start window ≥ 60 minutes;
 * cold storage for ≥ 90 days; continuous backup retention 1–35 days; Vault Lock compliance mode
 * needs ChangeableForDays ≥ 3 (72-hour cooling-off period); backups at least 60 minutes apart.
 */

import { checkBackupSchedule, type CronTiming } from '~/lib/cron/aws-cron';
import { isWellFormedText } from '~/lib/terraform/hcl';
import { dataLossFromIntervals, type DataLoss } from './rpo-rto';
import { parseClockTime, parseNumberField, type NumberRule } from '~/lib/form/number-field';

/** Version of the form shape; stored in share links so an old link can be recognised. */
export const FORM_VERSION = 1;

/** Caps that keep the form (and a share link) a sensible size. */
export const LIMITS = { rules: 10, tagsPerRule: 20, conditions: 20, arnLines: 100 } as const;

/** Schedule presets of a rule; `custom` means a typed cron expression. */
export type Frequency = 'hourly' | 'daily' | 'weekly' | 'monthly' | 'custom';
/** Days as AWS cron names them. */
export const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const;
/** A day for the weekly preset. */
export type Weekday = (typeof WEEKDAYS)[number];
/** Vault Lock modes: governance can be removed by privileged users; compliance becomes permanent. */
export type LockMode = 'governance' | 'compliance';
/** Tag condition operators of a backup selection (AND-ed together). */
export type TagOperator = 'equals' | 'like' | 'notEquals' | 'notLike';
/** Operators with the wording the form shows. */
export const TAG_OPERATORS: readonly { readonly value: TagOperator; readonly label: string }[] = [
  { value: 'equals', label: 'equals' },
  { value: 'like', label: 'matches (* wildcard)' },
  { value: 'notEquals', label: 'does not equal' },
  { value: 'notLike', label: 'does not match (* wildcard)' },
];

/** A key/value row (recovery point tag). */
export interface KeyValueForm {
  readonly id: string;
  readonly key: string;
  readonly value: string;
}

/** A tag condition row of the resource selection. */
export interface TagConditionForm extends KeyValueForm {
  readonly operator: TagOperator;
}

/** One backup rule as typed. */
export interface RuleForm {
  readonly id: string;
  readonly name: string;
  readonly frequency: Frequency;
  /** Hourly preset: minute past each hour. */
  readonly minute: string;
  /** Daily, weekly and monthly presets: start time HH:MM. */
  readonly time: string;
  readonly weekday: Weekday;
  readonly monthDay: string;
  /** Custom schedule. */
  readonly cron: string;
  readonly timezone: string;
  readonly startWindow: string;
  readonly completionWindow: string;
  readonly deleteAfter: string;
  readonly coldStorage: boolean;
  readonly coldStorageAfter: string;
  readonly continuous: boolean;
  readonly recoveryPointTags: readonly KeyValueForm[];
  readonly copy: boolean;
  readonly copyDeleteAfter: string;
}

/** Vault Lock settings as typed. */
export interface LockForm {
  readonly enabled: boolean;
  readonly mode: LockMode;
  readonly minRetentionDays: string;
  readonly maxRetentionDays: string;
  readonly changeableForDays: string;
}

/** Which resources the plan protects. ARNs are typed one per line. */
export interface SelectionForm {
  readonly name: string;
  readonly conditions: readonly TagConditionForm[];
  readonly resources: string;
  readonly notResources: string;
}

/** The whole form. */
export interface BackupPlanForm {
  readonly version: typeof FORM_VERSION;
  readonly region: string;
  readonly planName: string;
  readonly vaultName: string;
  readonly kmsKeyArn: string;
  readonly lock: LockForm;
  readonly copyRegion: string;
  readonly copyVaultName: string;
  readonly rules: readonly RuleForm[];
  readonly selection: SelectionForm;
}

/** AWS partitions a Region can belong to. */
export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov';

/** A validated backup rule. */
export interface BackupRule {
  readonly name: string;
  readonly schedule: string;
  readonly timezone: string;
  readonly startWindowMinutes: number;
  readonly completionWindowMinutes: number;
  readonly deleteAfterDays: number;
  readonly coldStorageAfterDays: number | null;
  readonly continuous: boolean;
  readonly recoveryPointTags: readonly { readonly key: string; readonly value: string }[];
  readonly copyDeleteAfterDays: number | null;
}

/** A validated resource selection. */
export interface BackupSelection {
  readonly name: string;
  readonly conditions: readonly { readonly operator: TagOperator; readonly key: string; readonly value: string }[];
  readonly resources: readonly string[];
  readonly notResources: readonly string[];
}

/** A validated plan: everything the Terraform generator needs, nothing it has to check again. */
export interface BackupPlan {
  readonly region: string;
  readonly partition: Partition;
  readonly planName: string;
  readonly vault: { readonly name: string; readonly kmsKeyArn: string | null };
  readonly lock: {
    readonly mode: LockMode;
    readonly minRetentionDays: number;
    readonly maxRetentionDays: number;
    readonly changeableForDays: number | null;
  } | null;
  readonly copyDestination: { readonly region: string; readonly vaultName: string } | null;
  readonly rules: readonly BackupRule[];
  readonly selection: BackupSelection;
}

/** A problem with one field: `field` is its key, `label` names it in an error summary. */
export interface FieldError {
  readonly field: string;
  readonly label: string;
  readonly message: string;
}

/** The validated plan, or the list of problems (in form order). */
export type PlanValidation =
  | { readonly ok: true; readonly plan: BackupPlan }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/** Field keys: the link between an error, the input it belongs to and the summary entry. */
export const fieldKeys = {
  rule: (ruleId: string, field: Exclude<keyof RuleForm, 'id' | 'recoveryPointTags'>) => `rules.${ruleId}.${field}`,
  ruleTag: (ruleId: string, tagId: string, part: 'key' | 'value') => `rules.${ruleId}.tags.${tagId}.${part}`,
  lock: (field: Exclude<keyof LockForm, 'enabled' | 'mode'>) => `lock.${field}`,
  condition: (conditionId: string, part: 'key' | 'value') => `selection.conditions.${conditionId}.${part}`,
} as const;

/** A DOM id for a field key, so error summaries can link to `#id`. */
export function fieldDomId(field: string): string {
  return `bp-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** The first error for each field, for showing next to inputs. */
export function errorsByField(errors: readonly FieldError[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const error of errors) if (!map.has(error.field)) map.set(error.field, error.message);
  return map;
}

const DEFAULT_RULE: RuleForm = {
  id: 'r1',
  name: 'daily',
  frequency: 'daily',
  minute: '0',
  time: '05:00',
  weekday: 'SUN',
  monthDay: '1',
  cron: 'cron(0 5 ? * * *)',
  timezone: 'Etc/UTC',
  startWindow: '60',
  completionWindow: '180',
  deleteAfter: '35',
  coldStorage: false,
  coldStorageAfter: '30',
  continuous: false,
  recoveryPointTags: [{ id: 't1', key: 'CreatedBy', value: 'aws-backup' }],
  copy: false,
  copyDeleteAfter: '90',
};

/** The form a reader starts from: one daily rule, tag-based selection, no lock, no copy. */
export const DEFAULT_BACKUP_PLAN_FORM: BackupPlanForm = {
  version: FORM_VERSION,
  region: 'eu-west-1',
  planName: 'daily-backups',
  vaultName: 'main-backup-vault',
  kmsKeyArn: '',
  lock: { enabled: false, mode: 'governance', minRetentionDays: '7', maxRetentionDays: '365', changeableForDays: '3' },
  copyRegion: 'eu-central-1',
  copyVaultName: 'dr-backup-vault',
  rules: [DEFAULT_RULE],
  selection: {
    name: 'tagged-resources',
    conditions: [{ id: 'c1', operator: 'equals', key: 'Backup', value: 'daily' }],
    resources: '',
    notResources: '',
  },
};

/** A second rule added to the form starts weekly with longer retention; `id` and `name` are set by the caller. */
export const NEW_RULE_TEMPLATE: Omit<RuleForm, 'id' | 'name'> = {
  ...DEFAULT_RULE,
  frequency: 'weekly',
  cron: 'cron(0 5 ? * SUN *)',
  deleteAfter: '90',
  recoveryPointTags: [],
};

// ---------------------------------------------------------------------------------------------
// Field checks

const REGION = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
const KMS_KEY_ARN = /^arn:(aws|aws-cn|aws-us-gov):kms:([a-z0-9-]+):(\d{12}):key\/[A-Za-z0-9-]{1,128}$/;
const TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u;
const ARN_LINE = /^arn:(aws|aws-cn|aws-us-gov):([a-z0-9-]+|\*):([a-z0-9-]*|\*):(\d{12}|\*)?:[A-Za-z0-9_./:*+=,@-]+$/;
const DAYS_MAX = 36_500;
const WINDOW_MAX = 52_560_000;
const COLD_STORAGE_MIN_DAYS = 90;
const CONTINUOUS_MAX_DAYS = 35;
const LOCK_MIN_CHANGEABLE_DAYS = 3;

/** NFC form of well-formed text; text with unpaired surrogates is left for validation to reject. */
function nfc(text: string): string {
  return isWellFormedText(text) ? text.normalize('NFC') : text;
}

function charCount(text: string): number {
  return [...text].length;
}

function showChar(ch: string): string {
  if (ch === ' ') return 'a space';
  if (/\s|\p{C}/u.test(ch)) return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${ch}"`;
}

/** Checks a name against AWS's allowed characters (dots only where `allowDot`) and length. */
function nameError(value: string, min: number, max: number, allowDot: boolean, what: string): string | null {
  if (value === '') return `Enter a ${what}.`;
  const allowed = allowDot ? /[0-9A-Za-z_.-]/ : /[0-9A-Za-z_-]/;
  const bad = [...value].find((ch) => !allowed.test(ch));
  const punctuation = allowDot ? 'hyphens (-), underscores (_) and dots (.)' : 'hyphens (-) and underscores (_)';
  if (bad !== undefined) return `Use only letters A–Z, digits, ${punctuation}; ${showChar(bad)} is not allowed.`;
  const n = charCount(value);
  if (n < min) return `Use at least ${min} characters.`;
  if (n > max) return `Use at most ${max} characters (this has ${n}).`;
  return null;
}

function regionError(value: string): string | null {
  if (value === '') return 'Enter an AWS Region code, e.g. eu-west-1.';
  return REGION.test(value) ? null : `"${value}" is not an AWS Region code; use one like eu-west-1 or us-east-1.`;
}

/** The partition a Region belongs to, for ARNs of AWS managed policies. */
export function partitionOf(region: string): Partition {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

function tagKeyError(value: string): string | null {
  if (value === '') return 'Enter a tag key.';
  if (!isWellFormedText(value)) return 'The key contains an invalid character; retype it.';
  const n = charCount(value);
  if (n > 128) return `Tag keys can have at most 128 characters (this has ${n}).`;
  const bad = [...value].find((ch) => !TAG_KEY.test(ch));
  if (bad !== undefined) {
    return `Tag keys use letters, digits, spaces and _ . : / = + - @ only; ${showChar(bad)} is not allowed.`;
  }
  if (value.toLowerCase().startsWith('aws:')) return 'Keys starting with "aws:" are reserved for AWS; choose another key.';
  return null;
}

function tagValueError(value: string): string | null {
  if (!isWellFormedText(value)) return 'The value contains an invalid character; retype it.';
  const n = charCount(value);
  return n > 256 ? `Tag values can have at most 256 characters (this has ${n}).` : null;
}

const timezoneChecks = new Map<string, string | null>();

/** Timezone names AWS accepts are IANA names; the browser's Intl database is the reference here. */
function timezoneError(value: string): string | null {
  let result = timezoneChecks.get(value);
  if (result === undefined) {
    result = checkTimezone(value);
    if (timezoneChecks.size >= 200) timezoneChecks.clear();
    timezoneChecks.set(value, result);
  }
  return result;
}

function checkTimezone(value: string): string | null {
  if (value === '') return 'Enter a time zone, e.g. Etc/UTC or Europe/Madrid.';
  const unknown = `"${value}" is not a time zone name; use an IANA name such as Etc/UTC or Europe/Madrid.`;
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(value)) return unknown;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
  } catch {
    return unknown;
  }
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const sameName = supported.find((zone) => zone.toLowerCase() === value.toLowerCase());
  if (sameName !== undefined && sameName !== value) return `Write it as "${sameName}": time zone names are case-sensitive.`;
  return null;
}

function arnLines(text: string, field: string, label: string, allowStar: boolean, errors: FieldError[]): string[] {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const arns: string[] = [];
  const seen = new Map<string, number>();
  lines.forEach((line, index) => {
    if (line === '') return;
    const lineNo = index + 1;
    if (line === '*' && !allowStar) {
      errors.push({ field, label, message: `Line ${lineNo}: excluding * would exclude everything; list the ARNs to leave out.` });
      return;
    }
    if (line !== '*' && !ARN_LINE.test(line)) {
      errors.push({
        field,
        label,
        message: `Line ${lineNo} is not an ARN: write one ARN per line, like arn:aws:rds:eu-west-1:111122223333:db:orders (* wildcards allowed).`,
      });
      return;
    }
    const earlier = seen.get(line);
    if (earlier !== undefined) {
      errors.push({ field, label, message: `Line ${lineNo} repeats line ${earlier}; remove the duplicate.` });
      return;
    }
    seen.set(line, lineNo);
    arns.push(line);
  });
  if (arns.length > LIMITS.arnLines) {
    errors.push({ field, label, message: `Use at most ${LIMITS.arnLines} lines; wildcards such as arn:aws:ec2:*:*:volume/* cover many resources.` });
  }
  return arns;
}

// ---------------------------------------------------------------------------------------------
// Schedules and RPO

/** The cron expression a rule's schedule fields describe, or the error for the field at fault. */
export function ruleSchedule(
  rule: RuleForm,
): { ok: true; expression: string; timing: CronTiming } | { ok: false; field: string; message: string } {
  const key = (field: Parameters<typeof fieldKeys.rule>[1]) => fieldKeys.rule(rule.id, field);
  let expression: string;
  let field: string;
  if (rule.frequency === 'custom') {
    expression = rule.cron;
    field = key('cron');
  } else if (rule.frequency === 'hourly') {
    const minute = parseNumberField(rule.minute, { min: 0, max: 59, integer: true });
    if (!minute.ok) return { ok: false, field: key('minute'), message: minute.error };
    expression = `cron(${minute.value} * ? * * *)`;
    field = key('minute');
  } else {
    const time = parseClockTime(rule.time);
    if (!time.ok) return { ok: false, field: key('time'), message: time.error };
    const hh = Math.floor(time.value / 60);
    const mm = time.value % 60;
    if (rule.frequency === 'daily') expression = `cron(${mm} ${hh} ? * * *)`;
    else if (rule.frequency === 'weekly') expression = `cron(${mm} ${hh} ? * ${rule.weekday} *)`;
    else {
      const day = parseNumberField(rule.monthDay, { min: 1, max: 31, integer: true });
      if (!day.ok) return { ok: false, field: key('monthDay'), message: day.error };
      if (day.value > 28) {
        return {
          ok: false,
          field: key('monthDay'),
          message: 'Use 1–28 so the backup runs every month; for the last day of the month choose a custom schedule with L, e.g. cron(0 5 L * ? *).',
        };
      }
      expression = `cron(${mm} ${hh} ${day.value} * ? *)`;
    }
    field = key('time');
  }
  const check = checkBackupSchedule(expression);
  if (!check.ok) return { ok: false, field, message: check.error };
  return { ok: true, expression: check.value.cron.expression, timing: check.value };
}

/** Continuous backup restores to any point up to about five minutes ago (RDS transaction logs). */
export const CONTINUOUS_BACKUP_LAG_MINUTES = 5;

/** What a rule means for data loss, for the RPO line under each rule. */
export type RuleRpo =
  | {
      readonly ok: true;
      /** Data loss from the scheduled backups alone. */
      readonly scheduled: DataLoss;
      /** Worst case if a job starts at the very end of its start window. */
      readonly worstWithLateStartMinutes: number | null;
      /** Point-in-time recovery for resources that support continuous backup. */
      readonly continuous: DataLoss | null;
    }
  | { readonly ok: false; readonly message: string };

/** The RPO a rule gives, using the same model as the RPO/RTO calculator. */
export function ruleRpo(rule: RuleForm): RuleRpo {
  const schedule = ruleSchedule(rule);
  if (!schedule.ok) return { ok: false, message: 'Fix the schedule to see the RPO of this rule.' };
  const scheduled = dataLossFromIntervals(schedule.timing.intervals);
  const start = parseNumberField(rule.startWindow, { min: 60, max: WINDOW_MAX, integer: true });
  return {
    ok: true,
    scheduled,
    worstWithLateStartMinutes: start.ok ? scheduled.worstMinutes + start.value : null,
    continuous: rule.continuous ? dataLossFromIntervals([], CONTINUOUS_BACKUP_LAG_MINUTES) : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Validation

class Collector {
  readonly errors: FieldError[] = [];
  add(field: string, label: string, message: string | null): boolean {
    if (message === null) return true;
    this.errors.push({ field, label, message });
    return false;
  }
  number(field: string, label: string, raw: string, rule: NumberRule): number | null {
    const parsed = parseNumberField(raw, rule);
    if (!parsed.ok) {
      this.errors.push({ field, label, message: parsed.error });
      return null;
    }
    return parsed.value;
  }
}

const days = (min: number, max = DAYS_MAX): NumberRule => ({ min, max, integer: true });

/** Validates the whole form; on success returns the plan the Terraform generator takes. */
export function validateBackupPlan(form: BackupPlanForm): PlanValidation {
  const c = new Collector();

  c.add('region', 'Region', regionError(form.region));
  c.add('planName', 'Plan name', nameError(form.planName, 1, 50, true, 'plan name'));
  c.add('vaultName', 'Vault name', nameError(form.vaultName, 2, 50, false, 'vault name'));

  const partition = partitionOf(form.region);
  let kmsKeyArn: string | null = null;
  const kms = form.kmsKeyArn.trim();
  if (kms !== '') {
    const match = KMS_KEY_ARN.exec(kms);
    if (!match) {
      c.add(
        'kmsKeyArn',
        'KMS key ARN',
        'Use a KMS key ARN such as arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab (alias ARNs are not accepted), or leave it empty to use the AWS managed key.',
      );
    } else if (REGION.test(form.region) && (match[2] !== form.region || match[1] !== partition)) {
      c.add('kmsKeyArn', 'KMS key ARN', `The key is in ${match[2]} but the vault is in ${form.region}; AWS Backup needs a key in the vault's Region.`);
    } else {
      kmsKeyArn = kms;
    }
  }

  let lock: BackupPlan['lock'] = null;
  if (form.lock.enabled) {
    const min = c.number(fieldKeys.lock('minRetentionDays'), 'Vault Lock minimum retention', form.lock.minRetentionDays, days(1));
    const max = c.number(fieldKeys.lock('maxRetentionDays'), 'Vault Lock maximum retention', form.lock.maxRetentionDays, days(1));
    if (min !== null && max !== null && min > max) {
      c.add(fieldKeys.lock('maxRetentionDays'), 'Vault Lock maximum retention', `Must be at least the minimum retention (${min} days).`);
    }
    let changeable: number | null = null;
    if (form.lock.mode === 'compliance') {
      const parsed = parseNumberField(form.lock.changeableForDays, days(0));
      if (!parsed.ok) c.add(fieldKeys.lock('changeableForDays'), 'Vault Lock grace time', parsed.error);
      else if (parsed.value < LOCK_MIN_CHANGEABLE_DAYS) {
        c.add(
          fieldKeys.lock('changeableForDays'),
          'Vault Lock grace time',
          'Compliance mode needs at least 3 days: AWS Backup enforces a 72-hour cooling-off period before the lock becomes permanent.',
        );
      } else changeable = parsed.value;
    }
    if (min !== null && max !== null && min <= max && (form.lock.mode === 'governance' || changeable !== null)) {
      lock = { mode: form.lock.mode, minRetentionDays: min, maxRetentionDays: max, changeableForDays: changeable };
    }
  }

  if (form.rules.length === 0) c.add('rules', 'Rules', 'Add at least one backup rule.');
  const rules: BackupRule[] = [];
  const ruleNames = new Set<string>();
  form.rules.forEach((rule, index) => {
    const built = validateRule(rule, index, c, ruleNames, lock);
    if (built) rules.push(built);
  });

  const anyCopy = form.rules.some((rule) => rule.copy);
  let copyDestination: BackupPlan['copyDestination'] = null;
  if (anyCopy) {
    const regionOk = c.add('copyRegion', 'Copy destination Region', regionError(form.copyRegion));
    if (regionOk && form.copyRegion === form.region) {
      c.add('copyRegion', 'Copy destination Region', `Choose a Region other than the vault's (${form.region}): a cross-Region copy has to leave it.`);
    } else if (regionOk && REGION.test(form.region) && partitionOf(form.copyRegion) !== partition) {
      c.add('copyRegion', 'Copy destination Region', `Copies cannot leave the ${partition} partition; choose a Region in it.`);
    }
    c.add('copyVaultName', 'Copy destination vault name', nameError(form.copyVaultName, 2, 50, false, 'vault name'));
    copyDestination = { region: form.copyRegion, vaultName: form.copyVaultName };
  }

  const selection = validateSelection(form.selection, c);

  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return {
    ok: true,
    plan: {
      region: form.region,
      partition,
      planName: form.planName,
      vault: { name: form.vaultName, kmsKeyArn },
      lock,
      copyDestination,
      rules,
      selection,
    },
  };
}

function validateRule(
  rule: RuleForm,
  index: number,
  c: Collector,
  names: Set<string>,
  lock: BackupPlan['lock'],
): BackupRule | null {
  const before = c.errors.length;
  const title = `Rule ${index + 1}${rule.name ? ` (${rule.name})` : ''}`;
  const key = (field: Parameters<typeof fieldKeys.rule>[1]) => fieldKeys.rule(rule.id, field);

  if (c.add(key('name'), `${title}: name`, nameError(rule.name, 1, 50, true, 'rule name'))) {
    c.add(key('name'), `${title}: name`, names.has(rule.name) ? `Another rule is already called "${rule.name}"; rule names must be unique in a plan.` : null);
    names.add(rule.name);
  }

  const schedule = ruleSchedule(rule);
  if (!schedule.ok) c.add(schedule.field, `${title}: schedule`, schedule.message);
  c.add(key('timezone'), `${title}: time zone`, timezoneError(rule.timezone));

  const start = c.number(key('startWindow'), `${title}: start window`, rule.startWindow, { min: 0, max: WINDOW_MAX, integer: true });
  if (start !== null && start < 60) {
    c.add(key('startWindow'), `${title}: start window`, 'Must be at least 60 minutes: AWS Backup rejects shorter start windows.');
  }
  const completion = c.number(key('completionWindow'), `${title}: completion window`, rule.completionWindow, {
    min: 1,
    max: WINDOW_MAX,
    integer: true,
  });
  if (start !== null && completion !== null && completion <= start) {
    c.add(key('completionWindow'), `${title}: completion window`, `Must be longer than the start window (${start} minutes).`);
  }

  const retentionLabel = `${title}: retention`;
  const deleteAfter = c.number(key('deleteAfter'), retentionLabel, rule.deleteAfter, days(1));
  let coldAfter: number | null = null;
  if (rule.continuous) {
    if (deleteAfter !== null && deleteAfter > CONTINUOUS_MAX_DAYS) {
      c.add(key('deleteAfter'), retentionLabel, 'Continuous backups can be kept 1–35 days; lower the retention or turn off continuous backup.');
    }
    if (rule.coldStorage) {
      c.add(key('coldStorage'), `${title}: cold storage`, "Continuous backups can't move to cold storage: turn off cold storage or continuous backup.");
    }
  } else if (rule.coldStorage) {
    coldAfter = c.number(key('coldStorageAfter'), `${title}: cold storage after`, rule.coldStorageAfter, days(1));
    if (coldAfter !== null && deleteAfter !== null && deleteAfter < coldAfter + COLD_STORAGE_MIN_DAYS) {
      c.add(
        key('deleteAfter'),
        retentionLabel,
        `Must be at least ${coldAfter + COLD_STORAGE_MIN_DAYS} days: backups stay in cold storage for at least 90 days after moving there on day ${coldAfter}.`,
      );
    }
  }
  if (lock && deleteAfter !== null && (deleteAfter < lock.minRetentionDays || deleteAfter > lock.maxRetentionDays)) {
    c.add(
      key('deleteAfter'),
      retentionLabel,
      `The vault lock only accepts retention between ${lock.minRetentionDays} and ${lock.maxRetentionDays} days.`,
    );
  }

  const tags: { key: string; value: string }[] = [];
  const tagKeys = new Set<string>();
  for (const tag of rule.recoveryPointTags) {
    const keyField = fieldKeys.ruleTag(rule.id, tag.id, 'key');
    const tagKey = nfc(tag.key);
    const keyOk = c.add(keyField, `${title}: tag key`, tagKeyError(tagKey));
    if (keyOk && tagKeys.has(tagKey)) c.add(keyField, `${title}: tag key`, `The key "${tagKey}" is already used in this rule; each key can appear once.`);
    tagKeys.add(tagKey);
    const value = nfc(tag.value);
    c.add(fieldKeys.ruleTag(rule.id, tag.id, 'value'), `${title}: tag value`, tagValueError(value));
    tags.push({ key: tagKey, value });
  }

  let copyDays: number | null = null;
  if (rule.copy) copyDays = c.number(key('copyDeleteAfter'), `${title}: copy retention`, rule.copyDeleteAfter, days(1));

  if (c.errors.length > before || !schedule.ok || start === null || completion === null || deleteAfter === null) return null;
  return {
    name: rule.name,
    schedule: schedule.expression,
    timezone: rule.timezone,
    startWindowMinutes: start,
    completionWindowMinutes: completion,
    deleteAfterDays: deleteAfter,
    coldStorageAfterDays: coldAfter,
    continuous: rule.continuous,
    recoveryPointTags: tags,
    copyDeleteAfterDays: copyDays,
  };
}

function validateSelection(selection: SelectionForm, c: Collector): BackupSelection {
  c.add('selection.name', 'Selection name', nameError(selection.name, 1, 50, true, 'selection name'));
  const conditions = selection.conditions.map((condition, index) => {
    const key = nfc(condition.key);
    const value = nfc(condition.value);
    c.add(fieldKeys.condition(condition.id, 'key'), `Tag condition ${index + 1}: key`, tagKeyError(key));
    c.add(fieldKeys.condition(condition.id, 'value'), `Tag condition ${index + 1}: value`, tagValueError(value));
    return { operator: condition.operator, key, value };
  });
  const resources = arnLines(selection.resources, 'selection.resources', 'Resources to back up', true, c.errors);
  const notResources = arnLines(selection.notResources, 'selection.notResources', 'Resources to exclude', false, c.errors);
  if (conditions.length === 0 && resources.length === 0) {
    c.add(
      'selection.resources',
      'Resources to back up',
      'Choose what to back up: add a tag condition or at least one ARN (a lone * selects every supported resource).',
    );
  }
  return { name: selection.name, conditions, resources, notResources };
}
