import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { lessonFrontmatter } from './lib/content/lesson-frontmatter';
import { includedGlob } from './site/course-config-file';

/**
 * Lessons live in content/<NN-chapter>/<N-lesson>.mdx (outside src/, so authors never touch code).
 * Starlight renders them as its `docs` collection; the id (and URL) is "<chapter-folder>/<lesson-file>".
 * Only the chapters of the parts content/course.yaml includes are loaded.
 */
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content', pattern: includedGlob('[^_]*.mdx') }),
    schema: docsSchema({ extend: lessonFrontmatter }),
  }),
  /**
   * One quiz.yaml per chapter folder. Validated in full by src/site/quizzes.ts with the quiz
   * engine's schema, whose errors name the file, the question and the fix.
   */
  quizzes: defineCollection({
    loader: glob({ base: './content', pattern: includedGlob('quiz.yaml') }),
    schema: z.looseObject({}),
  }),
};
