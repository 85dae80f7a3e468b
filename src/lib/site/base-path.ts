/**
 * Normalises the COURSE_BASE sub-path so Astro and every internal link agree on it:
 * undefined/"" → "/", "course" → "/course/", "/course" → "/course/".
 */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Prefixes a root-relative course path ("/26-…/4-aws-backup/") with the base path. External URLs,
 * protocol-relative URLs, fragments and relative paths are returned unchanged.
 */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const b = normaliseBase(base);
  if (b !== '/' && (path === b.slice(0, -1) || path.startsWith(b))) return path;
  return b === '/' ? path : `${b.slice(0, -1)}${path}`;
}
