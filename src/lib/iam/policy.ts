/**
 * Reading an IAM policy document: JSON text in, a typed {@link Policy} plus a list of problems out.
 *
 * Problems carry their location (which policy, statement number and Sid, element, line and
 * column) and say how to fix them. Errors stop the evaluation of that policy; warnings do not.
 * What is checked follows the IAM JSON policy grammar ("IAM JSON policy element reference"):
 * top-level Version, Id and Statement; statement elements Sid, Effect, Action/NotAction,
 * Resource/NotResource, Principal/NotPrincipal and Condition; exactly one of each pair; Effect
 * "Allow" or "Deny" (case sensitive); Principal only in resource-based policies, where it is
 * required; actions as service:action; resources as six-part ARNs or "*". A resource-based policy
 * may leave out Resource (a role trust policy does): it then covers the resource it is attached to.
 */

import { checkPolicyValue, OPERATOR_NAMES, parseOperator, type ParsedOperator } from './conditions';
import { parseJsonWithPositions, type JsonEntry, type JsonNode, type SourcePosition } from './json-source';
import { arnParts, closest } from './matching';
import { checkAwsPrincipalValue } from './principal';

/** The four policy types the evaluator accepts. */
export type PolicyKind = 'identity' | 'resource' | 'boundary' | 'scp';

/** Names of the policy types as the widget and messages show them. */
export const POLICY_LABELS: Record<PolicyKind, string> = {
  identity: 'Identity-based policy',
  resource: 'Resource-based policy',
  boundary: 'Permissions boundary',
  scp: 'Service control policy (SCP)',
};

/** Where a problem is. `statement` is 1-based, as people count. */
export interface ProblemLocation {
  readonly policy: PolicyKind;
  readonly statement?: number;
  readonly sid?: string;
  readonly element?: string;
  readonly line: number;
  readonly column: number;
}

/** Something wrong or suspicious in a policy. */
export interface PolicyProblem {
  readonly severity: 'error' | 'warning';
  readonly location: ProblemLocation;
  readonly message: string;
}

/** A list of patterns for Action/NotAction or Resource/NotResource. */
export interface PatternList {
  readonly negated: boolean;
  readonly patterns: readonly string[];
}

/** The Principal or NotPrincipal element. */
export interface PrincipalElement {
  readonly negated: boolean;
  /** "*" (or {"AWS": "*"}): everyone. */
  readonly everyone: boolean;
  readonly aws: readonly string[];
  /** Service, Federated and CanonicalUser values: never an IAM user or role. */
  readonly others: readonly { readonly type: string; readonly value: string }[];
}

/** One key under one operator of the Condition element. */
export interface ConditionEntry {
  readonly operator: ParsedOperator;
  readonly key: string;
  readonly values: readonly string[];
}

/** A statement with everything needed to evaluate it. */
export interface Statement {
  /** 1-based position in the policy. */
  readonly number: number;
  readonly sid?: string;
  readonly effect: 'Allow' | 'Deny';
  readonly action: PatternList;
  /** null: a resource-based policy without Resource, covering the resource it is attached to. */
  readonly resource: PatternList | null;
  readonly principal: PrincipalElement | null;
  readonly conditions: readonly ConditionEntry[];
  readonly line: number;
}

/** A readable policy. */
export interface Policy {
  readonly kind: PolicyKind;
  readonly version: string | null;
  readonly statements: readonly Statement[];
}

/** The policy, if it has no errors, and every problem found. */
export interface PolicyRead {
  readonly policy: Policy | null;
  readonly problems: readonly PolicyProblem[];
}

const TOP_LEVEL = ['Version', 'Id', 'Statement'];
const STATEMENT_ELEMENTS = ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal', 'Condition'];
const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'];
const VERSIONS = ['2012-10-17', '2008-10-17'];
const ACTION = /^[a-zA-Z0-9-]+:[A-Za-z0-9*?_-]+$/;

/** Formats a location as people read it: "statement 2 (Sid "AllowS3"), Effect, line 7, column 9". */
export function describeLocation(location: ProblemLocation): string {
  const parts: string[] = [];
  if (location.statement !== undefined) {
    parts.push(`statement ${location.statement}${location.sid ? ` (Sid "${location.sid}")` : ''}`);
  }
  if (location.element) parts.push(location.element);
  parts.push(`line ${location.line}, column ${location.column}`);
  return parts.join(', ');
}

/** Reads `text` as a policy of the given kind. Never throws. */
export function readPolicy(text: string, kind: PolicyKind): PolicyRead {
  const problems: PolicyProblem[] = [];
  const parsed = parseJsonWithPositions(text);
  if (!parsed.ok) {
    const { at, message } = parsed.error;
    return { policy: null, problems: [{ severity: 'error', location: { policy: kind, line: at.line, column: at.column }, message }] };
  }
  const root = parsed.value;
  const problem = (severity: PolicyProblem['severity'], at: SourcePosition, message: string, extra: Partial<ProblemLocation> = {}) =>
    problems.push({ severity, location: { policy: kind, ...extra, line: at.line, column: at.column }, message });

  if (root.kind !== 'object') {
    problem('error', root.at, 'A policy is a JSON object: start it with { "Version": "2012-10-17", "Statement": [ … ] }.');
    return { policy: null, problems };
  }

  let version: string | null = null;
  let statementNode: JsonNode | null = null;
  const seenTop = new Set<string>();
  for (const entry of root.entries) {
    if (seenTop.has(entry.key)) {
      problem('error', entry.keyAt, `"${entry.key}" appears twice at the top level; keep one.`, { element: entry.key });
      continue;
    }
    seenTop.add(entry.key);
    if (!TOP_LEVEL.includes(entry.key)) {
      const guess = closest(entry.key, TOP_LEVEL);
      problem('error', entry.keyAt, `Unknown element "${entry.key}" at the top level${guess ? `; did you mean "${guess}"?` : '; use Version, Id and Statement.'}`, {
        element: entry.key,
      });
      continue;
    }
    if (entry.key === 'Version') {
      if (entry.value.kind !== 'string' || !VERSIONS.includes(entry.value.value)) {
        problem('error', entry.value.at, 'Version must be "2012-10-17" (the current version) or "2008-10-17".', { element: 'Version' });
      } else {
        version = entry.value.value;
      }
    } else if (entry.key === 'Id') {
      if (entry.value.kind !== 'string') problem('error', entry.value.at, 'Id must be a string.', { element: 'Id' });
    } else {
      statementNode = entry.value;
    }
  }
  if (!seenTop.has('Version')) {
    problem('warning', root.at, 'No "Version": AWS then reads the policy as version 2008-10-17, where policy variables such as ${aws:username} are plain text. Add "Version": "2012-10-17".', {
      element: 'Version',
    });
  }
  if (!statementNode) {
    // A misspelt "Statement" was already reported with a suggestion; do not report it twice.
    const misspelt = root.entries.some((e) => e.key !== 'Statement' && closest(e.key, TOP_LEVEL) === 'Statement');
    if (!misspelt) problem('error', root.at, 'Missing "Statement": a policy needs at least one statement.', { element: 'Statement' });
    return { policy: null, problems };
  }

  const statementNodes: readonly JsonNode[] =
    statementNode.kind === 'array' ? statementNode.items : statementNode.kind === 'object' ? [statementNode] : [];
  if (statementNode.kind !== 'array' && statementNode.kind !== 'object') {
    problem('error', statementNode.at, 'Statement must be an object or a list of objects.', { element: 'Statement' });
  } else if (statementNodes.length === 0) {
    problem('error', statementNode.at, 'Statement is an empty list: add at least one statement.', { element: 'Statement' });
  }

  const statements: Statement[] = [];
  const sids = new Map<string, number>();
  statementNodes.forEach((node, index) => {
    const statement = readStatement(node, index + 1, kind, problem);
    if (statement?.sid !== undefined) {
      const first = sids.get(statement.sid);
      if (first !== undefined) {
        problem('warning', node.at, `Sid "${statement.sid}" is also used by statement ${first}; Sids must be unique within a policy.`, {
          statement: index + 1,
          sid: statement.sid,
          element: 'Sid',
        });
      } else {
        sids.set(statement.sid, index + 1);
      }
    }
    if (statement) statements.push(statement);
  });

  if (problems.some((p) => p.severity === 'error')) return { policy: null, problems };
  return { policy: { kind, version, statements }, problems };
}

type Report = (severity: PolicyProblem['severity'], at: SourcePosition, message: string, extra?: Partial<ProblemLocation>) => void;

/** Reads a string or list of strings; reports a type error otherwise. */
function readStrings(node: JsonNode, what: string, report: (at: SourcePosition, message: string) => void): string[] | null {
  if (node.kind === 'string') return [node.value];
  if (node.kind === 'array') {
    const values: string[] = [];
    for (const item of node.items) {
      if (item.kind !== 'string') {
        report(item.at, `Every entry of ${what} must be a string in double quotes, not ${describeKind(item)}.`);
        return null;
      }
      values.push(item.value);
    }
    if (values.length === 0) {
      report(node.at, `${what} is an empty list: name at least one value.`);
      return null;
    }
    return values;
  }
  report(node.at, `${what} must be a string or a list of strings, not ${describeKind(node)}.`);
  return null;
}

/** Reads condition values: strings, numbers and booleans (AWS accepts all three), or lists of them. */
function readConditionValues(node: JsonNode, report: (at: SourcePosition, message: string) => void): string[] | null {
  const one = (item: JsonNode): string | null => {
    if (item.kind === 'string') return item.value;
    if (item.kind === 'number') return item.raw;
    if (item.kind === 'boolean') return String(item.value);
    report(item.at, `A condition value must be a string, number or true/false, not ${describeKind(item)}.`);
    return null;
  };
  if (node.kind === 'array') {
    if (node.items.length === 0) {
      report(node.at, 'A condition key needs at least one value.');
      return null;
    }
    const values: string[] = [];
    for (const item of node.items) {
      const value = one(item);
      if (value === null) return null;
      values.push(value);
    }
    return values;
  }
  const value = one(node);
  return value === null ? null : [value];
}

function describeKind(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return 'an object';
    case 'array':
      return 'a list';
    case 'string':
      return `the string "${node.value}"`;
    case 'number':
      return `the number ${node.raw}`;
    case 'boolean':
      return `${node.value}`;
    case 'null':
      return 'null';
  }
}

function readStatement(node: JsonNode, number: number, kind: PolicyKind, problem: Report): Statement | null {
  if (node.kind !== 'object') {
    problem('error', node.at, `Statement ${number} must be an object { "Effect": …, "Action": …, "Resource": … }, not ${describeKind(node)}.`, {
      statement: number,
    });
    return null;
  }
  const sidEntry = node.entries.find((e) => e.key === 'Sid');
  const sid = sidEntry?.value.kind === 'string' ? sidEntry.value.value : undefined;
  const where = (element: string): Partial<ProblemLocation> => ({ statement: number, ...(sid !== undefined ? { sid } : {}), element });
  let failed = false;
  const error = (at: SourcePosition, element: string, message: string) => {
    failed = true;
    problem('error', at, message, where(element));
  };

  const byKey = new Map<string, JsonEntry>();
  // Elements suggested for a misspelt key: their "Missing …" error would only repeat the typo.
  const suggested = new Set<string>();
  for (const entry of node.entries) {
    if (byKey.has(entry.key)) {
      error(entry.keyAt, entry.key, `"${entry.key}" appears twice in this statement; keep one.`);
      continue;
    }
    if (!STATEMENT_ELEMENTS.includes(entry.key)) {
      const guess = closest(entry.key, STATEMENT_ELEMENTS);
      if (guess) suggested.add(guess);
      error(entry.keyAt, entry.key, `Unknown element "${entry.key}"${guess ? `; did you mean "${guess}"?` : '.'}`);
      continue;
    }
    byKey.set(entry.key, entry);
  }

  if (sidEntry && sidEntry.value.kind !== 'string') error(sidEntry.value.at, 'Sid', 'Sid must be a string.');
  if (sid !== undefined && kind !== 'resource' && !/^[A-Za-z0-9]*$/.test(sid)) {
    problem('warning', sidEntry?.value.at ?? node.at, `IAM accepts only letters and digits in a Sid; "${sid}" would be rejected when you save this policy.`, where('Sid'));
  }

  // Effect
  let effect: 'Allow' | 'Deny' = 'Deny';
  const effectEntry = byKey.get('Effect');
  if (!effectEntry) {
    if (suggested.has('Effect')) failed = true;
    else error(node.at, 'Effect', 'Missing "Effect": add "Effect": "Allow" or "Effect": "Deny".');
  } else if (effectEntry.value.kind !== 'string' || (effectEntry.value.value !== 'Allow' && effectEntry.value.value !== 'Deny')) {
    const found = effectEntry.value.kind === 'string' ? `"${effectEntry.value.value}"` : describeKind(effectEntry.value);
    error(effectEntry.value.at, 'Effect', `Effect must be "Allow" or "Deny" (with that capitalisation), not ${found}.`);
  } else {
    effect = effectEntry.value.value;
  }

  // Action / NotAction
  const action = readPair(node, byKey, 'Action', 'NotAction', !suggested.has('Action') && !suggested.has('NotAction'), error, (value, at, element) => {
    if (value === '*') return;
    if (!value.includes(':')) error(at, element, `"${value}" needs a service prefix, e.g. "s3:GetObject" or "s3:*".`);
    else if (!ACTION.test(value)) error(at, element, `"${value}" is not an action: write service:ActionName, with * or ? as wildcards in the name.`);
  });

  // Resource / NotResource
  const resource = readPair(node, byKey, 'Resource', 'NotResource', kind !== 'resource' && !suggested.has('Resource') && !suggested.has('NotResource'), error, (value, at, element) => {
    if (value === '*') return;
    if (!value.startsWith('arn:')) {
      error(at, element, `"${value}" is not an ARN: write arn:partition:service:region:account:resource (e.g. arn:aws:s3:::my-bucket/*) or "*".`);
    } else if (!arnParts(value)) {
      const colons = value.split(':').length;
      error(at, element, `"${value}" has ${colons} of the 6 colon-separated ARN parts; an S3 bucket is arn:aws:s3:::name.`);
    }
  });

  // Principal / NotPrincipal
  let principal: PrincipalElement | null = null;
  const principalEntry = byKey.get('Principal') ?? byKey.get('NotPrincipal');
  if (kind !== 'resource') {
    if (principalEntry) {
      error(
        principalEntry.keyAt,
        principalEntry.key,
        `${principalEntry.key} is only allowed in resource-based policies; ${kind === 'scp' ? 'a service control policy' : kind === 'boundary' ? 'a permissions boundary' : 'an identity-based policy'} applies to the principals it is attached to.`,
      );
    }
  } else if (byKey.has('Principal') && byKey.has('NotPrincipal')) {
    error(node.at, 'Principal', 'Use Principal or NotPrincipal, not both.');
  } else if (!principalEntry) {
    if (suggested.has('Principal') || suggested.has('NotPrincipal')) failed = true;
    else error(node.at, 'Principal', 'Missing "Principal": a resource-based policy must say who it applies to, e.g. "Principal": {"AWS": "arn:aws:iam::111122223333:user/alice"}.');
  } else {
    principal = readPrincipal(principalEntry, error);
  }

  // Condition
  const conditions: ConditionEntry[] = [];
  const conditionEntry = byKey.get('Condition');
  if (conditionEntry) {
    const block = conditionEntry.value;
    if (block.kind !== 'object') {
      error(block.at, 'Condition', 'Condition must be an object such as { "Bool": { "aws:MultiFactorAuthPresent": "true" } }.');
    } else {
      const seenOperators = new Set<string>();
      for (const opEntry of block.entries) {
        const element = `Condition › ${opEntry.key}`;
        if (seenOperators.has(opEntry.key)) {
          error(opEntry.keyAt, element, `Operator "${opEntry.key}" appears twice in this Condition; merge its keys into one.`);
          continue;
        }
        seenOperators.add(opEntry.key);
        const parsedOperator = parseOperator(opEntry.key);
        if (!parsedOperator.ok) {
          const bare = opEntry.key.replace(/^For(?:Any|All)Values:/, '').replace(/IfExists$/, '');
          const guess = parsedOperator.problem.message.startsWith('Unknown condition operator') ? closest(bare, OPERATOR_NAMES) : undefined;
          error(opEntry.keyAt, element, `${parsedOperator.problem.message}${guess && guess !== bare ? ` Did you mean "${opEntry.key.replace(bare, guess)}"?` : ''}`);
          continue;
        }
        if (opEntry.value.kind !== 'object' || opEntry.value.entries.length === 0) {
          error(opEntry.value.at, element, `${opEntry.key} must map condition keys to values, e.g. { "aws:SourceIp": "203.0.113.0/24" }.`);
          continue;
        }
        for (const keyEntry of opEntry.value.entries) {
          const keyElement = `${element} › ${keyEntry.key}`;
          if (!/^[A-Za-z0-9-]+:[^\s]+$/.test(keyEntry.key)) {
            error(keyEntry.keyAt, keyElement, `"${keyEntry.key}" is not a condition key: keys look like aws:SourceIp or s3:prefix.`);
            continue;
          }
          const values = readConditionValues(keyEntry.value, (at, message) => error(at, keyElement, message));
          if (!values) continue;
          for (const value of values) {
            const valueProblem = checkPolicyValue(parsedOperator.operator.base.family, value);
            if (valueProblem) error(keyEntry.value.at, keyElement, valueProblem);
          }
          conditions.push({ operator: parsedOperator.operator, key: keyEntry.key, values });
        }
      }
    }
  }

  if (failed || !action) return null;
  return {
    number,
    ...(sid !== undefined ? { sid } : {}),
    effect,
    action,
    resource,
    principal,
    conditions,
    line: node.at.line,
  };
}

/** Reads Action/NotAction or Resource/NotResource: exactly one of the pair (or none if optional). */
function readPair(
  node: JsonNode & { kind: 'object' },
  byKey: ReadonlyMap<string, JsonEntry>,
  positive: string,
  negative: string,
  required: boolean,
  error: (at: SourcePosition, element: string, message: string) => void,
  check: (value: string, at: SourcePosition, element: string) => void,
): PatternList | null {
  const pos = byKey.get(positive);
  const neg = byKey.get(negative);
  if (pos && neg) {
    error(neg.keyAt, negative, `Use ${positive} or ${negative}, not both, in one statement.`);
    return null;
  }
  const entry = pos ?? neg;
  if (!entry) {
    if (required) error(node.at, positive, `Missing "${positive}" (or "${negative}"): say which ${positive === 'Action' ? 'actions' : 'resources'} the statement covers.`);
    return null;
  }
  const values = readStrings(entry.value, entry.key, (at, message) => error(at, entry.key, message));
  if (!values) return null;
  const at = entry.value.at;
  for (const value of values) check(value, at, entry.key);
  return { negated: entry === neg, patterns: values };
}

function readPrincipal(entry: JsonEntry, error: (at: SourcePosition, element: string, message: string) => void): PrincipalElement | null {
  const negated = entry.key === 'NotPrincipal';
  const value = entry.value;
  if (value.kind === 'string') {
    if (value.value === '*') return { negated, everyone: true, aws: [], others: [] };
    error(value.at, entry.key, `${entry.key} must be "*" or an object such as {"AWS": "arn:aws:iam::111122223333:root"}, not "${value.value}".`);
    return null;
  }
  if (value.kind !== 'object' || value.entries.length === 0) {
    error(value.at, entry.key, `${entry.key} must be "*" or an object such as {"AWS": "111122223333"}.`);
    return null;
  }
  let everyone = false;
  const aws: string[] = [];
  const others: { type: string; value: string }[] = [];
  let ok = true;
  for (const typeEntry of value.entries) {
    const element = `${entry.key} › ${typeEntry.key}`;
    if (!PRINCIPAL_TYPES.includes(typeEntry.key)) {
      const guess = closest(typeEntry.key, PRINCIPAL_TYPES);
      error(typeEntry.keyAt, element, `Unknown principal type "${typeEntry.key}"${guess ? `; did you mean "${guess}"?` : '; use AWS, Service, Federated or CanonicalUser.'}`);
      ok = false;
      continue;
    }
    const values = readStrings(typeEntry.value, element, (at, message) => error(at, element, message));
    if (!values) {
      ok = false;
      continue;
    }
    for (const principalValue of values) {
      if (typeEntry.key === 'AWS') {
        const problem = checkAwsPrincipalValue(principalValue);
        if (problem) {
          error(typeEntry.value.at, element, problem);
          ok = false;
        } else if (principalValue === '*') {
          everyone = true;
        } else {
          aws.push(principalValue);
        }
      } else {
        others.push({ type: typeEntry.key, value: principalValue });
      }
    }
  }
  return ok ? { negated, everyone, aws, others } : null;
}
