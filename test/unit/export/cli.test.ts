import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, test } from 'vitest';
import { runExportQuizzes, USAGE } from '~/cli/export-quizzes';
import { readCurriculum, scanQuizChapters } from '~/lib/curriculum/scan-content';
import { includedChapters, parseCourseConfig } from '~/lib/site/course-config';
import { parseQuiz, QuizError } from '~/lib/quiz/load';
import { elements, only, parseCsv, parseXml, readGift, readMoodleXml } from './read-back';

const temp = mkdtempSync(join(tmpdir(), 'export-quizzes-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let runs = 0;

/** Runs the CLI in-process against this repository's content/ (or `cwd`), into a fresh folder. */
function run(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const out = join(temp, `out-${++runs}`);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = runExportQuizzes(
    args.map((arg) => arg.replace('$OUT', out)),
    { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line), cwd: options.cwd ?? process.cwd(), env: options.env ?? {} },
  );
  const files = existsSync(out) ? readdirSync(out).sort() : [];
  return { status, stdout: stdout.join('\n'), stderr: stderr.join('\n'), out, files, read: (name: string) => readFileSync(join(out, name)) };
}

function configFile(yaml: string): string {
  const file = join(temp, `course-${++runs}.yaml`);
  writeFileSync(file, yaml);
  return file;
}

const quizChapters = scanQuizChapters('content').sort((a, b) => a - b);
const folderOf = (chapter: number) => readdirSync('content').find((name) => name.startsWith(`${String(chapter).padStart(2, '0')}-`))!;
const ALL = { COURSE_CONFIG: configFile('parts: all\n') };

describe('export:quizzes writes every format from content/', () => {
  test('gift: one file per chapter with a quiz, each parsing with gift-pegjs', () => {
    const result = run(['--format', 'gift', '--out', '$OUT'], { env: ALL });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.files).toEqual(quizChapters.map((chapter) => `${folderOf(chapter)}.gift.txt`).sort());
    for (const file of result.files) {
      const quiz = readFileSync(join('content', file.replace('.gift.txt', ''), 'quiz.yaml'), 'utf8');
      expect(readGift(result.read(file).toString('utf8')).questions).toHaveLength(quiz.match(/^ {2}- id:/gm)?.length ?? -1);
    }
    expect(result.stdout.split('\n')[0]).toMatch(new RegExp(`^Exported \\d+ questions from ${quizChapters.length} chapters \\(${quizChapters.join(', ')}\\) as gift:$`));
  });

  test('moodle-xml: one well-formed file per chapter', () => {
    const result = run(['--format=moodle-xml', '--out=$OUT'], { env: ALL });
    expect(result.status).toBe(0);
    expect(result.files).toHaveLength(quizChapters.length);
    for (const file of result.files) expect(readMoodleXml(result.read(file).toString('utf8')).questions.length).toBeGreaterThanOrEqual(10);
  });

  test('qti: one zip whose manifest lists every item, each file present and well-formed', () => {
    const result = run(['--format', 'qti', '--out', '$OUT'], { env: ALL });
    expect(result.status).toBe(0);
    expect(result.files).toEqual(['question-bank.qti21.zip']);
    const entries = unzipSync(new Uint8Array(result.read('question-bank.qti21.zip')));
    const manifest = parseXml(strFromU8(entries['imsmanifest.xml']!));
    const items = elements(only(manifest, 'resources'), 'resource').filter((resource) => resource.attributes.type === 'imsqti_item_xmlv2p1');
    const total = Number(/Exported (\d+) questions/.exec(result.stdout)?.[1]);
    expect(items).toHaveLength(total);
    for (const item of items) expect(parseXml(strFromU8(entries[item.attributes.href ?? '']!)).name).toBe('assessmentItem');
  });

  test('csv: one file, a header and a row per question', () => {
    const result = run(['--format', 'csv', '--out', '$OUT'], { env: ALL });
    expect(result.status).toBe(0);
    const rows = parseCsv(result.read('question-bank.csv').toString('utf8').replace(/^\uFEFF/, ''));
    expect(rows.length - 1).toBe(Number(/Exported (\d+) questions/.exec(result.stdout)?.[1]));
  });

  test('the out folder is created, nested, and existing files are replaced', () => {
    const first = run(['--format', 'csv', '--out', '$OUT/nested/deeper'], { env: ALL });
    expect(first.status).toBe(0);
    expect(existsSync(join(first.out, 'nested/deeper/question-bank.csv'))).toBe(true);
  });
});

describe('which chapters', () => {
  test('by default, the chapters with a quiz in the parts content/course.yaml includes', () => {
    const config = parseCourseConfig(readFileSync('content/course.yaml', 'utf8'));
    const expected = includedChapters(readCurriculum('content'), config).filter((chapter) => quizChapters.includes(chapter));
    const result = run(['--format', 'gift', '--out', '$OUT']);
    expect(result.status).toBe(0);
    expect(result.files).toEqual(expected.map((chapter) => `${folderOf(chapter)}.gift.txt`).sort());
  });

  test('COURSE_CONFIG narrows the default to its parts, as it does for the build', () => {
    const result = run(['--format', 'gift', '--out', '$OUT'], { env: { COURSE_CONFIG: configFile('parts: [II]\n') } });
    expect(result.status).toBe(0);
    expect(result.files.map((file) => Number(file.slice(0, 2)))).toEqual([4, 5, 6, 7, 8]);
  });

  test('--chapters picks ranges and lists, whatever the parts', () => {
    const result = run(['--format', 'gift', '--chapters', '4-5,26', '--out', '$OUT'], { env: { COURSE_CONFIG: configFile('parts: [I]\n') } });
    expect(result.status).toBe(0);
    expect(result.files.map((file) => Number(file.slice(0, 2)))).toEqual([4, 5, 26]);
  });

  test('chapters without a quiz are skipped with one warning', () => {
    const result = run(['--format', 'gift', '--chapters', '12-14', '--out', '$OUT'], { env: ALL });
    expect(result.status).toBe(0);
    expect(result.files).toEqual([`${folderOf(12)}.gift.txt`]);
    expect(result.stderr).toBe('warning: no quiz.yaml in chapters 13, 14; skipped.');
  });
});

describe('usage errors exit 2 with the usage text, writing nothing', () => {
  test.each([
    ['an unknown format', ['--format', 'docx', '--out', '$OUT'], 'unknown format "docx"; use one of gift, moodle-xml, qti, csv.'],
    ['no format', ['--out', '$OUT'], '--format is required: one of gift, moodle-xml, qti, csv.'],
    ['no --out', ['--format', 'gift'], '--out <dir> is required: the folder to write the export into.'],
    ['--out without a value', ['--format', 'gift', '--out'], "Option '--out <value>' argument missing"],
    ['a backwards range', ['--format', 'gift', '--chapters', '5-1', '--out', '$OUT'], '--chapters "5-1": the range "5-1" runs backwards; write it as 1-5.'],
    ['a chapter that does not exist', ['--format', 'gift', '--chapters', '3,40', '--out', '$OUT'], '--chapters "3,40": there is no chapter 40; chapters are numbered 1–33.'],
    ['chapters none of which has a quiz', ['--format', 'gift', '--chapters', '13-14', '--out', '$OUT'], '--chapters: none of the chapters 13, 14 has a quiz.yaml.'],
    ['an unknown flag', ['--format', 'gift', '--out', '$OUT', '--verbose'], "Unknown option '--verbose'"],
    ['a stray argument', ['--format', 'gift', '--out', '$OUT', 'extra'], "Unexpected argument 'extra'"],
  ])('%s', (_, args, message) => {
    const result = run(args, { env: ALL });
    expect(result.status).toBe(2);
    expect(result.stderr.startsWith(`export:quizzes: ${message}`)).toBe(true);
    expect(result.stderr.endsWith(`\n\n${USAGE}`)).toBe(true);
    expect(result.files).toEqual([]);
    expect(result.stdout).toBe('');
  });

  test('--help prints the usage on stdout and exits 0', () => {
    const result = run(['--help']);
    expect(result).toMatchObject({ status: 0, stdout: USAGE, stderr: '' });
  });
});

describe('invalid content exits 1 with the message, writing nothing', () => {
  /** A project folder holding the curriculum, one lesson of chapter 26 and `quiz` as its quiz. */
  function projectWithQuiz(quiz: string): string {
    const root = mkdtempSync(join(temp, 'project-'));
    const chapter = join(root, 'content', '26-high-availability-disaster-recovery');
    mkdirSync(chapter, { recursive: true });
    cpSync('content/curriculum.json', join(root, 'content', 'curriculum.json'));
    writeFileSync(join(chapter, '1-rto-and-rpo.mdx'), '---\nlesson: "26.1"\ntitle: "RTO and RPO"\ndescription: "x"\n---\n\nBody.\n');
    writeFileSync(join(chapter, 'quiz.yaml'), quiz);
    return root;
  }

  const validQuestion = `
  - id: ok
    lesson: "26.1"
    type: true-false
    prompt: A statement.
    answer: true
    explanation: Because.`;

  test('a quiz that fails validation: exit 1 with the QuizError message', () => {
    const quiz = `chapter: 26\nquestions:${validQuestion}
  - id: two-right
    lesson: "26.1"
    type: single
    prompt: Pick one.
    options:
      - { id: a, text: A, correct: true }
      - { id: b, text: B, correct: true }
    explanation: Both cannot be right.
`;
    const root = projectWithQuiz(quiz);
    const file = 'content/26-high-availability-disaster-recovery/quiz.yaml';
    let expected = '';
    try {
      parseQuiz(quiz, file, { lessons: new Set(['26.1']) });
    } catch (error) {
      if (error instanceof QuizError) expected = error.message;
    }
    expect(expected).toContain('two-right');

    const result = run(['--format', 'gift', '--out', '$OUT'], { cwd: root });
    expect(result).toMatchObject({ status: 1, stderr: expected, stdout: '', files: [] });
  });

  test('the same project with a valid quiz exports, with no content/course.yaml (all defaults)', () => {
    const result = run(['--format', 'qti', '--out', '$OUT'], { cwd: projectWithQuiz(`chapter: 26\nquestions:${validQuestion}\n`) });
    expect(result).toMatchObject({ status: 0, stderr: '', files: ['question-bank.qti21.zip'] });
  });

  test('a course config with an unknown key: exit 1 naming the key', () => {
    const file = configFile('parts: all\nbranding: red\n');
    const result = run(['--format', 'gift', '--out', '$OUT'], { env: { COURSE_CONFIG: file } });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${file}:\n- unknown key(s) branding; the keys are title, logo, accentColor, footer, parts`);
    expect(result.files).toEqual([]);
  });

  test('a COURSE_CONFIG file that does not exist: exit 1', () => {
    const result = run(['--format', 'gift', '--out', '$OUT'], { env: { COURSE_CONFIG: 'missing.yaml' } });
    expect(result).toMatchObject({ status: 1, stderr: 'missing.yaml: cannot be read (ENOENT).' });
  });
});
