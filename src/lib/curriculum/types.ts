/** A lesson as the curriculum lists it: its number ("26.4") and fixed title. */
export interface CurriculumLesson {
  number: string;
  title: string;
}

/** A chapter of the curriculum, numbered 1–33 across the whole course. */
export interface CurriculumChapter {
  number: number;
  title: string;
  lessons: CurriculumLesson[];
}

/** A part (I–VIII) groups chapters. */
export interface CurriculumPart {
  number: string;
  title: string;
  chapters: CurriculumChapter[];
}

/** The fixed course outline, as stored in content/curriculum.json. */
export interface Curriculum {
  title: string;
  parts: CurriculumPart[];
}

/** A lesson file that exists under content/: where it lives and which curriculum entry it claims. */
export interface WrittenLesson {
  /** Lesson number from the frontmatter, e.g. "26.4". */
  number: string;
  /** Chapter folder, e.g. "26-high-availability-disaster-recovery". */
  folder: string;
  /** Content-collection id and URL path without slashes, e.g. "26-high-…/4-aws-backup". */
  slug: string;
}

/** A lesson in the built outline: the curriculum entry plus where it is published, if written. */
export interface OutlineLesson extends CurriculumLesson {
  chapter: number;
  /** Site path without base, e.g. "/26-high-…/4-aws-backup/"; undefined while unwritten. */
  path?: string;
}

/** A chapter in the built outline. */
export interface OutlineChapter {
  number: number;
  title: string;
  part: string;
  /** Chapter folder under content/, known when at least one lesson is written. */
  folder?: string;
  /** Overview page path ("/26-…/") when the chapter has written lessons. */
  path?: string;
  lessons: OutlineLesson[];
  /** True when the chapter folder holds a quiz.yaml. */
  hasQuiz: boolean;
}

/** A part in the built outline. */
export interface OutlinePart {
  number: string;
  title: string;
  chapters: OutlineChapter[];
}

/** The course as published: the whole curriculum, with each written lesson's URL. */
export interface Outline {
  title: string;
  parts: OutlinePart[];
}
