/**
 * `npm run export:quizzes -- --format gift|moodle-xml|qti|csv [--chapters 1-5] --out DIR`
 *
 * Writes the chapter quizzes as a question bank for a learning platform. This file does the I/O:
 * reads the options, content/course.yaml (or the file in COURSE_CONFIG, as the build does),
 * curriculum.json and the quiz.yaml files (validated by `parseQuiz`, exactly as the site build
 * validates them), and writes what src/lib/export produced. Exit status: 0 written, 1 invalid
 * content (every quiz problem is listed), 2 wrong options (with the usage text).
 *
 * Runs on plain Node 22.12+ (no tsx, no build step), as the npm script does:
 *   node --experimental-transform-types --disable-warning=ExperimentalWarning \
 *     --import ./src/cli/resolve-ts-imports.ts src/cli/export-quizzes.ts --format gift --out out
 * (transform rather than strip: src/lib/curriculum/outline.ts uses a constructor parameter property).
 * Tests call `runExportQuizzes` in-process.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readCurriculum, scanLessons, scanQuizChapters } from '../lib/curriculum/scan-content';
import {
  ChapterListError,
  EXPORT_FORMATS,
  exportQuestionBank,
  parseChapterList,
  type BankChapter,
  type ExportFormat,
} from '../lib/export/index';
import { parseQuiz, QuizError } from '../lib/quiz/load';
import { CourseConfigError, includedChapters, parseCourseConfig } from '../lib/site/course-config';

const DEFAULT_CONFIG = 'content/course.yaml';

/** Shown with every usage error and for `--help`. */
export const USAGE = `Usage: npm run export:quizzes -- --format <format> --out <dir> [--chapters <list>]

Writes the chapter quizzes (content/<chapter>/quiz.yaml) as a question bank.

  --format <format>   gift        Moodle GIFT, one <chapter>.gift.txt per chapter
                      moodle-xml  Moodle XML, one <chapter>.moodle.xml per chapter
                      qti         QTI 2.1 content package, question-bank.qti21.zip
                      csv         question-bank.csv, one row per question (UTF-8 with BOM)
  --out <dir>         folder to write into; created if missing, same-named files replaced
  --chapters <list>   chapter numbers and ranges, e.g. 1-5 or 3,7,9-12. Default: every chapter
                      with a quiz in the parts content/course.yaml includes
  -h, --help          show this help

Exit status: 0 done, 1 a quiz or the course config is invalid, 2 wrong options.`;

/** Where the CLI writes messages and which project it reads; tests pass their own. */
export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  /** Project root holding content/ (default: the current directory); `--out` is relative to it. */
  cwd?: string;
  /** Environment (default: process.env), read for COURSE_CONFIG. */
  env?: Readonly<Record<string, string | undefined>>;
}

interface Options {
  format: ExportFormat;
  out: string;
  chapters?: number[];
}

/** A problem with the command line: exit 2 with the usage text. */
class UsageError extends Error {}
/** A problem with the content or the file system: exit 1 with the message. */
class ContentError extends Error {}

/** Runs the CLI with `args` (without node and the script) and returns the exit status. */
export function runExportQuizzes(args: readonly string[], io: CliIo): number {
  try {
    const options = readOptions(args);
    if (options === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    return exportQuizzes(options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`export:quizzes: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ContentError || error instanceof QuizError || error instanceof CourseConfigError) {
      io.stderr(error.message);
      return 1;
    }
    throw error;
  }
}

function readOptions(args: readonly string[]): Options | 'help' {
  let values: { format?: string | undefined; out?: string | undefined; chapters?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        chapters: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    if (isParseArgsError(error)) throw new UsageError(error.message);
    throw error;
  }
  if (values.help === true) return 'help';
  const format = values.format;
  if (format === undefined) throw new UsageError(`--format is required: one of ${EXPORT_FORMATS.join(', ')}.`);
  if (!isExportFormat(format)) throw new UsageError(`unknown format "${format}"; use one of ${EXPORT_FORMATS.join(', ')}.`);
  if (values.out === undefined || values.out.trim() === '') throw new UsageError('--out <dir> is required: the folder to write the export into.');
  let chapters: number[] | undefined;
  if (values.chapters !== undefined) {
    try {
      chapters = parseChapterList(values.chapters);
    } catch (error) {
      if (error instanceof ChapterListError) throw new UsageError(error.message);
      throw error;
    }
  }
  return { format, out: values.out, ...(chapters === undefined ? {} : { chapters }) };
}

function exportQuizzes(options: Options, io: CliIo): number {
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? process.env;
  const contentDir = join(cwd, 'content');
  const configFile = env.COURSE_CONFIG || DEFAULT_CONFIG;

  if (!existsSync(join(contentDir, 'curriculum.json'))) {
    throw new ContentError(`${contentDir}: no curriculum.json here; run the export from the project root.`);
  }
  // Every key of course.yaml is optional, so a copy without the file gets the defaults; a file
  // named in COURSE_CONFIG must exist.
  const configPath = resolve(cwd, configFile);
  const configSource = configFile === DEFAULT_CONFIG && !existsSync(configPath) ? '' : readText(configPath, configFile);
  const config = parseCourseConfig(configSource, configFile);
  const curriculum = readCurriculum(contentDir);
  const withQuiz = new Set(scanQuizChapters(contentDir));

  let numbers: number[];
  if (options.chapters === undefined) {
    numbers = includedChapters(curriculum, config).filter((chapter) => withQuiz.has(chapter));
    if (numbers.length === 0) throw new ContentError(`${configFile}: none of the parts it includes has a chapter with a quiz.yaml; nothing to export.`);
  } else {
    numbers = options.chapters.filter((chapter) => withQuiz.has(chapter));
    const missing = options.chapters.filter((chapter) => !withQuiz.has(chapter));
    if (numbers.length === 0) throw new UsageError(`--chapters: none of the chapters ${missing.join(', ')} has a quiz.yaml.`);
    if (missing.length > 0) io.stderr(`warning: no quiz.yaml in chapter${missing.length === 1 ? '' : 's'} ${missing.join(', ')}; skipped.`);
  }

  const written = scanLessons(contentDir).map((lesson) => lesson.number);
  const known = {
    lessons: new Set(written),
    chapterLessons: (chapter: number) => written.filter((lesson) => lesson.startsWith(`${chapter}.`)),
  };
  const folders = readdirSync(contentDir);
  const titles = new Map(curriculum.parts.flatMap((part) => part.chapters.map((chapter) => [chapter.number, chapter.title] as const)));

  const chapters: BankChapter[] = [];
  const problems: string[] = [];
  for (const number of numbers) {
    const folder = folders.find((name) => name.startsWith(`${String(number).padStart(2, '0')}-`) && existsSync(join(contentDir, name, 'quiz.yaml')));
    if (folder === undefined) continue; // scanQuizChapters found it, so only a race could get here
    const file = `content/${folder}/quiz.yaml`;
    try {
      const quiz = parseQuiz(readText(join(contentDir, folder, 'quiz.yaml'), file), file, known);
      chapters.push({ number, folder, title: titles.get(number) ?? `Chapter ${number}`, quiz });
    } catch (error) {
      if (!(error instanceof QuizError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new ContentError(problems.join('\n'));

  const { files, warnings } = exportQuestionBank({ courseTitle: config.title, chapters }, options.format);
  for (const warning of warnings) io.stderr(`warning: ${warning}`);

  const outDir = resolve(cwd, options.out);
  try {
    for (const file of files) {
      const target = join(outDir, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.contents);
    }
  } catch (error) {
    throw new ContentError(`Could not write to ${outDir}: ${(error as Error).message}`);
  }
  const questions = chapters.reduce((sum, chapter) => sum + chapter.quiz.questions.length, 0);
  io.stdout(`Exported ${questions} questions from ${chapters.length} ${chapters.length === 1 ? 'chapter' : 'chapters'} (${chapters.map((chapter) => chapter.number).join(', ')}) as ${options.format}:`);
  for (const file of files) io.stdout(`  ${join(outDir, file.path)}`);
  return 0;
}

function readText(path: string, shownAs: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new ContentError(`${shownAs}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
}

function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

function isParseArgsError(error: unknown): error is Error {
  const code: unknown = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/** Whether Node was started on this file (symlinks resolved), rather than a test importing it. */
function isMainModule(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMainModule()) {
  process.exitCode = runExportQuizzes(process.argv.slice(2), {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
  });
}
