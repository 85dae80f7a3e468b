/**
 * IAM policy evaluation (lessons 7.1–7.3): decides Allow, explicit Deny or implicit deny for one
 * request and explains each step, following the IAM User Guide, "Policy evaluation logic":
 *
 * Within one account ("How AWS enforcement code logic evaluates requests"):
 *   1. Deny evaluation: an applicable Deny statement in any policy (SCP, resource-based,
 *      identity-based, permissions boundary) is a final explicit Deny.
 *   2. SCP: if SCPs apply and none allows the request, it is implicitly denied.
 *   3. Resource-based policy: an Allow that names the caller's own ARN (IAM user, role session,
 *      federated user) or "*" is final, whatever the identity-based policies and the permissions
 *      boundary say. An Allow that names the role ARN is not limited by identity-based policies
 *      but is limited by an implicit deny in the permissions boundary. An Allow that names the
 *      account delegates to the account: the identity-based policies must allow.
 *   4. Identity-based policies: without an applicable Allow the request is implicitly denied.
 *   5. Permissions boundary: if one is set and it does not allow the request, implicit deny.
 *   6. Session: a role session without a session policy is allowed; a federated user session
 *      (GetFederationToken) without one is implicitly denied. Session policies are not simulated.
 * Across accounts ("Cross-account policy evaluation logic"): the request is allowed only if the
 * principal's account allows it (SCP, identity-based policy, boundary) and the resource-based
 * policy in the resource's account allows it too; an explicit Deny anywhere still wins.
 *
 * Not simulated: resource control policies (RCPs), session policies, VPC endpoint policies, ACLs
 * and service-specific rules (e.g. KMS key policies and role trust policies must always allow).
 * Policy variables (${aws:username}) are substituted in Resource and in String/ARN condition
 * values when the policy has Version 2012-10-17.
 */

import { evaluateConditionKey } from './conditions';
import { actionMatches, resourceMatches } from './matching';
import type { Policy, PolicyKind, Statement } from './policy';
import { awsValueGrant, describePrincipal, strongestGrant, type PrincipalGrant } from './principal';
import type { EvaluationRequest } from './request';

/** The three possible answers. */
export type Decision = 'allow' | 'explicit-deny' | 'implicit-deny';

/** How one statement compares with the request. */
export interface StatementTrace {
  readonly policy: PolicyKind;
  readonly number: number;
  readonly sid?: string;
  readonly effect: 'Allow' | 'Deny';
  /** True when every element matches: the statement's Effect applies to this request. */
  readonly applies: boolean;
  /** One sentence per element checked, in order; the first failing one explains why it does not apply. */
  readonly reasons: readonly string[];
  /** Resource-based statements only: how the Principal element names the caller. */
  readonly grant: PrincipalGrant | null;
}

/** The evaluation steps, in the order of the IAM User Guide. */
export type StepId = 'deny' | 'scp' | 'resource' | 'identity' | 'boundary' | 'session';

/** What a step did: passed the request on, decided it, or did not apply. */
export type StepOutcome = 'continue' | 'allow' | 'explicit-deny' | 'implicit-deny' | 'not-applicable';

/** One step of the evaluation with the sentence that explains it. */
export interface EvaluationStep {
  readonly id: StepId;
  readonly title: string;
  readonly outcome: StepOutcome;
  readonly explanation: string;
}

/** The full answer. */
export interface Evaluation {
  readonly decision: Decision;
  /** One sentence that names what decided it. */
  readonly summary: string;
  readonly crossAccount: boolean;
  readonly steps: readonly EvaluationStep[];
  readonly statements: readonly StatementTrace[];
  /** Caveats about this particular evaluation (multivalued keys, unsupported features…). */
  readonly notes: readonly string[];
}

/** The policies that apply to the request; a missing one is simply absent. */
export interface PolicySet {
  readonly identity?: Policy | null;
  readonly resource?: Policy | null;
  readonly boundary?: Policy | null;
  readonly scp?: Policy | null;
}

const STEP_TITLES: Record<StepId, string> = {
  deny: 'Explicit deny in any policy?',
  scp: 'Service control policy (SCP)',
  resource: 'Resource-based policy',
  identity: 'Identity-based policy',
  boundary: 'Permissions boundary',
  session: 'Session',
};

/** Policy names as they read inside a sentence. */
const POLICY_NOUNS: Record<PolicyKind, string> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  boundary: 'permissions boundary',
  scp: 'SCP',
};

/** "statement 2 ("DenyLogs") of the identity-based policy". */
export function statementName(trace: Pick<StatementTrace, 'policy' | 'number' | 'sid'>): string {
  return `statement ${trace.number}${trace.sid ? ` ("${trace.sid}")` : ''} of the ${POLICY_NOUNS[trace.policy]}`;
}

/** Replaces ${key} policy variables; null when a key is missing, so the value cannot match. */
export function substituteVariables(text: string, context: ReadonlyMap<string, readonly string[]>): string | null {
  let missing = false;
  const result = text.replace(/\$\{([^}]*)\}/g, (whole, inner: string) => {
    const body = inner.trim();
    if (body === '*') return '*';
    if (body === '?') return '?';
    if (body === '$') return '$';
    const withDefault = /^([^,]+),\s*'([^']*)'$/.exec(body);
    const key = (withDefault ? withDefault[1] ?? '' : body).trim().toLowerCase();
    const values = context.get(key);
    if (values && values.length === 1) return values[0] ?? '';
    if (withDefault) return withDefault[2] ?? '';
    missing = true;
    return whole;
  });
  return missing ? null : result;
}

function matchList(
  patterns: readonly string[],
  matches: (pattern: string) => boolean,
  negated: boolean,
): { readonly applies: boolean; readonly matched: string | undefined } {
  const matched = patterns.find(matches);
  return { applies: negated ? matched === undefined : matched !== undefined, matched };
}

const list = (patterns: readonly string[]) => patterns.map((p) => `"${p}"`).join(', ');

/** Compares one statement with the request. */
export function traceStatement(
  statement: Statement,
  policy: Policy,
  request: EvaluationRequest,
  options: { readonly hasBoundary: boolean },
): StatementTrace {
  const reasons: string[] = [];
  const base = { policy: policy.kind, number: statement.number, ...(statement.sid !== undefined ? { sid: statement.sid } : {}), effect: statement.effect };
  const done = (applies: boolean, grant: PrincipalGrant | null = null): StatementTrace => ({ ...base, applies, reasons, grant });
  const variables = policy.version === '2012-10-17';

  // Principal (resource-based policies only).
  let grant: PrincipalGrant | null = null;
  if (statement.principal) {
    const element = statement.principal;
    const name = element.negated ? 'NotPrincipal' : 'Principal';
    const named = element.everyone ? 'direct' : strongestGrant(element.aws.map((value) => awsValueGrant(value, request.principal)));
    if (element.negated) {
      if (statement.effect === 'Deny' && options.hasBoundary && request.principal.kind !== 'root') {
        // Documented quirk ("Permissions boundaries for IAM entities").
        reasons.push(`${name}: a Deny with NotPrincipal always applies to a principal that has a permissions boundary, whatever it lists.`);
        grant = 'direct';
      } else if (named) {
        reasons.push(`${name}: ${describePrincipal(request.principal)} is listed, so the statement does not apply to it.`);
        return done(false);
      } else {
        reasons.push(`${name}: ${describePrincipal(request.principal)} is not listed, so the statement applies to it.`);
        grant = 'direct';
      }
    } else if (!named) {
      const others = element.others.length > 0 ? ` (${element.others.map((o) => `${o.type} principals such as "${o.value}" are services or external identities, never an IAM user or role`).join('; ')})` : '';
      reasons.push(`${name}: does not name ${describePrincipal(request.principal)} or its account${others}.`);
      return done(false);
    } else {
      grant = named;
      const how =
        named === 'direct'
          ? element.everyone
            ? 'names everyone ("*")'
            : `names ${describePrincipal(request.principal)} directly`
          : named === 'role'
            ? `names the role ARN of ${describePrincipal(request.principal)}`
            : `names account ${request.principal.account}`;
      reasons.push(`${name}: ${how}.`);
    }
  }

  // Action / NotAction.
  const actionName = statement.action.negated ? 'NotAction' : 'Action';
  const action = matchList(statement.action.patterns, (p) => actionMatches(p, request.action), statement.action.negated);
  if (!action.applies) {
    reasons.push(
      statement.action.negated
        ? `${actionName}: "${request.action}" is excluded by "${action.matched ?? ''}".`
        : `${actionName}: "${request.action}" matches none of ${list(statement.action.patterns)}.`,
    );
    return done(false);
  }
  reasons.push(
    statement.action.negated
      ? `${actionName}: "${request.action}" is not in ${list(statement.action.patterns)}, so it is covered.`
      : `${actionName}: "${request.action}" matches "${action.matched ?? ''}".`,
  );

  // Resource / NotResource.
  if (statement.resource) {
    const resourceName = statement.resource.negated ? 'NotResource' : 'Resource';
    const unresolved: string[] = [];
    const patterns = statement.resource.patterns.map((pattern) => {
      if (!variables || !pattern.includes('${')) return pattern;
      const substituted = substituteVariables(pattern, request.context);
      if (substituted === null) unresolved.push(pattern);
      return substituted;
    });
    const usable = patterns.filter((p): p is string => p !== null);
    const resource = matchList(usable, (p) => resourceMatches(p, request.resource), statement.resource.negated);
    const note = unresolved.length > 0 ? ` (${list(unresolved)} uses a policy variable whose key is not in the request, so it matches nothing)` : '';
    if (!resource.applies) {
      reasons.push(
        statement.resource.negated
          ? `${resourceName}: "${request.resource}" is excluded by "${resource.matched ?? ''}".`
          : `${resourceName}: "${request.resource}" matches none of ${list(usable.length > 0 ? usable : statement.resource.patterns)}${note}.`,
      );
      return done(false);
    }
    reasons.push(
      statement.resource.negated
        ? `${resourceName}: "${request.resource}" is not in ${list(usable)}, so it is covered${note}.`
        : `${resourceName}: "${request.resource}" matches "${resource.matched ?? ''}"${note}.`,
    );
  } else {
    reasons.push('Resource: none given, so the statement covers the resource the policy is attached to.');
  }

  // Condition: every key under every operator must hold.
  for (const condition of statement.conditions) {
    const family = condition.operator.base.family;
    let values = condition.values;
    if (variables && (family === 'string' || family === 'arn')) {
      values = condition.values.map((v) => (v.includes('${') ? substituteVariables(v, request.context) : v)).filter((v): v is string => v !== null);
      if (values.length === 0) {
        reasons.push(`Condition ${condition.operator.written} ${condition.key}: its values use policy variables whose keys are not in the request, so it cannot match.`);
        return done(false);
      }
    }
    const outcome = evaluateConditionKey(condition.operator, condition.key, values, request.context.get(condition.key.toLowerCase()));
    reasons.push(`Condition ${outcome.reason}`);
    if (!outcome.holds) return done(false);
  }
  if (statement.conditions.length === 0) reasons.push('Condition: none.');
  return done(true, grant);
}

/** Evaluates a request against the policies that apply to it. Never throws for valid inputs. */
export function evaluate(policies: PolicySet, request: EvaluationRequest): Evaluation {
  const { principal } = request;
  const crossAccount = principal.account !== request.resourceAccount;
  const hasBoundary = Boolean(policies.boundary) && principal.kind !== 'root';
  const kinds: PolicyKind[] = ['scp', 'resource', 'identity', 'boundary'];
  const statements: StatementTrace[] = [];
  for (const kind of kinds) {
    const policy = policies[kind];
    if (!policy) continue;
    for (const statement of policy.statements) statements.push(traceStatement(statement, policy, request, { hasBoundary }));
  }
  const notes: string[] = [];
  if (statements.some((s) => s.reasons.some((r) => r.includes('this key has several values')))) {
    notes.push('A condition compared a multivalued key without ForAnyValue:/ForAllValues:; AWS expects a set operator for such keys.');
  }
  const allows = (kind: PolicyKind) => statements.filter((s) => s.policy === kind && s.effect === 'Allow' && s.applies);
  const steps: EvaluationStep[] = [];
  const step = (id: StepId, outcome: StepOutcome, explanation: string) => steps.push({ id, title: STEP_TITLES[id], outcome, explanation });
  const names = (traces: readonly StatementTrace[]) => traces.map(statementName).join('; ');
  const boundaryNote = () =>
    hasBoundary
      ? `The permissions boundary allows it (${names(allows('boundary'))}).`
      : policies.boundary
        ? 'Permissions boundaries apply to IAM users and roles, not to the root user, so the boundary is ignored.'
        : 'No permissions boundary given.';
  const what = `${request.action} on ${request.resource}`;
  const finish = (decision: Decision, summary: string): Evaluation => ({ decision, summary, crossAccount, steps, statements, notes });

  const federatedWithoutSessionPolicy = () => {
    step('session', 'implicit-deny', 'A federated user session gets identity-based permissions only through the session policy passed to GetFederationToken; with no session policy (none is simulated here) the request is implicitly denied.');
    return finish('implicit-deny', 'Denied: a federated user session without a session policy has no identity-based permissions (implicit deny).');
  };

  // 1. Explicit deny anywhere.
  const denies = statements.filter((s) => s.effect === 'Deny' && s.applies);
  if (denies.length > 0) {
    step('deny', 'explicit-deny', `Found an applicable Deny: ${names(denies)}. An explicit deny in any policy overrides every Allow.`);
    const first = denies[0];
    return finish('explicit-deny', `Denied: ${first ? statementName(first) : 'a Deny statement'} explicitly denies ${what}.`);
  }
  step('deny', 'continue', 'No Deny statement applies to this request, so evaluation continues.');

  // 2. Service control policies of the principal's account.
  if (policies.scp) {
    const scpAllows = allows('scp');
    if (scpAllows.length === 0) {
      step('scp', 'implicit-deny', `The SCP has no Allow statement that applies to ${request.action}; SCPs set the most an account's principals may do, so the request is implicitly denied.`);
      return finish('implicit-deny', `Denied: the SCP does not allow ${request.action} (implicit deny).`);
    }
    step('scp', 'continue', `The SCP allows it (${names(scpAllows)}); SCPs grant nothing themselves, so evaluation continues.`);
  } else {
    step('scp', 'not-applicable', 'No SCP given (an account outside AWS Organizations, or the management account).');
  }

  const resourceAllows = allows('resource');
  const resourceGrant = strongestGrant(resourceAllows.map((s) => s.grant));
  const identityAllows = allows('identity');
  const boundaryAllows = allows('boundary');
  const boundaryBlocks = hasBoundary && boundaryAllows.length === 0;

  if (crossAccount) {
    // Cross-account: both the trusted account (identity side) and the trusting account must allow.
    if (!policies.resource) {
      step('resource', 'implicit-deny', `The resource is in account ${request.resourceAccount} and the principal in ${principal.account}: cross-account access needs a resource-based policy that allows the principal, and there is none.`);
      return finish('implicit-deny', `Denied: cross-account access to ${request.resource} needs the resource's policy to allow ${describePrincipal(principal)} (implicit deny).`);
    }
    if (resourceAllows.length === 0) {
      step('resource', 'implicit-deny', `Cross-account request: no statement of the resource-based policy allows ${describePrincipal(principal)} to do ${what}.`);
      return finish('implicit-deny', `Denied: the resource-based policy does not allow ${describePrincipal(principal)} from account ${principal.account} (implicit deny).`);
    }
    step('resource', 'continue', `Cross-account request: the resource's account allows it (${names(resourceAllows)}). The principal's own account must allow it too.`);
    if (principal.kind === 'root') {
      step('identity', 'continue', 'The root user has full access within its own account, so its side allows the request.');
    } else if (identityAllows.length === 0) {
      step('identity', 'implicit-deny', `Cross-account request: the principal's identity-based policy must also allow ${what}, and no statement does.`);
      return finish('implicit-deny', `Denied: across accounts both sides must allow; the identity-based policy of ${describePrincipal(principal)} does not (implicit deny).`);
    } else {
      step('identity', 'continue', `The identity-based policy allows it (${names(identityAllows)}).`);
    }
    if (boundaryBlocks) {
      step('boundary', 'implicit-deny', `The permissions boundary has no Allow for ${request.action}; it caps the principal's permissions, so the request is implicitly denied.`);
      return finish('implicit-deny', `Denied: the permissions boundary does not allow ${request.action} (implicit deny).`);
    }
    step('boundary', hasBoundary ? 'continue' : 'not-applicable', boundaryNote());
    if (principal.kind === 'federated-user') return federatedWithoutSessionPolicy();
    step('session', 'allow', 'Both accounts allow the request.');
    return finish('allow', `Allowed: the resource-based policy in account ${request.resourceAccount} and the identity-based policy in account ${principal.account} both allow ${what}.`);
  }

  // 3. Same account: resource-based policy.
  if (!policies.resource) {
    step('resource', 'not-applicable', 'No resource-based policy given.');
  } else if (!resourceGrant) {
    step('resource', 'continue', 'No statement of the resource-based policy allows this request; the identity-based policies may still allow it.');
  } else if (resourceGrant === 'direct') {
    step('resource', 'allow', `The resource-based policy allows it (${names(resourceAllows.filter((s) => s.grant === 'direct'))}) and names the caller directly, so within one account that is enough: an implicit deny in identity-based policies or a permissions boundary does not limit it.`);
    return finish('allow', `Allowed: the resource-based policy grants ${what} to ${describePrincipal(principal)} directly.`);
  } else if (resourceGrant === 'role') {
    if (boundaryBlocks) {
      step('resource', 'continue', `The resource-based policy allows it for the role ARN (${names(resourceAllows)}); such a grant is still limited by the role's permissions boundary.`);
      step('boundary', 'implicit-deny', `The permissions boundary has no Allow for ${request.action}, and a grant to a role ARN is limited by an implicit deny in the boundary.`);
      return finish('implicit-deny', `Denied: the resource-based policy names the role, but the role's permissions boundary does not allow ${request.action} (implicit deny).`);
    }
    step('resource', 'allow', `The resource-based policy allows it for the role ARN (${names(resourceAllows)}). Identity-based policies do not limit that grant${hasBoundary ? ', and the permissions boundary allows it' : ', and there is no permissions boundary'}.`);
    return finish('allow', `Allowed: the resource-based policy grants ${what} to role ${principal.name}.`);
  } else {
    step('resource', 'continue', `The resource-based policy allows it for account ${principal.account} (${names(resourceAllows)}). Naming the account delegates the decision to that account's identity-based policies.`);
  }

  // 4. Identity-based policies.
  if (principal.kind === 'root') {
    step('identity', 'continue', 'The root user has full access within its own account; only SCPs and explicit denies limit it.');
  } else if (identityAllows.length === 0) {
    step('identity', 'implicit-deny', `No identity-based statement allows ${what}${policies.identity ? '' : ' (no identity-based policy given)'}, and no resource-based policy grants it to the caller: implicit deny.`);
    return finish('implicit-deny', `Denied: no policy allows ${what} for ${describePrincipal(principal)} (implicit deny).`);
  } else {
    step('identity', 'continue', `The identity-based policy allows it (${names(identityAllows)}).`);
  }

  // 5. Permissions boundary.
  if (boundaryBlocks) {
    step('boundary', 'implicit-deny', `The permissions boundary has no Allow for ${request.action}. A boundary caps what identity-based policies can grant, so the request is implicitly denied.`);
    return finish('implicit-deny', `Denied: the permissions boundary does not allow ${request.action}, even though the identity-based policy does (implicit deny).`);
  }
  step('boundary', hasBoundary ? 'continue' : 'not-applicable', boundaryNote());

  // 6. Session. A federated user session (GetFederationToken) only has the permissions of the
  // session policy passed when it was created; "If there is no session policy … [and] the principal
  // is [not] a role session … the request is implicitly denied."
  if (principal.kind === 'federated-user') return federatedWithoutSessionPolicy();
  step(
    'session',
    'allow',
    principal.kind === 'role-session' || principal.kind === 'role'
      ? 'A role session without a session policy keeps the role\'s permissions, so the request is allowed. (Session policies are not simulated.)'
      : 'The caller is not a session principal, so the request is allowed.',
  );
  return finish(
    'allow',
    principal.kind === 'root'
      ? `Allowed: the root user has full access and nothing denies ${what}.`
      : `Allowed: the identity-based policy allows ${what}${hasBoundary ? ' and the permissions boundary permits it' : ''}.`,
  );
}
