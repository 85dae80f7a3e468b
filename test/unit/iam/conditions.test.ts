// Condition semantics, each case from the IAM User Guide: "IAM JSON policy elements: Condition
// operators", "Conditions with multiple context keys or values" and "Single-valued vs. multivalued
// context keys".
import { describe, expect, it } from 'vitest';
import { evaluateConditionKey, parseCidr, parseDate, parseOperator, type ParsedOperator } from '~/lib/iam/conditions';

function op(name: string): ParsedOperator {
  const parsed = parseOperator(name);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.operator;
}

const holds = (operator: string, policyValues: string[], requestValues?: string[]) =>
  evaluateConditionKey(op(operator), 'test:Key', policyValues, requestValues).holds;

describe('string operators', () => {
  it('StringEquals is case sensitive; IgnoreCase is not', () => {
    expect(holds('StringEquals', ['ops'], ['ops'])).toBe(true);
    expect(holds('StringEquals', ['ops'], ['Ops'])).toBe(false);
    expect(holds('StringEqualsIgnoreCase', ['ops'], ['OPS'])).toBe(true);
    expect(holds('StringNotEqualsIgnoreCase', ['ops'], ['OPS'])).toBe(false);
  });

  it('several policy values are OR-ed; for a negated operator they are NOR-ed', () => {
    expect(holds('StringEquals', ['eu-west-1', 'eu-central-1'], ['eu-central-1'])).toBe(true);
    expect(holds('StringNotEquals', ['eu-west-1', 'eu-central-1'], ['us-east-1'])).toBe(true);
    expect(holds('StringNotEquals', ['eu-west-1', 'eu-central-1'], ['eu-west-1'])).toBe(false);
  });

  it('StringLike takes * and ? anywhere; StringNotLike negates it', () => {
    expect(holds('StringLike', ['home/${aws:username}/*', 'home/*'], ['home/alice/x'])).toBe(true);
    expect(holds('StringLike', ['t?.*'], ['t3.micro'])).toBe(true);
    expect(holds('StringNotLike', ['t?.*'], ['m7g.large'])).toBe(true);
  });
});

describe('a key missing from the request', () => {
  it('makes a condition false …', () => {
    expect(holds('StringEquals', ['ops'])).toBe(false);
    expect(holds('NumericLessThan', ['10'])).toBe(false);
    expect(holds('IpAddress', ['203.0.113.0/24'])).toBe(false);
  });

  it('… but a negated operator true ("If the policy condition requires that the key is not matched … the condition is true")', () => {
    expect(holds('StringNotLike', ['x*'])).toBe(true);
    expect(holds('ArnNotLike', ['arn:aws:s3:::x'])).toBe(true);
    expect(holds('NotIpAddress', ['203.0.113.0/24'])).toBe(true);
  });

  it('…IfExists makes any operator true for a missing key, and is checked normally when present', () => {
    expect(holds('StringLikeIfExists', ['t1.*', 't2.*', 'm3.*'])).toBe(true);
    expect(holds('StringLikeIfExists', ['t1.*', 't2.*', 'm3.*'], ['m5.large'])).toBe(false);
    expect(holds('StringNotEqualsIfExists', ['ops'], ['ops'])).toBe(false);
  });

  it('Null "true" means the key must be missing, "false" that it must be present', () => {
    expect(holds('Null', ['true'])).toBe(true);
    expect(holds('Null', ['true'], ['x'])).toBe(false);
    expect(holds('Null', ['false'], ['x'])).toBe(true);
  });
});

describe('multivalued keys: ForAllValues and ForAnyValue', () => {
  it('ForAllValues:StringNotLike on aws:TagKeys, the table of the multivalued examples page', () => {
    const deny = (keys?: string[]) => holds('ForAllValues:StringNotLike', ['key1*'], keys);
    expect(deny(['key1:legal'])).toBe(false);
    expect(deny(['key1:hr', 'key1:personnel'])).toBe(false);
    expect(deny(['key2:audit'])).toBe(true);
    expect(deny()).toBe(true); // "ForAllValues … also returns true if there are no context keys in the request"
  });

  it('ForAllValues needs every request value to match; ForAnyValue one', () => {
    expect(holds('ForAllValues:StringEquals', ['team', 'env'], ['team', 'env'])).toBe(true);
    expect(holds('ForAllValues:StringEquals', ['team', 'env'], ['team', 'owner'])).toBe(false);
    expect(holds('ForAnyValue:StringEquals', ['team', 'env'], ['team', 'owner'])).toBe(true);
    expect(holds('ForAnyValue:StringEquals', ['team', 'env'], ['owner'])).toBe(false);
  });

  it('ForAnyValue is false for a missing key (it needs at least one value)', () => {
    expect(holds('ForAnyValue:StringEquals', ['team'])).toBe(false);
    expect(holds('ForAnyValue:StringEquals', ['team'], [])).toBe(false);
  });

  it('a multivalued key without a set operator is flagged in the explanation', () => {
    const outcome = evaluateConditionKey(op('StringEquals'), 'aws:TagKeys', ['team'], ['team', 'env']);
    expect(outcome.reason).toContain('use ForAnyValue: or ForAllValues:');
  });
});

describe('numbers, dates, booleans and IP addresses', () => {
  it('Numeric operators compare numbers, not text', () => {
    expect(holds('NumericLessThanEquals', ['10'], ['9'])).toBe(true);
    expect(holds('NumericLessThanEquals', ['10'], ['10'])).toBe(true);
    expect(holds('NumericLessThan', ['10'], ['10'])).toBe(false);
    expect(holds('NumericGreaterThan', ['9'], ['10'])).toBe(true); // "10" > "9" as numbers
    expect(holds('NumericGreaterThanEquals', ['3600'], ['300'])).toBe(false);
    expect(holds('NumericEquals', ['1'], ['1.0'])).toBe(true);
    expect(holds('NumericNotEquals', ['1'], ['2'])).toBe(true);
  });

  it('a request value of the wrong type never matches, not even a negated operator', () => {
    expect(holds('NumericEquals', ['1'], ['one'])).toBe(false);
    expect(holds('NumericNotEquals', ['1'], ['one'])).toBe(false);
    expect(evaluateConditionKey(op('NumericEquals'), 's3:max-keys', ['1'], ['one']).reason).toContain('could not be read');
  });

  it('Date operators accept ISO 8601 and epoch seconds and compare instants', () => {
    expect(parseDate('2020-01-01T00:00:01Z')).toBe(Date.UTC(2020, 0, 1, 0, 0, 1));
    expect(parseDate('2020-01-01')).toBe(Date.UTC(2020, 0, 1));
    expect(parseDate('2020-01-01T02:00:00+02:00')).toBe(Date.UTC(2020, 0, 1));
    expect(parseDate('1577836800')).toBe(Date.UTC(2020, 0, 1));
    expect(parseDate('2020-02-30')).toBeNull();
    expect(parseDate('yesterday')).toBeNull();
    expect(holds('DateGreaterThan', ['2020-01-01T00:00:01Z'], ['2020-06-01T00:00:00Z'])).toBe(true);
    expect(holds('DateLessThan', ['2027-01-01T00:00:00Z'], ['2026-11-27T10:00:00Z'])).toBe(true);
    expect(holds('DateEquals', ['2020-01-01T00:00:00Z'], ['1577836800'])).toBe(true);
    expect(holds('DateLessThanEquals', ['2020-01-01'], ['2020-01-01T00:00:00Z'])).toBe(true);
    expect(holds('DateGreaterThanEquals', ['2020-01-02'], ['2020-01-01'])).toBe(false);
    expect(holds('DateNotEquals', ['2020-01-01'], ['2020-01-02'])).toBe(true);
  });

  it('Bool compares true/false in any case', () => {
    expect(holds('Bool', ['true'], ['True'])).toBe(true);
    expect(holds('Bool', ['false'], ['true'])).toBe(false);
    expect(holds('BoolIfExists', ['true'])).toBe(true);
  });

  it('IpAddress takes CIDR blocks; a bare address means /32', () => {
    expect(parseCidr('203.0.113.0/24')).toEqual({ base: 0xcb007100, prefix: 24 });
    expect(parseCidr('203.0.113.7')).toEqual({ base: 0xcb007107, prefix: 32 });
    expect(parseCidr('203.0.113.0/33')).toBeNull();
    expect(holds('IpAddress', ['203.0.113.0/24'], ['203.0.113.255'])).toBe(true);
    expect(holds('IpAddress', ['203.0.113.0/24'], ['203.0.114.0'])).toBe(false);
    expect(holds('IpAddress', ['203.0.113.7'], ['203.0.113.7'])).toBe(true);
    expect(holds('IpAddress', ['0.0.0.0/0'], ['198.51.100.1'])).toBe(true);
    expect(holds('NotIpAddress', ['203.0.113.0/24', '198.51.100.0/24'], ['192.0.2.1'])).toBe(true);
  });

  it('ARN operators compare part by part; ArnEquals and ArnLike behave identically', () => {
    for (const name of ['ArnEquals', 'ArnLike']) {
      expect(holds(name, ['arn:aws:sns:*:123456789012:topic-*'], ['arn:aws:sns:us-east-1:123456789012:topic-a'])).toBe(true);
      expect(holds(name, ['arn:aws:sns:*:123456789012:topic-*'], ['arn:aws:sns:us-east-1:999999999999:topic-a'])).toBe(false);
    }
    expect(holds('ArnNotEquals', ['arn:aws:iam::444455556666:user/user-name'], ['arn:aws:iam::444455556666:user/other'])).toBe(true);
  });
});

describe('operator names', () => {
  it('splits qualifiers and IfExists', () => {
    expect(op('ForAllValues:StringLikeIfExists')).toMatchObject({ qualifier: 'ForAllValues', ifExists: true, base: { name: 'StringLike' } });
  });

  it.each([
    ['StringEqual', 'Unknown condition operator "StringEqual".'],
    ['stringequals', 'Unknown condition operator "stringequals": operator names are case sensitive; write "StringEquals".'],
    ['ForEveryValue:StringEquals', 'Unknown set operator "ForEveryValue:"; use "ForAnyValue:" or "ForAllValues:".'],
    ['NullIfExists', 'You can add IfExists to any condition operator except Null.'],
    ['BinaryEquals', '"BinaryEquals" is a valid AWS operator, but this simulator does not evaluate it.'],
  ])('%s is refused: %s', (name, message) => {
    const parsed = parseOperator(name);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.message).toBe(message);
  });
});
