import { withBase } from './base-path';

/**
 * Markdown (Sätteri hast) plugin: authors write internal links root-relative to the course
 * ("/26-…/4-aws-backup/"); this prefixes the configured base path so the same content works when
 * the site is served under a sub-path such as /course/.
 */
export function baseLinksPlugin(base: string) {
  return {
    name: 'course-base-links',
    element: {
      filter: ['a'],
      visit(node: { properties?: Record<string, unknown> }, ctx: { setProperty(node: unknown, key: string, value: unknown): void }) {
        const href = node.properties?.href;
        if (typeof href === 'string') {
          const next = withBase(href, base);
          if (next !== href) ctx.setProperty(node, 'href', next);
        }
      },
    },
  };
}
