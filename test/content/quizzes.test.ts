import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuiz, validateQuizCoverage } from '../../src/lib/quiz/load';
import { contentDir, scanLessons } from './content-files';

const written = scanLessons(contentDir).map((l) => l.number);
const folders = [...new Set(scanLessons(contentDir).map((l) => l.folder))].filter((f) => existsSync(join(contentDir, f, 'quiz.yaml')));
const known = { lessons: new Set(written), chapterLessons: (chapter: number) => written.filter((n) => n.startsWith(`${chapter}.`)) };

describe.each(folders)('content/%s/quiz.yaml', (folder) => {
  const file = `content/${folder}/quiz.yaml`;
  const source = readFileSync(join(contentDir, folder, 'quiz.yaml'), 'utf8');

  it('is a valid quiz whose questions test written lessons of this chapter', () => {
    const quiz = parseQuiz(source, file, known);
    expect(quiz.chapter).toBe(Number.parseInt(folder.slice(0, 2), 10));
  });

  it('has 10–15 questions and tests every lesson of the chapter', () => {
    const quiz = parseQuiz(source, file, known);
    expect(validateQuizCoverage(quiz, known.chapterLessons(quiz.chapter), file).map((p) => p.message)).toEqual([]);
  });

  it('has an explanation for every question that says more than the answer', () => {
    const quiz = parseQuiz(source, file, known);
    const thin = quiz.questions.filter((q) => q.explanation.trim().split(/\s+/).length < 15).map((q) => q.id);
    expect(thin).toEqual([]);
  });
});

it('finds chapter quizzes to check', () => {
  expect(folders.length).toBeGreaterThan(0);
});
