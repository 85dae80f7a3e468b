/**
 * Lesson numbers ("26.4") are the stable keys of the curriculum. They are strings, so "26.10" must
 * not sort before "26.2"; these helpers compare them as the pair of integers they are.
 */

const LESSON_NUMBER = /^(\d+)\.(\d+)$/;

/**
 * The chapter a lesson number belongs to ("26.4" → 26), or undefined when the string is not a lesson
 * number. Used to catch a question filed under another chapter's quiz.
 */
export function chapterOfLesson(lesson: string): number | undefined {
  const match = LESSON_NUMBER.exec(lesson);
  return match ? Number(match[1]) : undefined;
}

/**
 * Sort comparator putting lesson numbers in curriculum order (26.2 before 26.10). Curriculum order is
 * numeric order because curriculum.json numbers lessons consecutively. Anything that is not a lesson
 * number sorts after the lesson numbers, by plain string order, so a bad value cannot break a sort.
 */
export function compareLessonNumbers(a: string, b: string): number {
  const ma = LESSON_NUMBER.exec(a);
  const mb = LESSON_NUMBER.exec(b);
  if (ma && mb) {
    return Number(ma[1]) - Number(mb[1]) || Number(ma[2]) - Number(mb[2]);
  }
  if (ma) return -1;
  if (mb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
