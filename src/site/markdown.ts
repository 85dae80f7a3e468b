/**
 * Markdown → HTML for text that lives outside MDX files (quiz prompts, options, explanations),
 * rendered at build time with the same engine as lessons: Shiki highlighting in light and dark
 * themes, and internal links prefixed with the base path.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from '../lib/site/base-links-plugin';

let processor: ReturnType<typeof createSatteriMarkdownProcessor> | undefined;

/** Renders a Markdown string to an HTML string. */
export async function renderMarkdown(markdown: string): Promise<string> {
  processor ??= createSatteriMarkdownProcessor({
    syntaxHighlight: 'shiki',
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } },
    hastPlugins: [baseLinksPlugin(import.meta.env.BASE_URL)],
  } as Parameters<typeof createSatteriMarkdownProcessor>[0]);
  const result = await (await processor).render(markdown);
  return result.code;
}

/** Renders inline Markdown (an option's text): a single paragraph loses its <p> wrapper. */
export async function renderInlineMarkdown(markdown: string): Promise<string> {
  const html = (await renderMarkdown(markdown)).trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single && !single[1]!.includes('<p>') ? single[1]! : html;
}
