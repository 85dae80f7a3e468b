import { withBase } from './base-path';

interface LinkNode {
  properties?: Record<string, unknown>;
  children?: unknown[];
}
interface VisitContext {
  setProperty(node: unknown, key: string, value: unknown): void;
  replaceNode(node: unknown, replacement: unknown): void;
}

/** Course page paths look like "/26-…/" or "/26-…/4-aws-backup/" (optionally with #hash). */
const COURSE_PAGE = /^\/\d{2}-[^/]+\//;

/**
 * Markdown (Sätteri hast) plugin for internal links. Authors write them root-relative to the course
 * ("/26-…/4-aws-backup/"); this prefixes the configured base path so the same content works under a
 * sub-path such as /course/. When `published` is given (a copy that includes only some parts), a
 * link to a lesson this copy does not publish becomes plain text instead of a broken link.
 */
export function baseLinksPlugin(base: string, published?: ReadonlySet<string>) {
  return {
    name: 'course-base-links',
    element: {
      filter: ['a'],
      visit(node: LinkNode, ctx: VisitContext) {
        const href = node.properties?.href;
        if (typeof href !== 'string') return;
        const path = href.split('#')[0] ?? '';
        if (published && COURSE_PAGE.test(path) && !published.has(path)) {
          ctx.replaceNode(node, { type: 'element', tagName: 'span', properties: {}, children: node.children ?? [] });
          return;
        }
        const next = withBase(href, base);
        if (next !== href) ctx.setProperty(node, 'href', next);
      },
    },
  };
}
