import { describe, expect, it } from 'vitest';
import { DEFAULT_LIFECYCLE_FORM, bucketNameError, validateLifecycle, type LifecycleForm } from '~/lib/s3/lifecycle';

const errorsOf = (patch: Partial<LifecycleForm>, objectKb: number | null = null) => {
  const result = validateLifecycle({ ...DEFAULT_LIFECYCLE_FORM, ...patch }, objectKb);
  return result.ok ? [] : result.errors.map((e) => [e.field, e.message]);
};
const warningsOf = (patch: Partial<LifecycleForm>, objectKb: number | null = null) => validateLifecycle({ ...DEFAULT_LIFECYCLE_FORM, ...patch }, objectKb).warnings;

describe('transition constraints', () => {
  it.each([
    ['STANDARD_IA', '29', 'S3 only moves objects to S3 Standard-IA once they are at least 30 days old; enter 30 or more.'],
    ['ONEZONE_IA', '0', 'S3 only moves objects to S3 One Zone-IA once they are at least 30 days old; enter 30 or more.'],
  ] as const)('%s after %s days is refused', (target, transitionDays, message) => {
    expect(errorsOf({ target, transitionDays })).toEqual([['transitionDays', message]]);
  });

  it.each(['INTELLIGENT_TIERING', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'] as const)('%s accepts day 0', (target) => {
    expect(errorsOf({ target, transitionDays: '0' })).toEqual([]);
  });

  it('Standard-IA after exactly 30 days is fine', () => {
    expect(errorsOf({ target: 'STANDARD_IA', transitionDays: '30' })).toEqual([]);
  });

  it('deletion must come after the transition', () => {
    expect(errorsOf({ target: 'GLACIER', transitionDays: '90', expirationDays: '90' })).toEqual([
      ['expirationDays', 'Deletion must come after the transition on day 90; enter more than 90 days.'],
    ]);
  });

  it('warns when objects leave a class before its minimum storage duration', () => {
    expect(warningsOf({ target: 'DEEP_ARCHIVE', transitionDays: '30', expirationDays: '120' }).expirationDays).toBe(
      'Objects spend only 90 days in S3 Glacier Deep Archive, which bills at least 180: you pay for 90 days more than they are stored.',
    );
    expect(warningsOf({ target: 'DEEP_ARCHIVE', transitionDays: '30', expirationDays: '210' }).expirationDays).toBeUndefined();
  });

  it('warns that objects under 128 KB are not transitioned by default', () => {
    expect(warningsOf({}, 40).transitionDays).toContain('by default S3 Lifecycle does not transition objects smaller than 128 KB');
    expect(warningsOf({}, 512).transitionDays).toBeUndefined();
  });
});

describe('other fields', () => {
  it.each([
    ['ab', 'Bucket names have 3 to 63 characters (this has 2).'],
    ['My-Bucket', 'Use lowercase letters only: bucket names cannot contain capitals.'],
    ['my_bucket', 'Use only a–z, 0–9, dots and hyphens; "_" is not allowed.'],
    ['-bucket', 'Start and end the name with a letter or a digit.'],
    ['my..bucket', 'Two dots in a row are not allowed.'],
    ['192.168.5.4', 'A bucket name cannot look like an IP address.'],
    ['xn--bucket', 'Names starting with "xn--" are reserved.'],
    ['logs-s3alias', 'Names ending in "-s3alias" are reserved.'],
  ])('bucket name %j: %s', (name, message) => {
    expect(bucketNameError(name)).toBe(message);
  });

  it('accepts ordinary bucket names', () => {
    expect(bucketNameError('example-app-logs.2026')).toBeNull();
  });

  it('rule ids are required, unique and free of control characters', () => {
    expect(errorsOf({ ruleId: '' })).toEqual([['ruleId', 'Enter a rule id.']]);
    expect(errorsOf({ ruleId: 'expire-noncurrent-versions' })).toEqual([
      ['ruleId', '"expire-noncurrent-versions" is the id of another rule in this policy; rule ids must be unique.'],
    ]);
    expect(errorsOf({ ruleId: 'tab\there' })).toEqual([['ruleId', 'The rule id contains a control character (U+0009), which S3 lifecycle rules cannot carry.']]);
    expect(errorsOf({ ruleId: 'x'.repeat(256) })).toEqual([['ruleId', 'Use at most 255 characters (this has 256).']]);
  });

  it('clean-up periods count at least one day', () => {
    expect(errorsOf({ noncurrentDays: '0', abortDays: 'soon' })).toEqual([
      ['noncurrentDays', 'Must be at least 1.'],
      ['abortDays', '"soon" is not a number; use digits, e.g. 30.'],
    ]);
  });

  it('needs at least one action', () => {
    expect(errorsOf({ target: 'NONE', expire: false, noncurrent: false, abortMultipart: false })).toEqual([
      ['ruleId', 'Choose at least one action: a transition, a deletion, old-version clean-up or multipart clean-up.'],
    ]);
  });

  it('without a transition or deletion there is no main rule, and its fields are not checked', () => {
    const result = validateLifecycle({ ...DEFAULT_LIFECYCLE_FORM, target: 'NONE', expire: false, ruleId: '' });
    expect(result.ok && result.policy.main).toBeNull();
  });
});
