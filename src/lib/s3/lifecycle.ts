/**
 * S3 lifecycle policy builder (lessons 5.2, 5.3): the form and its validation. Only a validated
 * {@link LifecyclePolicy} reaches the Terraform generator.
 *
 * Rules checked (Amazon S3 User Guide, "Transitioning objects using Amazon S3 Lifecycle" and the
 * `Transition`, `LifecycleRule` and bucket naming references):
 * - a transition to S3 Standard-IA or S3 One Zone-IA needs objects at least 30 days old; the other
 *   classes accept any day from 0;
 * - expiration must come after the transition;
 * - noncurrent-version expiration and multipart-upload clean-up count at least 1 day;
 * - bucket names: 3–63 characters of a–z, 0–9, dots and hyphens, starting and ending with a letter
 *   or digit, no "..", not shaped like an IP address, and none of the reserved prefixes/suffixes;
 * - rule ids: at most 255 characters, unique within the configuration.
 * Warnings (allowed, but worth knowing): deleting before a class's minimum storage duration is
 * billed anyway, and objects under 128 KB are not transitioned by default.
 */

import { isWellFormedText } from '~/lib/terraform/hcl';
import { parseNumberField } from '~/lib/form/number-field';
import { LIFECYCLE_MIN_TRANSITION_KB } from './storage-cost';
import { S3_PRICES, type StorageClassId } from './s3-prices';

/** Classes a lifecycle rule can transition into (everything but S3 Standard), or none. */
export type TransitionTarget = Exclude<StorageClassId, 'STANDARD'> | 'NONE';

/** Fixed ids of the generated housekeeping rules. */
export const NONCURRENT_RULE_ID = 'expire-noncurrent-versions';
export const MULTIPART_RULE_ID = 'abort-incomplete-multipart-uploads';

/** Minimum age in days before a transition into each class. */
export const MIN_TRANSITION_DAYS: Readonly<Record<Exclude<TransitionTarget, 'NONE'>, number>> = {
  INTELLIGENT_TIERING: 0,
  STANDARD_IA: 30,
  ONEZONE_IA: 30,
  GLACIER_IR: 0,
  GLACIER: 0,
  DEEP_ARCHIVE: 0,
};

/** The lifecycle form, as typed. */
export interface LifecycleForm {
  readonly region: string;
  readonly bucketName: string;
  readonly ruleId: string;
  /** Key prefix the main rule applies to; empty for the whole bucket. */
  readonly prefix: string;
  readonly target: TransitionTarget;
  readonly transitionDays: string;
  readonly expire: boolean;
  readonly expirationDays: string;
  readonly noncurrent: boolean;
  readonly noncurrentDays: string;
  readonly abortMultipart: boolean;
  readonly abortDays: string;
}

/** Fields that can hold an error. */
export type LifecycleField = Exclude<keyof LifecycleForm, 'target' | 'expire' | 'noncurrent' | 'abortMultipart'>;

/** Starting values: logs moved to Standard-IA after 30 days, deleted after a year. */
export const DEFAULT_LIFECYCLE_FORM: LifecycleForm = {
  region: 'us-east-1',
  bucketName: 'example-app-logs',
  ruleId: 'archive-then-expire',
  prefix: 'logs/',
  target: 'STANDARD_IA',
  transitionDays: '30',
  expire: true,
  expirationDays: '365',
  noncurrent: true,
  noncurrentDays: '30',
  abortMultipart: true,
  abortDays: '7',
};

/** A validated policy: what the generator writes. `null` means the action is not used. */
export interface LifecyclePolicy {
  readonly region: string;
  readonly bucketName: string;
  /** The main rule: transition and/or expiration for objects under `prefix`; null when it has neither. */
  readonly main: {
    readonly id: string;
    readonly prefix: string;
    readonly transition: { readonly days: number; readonly storageClass: Exclude<StorageClassId, 'STANDARD'> } | null;
    readonly expirationDays: number | null;
  } | null;
  readonly noncurrentDays: number | null;
  readonly abortDays: number | null;
}

/** A problem with one field. */
export interface LifecycleError {
  readonly field: LifecycleField;
  readonly label: string;
  readonly message: string;
}

/** The policy and any warnings, or the errors to fix. */
export type LifecycleResult =
  | { readonly ok: true; readonly policy: LifecyclePolicy; readonly warnings: Partial<Record<LifecycleField, string>> }
  | { readonly ok: false; readonly errors: readonly LifecycleError[]; readonly warnings: Partial<Record<LifecycleField, string>> };

const REGION = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
const DAYS = { min: 1, max: 36_500, integer: true } as const;

/** Why a bucket name is not allowed, or null. */
export function bucketNameError(name: string): string | null {
  if (name === '') return 'Enter a bucket name, e.g. example-app-logs.';
  if (name.length < 3 || name.length > 63) return `Bucket names have 3 to 63 characters (this has ${[...name].length}).`;
  const bad = [...name].find((ch) => !/[a-z0-9.-]/.test(ch));
  if (bad !== undefined) {
    return /[A-Z]/.test(bad) ? 'Use lowercase letters only: bucket names cannot contain capitals.' : `Use only a–z, 0–9, dots and hyphens; ${bad === ' ' ? 'a space' : `"${bad}"`} is not allowed.`;
  }
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name)) return 'Start and end the name with a letter or a digit.';
  if (name.includes('..')) return 'Two dots in a row are not allowed.';
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return 'A bucket name cannot look like an IP address.';
  const prefix = ['xn--', 'sthree-', 'amzn-s3-demo-'].find((p) => name.startsWith(p));
  if (prefix) return `Names starting with "${prefix}" are reserved.`;
  const suffix = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'].find((s) => name.endsWith(s));
  if (suffix) return `Names ending in "${suffix}" are reserved.`;
  return null;
}

function freeTextError(value: string, what: string, maxChars: number, required: boolean): string | null {
  if (required && value.trim() === '') return `Enter a ${what}.`;
  if (!isWellFormedText(value)) return `The ${what} contains an invalid character; retype it.`;
  const bad = [...value].find((ch) => /\p{Cc}/u.test(ch));
  if (bad !== undefined) {
    return `The ${what} contains a control character (U+${(bad.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}), which S3 lifecycle rules cannot carry.`;
  }
  const n = [...value].length;
  if (n > maxChars) return `Use at most ${maxChars} characters (this has ${n}).`;
  return null;
}

/**
 * Validates the lifecycle form. `objectKb`, when known from the cost comparison, adds a warning
 * that small objects will not transition.
 */
export function validateLifecycle(form: LifecycleForm, objectKb: number | null = null): LifecycleResult {
  const errors: LifecycleError[] = [];
  const warnings: Partial<Record<LifecycleField, string>> = {};
  const add = (field: LifecycleField, label: string, message: string | null) => {
    if (message !== null) errors.push({ field, label, message });
  };
  const days = (field: LifecycleField, label: string, min: number): number | null => {
    const parsed = parseNumberField(form[field], { ...DAYS, min });
    if (!parsed.ok) add(field, label, parsed.error);
    return parsed.ok ? parsed.value : null;
  };

  add('region', 'Region', form.region === '' ? 'Enter an AWS Region code, e.g. us-east-1.' : REGION.test(form.region) ? null : `"${form.region}" is not an AWS Region code; use one like us-east-1 or eu-west-1.`);
  add('bucketName', 'Bucket name', bucketNameError(form.bucketName));

  const hasMain = form.target !== 'NONE' || form.expire;
  let transition: NonNullable<LifecyclePolicy['main']>['transition'] = null;
  let expirationDays: number | null = null;
  if (hasMain) {
    add('ruleId', 'Rule id', freeTextError(form.ruleId, 'rule id', 255, true));
    const normalized = form.ruleId.normalize('NFC');
    if ((form.noncurrent && normalized === NONCURRENT_RULE_ID) || (form.abortMultipart && normalized === MULTIPART_RULE_ID)) {
      add('ruleId', 'Rule id', `"${normalized}" is the id of another rule in this policy; rule ids must be unique.`);
    }
    add('prefix', 'Key prefix', freeTextError(form.prefix, 'prefix', 1024, false));
    if (form.target !== 'NONE') {
      const min = MIN_TRANSITION_DAYS[form.target];
      const parsed = parseNumberField(form.transitionDays, { ...DAYS, min: 0 });
      if (!parsed.ok) add('transitionDays', 'Transition after', parsed.error);
      else if (parsed.value < min) {
        add('transitionDays', 'Transition after', `S3 only moves objects to ${S3_PRICES[form.target].name} once they are at least ${min} days old; enter ${min} or more.`);
      } else transition = { days: parsed.value, storageClass: form.target };
      if (transition && objectKb !== null && objectKb < LIFECYCLE_MIN_TRANSITION_KB) {
        warnings.transitionDays = `Objects of ${Math.round(objectKb * 10) / 10} KB on average: by default S3 Lifecycle does not transition objects smaller than 128 KB, so most of them would stay in S3 Standard.`;
      }
    }
    if (form.expire) {
      expirationDays = days('expirationDays', 'Delete after', 1);
      if (expirationDays !== null && transition !== null) {
        if (expirationDays <= transition.days) {
          add('expirationDays', 'Delete after', `Deletion must come after the transition on day ${transition.days}; enter more than ${transition.days} days.`);
          expirationDays = null;
        } else {
          const stay = expirationDays - transition.days;
          const minDays = S3_PRICES[transition.storageClass].minDays;
          if (stay < minDays) {
            warnings.expirationDays = `Objects spend only ${stay} days in ${S3_PRICES[transition.storageClass].name}, which bills at least ${minDays}: you pay for ${minDays - stay} days more than they are stored.`;
          }
        }
      }
    }
  }
  const noncurrentDays = form.noncurrent ? days('noncurrentDays', 'Delete old versions after', 1) : null;
  const abortDays = form.abortMultipart ? days('abortDays', 'Abort incomplete uploads after', 1) : null;
  if (!hasMain && !form.noncurrent && !form.abortMultipart) {
    add('ruleId', 'Rules', 'Choose at least one action: a transition, a deletion, old-version clean-up or multipart clean-up.');
  }
  if (errors.length > 0) return { ok: false, errors, warnings };
  return {
    ok: true,
    warnings,
    policy: {
      region: form.region,
      bucketName: form.bucketName,
      main: hasMain ? { id: form.ruleId.normalize('NFC'), prefix: form.prefix.normalize('NFC'), transition, expirationDays } : null,
      noncurrentDays,
      abortDays,
    },
  };
}
