/**
 * Principals: who makes the request, and whether a Principal element in a resource-based policy
 * names them.
 *
 * Principal ARN forms ("AWS JSON policy elements: Principal", "IAM identifiers"):
 *   arn:aws:iam::111122223333:root                                   the account (and its root user)
 *   arn:aws:iam::111122223333:user/path/name                         an IAM user
 *   arn:aws:iam::111122223333:role/path/name                         an IAM role
 *   arn:aws:sts::111122223333:assumed-role/role-name/session-name    a role session
 *   arn:aws:sts::111122223333:federated-user/name                    a GetFederationToken session
 *
 * How a matching Principal entry names the caller matters for same-account evaluation
 * ("Policy evaluation logic", resource-based policies step):
 * - `direct`: the IAM user ARN, the role session ARN, the federated user ARN, or "*". Not limited by
 *   an implicit deny in identity-based policies or the permissions boundary.
 * - `role`: the role ARN, for a session of that role. Not limited by identity-based policies but
 *   limited by an implicit deny in the role's permissions boundary (or a session policy).
 * - `account`: the account ID or its :root ARN. This delegates to the account, whose identity-based
 *   policies must then grant the access ("AWS account principals").
 */

import { arnParts } from './matching';

/** The kind of principal making a request. */
export type PrincipalKind = 'root' | 'user' | 'role' | 'role-session' | 'federated-user';

/** A parsed request principal. */
export interface RequestPrincipal {
  readonly arn: string;
  readonly kind: PrincipalKind;
  readonly partition: string;
  readonly account: string;
  /** User, role or federated user name; for a session, the role name. */
  readonly name: string;
  /** For roles and role sessions: the role's ARN (what aws:PrincipalArn holds for a session). */
  readonly roleArn?: string;
  /** For role sessions: the session name. */
  readonly sessionName?: string;
}

/** How a Principal entry names the caller, strongest first in {@link GRANT_ORDER}. */
export type PrincipalGrant = 'direct' | 'role' | 'account';

/** From strongest to weakest: a direct grant needs nothing else in the same account. */
export const GRANT_ORDER: readonly PrincipalGrant[] = ['direct', 'role', 'account'];

/** A principal ARN or the reason it is not one. */
export type PrincipalParse = { readonly ok: true; readonly principal: RequestPrincipal } | { readonly ok: false; readonly error: string };

const ACCOUNT = /^\d{12}$/;
const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov'];
const NAME = /^[\w+=,.@-]+$/;

/** Parses the ARN of the principal making a request. */
export function parsePrincipalArn(raw: string): PrincipalParse {
  const arn = raw.trim();
  if (arn === '') return { ok: false, error: 'Required: enter the ARN of the user or role making the request.' };
  const parts = arnParts(arn);
  if (!parts) return { ok: false, error: 'Enter an ARN such as arn:aws:iam::111122223333:user/alice.' };
  const [, partition = '', service = '', region = '', account = '', resource = ''] = parts;
  if (!PARTITIONS.includes(partition)) return { ok: false, error: `Unknown partition "${partition}": use aws, aws-cn or aws-us-gov.` };
  if (region !== '') return { ok: false, error: 'IAM and STS ARNs have no Region: leave the part between the third and fourth colon empty.' };
  if (!ACCOUNT.test(account)) return { ok: false, error: `The account ID must be 12 digits, e.g. 111122223333 (found "${account}").` };
  if (arn.includes('*') || arn.includes('?')) return { ok: false, error: 'A request comes from one principal: remove the wildcard.' };
  const segments = resource.split('/');
  const type = segments[0] ?? '';
  const last = segments[segments.length - 1] ?? '';
  if (service === 'iam') {
    if (resource === 'root') return { ok: true, principal: { arn, kind: 'root', partition, account, name: 'root' } };
    if ((type === 'user' || type === 'role') && segments.length >= 2 && segments.slice(1).every((s) => NAME.test(s))) {
      const base = { arn, partition, account, name: last };
      return { ok: true, principal: type === 'user' ? { ...base, kind: 'user' } : { ...base, kind: 'role', roleArn: arn } };
    }
    return { ok: false, error: 'IAM principal ARNs end in :root, :user/name or :role/name.' };
  }
  if (service === 'sts') {
    if (type === 'assumed-role' && segments.length === 3 && segments.slice(1).every((s) => NAME.test(s))) {
      const roleName = segments[1] ?? '';
      return {
        ok: true,
        principal: {
          arn,
          kind: 'role-session',
          partition,
          account,
          name: roleName,
          roleArn: `arn:${partition}:iam::${account}:role/${roleName}`,
          sessionName: segments[2] ?? '',
        },
      };
    }
    if (type === 'federated-user' && segments.length === 2 && NAME.test(last)) {
      return { ok: true, principal: { arn, kind: 'federated-user', partition, account, name: last } };
    }
    return { ok: false, error: 'STS principal ARNs look like :assumed-role/role-name/session-name or :federated-user/name.' };
  }
  return { ok: false, error: `A principal ARN is an IAM (iam) or STS (sts) ARN, not "${service}".` };
}

/** What aws:PrincipalType holds for each kind ("AWS global condition context keys"). */
export function principalType(kind: PrincipalKind): string {
  switch (kind) {
    case 'root':
      return 'Account';
    case 'user':
      return 'User';
    case 'federated-user':
      return 'FederatedUser';
    default:
      return 'AssumedRole';
  }
}

/** What aws:PrincipalArn holds: the role ARN for a session, otherwise the principal's own ARN. */
export function principalArnKey(principal: RequestPrincipal): string {
  return principal.kind === 'role-session' && principal.roleArn ? principal.roleArn : principal.arn;
}

/** The reason a Principal "AWS" value is malformed, or null when it is a valid form. */
export function checkAwsPrincipalValue(value: string): string | null {
  if (value === '*') return null;
  if (ACCOUNT.test(value)) return null;
  if (value.includes('*') || value.includes('?')) {
    return 'You cannot use a wildcard to match part of a principal name or ARN; use "*" alone or name the principal.';
  }
  const parsed = parsePrincipalArn(value);
  if (parsed.ok) return null;
  return `"${value}" is not an AWS principal: use a 12-digit account ID or an IAM/STS principal ARN. ${parsed.error}`;
}

/** The normalised (lower-case) role name of a role ARN, ignoring the path. */
function roleName(arn: string): string {
  const resource = arnParts(arn)?.[5] ?? '';
  return resource.split('/').pop() ?? '';
}

/** How one "AWS" principal value names `principal`, or null if it does not. */
export function awsValueGrant(value: string, principal: RequestPrincipal): PrincipalGrant | null {
  if (value === '*') return 'direct';
  if (ACCOUNT.test(value)) return value === principal.account ? 'account' : null;
  const parsed = parsePrincipalArn(value);
  if (!parsed.ok) return null;
  const named = parsed.principal;
  if (named.partition !== principal.partition || named.account !== principal.account) return null;
  switch (named.kind) {
    case 'root':
      return 'account';
    case 'user':
    case 'federated-user':
      return named.arn === principal.arn ? 'direct' : null;
    case 'role-session':
      return named.arn === principal.arn ? 'direct' : null;
    case 'role':
      // A role ARN names every session of the role; role names are unique per account and
      // case-insensitive, while the path is not part of the session ARN.
      if (principal.kind !== 'role' && principal.kind !== 'role-session') return null;
      return roleName(named.arn).toLowerCase() === principal.name.toLowerCase() ? 'role' : null;
  }
}

/** The strongest of several grants. */
export function strongestGrant(grants: readonly (PrincipalGrant | null)[]): PrincipalGrant | null {
  for (const grant of GRANT_ORDER) if (grants.includes(grant)) return grant;
  return null;
}

/** Short wording of a principal for explanations: "IAM user alice", "a session of role Admin". */
export function describePrincipal(principal: RequestPrincipal): string {
  switch (principal.kind) {
    case 'root':
      return `the root user of account ${principal.account}`;
    case 'user':
      return `IAM user ${principal.name}`;
    case 'role':
      return `role ${principal.name}`;
    case 'role-session':
      return `session ${principal.sessionName ?? ''} of role ${principal.name}`;
    case 'federated-user':
      return `federated user ${principal.name}`;
  }
}
