/**
 * The request being evaluated: who asks (principal ARN), for what (action), on what (resource
 * ARN and the account that owns it) and in which context (condition keys typed as rows).
 *
 * Context rows with the same key make a multivalued key (e.g. two aws:TagKeys rows). Keys are
 * case-insensitive, as in IAM. Some keys are filled in from the request itself
 * ("AWS global condition context keys"): aws:PrincipalArn (the role ARN for a role session),
 * aws:PrincipalAccount, aws:PrincipalType, aws:username (IAM users only) and aws:ResourceAccount.
 * Typing them as rows is refused, so the context can never contradict the request.
 */

import { parseBool, parseDate, parseIpv4, parseNumeric } from './conditions';
import { arnParts } from './matching';
import { parsePrincipalArn, principalArnKey, principalType, type RequestPrincipal } from './principal';

/** One key/value row as typed. */
export interface ContextRow {
  readonly id: string;
  readonly key: string;
  readonly value: string;
}

/** The request part of the form, as typed. */
export interface RequestForm {
  readonly principalArn: string;
  readonly resourceAccount: string;
  readonly action: string;
  readonly resourceArn: string;
  readonly context: readonly ContextRow[];
}

/** A validated request. Context keys are stored lower-case. */
export interface EvaluationRequest {
  readonly principal: RequestPrincipal;
  readonly action: string;
  readonly resource: string;
  readonly resourceAccount: string;
  readonly context: ReadonlyMap<string, readonly string[]>;
  /** Keys filled in from the request, with their display names. */
  readonly derivedKeys: readonly { readonly key: string; readonly value: string }[];
}

/** Field keys of the request part; context rows use `context.<id>.key` / `context.<id>.value`. */
export type RequestField = 'principalArn' | 'resourceAccount' | 'action' | 'resourceArn' | `context.${string}.key` | `context.${string}.value`;

/** The request or a message per field. */
export type RequestRead =
  | { readonly ok: true; readonly request: EvaluationRequest }
  | { readonly ok: false; readonly errors: ReadonlyMap<RequestField, string> };

/** Keys the simulator derives from the request; rows may not set them. */
export const DERIVED_KEYS: readonly string[] = ['aws:PrincipalArn', 'aws:PrincipalAccount', 'aws:PrincipalType', 'aws:username', 'aws:ResourceAccount'];

/** Known value types of common global keys, checked as the reader types. */
const KEY_TYPES: Record<string, 'bool' | 'ip' | 'date' | 'number' | 'epoch'> = {
  'aws:multifactorauthpresent': 'bool',
  'aws:securetransport': 'bool',
  'aws:viaawsservice': 'bool',
  'aws:principalisawsservice': 'bool',
  'aws:sourceip': 'ip',
  'aws:currenttime': 'date',
  'aws:tokenissuetime': 'date',
  'aws:epochtime': 'epoch',
  'aws:multifactorauthage': 'number',
};

const TYPE_HELP: Record<'bool' | 'ip' | 'date' | 'number' | 'epoch', string> = {
  bool: 'Use true or false.',
  ip: 'Use an IPv4 address such as 203.0.113.25 (this simulator handles IPv4 only).',
  date: 'Use ISO 8601 such as 2026-11-27T10:00:00Z.',
  number: 'Use a number of seconds, e.g. 300.',
  epoch: 'Use epoch seconds, e.g. 1795000000.',
};

/** Checks a context value against the known type of its key; null when fine or unknown. */
export function checkContextValue(key: string, value: string): string | null {
  const type = KEY_TYPES[key.toLowerCase()];
  if (!type) return null;
  const ok =
    type === 'bool'
      ? parseBool(value) !== null
      : type === 'ip'
        ? parseIpv4(value) !== null
        : type === 'date'
          ? parseDate(value) !== null
          : type === 'epoch'
            ? /^\d{1,12}$/.test(value.trim())
            : parseNumeric(value) !== null;
  return ok ? null : `"${value}" is not a valid ${key} value. ${TYPE_HELP[type]}`;
}

/** Validates the request part of the form. */
export function readRequest(form: RequestForm): RequestRead {
  const errors = new Map<RequestField, string>();
  const principal = parsePrincipalArn(form.principalArn);
  if (!principal.ok) errors.set('principalArn', principal.error);

  const action = form.action.trim();
  if (action === '') errors.set('action', 'Required: enter one action, e.g. s3:GetObject.');
  else if (action.includes('*') || action.includes('?')) errors.set('action', 'A request names one action: remove the wildcard (wildcards belong in policies).');
  else if (!/^[a-zA-Z0-9-]+:[A-Za-z0-9_-]+$/.test(action)) errors.set('action', 'Write the action as service:ActionName, e.g. s3:GetObject or ec2:RunInstances.');

  const resource = form.resourceArn.trim();
  let arnAccount = '';
  if (resource === '') errors.set('resourceArn', 'Required: enter the ARN of the resource, or * for actions without a resource.');
  else if (resource !== '*') {
    const parts = arnParts(resource);
    if (!parts) errors.set('resourceArn', 'Enter an ARN with six colon-separated parts, e.g. arn:aws:s3:::my-bucket/report.csv.');
    else if (resource.includes('*') || resource.includes('?')) errors.set('resourceArn', 'A request is for one resource: remove the wildcard.');
    else arnAccount = parts[4] ?? '';
  }

  let resourceAccount = form.resourceAccount.trim();
  if (resourceAccount === '') {
    if (arnAccount !== '') resourceAccount = arnAccount;
    else if (!errors.has('resourceArn')) {
      errors.set('resourceAccount', 'Required: this ARN does not include an account (S3 ARNs never do), so enter the 12-digit account that owns the resource.');
    }
  } else if (!/^\d{12}$/.test(resourceAccount)) {
    errors.set('resourceAccount', 'An account ID is 12 digits, e.g. 111122223333.');
  } else if (arnAccount !== '' && /^\d{12}$/.test(arnAccount) && arnAccount !== resourceAccount) {
    errors.set('resourceAccount', `The resource ARN names account ${arnAccount}; use the same account here or leave this empty.`);
  }

  const context = new Map<string, string[]>();
  const derivedLower = DERIVED_KEYS.map((k) => k.toLowerCase());
  for (const row of form.context) {
    const key = row.key.trim();
    const value = row.value.trim();
    if (key === '' && value === '') continue;
    const keyField: RequestField = `context.${row.id}.key`;
    const valueField: RequestField = `context.${row.id}.value`;
    if (key === '') {
      errors.set(keyField, 'Enter the key this value belongs to, e.g. aws:SourceIp.');
      continue;
    }
    if (!/^[A-Za-z0-9-]+:[^\s]+$/.test(key)) {
      errors.set(keyField, 'Keys look like aws:SourceIp, aws:PrincipalTag/team or s3:prefix.');
      continue;
    }
    if (derivedLower.includes(key.toLowerCase())) {
      errors.set(keyField, `${key} is filled in from the request above; change the principal or resource instead.`);
      continue;
    }
    const typeProblem = checkContextValue(key, value);
    if (typeProblem) {
      errors.set(valueField, typeProblem);
      continue;
    }
    const lower = key.toLowerCase();
    context.set(lower, [...(context.get(lower) ?? []), value]);
  }

  if (errors.size > 0 || !principal.ok) return { ok: false, errors };
  const who = principal.principal;
  const derivedKeys = [
    { key: 'aws:PrincipalArn', value: principalArnKey(who) },
    { key: 'aws:PrincipalAccount', value: who.account },
    { key: 'aws:PrincipalType', value: principalType(who.kind) },
    ...(who.kind === 'user' ? [{ key: 'aws:username', value: who.name }] : []),
    { key: 'aws:ResourceAccount', value: resourceAccount },
  ];
  for (const { key, value } of derivedKeys) context.set(key.toLowerCase(), [value]);
  return { ok: true, request: { principal: who, action, resource, resourceAccount, context, derivedKeys } };
}
