/**
 * Loads and validates every chapter quiz at build time. A malformed quiz.yaml fails the build with
 * the quiz engine's message (file, question id, fix).
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { parseQuiz } from '../lib/quiz/load';
import type { Quiz } from '../lib/quiz/schema';
import { writtenLessons } from '../lib/curriculum/outline';
import { getOutline } from './outline';

/** A validated quiz and where it lives. */
export interface LoadedQuiz {
  quiz: Quiz;
  /** "content/26-…/quiz.yaml" */
  file: string;
  folder: string;
}

let cached: Promise<LoadedQuiz[]> | undefined;

/** All chapter quizzes, validated against the written lessons. */
export function getQuizzes(): Promise<LoadedQuiz[]> {
  cached ??= (async () => {
    const outline = await getOutline();
    const written = writtenLessons(outline).map((l) => l.number);
    const lessons = new Set(written);
    const entries = await getCollection('quizzes');
    return entries.map((entry) => {
      const file = entry.filePath ?? `content/${entry.id}.yaml`;
      const folder = file.split('/').at(-2) ?? '';
      const quiz = parseQuiz(readFileSync(file, 'utf8'), file, {
        lessons,
        chapterLessons: (chapter) => written.filter((n) => n.startsWith(`${chapter}.`)),
      });
      return { quiz, file, folder };
    });
  })();
  return cached;
}
