import type { Curriculum, Outline, OutlineChapter, OutlineLesson, WrittenLesson } from './types';

/** Error raised when content/ and the curriculum disagree; the message says what to fix. */
export class OutlineError extends Error {
  constructor(public readonly problems: string[]) {
    super(`The course outline does not match content/curriculum.json:\n- ${problems.join('\n- ')}`);
    this.name = 'OutlineError';
  }
}

const chapterFolder = /^(\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const lessonFile = /^(\d{1,2})-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "26.4" → 26; the chapter a lesson number belongs to. */
export function chapterOfLesson(lessonNumber: string): number {
  return Number.parseInt(lessonNumber.split('.')[0] ?? '', 10);
}

/** Every curriculum lesson number, in course order. */
export function lessonNumbers(curriculum: Curriculum): string[] {
  return curriculum.parts.flatMap((p) => p.chapters.flatMap((c) => c.lessons.map((l) => l.number)));
}

/**
 * Checks the written lessons against the curriculum: every file claims an existing lesson, lives in
 * its chapter's folder under its own number, and no lesson is written twice. Returns the problems
 * (empty when all is well) so a test can show them all at once.
 */
export function checkWrittenLessons(curriculum: Curriculum, written: WrittenLesson[]): string[] {
  const problems: string[] = [];
  const known = new Map<string, { chapter: number; title: string }>();
  for (const part of curriculum.parts)
    for (const chapter of part.chapters)
      for (const lesson of chapter.lessons) known.set(lesson.number, { chapter: chapter.number, title: lesson.title });

  const seen = new Map<string, string>();
  const folderOfChapter = new Map<number, string>();
  for (const w of written) {
    const file = `content/${w.slug}.mdx`;
    const entry = known.get(w.number);
    if (w.number === '') {
      problems.push(`${file}: the frontmatter has no \`lesson\` number. Add \`lesson: "N.M"\` with the number from content/curriculum.json.`);
      continue;
    }
    if (!entry) {
      problems.push(`${file}: lesson "${w.number}" is not in the curriculum. Use one of the numbers in content/curriculum.json.`);
      continue;
    }
    const previous = seen.get(w.number);
    if (previous) problems.push(`${file}: lesson ${w.number} is already written in content/${previous}.mdx. Keep one file per lesson.`);
    seen.set(w.number, w.slug);

    const folderMatch = chapterFolder.exec(w.folder);
    if (!folderMatch || Number(folderMatch[1]) !== entry.chapter) {
      const nn = String(entry.chapter).padStart(2, '0');
      problems.push(`${file}: lesson ${w.number} belongs in a folder named "${nn}-<chapter-slug>", not "${w.folder}".`);
    } else {
      const other = folderOfChapter.get(entry.chapter);
      if (other && other !== w.folder)
        problems.push(`${file}: chapter ${entry.chapter} already has the folder "${other}". Put all its lessons in one folder.`);
      folderOfChapter.set(entry.chapter, w.folder);
    }

    const fileName = w.slug.slice(w.folder.length + 1);
    const minor = w.number.split('.')[1];
    const fileMatch = lessonFile.exec(fileName);
    if (!fileMatch || fileMatch[1] !== minor)
      problems.push(`${file}: lesson ${w.number}'s file name must start with "${minor}-" and be kebab-case, e.g. "${minor}-short-slug.mdx".`);
  }
  return problems;
}

/**
 * Builds the published outline: the whole curriculum in order, with the URL of each written lesson,
 * each chapter's folder and overview page, and whether it has a quiz. Throws OutlineError when the
 * written lessons do not fit the curriculum.
 */
export function buildOutline(curriculum: Curriculum, written: WrittenLesson[], quizChapters: Iterable<number> = []): Outline {
  const problems = checkWrittenLessons(curriculum, written);
  if (problems.length > 0) throw new OutlineError(problems);
  const byNumber = new Map(written.map((w) => [w.number, w]));
  const quizzes = new Set(quizChapters);
  return {
    title: curriculum.title,
    parts: curriculum.parts.map((part) => ({
      number: part.number,
      title: part.title,
      chapters: part.chapters.map((chapter): OutlineChapter => {
        const lessons = chapter.lessons.map((lesson): OutlineLesson => {
          const w = byNumber.get(lesson.number);
          return { ...lesson, chapter: chapter.number, ...(w ? { path: `/${w.slug}/` } : {}) };
        });
        const folder = chapter.lessons.map((l) => byNumber.get(l.number)?.folder).find(Boolean);
        return {
          number: chapter.number,
          title: chapter.title,
          part: part.number,
          lessons,
          hasQuiz: folder !== undefined && quizzes.has(chapter.number),
          ...(folder ? { folder, path: `/${folder}/` } : {}),
        };
      }),
    })),
  };
}

/** All chapters of the outline, in order. */
export function outlineChapters(outline: Outline): OutlineChapter[] {
  return outline.parts.flatMap((p) => p.chapters);
}

/** All lessons of the outline, in order. */
export function outlineLessons(outline: Outline): OutlineLesson[] {
  return outlineChapters(outline).flatMap((c) => c.lessons);
}

/** The published (written) lessons, in course order. */
export function writtenLessons(outline: Outline): Required<OutlineLesson>[] {
  return outlineLessons(outline).filter((l): l is Required<OutlineLesson> => l.path !== undefined);
}
