/**
 * Reads this copy's branding and scope: content/course.yaml, or the file named by COURSE_CONFIG
 * (used to build variants, e.g. a Terraform-only course). Build time only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import curriculum from '../../content/curriculum.json';
import type { Curriculum } from '../lib/curriculum/types';
import { includedChapters, parseCourseConfig, type CourseConfig } from '../lib/site/course-config';

let cached: CourseConfig | undefined;

/** The validated course config (a malformed file fails the build with the key and the fix). */
export function readCourseConfig(): CourseConfig {
  const file = process.env.COURSE_CONFIG || 'content/course.yaml';
  cached ??= parseCourseConfig(readFileSync(resolve(file), 'utf8'), file);
  return cached;
}

/** Two-digit folder prefixes ("09") of the chapters this copy publishes. */
export function includedChapterPrefixes(): string[] {
  return includedChapters(curriculum as Curriculum, readCourseConfig()).map((n) => String(n).padStart(2, '0'));
}

/** A glob for files of the included chapters, e.g. "{09,10}-*\/[^_]*.mdx". */
export function includedGlob(file: string): string {
  const prefixes = includedChapterPrefixes();
  const folders = prefixes.length === 1 ? `${prefixes[0]}-*` : `{${prefixes.join(',')}}-*`;
  return `${folders}/${file}`;
}
