import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildOutline } from './outline';
import type { Curriculum, Outline, WrittenLesson } from './types';
import { scopeCurriculum, type CourseConfig } from '../site/course-config';

/** Frontmatter block at the top of an MDX file, or undefined when there is none. */
export function readFrontmatter(source: string): Record<string, unknown> | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match) return undefined;
  const data: unknown = parseYaml(match[1] ?? '');
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
}

/**
 * Lists the lesson files under a content folder (`<chapter-folder>/<lesson>.mdx`, names starting
 * with "_" ignored) with the lesson number each one claims in its frontmatter. Runs at build time
 * (astro.config, pages) and in tests; never in the browser.
 */
export function scanLessons(contentDir: string): WrittenLesson[] {
  const lessons: WrittenLesson[] = [];
  for (const folder of readdirSync(contentDir, { withFileTypes: true })) {
    if (!folder.isDirectory() || folder.name.startsWith('_') || folder.name.startsWith('.')) continue;
    for (const file of readdirSync(join(contentDir, folder.name)).sort()) {
      if (!file.endsWith('.mdx') || file.startsWith('_')) continue;
      const frontmatter = readFrontmatter(readFileSync(join(contentDir, folder.name, file), 'utf8'));
      const number = frontmatter?.lesson;
      lessons.push({
        number: typeof number === 'string' ? number : String(number ?? ''),
        folder: folder.name,
        slug: `${folder.name}/${file.replace(/\.mdx$/, '')}`,
      });
    }
  }
  return lessons;
}

/** Chapter numbers whose folder holds a quiz.yaml. */
export function scanQuizChapters(contentDir: string): number[] {
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d{2}-/.test(d.name) && existsSync(join(contentDir, d.name, 'quiz.yaml')))
    .map((d) => Number.parseInt(d.name.slice(0, 2), 10));
}

/** Reads content/curriculum.json. */
export function readCurriculum(contentDir: string): Curriculum {
  return JSON.parse(readFileSync(join(contentDir, 'curriculum.json'), 'utf8')) as Curriculum;
}

/**
 * The published outline for a content folder: curriculum + what is written there, restricted to
 * the parts `scope` includes (all when omitted).
 */
export function loadOutline(contentDir: string, scope?: Pick<CourseConfig, 'parts'>): Outline {
  const curriculum = scope ? scopeCurriculum(readCurriculum(contentDir), scope) : readCurriculum(contentDir);
  const chapters = new Set(curriculum.parts.flatMap((p) => p.chapters.map((c) => c.number)));
  const inScope = (folder: string) => chapters.has(Number.parseInt(folder.slice(0, 2), 10));
  return buildOutline(
    curriculum,
    scanLessons(contentDir).filter((l) => inScope(l.folder)),
    scanQuizChapters(contentDir).filter((n) => chapters.has(n)),
  );
}
