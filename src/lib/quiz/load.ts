/**
 * Turns the text of a `quiz.yaml` into a typed `Quiz`, or fails with every problem an author has to
 * fix, each naming the file, the question and the fix (content/AUTHORING.md § Quiz is the contract).
 *
 * Two passes, both always run so one build shows all problems at once:
 * 1. structure: the Zod schemas in `schema.ts`; their issues are rewritten into author language here;
 * 2. rules that need the whole question or file (one correct option in a `single`, unique ids,
 *    lessons that exist and belong to the chapter). These read the raw YAML defensively, so they
 *    still report on a question that also has a structural problem.
 * Where one mistake would be reported twice (a misspelt `explaination` is also a missing
 * `explanation`), only the message that points at the cause is kept.
 */
import { parseDocument } from 'yaml';
import type * as z from 'zod';
import { chapterOfLesson } from './lesson-number';
import {
  LAST_CHAPTER,
  MultipleQuestionSchema,
  NumericQuestionSchema,
  OptionSchema,
  QUESTION_TYPES,
  QuizSchema,
  SingleQuestionSchema,
  TrueFalseQuestionSchema,
  type Quiz,
  type QuestionType,
} from './schema';

/** One thing wrong in a quiz file, located as precisely as the problem allows. */
export interface QuizProblem {
  /** The file as passed to `parseQuiz`, e.g. "content/26-…/quiz.yaml". */
  file: string;
  /** The question's `id`, when the problem concerns a question that has a usable id. */
  questionId?: string;
  /** 1-based position of the question in the file, when the problem concerns a question. */
  position?: number;
  /** The full line shown to the author: location, what is wrong, and how to fix it. */
  message: string;
}

/**
 * Thrown by `parseQuiz`. The message holds one line per problem so a failing build or content test
 * shows everything to fix at once; `problems` keeps them apart for tools and tests.
 */
export class QuizError extends Error {
  override readonly name = 'QuizError';
  /** The file the problems are in. */
  readonly file: string;
  /** Set when every problem concerns the same question (the common single-mistake case). */
  readonly questionId?: string;
  /** Every problem found, in file order. */
  readonly problems: readonly QuizProblem[];

  constructor(file: string, problems: readonly QuizProblem[]) {
    super(problems.map((problem) => problem.message).join('\n'));
    this.file = file;
    this.problems = problems;
    const ids = new Set(problems.map((problem) => problem.questionId));
    const [only] = ids;
    if (ids.size === 1 && only !== undefined) this.questionId = only;
  }
}

/** What `parseQuiz` checks lesson numbers against. */
export interface KnownLessons {
  /** Every lesson number a question may test (from curriculum.json). */
  lessons: ReadonlySet<string>;
  /** The lessons of a chapter, in order; only used to suggest valid numbers in messages. */
  chapterLessons?: (chapter: number) => readonly string[];
}

/**
 * Parses and validates one quiz file. Throws a `QuizError` listing every problem (YAML syntax,
 * structure, and the authoring rules); returns the quiz with defaults applied when there is none.
 * `file` is only used in messages, so pass the path the author will recognise.
 */
export function parseQuiz(source: string, file: string, known: KnownLessons): Quiz {
  const data = parseYaml(source, file);
  const problems = new ProblemList(file, data);
  if (!isRecord(data)) {
    problems.fileLevel(
      0,
      data === null || data === undefined
        ? 'the file is empty. A quiz needs "chapter" and "questions" (see content/AUTHORING.md, "Quiz").'
        : `the file holds ${describe(data)}, but a quiz is a mapping with "chapter" and "questions" at the top level (see content/AUTHORING.md, "Quiz").`,
    );
    throw problems.toError();
  }

  const result = QuizSchema.safeParse(data);
  const issues = result.success ? [] : result.error.issues;
  const context = new QuizContext(data, known);

  // Unknown keys first: a likely typo of a missing field replaces the "missing field" message.
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') reportUnknownKeys(issue.path, issue.keys, context, problems);
  }
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') reportIssue(issue, context, problems);
  }
  checkQuestionRules(context, problems);

  if (problems.size > 0) throw problems.toError();
  if (!result.success) {
    // Every issue maps to a message above; this guards against a schema change outpacing the mapping.
    problems.fileLevel(0, result.error.message);
    throw problems.toError();
  }
  return result.data;
}

/** Counts that the authoring guide asks of a chapter quiz. */
export const QUESTIONS_PER_QUIZ = { min: 10, max: 15 } as const;

/**
 * Checks what makes a quiz complete for its chapter rather than well-formed: 10–15 questions, and
 * every lesson of the chapter tested by at least one question. Separate from `parseQuiz` because a
 * quiz being written is valid before it is complete; the content tests require both.
 * `chapterLessons` are the lessons of `quiz.chapter` that must be covered (pass the written ones if
 * unwritten lessons should not count). Returns no problems when the quiz is complete.
 */
export function validateQuizCoverage(
  quiz: Quiz,
  chapterLessons: readonly string[],
  file = `the chapter ${quiz.chapter} quiz`,
): QuizProblem[] {
  const problems: QuizProblem[] = [];
  const count = quiz.questions.length;
  const { min, max } = QUESTIONS_PER_QUIZ;
  if (count < min) {
    problems.push({
      file,
      message: `${file}: has ${count} ${plural(count, 'question')}, but a chapter quiz has ${min}–${max}. Add at least ${min - count} more.`,
    });
  } else if (count > max) {
    problems.push({
      file,
      message: `${file}: has ${count} questions, but a chapter quiz has ${min}–${max}. Remove ${count - max} (keep the ones that test understanding rather than recall).`,
    });
  }
  const tested = new Set(quiz.questions.map((question) => question.lesson));
  for (const lesson of chapterLessons) {
    if (!tested.has(lesson)) {
      problems.push({
        file,
        message: `${file}: lesson ${lesson} is not tested by any question. Add at least one question with lesson: "${lesson}".`,
      });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// YAML

function parseYaml(source: string, file: string): unknown {
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length === 0) return doc.toJS();
  const problems = doc.errors.map((error): QuizProblem => {
    const reason = error.message.split(/ at line \d+, column \d+:?/)[0] ?? error.message;
    const position = error.linePos?.[0];
    const where = position ? ` at line ${position.line}, column ${position.col}` : '';
    const hint =
      error.code === 'DUPLICATE_KEY'
        ? 'A key may appear only once in the same mapping; remove or rename the repeated one.'
        : error.code === 'TAB_AS_INDENT'
          ? 'Indent with spaces, not tabs.'
          : error.code === 'BLOCK_AS_IMPLICIT_KEY'
            ? 'Text containing ": " must be quoted or written as a "|" block.'
            : 'Check the indentation, and quote text that contains ": " or " #" or starts with a symbol such as *, &, !, [, { or @.';
    return { file, message: `${file}: YAML syntax error${where}: ${reason}. ${hint}` };
  });
  throw new QuizError(file, problems);
}

// ---------------------------------------------------------------------------------------------
// Problem collection

/** Collects problems with a sort key, so they come out in file order whatever pass found them. */
class ProblemList {
  private readonly drafts: { question: number; rank: number; seq: number; problem: QuizProblem }[] = [];
  private readonly file: string;
  private readonly questions: unknown[];

  private readonly idCounts = new Map<string, number>();

  constructor(file: string, data: unknown) {
    this.file = file;
    this.questions = isRecord(data) && Array.isArray(data.questions) ? data.questions : [];
    for (const question of this.questions) {
      if (isRecord(question) && typeof question.id === 'string') {
        this.idCounts.set(question.id, (this.idCounts.get(question.id) ?? 0) + 1);
      }
    }
  }

  get size(): number {
    return this.drafts.length;
  }

  /** A problem with the file as a whole; `rank` orders these among themselves. */
  fileLevel(rank: number, text: string): void {
    const problem = { file: this.file, message: `${this.file}: ${text}` };
    this.drafts.push({ question: -1, rank, seq: this.drafts.length, problem });
  }

  /** A problem with question `index` (0-based); `rank` orders problems within a question. */
  question(index: number, rank: number, text: string): void {
    const raw = this.questions[index];
    const id = isRecord(raw) && typeof raw.id === 'string' && raw.id.trim() !== '' ? raw.id : undefined;
    const label =
      id === undefined
        ? `question ${index + 1}`
        : (this.idCounts.get(id) ?? 0) > 1
          ? `question "${id}" (#${index + 1})` // the id alone would not say which one
          : `question "${id}"`;
    const problem: QuizProblem = {
      file: this.file,
      ...(id === undefined ? {} : { questionId: id }),
      position: index + 1,
      message: `${this.file}: ${label}: ${text}`,
    };
    this.drafts.push({ question: index, rank, seq: this.drafts.length, problem });
  }

  toError(): QuizError {
    const sorted = [...this.drafts].sort(
      (a, b) => a.question - b.question || a.rank - b.rank || a.seq - b.seq,
    );
    return new QuizError(
      this.file,
      sorted.map((draft) => draft.problem),
    );
  }
}

/** Order of problems within a question: the order fields are usually written in. */
const FIELD_RANK = {
  id: 0,
  lesson: 1,
  type: 2,
  prompt: 3,
  options: 4,
  answer: 5,
  tolerance: 6,
  unit: 7,
  explanation: 8,
} as const;
const UNKNOWN_KEY_RANK = 9;
const FILE_FIELD_RANK = { chapter: 0, passMark: 1, questions: 2, unknownKey: 3 } as const;

function fieldRank(field: PropertyKey | undefined): number {
  return typeof field === 'string' && Object.hasOwn(FIELD_RANK, field)
    ? FIELD_RANK[field as keyof typeof FIELD_RANK]
    : UNKNOWN_KEY_RANK;
}

// ---------------------------------------------------------------------------------------------
// What the messages need to know about the file

type Path = readonly PropertyKey[];

const QUESTION_SCHEMAS = {
  single: SingleQuestionSchema,
  multiple: MultipleQuestionSchema,
  'true-false': TrueFalseQuestionSchema,
  numeric: NumericQuestionSchema,
} as const satisfies Record<QuestionType, z.ZodObject>;

const KEYS_BY_TYPE = Object.fromEntries(
  QUESTION_TYPES.map((type) => [type, Object.keys(QUESTION_SCHEMAS[type].shape)]),
) as Record<QuestionType, string[]>;
const OPTION_KEYS = Object.keys(OptionSchema.shape);
const FILE_KEYS = Object.keys(QuizSchema.shape);

const TYPE_NAME: Record<QuestionType, string> = {
  single: 'single-choice',
  multiple: 'multiple-choice',
  'true-false': 'true-false',
  numeric: 'numeric',
};

class QuizContext {
  readonly questions: unknown[];
  /** The quiz's chapter when it is valid, for lesson checks and examples. */
  readonly chapter: number | undefined;
  readonly data: Record<string, unknown>;
  readonly known: KnownLessons;
  /** Per question: fields whose "missing"/"invalid" message is replaced by a better one. */
  private readonly suppressed = new Set<string>();

  constructor(data: Record<string, unknown>, known: KnownLessons) {
    this.data = data;
    this.known = known;
    this.questions = Array.isArray(data.questions) ? data.questions : [];
    const { chapter } = data;
    this.chapter =
      typeof chapter === 'number' && Number.isInteger(chapter) && chapter >= 1 && chapter <= LAST_CHAPTER
        ? chapter
        : undefined;
  }

  question(index: number): Record<string, unknown> | undefined {
    const raw = this.questions[index];
    return isRecord(raw) ? raw : undefined;
  }

  /** The question's type, when it is one of the known types. */
  typeOf(index: number): QuestionType | undefined {
    const type = this.question(index)?.type;
    return QUESTION_TYPES.find((known) => known === type);
  }

  /** "a single-choice question", or "a question" when the type is unknown. */
  kindOf(index: number): string {
    const type = this.typeOf(index);
    return type ? `a ${TYPE_NAME[type]} question` : 'a question';
  }

  suppress(index: number, key: string): void {
    this.suppressed.add(`${index}:${key}`);
  }

  isSuppressed(index: number, key: string): boolean {
    return this.suppressed.has(`${index}:${key}`);
  }

  /** Lessons of the quiz's chapter, for "use one of …" hints; empty when not known. */
  chapterLessons(): readonly string[] {
    return this.chapter !== undefined && this.known.chapterLessons ? this.known.chapterLessons(this.chapter) : [];
  }

  exampleLesson(): string {
    return this.chapterLessons()[0] ?? (this.chapter === undefined ? '26.1' : `${this.chapter}.1`);
  }
}

// ---------------------------------------------------------------------------------------------
// Structural issues (from Zod) → messages

function reportUnknownKeys(path: Path, keys: readonly string[], context: QuizContext, problems: ProblemList): void {
  if (path.length === 0) {
    for (const key of keys) {
      const suggestion = closest(key, FILE_KEYS);
      problems.fileLevel(
        FILE_FIELD_RANK.unknownKey,
        suggestion
          ? `unknown key "${key}"; did you mean "${suggestion}"? Fix the spelling.`
          : `unknown key "${key}". Remove it; a quiz file has only: ${FILE_KEYS.join(', ')}.`,
      );
      if (suggestion && !(suggestion in context.data)) context.suppress(-1, suggestion);
    }
    return;
  }
  const index = questionIndex(path);
  if (index === undefined) return;
  const rest = path.slice(2);
  const type = context.typeOf(index);
  const question = context.question(index);
  if (!type || !question) return;

  if (rest.length === 0) {
    const allowed = KEYS_BY_TYPE[type];
    for (const key of keys) {
      if (key === 'options') {
        problems.question(
          index,
          FIELD_RANK.options,
          type === 'true-false'
            ? 'a true-false question has no "options". Remove them and set "answer: true" or "answer: false".'
            : 'a numeric question has no "options". Remove them and set "answer" to the right number (and "tolerance" if close answers count).',
        );
        // Its fix already says to set "answer"; do not also report it as missing.
        if (!('answer' in question)) context.suppress(index, 'answer');
        continue;
      }
      const owners = QUESTION_TYPES.filter((other) => KEYS_BY_TYPE[other].includes(key));
      if (owners.length > 0) {
        problems.question(
          index,
          fieldRank(key),
          key === 'answer'
            ? `${context.kindOf(index)} has no "answer". Remove it and mark the right option with "correct: true".`
            : `"${key}" only applies to ${owners.map((owner) => TYPE_NAME[owner]).join(' and ')} questions, but this is ${context.kindOf(index)}. Remove it.`,
        );
        continue;
      }
      const suggestion = closest(key, allowed);
      if (suggestion && !(suggestion in question)) {
        problems.question(index, fieldRank(suggestion), `unknown key "${key}"; did you mean "${suggestion}"? Fix the spelling.`);
        context.suppress(index, suggestion);
      } else {
        problems.question(
          index,
          UNKNOWN_KEY_RANK,
          `unknown key "${key}". Remove it; ${context.kindOf(index)} has only: ${allowed.join(', ')}.`,
        );
      }
    }
    return;
  }

  if (rest[0] === 'options' && typeof rest[1] === 'number' && rest.length === 2) {
    const optionIndex = rest[1];
    const option = Array.isArray(question.options) ? question.options[optionIndex] : undefined;
    const label = optionLabel(option, optionIndex);
    for (const key of keys) {
      const suggestion = closest(key, OPTION_KEYS);
      if (suggestion && isRecord(option) && !(suggestion in option)) {
        problems.question(index, FIELD_RANK.options, `${label}: unknown key "${key}"; did you mean "${suggestion}"? Fix the spelling.`);
        context.suppress(index, `options.${optionIndex}.${suggestion}`);
        // The correct-option count would blame the typo's consequence, not its cause.
        if (suggestion === 'correct') context.suppress(index, 'correct-count');
      } else {
        problems.question(
          index,
          FIELD_RANK.options,
          `${label}: unknown key "${key}". Remove it; an option has only: ${OPTION_KEYS.join(', ')}.`,
        );
      }
    }
  }
}

function reportIssue(issue: z.core.$ZodIssue, context: QuizContext, problems: ProblemList): void {
  const { path } = issue;
  const index = questionIndex(path);
  if (index === undefined) {
    reportFileIssue(issue, context, problems);
    return;
  }
  const rest = path.slice(2);
  const question = context.question(index);
  if (!question) {
    problems.question(
      index,
      0,
      `expected a mapping of fields (id, lesson, type, prompt, …) but found ${describe(context.questions[index])}. Put each field on its own line under the "- ".`,
    );
    return;
  }
  const field = rest[0];
  if (typeof field !== 'string') {
    problems.question(index, UNKNOWN_KEY_RANK, issue.message);
    return;
  }
  if (context.isSuppressed(index, field) && rest.length === 1) return;
  const value = question[field];
  const kind = context.kindOf(index);
  const type = context.typeOf(index);
  const rank = fieldRank(field);
  const report = (text: string): void => problems.question(index, rank, text);

  switch (field) {
    case 'type':
      report(
        value === undefined || value === null
          ? `"type" is missing. Add one of: ${QUESTION_TYPES.join(', ')}.`
          : `"type" is ${describe(value)}, which is not a question type. Use one of: ${QUESTION_TYPES.join(', ')}.`,
      );
      return;
    case 'id':
      if (value === undefined) report('"id" is missing. Add a stable kebab-case id, e.g. "id: pilot-light-rto".');
      else if (typeof value === 'string' && value.trim() !== '')
        report(`the id "${value}" is not kebab-case. Use lowercase letters, digits and single dashes: "${toKebabCase(value)}".`);
      else report(`"id" is ${describe(value)}, but it must be a kebab-case name, e.g. "id: pilot-light-rto".`);
      return;
    case 'lesson':
      if (value === undefined) report(`"lesson" is missing. Add the number of the lesson this question tests, quoted: lesson: "${context.exampleLesson()}".`);
      else if (typeof value === 'number')
        report(`"lesson" is the number ${value}, but it must be a quoted string: lesson: "${value}". Without quotes 26.10 would be read as 26.1.`);
      else report(`"lesson" is ${describe(value)}, but it must be a lesson number such as "${context.exampleLesson()}".`);
      return;
    case 'prompt':
    case 'explanation': {
      const what =
        field === 'prompt'
          ? 'Write the question (Markdown).'
          : 'Write why the right answer is right and why the tempting wrong answers are wrong.';
      if (value === undefined) report(`"${field}" is missing. ${what}`);
      else if (value === null || (typeof value === 'string' && value.trim() === '')) report(`"${field}" is empty. ${what}`);
      else report(`"${field}" is ${describe(value)}, but it must be text. Use a "|" block for several lines.`);
      return;
    }
    case 'options':
      if (rest.length === 1) reportOptionsIssue(index, value, kind, type, report);
      else reportOptionIssue(index, rest, value, context, report);
      return;
    case 'answer':
      if (type === 'true-false') {
        report(
          value === undefined
            ? 'a true-false question needs "answer: true" or "answer: false".'
            : `"answer" is ${describe(value)}, but it must be true or false, without quotes.`,
        );
      } else {
        report(
          value === undefined
            ? 'a numeric question needs "answer" with the right number.'
            : `"answer" is ${describe(value)}, but it must be a finite number, e.g. "answer: 4". Put any unit in "unit".`,
        );
      }
      return;
    case 'tolerance':
      report(
        typeof value === 'number' && value < 0
          ? `"tolerance" is ${value}, but it cannot be negative. Write how far from the answer still counts as right (${-value} accepts answer ± ${-value}), or 0 for an exact answer.`
          : `"tolerance" is ${describe(value)}, but it must be a number ≥ 0 in the unit of the answer (0 for an exact answer).`,
      );
      return;
    case 'unit':
      report(
        value === null || (typeof value === 'string' && value.trim() === '')
          ? '"unit" is empty. Write the unit (e.g. "unit: hours") or remove the key.'
          : `"unit" is ${describe(value)}, but it must be text such as "hours".`,
      );
      return;
    default:
      report(`"${field}": ${issue.message}.`);
  }
}

function reportOptionsIssue(
  index: number,
  value: unknown,
  kind: string,
  type: QuestionType | undefined,
  report: (text: string) => void,
): void {
  const marking =
    type === 'multiple' ? 'mark every right one with "correct: true"' : 'mark the right one with "correct: true"';
  if (value === undefined) report(`${kind} needs "options": list at least two and ${marking}.`);
  else if (value === null || (Array.isArray(value) && value.length === 0))
    report(`"options" is empty. List at least two options and ${marking}.`);
  else if (Array.isArray(value))
    report(`"options" lists only ${value.length} option. Add at least one more: a choice question needs something to choose between.`);
  else report(`"options" is ${describe(value)}, but it must be a list of options ("- id: a").`);
}

function reportOptionIssue(
  index: number,
  rest: Path,
  options: unknown,
  context: QuizContext,
  report: (text: string) => void,
): void {
  const optionIndex = rest[1];
  if (typeof optionIndex !== 'number' || !Array.isArray(options)) return;
  const option: unknown = options[optionIndex];
  const label = optionLabel(option, optionIndex);
  if (!isRecord(option)) {
    report(`${label}: expected a mapping such as "- { id: a, text: … }" but found ${describe(option)}.`);
    return;
  }
  const key = rest[2];
  if (typeof key !== 'string' || context.isSuppressed(index, `options.${optionIndex}.${key}`)) return;
  const value = option[key];
  switch (key) {
    case 'id':
      report(
        value === undefined
          ? `${label} has no "id". Give it a short id such as "${String.fromCharCode(97 + (optionIndex % 26))}".`
          : `${label}: "id" is ${describe(value)}, but it must be a short lowercase id such as "a" (quote digits: "1").`,
      );
      return;
    case 'text':
      report(
        value === undefined
          ? `${label} has no "text". Write what the learner reads.`
          : value === null || (typeof value === 'string' && value.trim() === '')
            ? `${label}: "text" is empty. Write what the learner reads.`
            : `${label}: "text" is ${describe(value)}, but it must be text.`,
      );
      return;
    case 'correct':
      report(`${label}: "correct" is ${describe(value)}, but it must be true (without quotes), or left out on a wrong option.`);
      return;
    case 'feedback':
      report(
        value === null || (typeof value === 'string' && value.trim() === '')
          ? `${label}: "feedback" is empty. Write it or remove the key.`
          : `${label}: "feedback" is ${describe(value)}, but it must be text.`,
      );
      return;
    default:
      report(`${label}: "${key}" is not valid.`);
  }
}

function reportFileIssue(issue: z.core.$ZodIssue, context: QuizContext, problems: ProblemList): void {
  const field = issue.path[0];
  if (typeof field !== 'string') {
    problems.fileLevel(0, issue.message);
    return;
  }
  if (context.isSuppressed(-1, field)) return;
  const value = context.data[field];
  const rank = Object.hasOwn(FILE_FIELD_RANK, field) ? FILE_FIELD_RANK[field as keyof typeof FILE_FIELD_RANK] : 0;
  switch (field) {
    case 'chapter':
      problems.fileLevel(
        rank,
        value === undefined
          ? '"chapter" is missing. Add the chapter number, e.g. "chapter: 26".'
          : `"chapter" is ${describe(value)}, but it must be a whole number from 1 to ${LAST_CHAPTER}.`,
      );
      return;
    case 'passMark':
      problems.fileLevel(
        rank,
        `"passMark" is ${describe(value)}, but it must be a whole percent from 1 to 100 (70 means 70%), or left out for the default 70.`,
      );
      return;
    case 'questions':
      problems.fileLevel(
        rank,
        value === undefined
          ? '"questions" is missing. Add the list of questions (see content/AUTHORING.md, "Quiz").'
          : `"questions" is ${describe(value)}, but it must be a list of questions, each starting with "- id:".`,
      );
      return;
    default:
      problems.fileLevel(rank, `"${field}": ${issue.message}.`);
  }
}

// ---------------------------------------------------------------------------------------------
// Rules that need the whole question or file

function checkQuestionRules(context: QuizContext, problems: ProblemList): void {
  const firstIndexOfId = new Map<string, number>();
  context.questions.forEach((_, index) => {
    const question = context.question(index);
    if (!question) return;

    const { id } = question;
    if (typeof id === 'string' && id.trim() !== '') {
      const first = firstIndexOfId.get(id);
      if (first === undefined) firstIndexOfId.set(id, index);
      else
        problems.question(
          index,
          FIELD_RANK.id,
          `the id "${id}" is already used by question ${first + 1}. Give this question its own id (never reuse a removed one: saved progress is keyed by it).`,
        );
    }

    checkLesson(index, question.lesson, context, problems);

    const type = context.typeOf(index);
    if ((type === 'single' || type === 'multiple') && Array.isArray(question.options)) {
      checkOptions(index, type, question.options, context, problems);
    }
  });
}

function checkLesson(index: number, lesson: unknown, context: QuizContext, problems: ProblemList): void {
  if (typeof lesson !== 'string' || !/^[1-9]\d*\.[1-9]\d*$/.test(lesson)) return; // structural message already given
  const lessonsOfChapter = context.chapterLessons();
  const choices = lessonsOfChapter.length > 0 ? ` (${lessonsOfChapter.join(', ')})` : '';
  if (!context.known.lessons.has(lesson)) {
    problems.question(
      index,
      FIELD_RANK.lesson,
      context.chapter === undefined
        ? `lesson "${lesson}" is not a lesson of the course. Use the number of the lesson this question tests, as in content/curriculum.json.`
        : `lesson "${lesson}" is not a lesson of the course. Use the number of the chapter ${context.chapter} lesson this question tests${choices}.`,
    );
    return;
  }
  const lessonChapter = chapterOfLesson(lesson);
  if (context.chapter !== undefined && lessonChapter !== context.chapter) {
    problems.question(
      index,
      FIELD_RANK.lesson,
      `lesson "${lesson}" is in chapter ${lessonChapter}, but this quiz is for chapter ${context.chapter}. Test a lesson of chapter ${context.chapter}${choices}, or move the question to chapter ${lessonChapter}'s quiz.`,
    );
  }
}

function checkOptions(
  index: number,
  type: 'single' | 'multiple',
  options: unknown[],
  context: QuizContext,
  problems: ProblemList,
): void {
  const report = (text: string): void => problems.question(index, FIELD_RANK.options, text);

  const positionsById = new Map<string, number[]>();
  options.forEach((option, optionIndex) => {
    if (isRecord(option) && typeof option.id === 'string') {
      positionsById.set(option.id, [...(positionsById.get(option.id) ?? []), optionIndex + 1]);
    }
  });
  for (const [id, positions] of positionsById) {
    if (positions.length > 1) {
      report(
        `${positions.length === 2 ? 'two' : positions.length} options have the id "${id}" (options ${joinList(positions.map(String))}). Give each option its own id.`,
      );
    }
  }

  if (options.length === 0 || context.isSuppressed(index, 'correct-count')) return;
  const correct = options
    .map((option, optionIndex) => ({ option, optionIndex }))
    .filter(({ option }) => isRecord(option) && option.correct === true)
    .map(({ option, optionIndex }) => {
      const id = isRecord(option) ? option.id : undefined;
      return typeof id === 'string' ? id : `option ${optionIndex + 1}`;
    });
  const marked = correct.length === 0 ? 'none is marked' : `${correct.length} ${correct.length === 1 ? 'is' : 'are'} marked (${correct.join(', ')})`;

  if (type === 'single' && correct.length !== 1) {
    report(
      `a single-choice question needs exactly one option with "correct: true", but ${marked}. ${correct.length === 0 ? 'Mark the right answer.' : 'Mark only the right answer.'}`,
    );
  } else if (type === 'multiple' && correct.length < 2) {
    report(
      `a multiple-choice question needs at least two options with "correct: true", but ${correct.length === 0 ? marked : `only ${marked}`}. ${correct.length === 0 ? 'Mark every right answer.' : 'Mark every right answer, or use "type: single" if only one is right.'}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The question index of a path under `questions`, or undefined for file-level paths. */
function questionIndex(path: Path): number | undefined {
  return path[0] === 'questions' && typeof path[1] === 'number' ? path[1] : undefined;
}

function optionLabel(option: unknown, optionIndex: number): string {
  return isRecord(option) && typeof option.id === 'string' && option.id.trim() !== ''
    ? `option "${option.id}"`
    : `option ${optionIndex + 1}`;
}

/** A YAML value as an author would recognise it in a message. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

function joinList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function toKebabCase(value: string): string {
  return value
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The candidate a misspelt key most likely meant, if it is close enough to be a typo. */
function closest(key: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    const allowed = Math.min(2, Math.max(1, Math.floor(candidate.length / 3)));
    if (distance <= allowed && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and swaps cost 1. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}
