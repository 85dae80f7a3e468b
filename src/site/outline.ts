/**
 * The published outline for pages: curriculum.json plus the lessons in the content collection.
 * Astro glue around the pure buildOutline(); pages call it at build time only.
 */
import { getCollection } from 'astro:content';
import curriculum from '../../content/curriculum.json';
import { buildOutline } from '../lib/curriculum/outline';
import { scopeCurriculum } from '../lib/site/course-config';
import { readCourseConfig } from './course-config-file';
import type { Curriculum, Outline } from '../lib/curriculum/types';

let cached: Promise<Outline> | undefined;

/** Lessons + quizzes as published, cached for the build. */
export function getOutline(): Promise<Outline> {
  cached ??= (async () => {
    const lessons = await getCollection('docs');
    const quizChapters = await getQuizChapters();
    return buildOutline(
      scopeCurriculum(curriculum as Curriculum, readCourseConfig()),
      lessons.map((entry) => ({
        number: (entry.data as { lesson: string }).lesson,
        folder: entry.id.split('/')[0] ?? '',
        slug: entry.id,
      })),
      quizChapters,
    );
  })();
  return cached;
}

async function getQuizChapters(): Promise<number[]> {
  // The chapter is the folder's number ("26-…/quiz"); the quiz's own `chapter` is checked against it.
  const quizzes = await getCollection('quizzes');
  return quizzes.map((quiz) => Number.parseInt(quiz.id.slice(0, 2), 10));
}
