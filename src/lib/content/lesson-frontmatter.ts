import { z } from 'zod';

/**
 * Course-specific lesson frontmatter, merged into Starlight's docs schema. `lesson` ties the file to
 * its curriculum entry and is the key progress is stored under, so it must never be derived from
 * the file path.
 */
export const lessonFrontmatter = z.object({
  lesson: z
    .string({ error: 'Add `lesson: "N.M"` to the frontmatter (the lesson number from content/curriculum.json, in quotes).' })
    .regex(/^\d{1,2}\.\d{1,2}$/, { error: 'The `lesson` frontmatter must look like "26.4" (chapter.lesson, in quotes).' })
    .describe('Lesson number from content/curriculum.json, e.g. "26.4". Required in every lesson file; optional here only because Starlight validates non-lesson pages (landing, progress) with the same schema. The outline check fails the build for a lesson file without it.')
    .optional(),
  description: z
    .string({ error: 'Add a one- or two-sentence `description` to the frontmatter (used by search and link previews).' })
    .min(30, { error: 'The `description` should be a full sentence of at least 30 characters.' })
    .describe('One or two sentences on what the reader will be able to do after the lesson.'),
});

export type LessonFrontmatter = z.infer<typeof lessonFrontmatter>;
