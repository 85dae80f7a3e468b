/**
 * Reads the course content the way the content tests need it: every lesson file with its
 * frontmatter, body, fenced code blocks and links. Paths are relative to the project root.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readCurriculum, readFrontmatter, scanLessons, scanQuizChapters } from '../../src/lib/curriculum/scan-content';

export const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));

export interface Fence {
  lang: string;
  meta: string;
  code: string;
  /** 1-based line of the opening fence in the file. */
  line: number;
}

export interface LessonFile {
  /** "content/26-…/4-aws-backup.mdx" */
  file: string;
  slug: string;
  folder: string;
  source: string;
  frontmatter: Record<string, unknown> | undefined;
  body: string;
  fences: Fence[];
}

const FENCE = /^(?<indent>[ \t]*)(?<mark>`{3,}|~{3,})(?<info>[^\n`]*)\n(?<code>[\s\S]*?)^\k<indent>\k<mark>[ \t]*$/gm;

/** Fenced code blocks of a Markdown/MDX text, with their language, meta and line. */
export function extractFences(text: string): Fence[] {
  const fences: Fence[] = [];
  for (const m of text.matchAll(FENCE)) {
    const info = (m.groups?.info ?? '').trim();
    const [lang = '', ...meta] = info.split(/\s+/);
    const line = text.slice(0, m.index).split('\n').length;
    fences.push({ lang, meta: meta.join(' '), code: m.groups?.code ?? '', line });
  }
  return fences;
}

/** Text with fenced code and inline code removed: what a reader reads as prose. */
export function proseOf(body: string): string {
  return body
    .replace(FENCE, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/^(import|export) .*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ');
}

/** Words of prose (tokens with at least one letter), as the content guide counts them. */
export function countProseWords(body: string): number {
  return proseOf(body)
    .split(/\s+/)
    .filter((w) => /[A-Za-z]/.test(w)).length;
}

/** Link targets in Markdown (`[text](url)`) and JSX/HTML (`href="url"`) outside code. */
export function extractLinks(body: string): string[] {
  const text = body.replace(FENCE, ' ').replace(/`[^`\n]*`/g, ' ');
  const links: string[] = [];
  for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push(m[1]!);
  for (const m of text.matchAll(/href=["']([^"']+)["']/g)) links.push(m[1]!);
  return links;
}

/** Every lesson file under content/. */
export function loadLessonFiles(): LessonFile[] {
  return scanLessons(contentDir).map((w) => {
    const file = `content/${w.slug}.mdx`;
    const source = readFileSync(join(contentDir, `${w.slug}.mdx`), 'utf8');
    const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
    return { file, slug: w.slug, folder: w.folder, source, frontmatter: readFrontmatter(source), body, fences: extractFences(body) };
  });
}

export { readCurriculum, scanLessons, scanQuizChapters };
