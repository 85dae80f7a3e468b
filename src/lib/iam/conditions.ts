/**
 * Condition operators ("IAM JSON policy elements: Condition operators" and "Conditions with
 * multiple context keys or values", IAM User Guide). The rules encoded here:
 *
 * - Several operators in a Condition block, and several keys under one operator, are AND-ed.
 *   Several values for one key are OR-ed; for a negated operator (StringNotEquals, …) they are
 *   NOR-ed: the request value must match none of them.
 * - A key missing from the request context: the condition is false, except that a negated
 *   operator (StringNotLike, ArnNotLike, NotIpAddress, …) is then true. `...IfExists` makes any
 *   operator true for a missing key; `Null` tests presence itself.
 * - `ForAllValues:` is true when every request value matches, and also when the key is missing or
 *   empty. `ForAnyValue:` needs at least one request value to match, so a missing key is false.
 * - Keys are compared case-insensitively; String values case-sensitively unless `IgnoreCase`.
 * - Date values use W3C ISO 8601 formats or epoch seconds; IP values are CIDR blocks, a bare
 *   address meaning /32. This simulator handles IPv4 only.
 */

import { arnMatches, wildcardMatch } from './matching';

/** The comparison an operator makes, before negation and qualifiers. */
export type Comparison = 'string-equals' | 'string-equals-ignore-case' | 'string-like' | 'arn-like' | 'numeric' | 'date' | 'bool' | 'ip' | 'null';

/** Operator family, which decides how values are validated and compared. */
export type OperatorFamily = 'string' | 'arn' | 'numeric' | 'date' | 'bool' | 'ip' | 'null';

/** Ordering operators of the Numeric and Date families. */
export type Ordering = 'eq' | 'lt' | 'le' | 'gt' | 'ge';

/** A supported base operator (without ForAnyValue:/ForAllValues: or IfExists). */
export interface OperatorSpec {
  readonly name: string;
  readonly family: OperatorFamily;
  readonly comparison: Comparison;
  readonly negated: boolean;
  readonly ordering: Ordering;
}

const spec = (name: string, family: OperatorFamily, comparison: Comparison, negated = false, ordering: Ordering = 'eq'): OperatorSpec => ({
  name,
  family,
  comparison,
  negated,
  ordering,
});

/** Every base operator this simulator evaluates. */
export const OPERATORS: readonly OperatorSpec[] = [
  spec('StringEquals', 'string', 'string-equals'),
  spec('StringNotEquals', 'string', 'string-equals', true),
  spec('StringEqualsIgnoreCase', 'string', 'string-equals-ignore-case'),
  spec('StringNotEqualsIgnoreCase', 'string', 'string-equals-ignore-case', true),
  spec('StringLike', 'string', 'string-like'),
  spec('StringNotLike', 'string', 'string-like', true),
  spec('ArnEquals', 'arn', 'arn-like'),
  spec('ArnLike', 'arn', 'arn-like'),
  spec('ArnNotEquals', 'arn', 'arn-like', true),
  spec('ArnNotLike', 'arn', 'arn-like', true),
  spec('Bool', 'bool', 'bool'),
  spec('NumericEquals', 'numeric', 'numeric'),
  spec('NumericNotEquals', 'numeric', 'numeric', true),
  spec('NumericLessThan', 'numeric', 'numeric', false, 'lt'),
  spec('NumericLessThanEquals', 'numeric', 'numeric', false, 'le'),
  spec('NumericGreaterThan', 'numeric', 'numeric', false, 'gt'),
  spec('NumericGreaterThanEquals', 'numeric', 'numeric', false, 'ge'),
  spec('DateEquals', 'date', 'date'),
  spec('DateNotEquals', 'date', 'date', true),
  spec('DateLessThan', 'date', 'date', false, 'lt'),
  spec('DateLessThanEquals', 'date', 'date', false, 'le'),
  spec('DateGreaterThan', 'date', 'date', false, 'gt'),
  spec('DateGreaterThanEquals', 'date', 'date', false, 'ge'),
  spec('IpAddress', 'ip', 'ip'),
  spec('NotIpAddress', 'ip', 'ip', true),
  spec('Null', 'null', 'null'),
];

/** Operators that exist in AWS but that this simulator does not evaluate. */
export const UNSUPPORTED_OPERATORS: readonly string[] = ['BinaryEquals'];

/** Set qualifier for multivalued keys. */
export type SetQualifier = 'ForAnyValue' | 'ForAllValues';

/** An operator name split into its parts, e.g. `ForAllValues:StringLikeIfExists`. */
export interface ParsedOperator {
  readonly written: string;
  readonly base: OperatorSpec;
  readonly qualifier: SetQualifier | null;
  readonly ifExists: boolean;
}

/** Why an operator name is not usable, with a suggestion when it looks like a typo. */
export interface OperatorProblem {
  readonly message: string;
}

/** Every spelling an author may write, for "did you mean" suggestions. */
export const OPERATOR_NAMES: readonly string[] = OPERATORS.map((op) => op.name);

/** Parses an operator name; returns a problem for unknown, unsupported or invalid combinations. */
export function parseOperator(written: string): { readonly ok: true; readonly operator: ParsedOperator } | { readonly ok: false; readonly problem: OperatorProblem } {
  let rest = written;
  let qualifier: SetQualifier | null = null;
  const colon = rest.indexOf(':');
  if (colon !== -1) {
    const prefix = rest.slice(0, colon);
    if (prefix !== 'ForAnyValue' && prefix !== 'ForAllValues') {
      return { ok: false, problem: { message: `Unknown set operator "${prefix}:"; use "ForAnyValue:" or "ForAllValues:".` } };
    }
    qualifier = prefix;
    rest = rest.slice(colon + 1);
  }
  let ifExists = false;
  if (rest.endsWith('IfExists') && rest !== 'IfExists') {
    ifExists = true;
    rest = rest.slice(0, -'IfExists'.length);
  }
  const base = OPERATORS.find((op) => op.name === rest);
  if (!base) {
    if (UNSUPPORTED_OPERATORS.includes(rest)) {
      return { ok: false, problem: { message: `"${written}" is a valid AWS operator, but this simulator does not evaluate it.` } };
    }
    const caseOnly = OPERATORS.find((op) => op.name.toLowerCase() === rest.toLowerCase());
    if (caseOnly) return { ok: false, problem: { message: `Unknown condition operator "${written}": operator names are case sensitive; write "${written.replace(rest, caseOnly.name)}".` } };
    return { ok: false, problem: { message: `Unknown condition operator "${written}".` } };
  }
  if (base.family === 'null' && ifExists) {
    return { ok: false, problem: { message: 'You can add IfExists to any condition operator except Null.' } };
  }
  if (base.family === 'null' && qualifier) {
    return { ok: false, problem: { message: 'Null checks whether a key is present; it takes no ForAnyValue:/ForAllValues: prefix.' } };
  }
  return { ok: true, operator: { written, base, qualifier, ifExists } };
}

/** Epoch milliseconds of a W3C ISO 8601 date/time or epoch seconds, or null. */
export function parseDate(raw: string): number | null {
  const text = raw.trim();
  if (/^\d{1,12}$/.test(text)) return Number(text) * 1000;
  const match =
    /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/.exec(text);
  if (!match) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', fraction = '', zone = 'Z'] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, Math.floor(Number(`0.${fraction || '0'}`) * 1000));
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day) return null; // 31 February and friends
  if (zone === 'Z') return utc;
  const sign = zone.startsWith('-') ? -1 : 1;
  const offsetMinutes = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6));
  return utc - sign * offsetMinutes * 60_000;
}

/** An IPv4 address as a 32-bit unsigned number, or null. */
export function parseIpv4(raw: string): number | null {
  const parts = raw.trim().split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = value * 256 + octet;
  }
  return value;
}

/** An IPv4 CIDR block (a bare address is /32) as base and prefix, or null. */
export function parseCidr(raw: string): { readonly base: number; readonly prefix: number } | null {
  const [address = '', prefixText, extra] = raw.trim().split('/');
  if (extra !== undefined) return null;
  const base = parseIpv4(address);
  if (base === null) return null;
  if (prefixText === undefined) return { base, prefix: 32 };
  if (!/^\d{1,2}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  if (prefix > 32) return null;
  return { base, prefix };
}

/** Whether an IPv4 address lies in a CIDR block. */
export function ipInCidr(address: number, cidr: { readonly base: number; readonly prefix: number }): boolean {
  if (cidr.prefix === 0) return true;
  const size = 2 ** (32 - cidr.prefix);
  return Math.floor(address / size) === Math.floor(cidr.base / size);
}

/** A plain decimal number as IAM accepts it ("10", "-1.5"), or null. */
export function parseNumeric(raw: string): number | null {
  const text = raw.trim();
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** "true"/"false" in any case, or null. */
export function parseBool(raw: string): boolean | null {
  const text = raw.trim().toLowerCase();
  if (text === 'true') return true;
  if (text === 'false') return false;
  return null;
}

/** The reason a policy value cannot be used with `family`, or null when it is fine. */
export function checkPolicyValue(family: OperatorFamily, value: string): string | null {
  switch (family) {
    case 'numeric':
      return parseNumeric(value) === null ? `"${value}" is not a number; Numeric operators need plain numbers such as "10".` : null;
    case 'date':
      return parseDate(value) === null
        ? `"${value}" is not a date: use ISO 8601 such as "2026-01-31T23:59:59Z" or epoch seconds.`
        : null;
    case 'bool':
      return parseBool(value) === null ? `Bool compares with "true" or "false", not "${value}".` : null;
    case 'null':
      return parseBool(value) === null ? `Null takes "true" (the key must be missing) or "false" (it must be present), not "${value}".` : null;
    case 'ip':
      if (value.includes(':')) return `"${value}" is an IPv6 range; this simulator compares IPv4 only.`;
      return parseCidr(value) === null ? `"${value}" is not an IPv4 address or CIDR block such as "203.0.113.0/24".` : null;
    default:
      return null;
  }
}

/** Result of comparing one request value with one policy value. */
type Compare = boolean | 'invalid';

function orderingHolds(ordering: Ordering, a: number, b: number): boolean {
  switch (ordering) {
    case 'eq':
      return a === b;
    case 'lt':
      return a < b;
    case 'le':
      return a <= b;
    case 'gt':
      return a > b;
    case 'ge':
      return a >= b;
  }
}

/** Compares a request value with a policy value using the operator's positive comparison. */
function comparePositive(op: OperatorSpec, requestValue: string, policyValue: string): Compare {
  switch (op.comparison) {
    case 'string-equals':
      return requestValue === policyValue;
    case 'string-equals-ignore-case':
      return requestValue.toLowerCase() === policyValue.toLowerCase();
    case 'string-like':
      return wildcardMatch(policyValue, requestValue);
    case 'arn-like':
      return arnMatches(policyValue, requestValue);
    case 'bool': {
      const a = parseBool(requestValue);
      const b = parseBool(policyValue);
      return a === null || b === null ? 'invalid' : a === b;
    }
    case 'numeric': {
      const a = parseNumeric(requestValue);
      const b = parseNumeric(policyValue);
      return a === null || b === null ? 'invalid' : orderingHolds(op.ordering, a, b);
    }
    case 'date': {
      const a = parseDate(requestValue);
      const b = parseDate(policyValue);
      return a === null || b === null ? 'invalid' : orderingHolds(op.ordering, a, b);
    }
    case 'ip': {
      const a = parseIpv4(requestValue);
      const b = parseCidr(policyValue);
      return a === null || b === null ? 'invalid' : ipInCidr(a, b);
    }
    case 'null':
      return 'invalid';
  }
}

/** One request value against all policy values: OR for positive operators, NOR for negated ones. */
function valueSatisfies(op: OperatorSpec, requestValue: string, policyValues: readonly string[]): Compare {
  let anyMatch = false;
  let anyInvalid = false;
  for (const policyValue of policyValues) {
    const result = comparePositive(op, requestValue, policyValue);
    if (result === 'invalid') anyInvalid = true;
    else if (result) anyMatch = true;
  }
  if (anyMatch) return !op.negated;
  if (anyInvalid) return 'invalid';
  return op.negated;
}

/** The outcome of one condition key under one operator, with a sentence saying why. */
export interface ConditionOutcome {
  readonly holds: boolean;
  readonly reason: string;
}

const quote = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/**
 * Evaluates `operator` for `key` with `policyValues` against the request values of that key
 * (`undefined` or empty when the request context does not have it).
 */
export function evaluateConditionKey(
  operator: ParsedOperator,
  key: string,
  policyValues: readonly string[],
  requestValues: readonly string[] | undefined,
): ConditionOutcome {
  const op = operator.base;
  const label = `${operator.written} ${key}`;
  const missing = !requestValues || requestValues.length === 0;
  if (op.family === 'null') {
    const wantsMissing = policyValues.some((v) => parseBool(v) === true);
    const wantsPresent = policyValues.some((v) => parseBool(v) === false);
    const holds = (missing && wantsMissing) || (!missing && wantsPresent);
    return { holds, reason: `${label}: the key is ${missing ? 'missing' : 'present'}, so Null ${quote(policyValues)} is ${holds}.` };
  }
  if (missing) {
    if (operator.ifExists) return { holds: true, reason: `${label}: the key is not in the request, so …IfExists makes the condition true.` };
    if (operator.qualifier === 'ForAllValues') {
      return { holds: true, reason: `${label}: the key is not in the request, and ForAllValues is true for a missing key.` };
    }
    if (operator.qualifier === 'ForAnyValue') {
      return { holds: false, reason: `${label}: the key is not in the request, and ForAnyValue needs at least one value.` };
    }
    return op.negated
      ? { holds: true, reason: `${label}: the key is not in the request, and a negated operator is true for a missing key.` }
      : { holds: false, reason: `${label}: the key is not in the request, so the condition is false.` };
  }
  const results = requestValues.map((value) => valueSatisfies(op, value, policyValues));
  const shown = quote(requestValues);
  const invalid = results.includes('invalid');
  const ok = (r: Compare) => r === true;
  let holds: boolean;
  let how: string;
  if (operator.qualifier === 'ForAllValues') {
    holds = results.every(ok);
    how = holds ? 'every request value satisfies it' : 'not every request value satisfies it';
  } else if (operator.qualifier === 'ForAnyValue') {
    holds = results.some(ok);
    how = holds ? 'at least one request value satisfies it' : 'no request value satisfies it';
  } else if (requestValues.length > 1) {
    // A multivalued key without a set operator: AWS asks for ForAnyValue/ForAllValues here.
    holds = op.negated ? results.every(ok) : results.some(ok);
    how = `${holds ? 'it holds' : 'it does not hold'} (this key has several values: use ForAnyValue: or ForAllValues: to say which you mean)`;
  } else {
    holds = ok(results[0] ?? false);
    const verb = op.negated ? (holds ? 'matches none of' : 'matches one of') : holds ? 'matches' : 'does not match';
    how = `${shown} ${verb} ${quote(policyValues)}`;
  }
  const invalidNote = invalid ? ` (a request value could not be read as a ${op.family === 'ip' ? 'IPv4 address' : op.family} value, so it never matches)` : '';
  return { holds, reason: `${label}: ${how}${invalidNote}, so the condition is ${holds}.` };
}
