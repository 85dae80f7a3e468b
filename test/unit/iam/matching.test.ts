import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionMatches, arnMatches, arnParts, closest, resourceMatches, wildcardMatch } from '~/lib/iam/matching';

describe('wildcards', () => {
  it.each([
    ['s3:Get*', 's3:GetObject', true],
    ['s3:Get*', 's3:PutObject', false],
    ['iam:*AccessKey*', 'iam:CreateAccessKey', true],
    ['s3:?etObject', 's3:GetObject', true],
    ['s3:?etObject', 's3:GGetObject', false],
    ['*', 'anything:at-all', true],
    ['a*b*c', 'axxbyyc', true],
    ['a*b*c', 'axxbyy', false],
  ])('%s vs %s → %s', (pattern, value, expected) => {
    expect(wildcardMatch(pattern, value)).toBe(expected);
  });

  it('actions ignore case (IAM User Guide, Action element: action names are case insensitive)', () => {
    expect(actionMatches('S3:getobject', 's3:GetObject')).toBe(true);
    expect(actionMatches('IAM:*accesskey*', 'iam:CreateAccessKey')).toBe(true);
  });

  it('resources are case sensitive', () => {
    expect(resourceMatches('arn:aws:s3:::Reports/*', 'arn:aws:s3:::reports/a.csv')).toBe(false);
  });

  it('stays fast on patterns that make backtracking regular expressions explode', () => {
    const pattern = `${'a*'.repeat(30)}b`;
    const value = 'a'.repeat(5_000);
    const started = performance.now();
    expect(wildcardMatch(pattern, value)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('property: a value always matches itself and "*"; "*" inserted anywhere keeps the match', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ':', '/', '-') }), fc.nat(), (value, at) => {
        expect(wildcardMatch(value, value)).toBe(true);
        expect(wildcardMatch('*', value)).toBe(true);
        const i = value.length === 0 ? 0 : at % value.length;
        expect(wildcardMatch(`${value.slice(0, i)}*${value.slice(i)}`, value)).toBe(true);
      }),
    );
  });
});

describe('ARNs', () => {
  it('splits into six parts; the resource part keeps its colons', () => {
    expect(arnParts('arn:aws:s3:::bucket/key:with:colons')).toEqual(['arn', 'aws', 's3', '', '', 'bucket/key:with:colons']);
    expect(arnParts('arn:aws:s3')).toBeNull();
    expect(arnParts('not:an:arn:at:all:really')).toBeNull();
  });

  it('compares part by part, unlike a plain string match (ARN condition operators example)', () => {
    const pattern = 'arn:aws:someservice:*:111122223333:finance/*';
    const value = 'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt';
    expect(wildcardMatch(pattern, value)).toBe(true); // StringLike succeeds
    expect(arnMatches(pattern, value)).toBe(false); // ArnLike fails: * stays within the Region part
  });

  it('a resource "*" in the request is matched only by "*"', () => {
    expect(resourceMatches('*', '*')).toBe(true);
    expect(resourceMatches('arn:aws:s3:::*', '*')).toBe(false);
  });
});

describe('suggestions', () => {
  it('finds the element a typo meant, and nothing for unrelated words', () => {
    expect(closest('Efect', ['Sid', 'Effect', 'Action'])).toBe('Effect');
    expect(closest('Statment', ['Version', 'Id', 'Statement'])).toBe('Statement');
    expect(closest('Banana', ['Sid', 'Effect', 'Action'])).toBeUndefined();
  });
});
