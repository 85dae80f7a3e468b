import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { lessonFrontmatter } from './lib/content/lesson-frontmatter';

/**
 * Lessons live in content/<NN-chapter>/<N-lesson>.mdx (outside src/, so authors never touch code).
 * Starlight renders them as its `docs` collection; the id (and URL) is "<chapter-folder>/<lesson-file>".
 */
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content', pattern: '*/[^_]*.mdx' }),
    schema: docsSchema({ extend: lessonFrontmatter }),
  }),
  /**
   * One quiz.yaml per chapter folder. Validated in full by src/site/quizzes.ts with the quiz
   * engine's schema, whose errors name the file, the question and the fix.
   */
  quizzes: defineCollection({
    loader: glob({ base: './content', pattern: '*/quiz.yaml' }),
    schema: z.looseObject({}),
  }),
};
