/** What the quiz page hands to the quiz island: plain data, rendered HTML for every Markdown field. */
import type { Quiz } from '../../lib/quiz/schema';

/** Markdown fields of a question, rendered to HTML at build time. */
export interface QuestionHtml {
  prompt: string;
  explanation: string;
  /** Option id → option text HTML. */
  options?: Record<string, string>;
  /** Option id → feedback HTML shown when that option was chosen. */
  feedback?: Record<string, string>;
}

/** A lesson a question tests: its title and link (base path included). */
export interface QuizLessonLink {
  title: string;
  href: string;
}

export interface QuizPlayerProps {
  /** The quiz for grading (Markdown text fields emptied: the HTML carries them). */
  quiz: Quiz;
  html: Record<string, QuestionHtml>;
  lessons: Record<string, QuizLessonLink>;
  chapterTitle: string;
}
