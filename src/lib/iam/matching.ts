/**
 * How IAM compares the request with the Action, Resource and Principal elements of a statement.
 *
 * - Actions: `*` matches any run of characters and `?` one character; the comparison ignores case
 *   ("IAM JSON policy elements: Action": action names are case insensitive).
 * - Resources (and the ARN condition operators): an ARN has six colon-separated parts
 *   (arn:partition:service:region:account-id:resource); wildcards are allowed inside each part and
 *   each part is compared separately ("IAM JSON policy elements: Resource"; "ARN condition
 *   operators": "Each of the six colon-delimited components of the ARN is checked separately").
 *   The last part keeps any further colons. Resource matching is case sensitive.
 * - Principals: no wildcards except a lone `*` ("You cannot use a wildcard to match part of a
 *   principal name or ARN", "AWS JSON policy elements: Principal").
 *
 * Wildcard matching uses the linear-space two-pointer algorithm, so hostile patterns such as
 * `a*a*a*a*b` cannot make it take exponential time the way a backtracking regular expression can.
 */

/** Whether `value` matches `pattern`, where `*` is any run of characters and `?` one character. */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const v = ignoreCase ? value.toLowerCase() : value;
  let pi = 0;
  let vi = 0;
  let starAt = -1;
  let starMatch = 0;
  while (vi < v.length) {
    const pc = p[pi];
    if (pc !== undefined && (pc === '?' || (pc !== '*' && pc === v[vi]))) {
      pi += 1;
      vi += 1;
    } else if (pc === '*') {
      starAt = pi;
      starMatch = vi;
      pi += 1;
    } else if (starAt !== -1) {
      pi = starAt + 1;
      starMatch += 1;
      vi = starMatch;
    } else {
      return false;
    }
  }
  while (p[pi] === '*') pi += 1;
  return pi === p.length;
}

/** Whether a request action such as `s3:GetObject` matches an Action pattern such as `s3:Get*`. */
export function actionMatches(pattern: string, action: string): boolean {
  return wildcardMatch(pattern, action, true);
}

/** Splits an ARN into its six parts (the last keeps any further colons), or null if it has fewer. */
export function arnParts(arn: string): readonly string[] | null {
  const parts: string[] = [];
  let rest = arn;
  for (let i = 0; i < 5; i += 1) {
    const colon = rest.indexOf(':');
    if (colon === -1) return null;
    parts.push(rest.slice(0, colon));
    rest = rest.slice(colon + 1);
  }
  parts.push(rest);
  return parts[0] === 'arn' ? parts : null;
}

/**
 * Whether an ARN matches an ARN pattern part by part. A lone `*` matches everything. A pattern that
 * is not a six-part ARN is compared as a whole string (the String operators' behaviour).
 */
export function arnMatches(pattern: string, arn: string): boolean {
  if (pattern === '*') return true;
  const patternParts = arnParts(pattern);
  if (!patternParts) return wildcardMatch(pattern, arn);
  const valueParts = arnParts(arn);
  if (!valueParts) return false;
  return patternParts.every((part, i) => wildcardMatch(part, valueParts[i] ?? ''));
}

/** Whether a request resource matches a Resource pattern. */
export function resourceMatches(pattern: string, resource: string): boolean {
  if (pattern === '*') return true;
  if (resource === '*') return false;
  return arnMatches(pattern, resource);
}

/** Edit distance between two short strings, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[y.length] ?? Math.max(x.length, y.length);
}

/** The closest of `candidates` to `word` if it is a plausible typo (case or a couple of letters). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = word.length <= 4 ? 1 : word.length <= 10 ? 2 : 3;
  return bestDistance <= allowed ? best : undefined;
}
