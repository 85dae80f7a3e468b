import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseQuiz, QuizError, validateQuizCoverage, type KnownLessons } from '~/lib/quiz/load';
import type { Quiz } from '~/lib/quiz/schema';

const FIXTURES = 'test/unit/quiz/fixtures';
const CHAPTER_26 = ['26.1', '26.2', '26.3', '26.4'];
const known: KnownLessons = {
  lessons: new Set(['25.1', '25.2', '25.3', ...CHAPTER_26]),
  chapterLessons: (chapter) => (chapter === 26 ? CHAPTER_26 : []),
};

function fixture(name: string): { source: string; file: string } {
  const file = `${FIXTURES}/${name}`;
  return { source: readFileSync(file, 'utf8'), file };
}

/** The QuizError `parseQuiz` throws for `source`; fails the test if it does not throw one. */
function errorOf(source: string, file: string, lessons: KnownLessons = known): QuizError {
  try {
    parseQuiz(source, file, lessons);
  } catch (error) {
    if (error instanceof QuizError) return error;
    throw error;
  }
  throw new Error(`${file} parsed without errors`);
}

describe('parseQuiz on a valid quiz', () => {
  test('reads every question type into the typed structure, applying defaults', () => {
    const { source, file } = fixture('valid.yaml');
    const quiz = parseQuiz(source, file, known);

    expect(quiz).toEqual<Quiz>({
      chapter: 26,
      passMark: 70,
      questions: [
        {
          id: 'pilot-light-rto',
          lesson: '26.2',
          type: 'single',
          prompt: 'A company needs RPO ≤ 1 h and RTO ≤ 4 h at the lowest cost. Which strategy fits?\n',
          options: [
            {
              id: 'a',
              text: 'Backup and restore with daily snapshots',
              feedback: 'Daily snapshots give an RPO of up to 24 hours.',
            },
            { id: 'b', text: 'Pilot light with continuous replication', correct: true },
          ],
          explanation: 'Pilot light keeps data replicated continuously, so the RPO is minutes.\n',
        },
        {
          id: 'pick-two-backup-features',
          lesson: '26.4',
          type: 'multiple',
          prompt: 'Which two features does AWS Backup provide? (Choose two.)',
          options: [
            { id: 'a', text: 'Backup plans with schedules', correct: true },
            { id: 'b', text: 'Automatic failover of RDS' },
            { id: 'c', text: 'Cross-Region copy', correct: true },
            { id: 'd', text: '`terraform plan` previews', correct: false },
          ],
          explanation: "Backup plans and cross-Region copy; failover is Multi-AZ's job.",
        },
        {
          id: 'vault-lock-compliance-deletable',
          lesson: '26.4',
          type: 'true-false',
          prompt: 'Once its grace time has passed, a vault in compliance mode can be deleted by the root user.',
          answer: false,
          explanation: 'Compliance mode cannot be removed by anyone, root included.',
        },
        {
          id: 'hourly-backup-worst-rpo',
          lesson: '26.1',
          type: 'numeric',
          prompt: 'Backups run every 4 hours and take 20 minutes. Worst-case data loss, in hours?',
          answer: 4,
          tolerance: 0.1,
          unit: 'hours',
          explanation: 'Data written just after a backup starts waits up to 4 hours for the next one.',
        },
        {
          id: 'restore-jobs-count',
          lesson: '26.3',
          type: 'numeric',
          prompt: 'How many restore jobs does one restore of one recovery point start?',
          answer: 1,
          tolerance: 0,
          explanation: 'One recovery point, one restore job.',
        },
      ],
    });
  });

  test('keeps an explicit passMark', () => {
    const { source, file } = fixture('valid.yaml');
    expect(parseQuiz(source.replace('chapter: 26\n', 'chapter: 26\npassMark: 80\n'), file, known).passMark).toBe(80);
  });

  test('accepts lessons without chapterLessons (they only improve messages)', () => {
    const { source, file } = fixture('valid.yaml');
    expect(parseQuiz(source, file, { lessons: known.lessons }).questions).toHaveLength(5);
  });
});

/**
 * One fixture per mistake an author can make, each with the exact line the author will read. The
 * file name, the question (id, or position when it has none) and the fix are all part of the text.
 */
const ERROR_FIXTURES: Record<string, string> = {
  'yaml-syntax.yaml':
    'YAML syntax error at line 6, column 13: Nested mappings are not allowed in compact mappings. Text containing ": " must be quoted or written as a "|" block.',
  'no-correct-option.yaml':
    'question "pilot-light-rto": a single-choice question needs exactly one option with "correct: true", but none is marked. Mark the right answer.',
  'single-two-correct.yaml':
    'question "pilot-light-rto": a single-choice question needs exactly one option with "correct: true", but 2 are marked (b, d). Mark only the right answer.',
  'multiple-one-correct.yaml':
    'question "pick-two-backup-features": a multiple-choice question needs at least two options with "correct: true", but only 1 is marked (a). Mark every right answer, or use "type: single" if only one is right.',
  'duplicate-question-id.yaml':
    'question "rto-definition" (#2): the id "rto-definition" is already used by question 1. Give this question its own id (never reuse a removed one: saved progress is keyed by it).',
  'duplicate-option-id.yaml':
    'question "pilot-light-rto": two options have the id "a" (options 1 and 3). Give each option its own id.',
  'unknown-lesson.yaml':
    'question "rto-definition": lesson "26.9" is not a lesson of the course. Use the number of the chapter 26 lesson this question tests (26.1, 26.2, 26.3, 26.4).',
  'lesson-of-another-chapter.yaml':
    'question "rto-definition": lesson "25.2" is in chapter 25, but this quiz is for chapter 26. Test a lesson of chapter 26 (26.1, 26.2, 26.3, 26.4), or move the question to chapter 25\'s quiz.',
  'lesson-not-quoted.yaml':
    'question "rto-definition": "lesson" is the number 26.1, but it must be a quoted string: lesson: "26.1". Without quotes 26.10 would be read as 26.1.',
  'missing-explanation.yaml':
    'question "rto-definition": "explanation" is missing. Write why the right answer is right and why the tempting wrong answers are wrong.',
  'empty-explanation.yaml':
    'question "rto-definition": "explanation" is empty. Write why the right answer is right and why the tempting wrong answers are wrong.',
  'missing-options.yaml':
    'question "pilot-light-rto": a single-choice question needs "options": list at least two and mark the right one with "correct: true".',
  'empty-options.yaml':
    'question "pick-two-backup-features": "options" is empty. List at least two options and mark every right one with "correct: true".',
  'one-option.yaml':
    'question "pilot-light-rto": "options" lists only 1 option. Add at least one more: a choice question needs something to choose between.',
  'negative-tolerance.yaml':
    'question "hourly-backup-worst-rpo": "tolerance" is -0.5, but it cannot be negative. Write how far from the answer still counts as right (0.5 accepts answer ± 0.5), or 0 for an exact answer.',
  'unknown-type.yaml':
    'question "pilot-light-rto": "type" is "multiple-choice", which is not a question type. Use one of: single, multiple, true-false, numeric.',
  'missing-prompt.yaml': 'question "rto-definition": "prompt" is missing. Write the question (Markdown).',
  'unknown-key-typo.yaml':
    'question "pilot-light-rto": option "b": unknown key "corect"; did you mean "correct"? Fix the spelling.',
  'unknown-key.yaml':
    'question "rto-definition": unknown key "hint". Remove it; a true-false question has only: type, id, lesson, prompt, explanation, answer.',
  'misspelt-required-field.yaml':
    'question "rto-definition": unknown key "explaination"; did you mean "explanation"? Fix the spelling.',
  'options-on-true-false.yaml':
    'question "rto-definition": a true-false question has no "options". Remove them and set "answer: true" or "answer: false".',
  'options-on-numeric.yaml':
    'question "hourly-backup-worst-rpo": a numeric question has no "options". Remove them and set "answer" to the right number (and "tolerance" if close answers count).',
  'answer-on-choice.yaml':
    'question "pilot-light-rto": a single-choice question has no "answer". Remove it and mark the right option with "correct: true".',
  'missing-id.yaml': 'question 2: "id" is missing. Add a stable kebab-case id, e.g. "id: pilot-light-rto".',
};

describe('parseQuiz error messages', () => {
  test.each(Object.entries(ERROR_FIXTURES))('%s', (name, expected) => {
    const { source, file } = fixture(`errors/${name}`);
    const error = errorOf(source, file);

    expect(error.message).toBe(`${FIXTURES}/errors/${name}: ${expected}`);
    expect(error.problems).toHaveLength(1);
    expect(error.file).toBe(file);
  });

  test('every error fixture has a pinned message', () => {
    const files = readdirSync(`${FIXTURES}/errors`).filter((name) => name !== 'several-problems.yaml');
    expect(files.sort()).toEqual(Object.keys(ERROR_FIXTURES).sort());
  });

  test('reports every problem of a file at once, one per line, in file order', () => {
    const { source, file } = fixture('errors/several-problems.yaml');
    const error = errorOf(source, file);

    expect(error.message.split('\n')).toEqual([
      `${file}: "passMark" is 0.7, but it must be a whole percent from 1 to 100 (70 means 70%), or left out for the default 70.`,
      `${file}: question "pilot-light-rto" (#1): a single-choice question needs exactly one option with "correct: true", but 2 are marked (a, b). Mark only the right answer.`,
      `${file}: question "pilot-light-rto" (#1): "explanation" is missing. Write why the right answer is right and why the tempting wrong answers are wrong.`,
      `${file}: question "hourly-backup-worst-rpo": lesson "25.1" is in chapter 25, but this quiz is for chapter 26. Test a lesson of chapter 26 (26.1, 26.2, 26.3, 26.4), or move the question to chapter 25's quiz.`,
      `${file}: question "hourly-backup-worst-rpo": "tolerance" is -1, but it cannot be negative. Write how far from the answer still counts as right (1 accepts answer ± 1), or 0 for an exact answer.`,
      `${file}: question "pilot-light-rto" (#3): the id "pilot-light-rto" is already used by question 1. Give this question its own id (never reuse a removed one: saved progress is keyed by it).`,
      `${file}: question "pilot-light-rto" (#3): "type" is "truefalse", which is not a question type. Use one of: single, multiple, true-false, numeric.`,
    ]);
    expect(error.questionId).toBeUndefined();
    expect(error.problems.map((problem) => problem.position)).toEqual([undefined, 1, 1, 2, 2, 3, 3]);
  });

  test('locates each problem by question id and position for tools', () => {
    const single = fixture('errors/single-two-correct.yaml');
    const error = errorOf(single.source, single.file);
    expect(error.questionId).toBe('pilot-light-rto');
    expect(error.problems[0]).toMatchObject({ file: single.file, questionId: 'pilot-light-rto', position: 1 });

    const missingId = fixture('errors/missing-id.yaml');
    const problem = errorOf(missingId.source, missingId.file).problems[0];
    expect(problem?.questionId).toBeUndefined();
    expect(problem?.position).toBe(2);
  });

  test('is an Error, so a failing build shows the message', () => {
    const { source, file } = fixture('errors/missing-prompt.yaml');
    expect(() => parseQuiz(source, file, known)).toThrow(Error);
    expect(errorOf(source, file).name).toBe('QuizError');
  });
});

describe('parseQuiz on other malformed files', () => {
  const question = [
    '  - id: rto-definition',
    '    lesson: "26.1"',
    '    type: true-false',
    '    prompt: RTO is how long you can be down.',
    '    answer: true',
    '    explanation: Recovery time objective.',
    '',
  ].join('\n');

  test.each([
    ['an empty file', '', 'the file is empty. A quiz needs "chapter" and "questions" (see content/AUTHORING.md, "Quiz").'],
    [
      'a list at the top level',
      '- a\n- b\n',
      'the file holds a list, but a quiz is a mapping with "chapter" and "questions" at the top level (see content/AUTHORING.md, "Quiz").',
    ],
    ['no chapter', `questions:\n${question}`, '"chapter" is missing. Add the chapter number, e.g. "chapter: 26".'],
    ['chapter out of range', `chapter: 34\nquestions:\n${question}`, '"chapter" is 34, but it must be a whole number from 1 to 33.'],
    ['a misspelt top-level key', `chapter: 26\npasMark: 80\nquestions:\n${question}`, 'unknown key "pasMark"; did you mean "passMark"? Fix the spelling.'],
    ['no questions', 'chapter: 26\n', '"questions" is missing. Add the list of questions (see content/AUTHORING.md, "Quiz").'],
    [
      'a repeated key',
      `chapter: 26\nchapter: 25\nquestions:\n${question}`,
      'YAML syntax error at line 2, column 1: Map keys must be unique. A key may appear only once in the same mapping; remove or rename the repeated one.',
    ],
    [
      'a question that is not a mapping',
      `chapter: 26\nquestions:\n  - just text\n${question}`,
      'question 1: expected a mapping of fields (id, lesson, type, prompt, …) but found "just text". Put each field on its own line under the "- ".',
    ],
    [
      'an id that is not kebab-case',
      `chapter: 26\nquestions:\n${question.replace('rto-definition', 'RTO_Definition')}`,
      'question "RTO_Definition": the id "RTO_Definition" is not kebab-case. Use lowercase letters, digits and single dashes: "rto-definition".',
    ],
    [
      'a quoted boolean answer',
      `chapter: 26\nquestions:\n${question.replace('answer: true', 'answer: "true"')}`,
      'question "rto-definition": "answer" is "true", but it must be true or false, without quotes.',
    ],
    [
      'a field of another question type',
      `chapter: 26\nquestions:\n${question}    tolerance: 1\n`,
      'question "rto-definition": "tolerance" only applies to numeric questions, but this is a true-false question. Remove it.',
    ],
  ])('%s', (_, source, expected) => {
    expect(errorOf(source, 'quiz.yaml').message).toBe(`quiz.yaml: ${expected}`);
  });

  test('reports each bad option by its id, or its position when it has none', () => {
    const source = [
      'chapter: 26',
      'questions:',
      '  - id: pilot-light-rto',
      '    lesson: "26.2"',
      '    type: single',
      '    prompt: Which strategy?',
      '    options:',
      '      - just text',
      '      - { id: b, text: "", correct: yes }',
      '      - { text: Warm standby, correct: true }',
      '    explanation: Pilot light.',
    ].join('\n');
    expect(errorOf(source, 'quiz.yaml').message.split('\n')).toEqual([
      'quiz.yaml: question "pilot-light-rto": option 1: expected a mapping such as "- { id: a, text: … }" but found "just text".',
      'quiz.yaml: question "pilot-light-rto": option "b": "text" is empty. Write what the learner reads.',
      'quiz.yaml: question "pilot-light-rto": option "b": "correct" is "yes", but it must be true (without quotes), or left out on a wrong option.',
      'quiz.yaml: question "pilot-light-rto": option 3 has no "id". Give it a short id such as "c".',
    ]);
  });

  test('without chapterLessons, an unknown lesson points to curriculum.json instead of listing lessons', () => {
    const { source, file } = fixture('errors/unknown-lesson.yaml');
    expect(errorOf(source, file, { lessons: known.lessons }).message).toBe(
      `${file}: question "rto-definition": lesson "26.9" is not a lesson of the course. Use the number of the chapter 26 lesson this question tests.`,
    );
  });
});

describe('validateQuizCoverage', () => {
  const { source, file } = fixture('valid.yaml');
  const base = parseQuiz(source, file, known);
  /** The valid quiz with `count` questions (copies get fresh ids), all lessons still covered. */
  const withQuestions = (count: number): Quiz => ({
    ...base,
    questions: Array.from({ length: count }, (_, index) => {
      const question = base.questions[index % base.questions.length]!;
      return { ...question, id: `${question.id}-${index}` };
    }),
  });

  test('a complete quiz has no problems', () => {
    expect(validateQuizCoverage(withQuestions(10), CHAPTER_26, file)).toEqual([]);
    expect(validateQuizCoverage(withQuestions(15), CHAPTER_26, file)).toEqual([]);
  });

  test('too few questions', () => {
    expect(validateQuizCoverage(base, CHAPTER_26, file).map((problem) => problem.message)).toEqual([
      `${file}: has 5 questions, but a chapter quiz has 10–15. Add at least 5 more.`,
    ]);
  });

  test('too many questions', () => {
    expect(validateQuizCoverage(withQuestions(17), CHAPTER_26, file).map((problem) => problem.message)).toEqual([
      `${file}: has 17 questions, but a chapter quiz has 10–15. Remove 2 (keep the ones that test understanding rather than recall).`,
    ]);
  });

  test('names each lesson of the chapter that no question tests', () => {
    const quiz: Quiz = { ...withQuestions(10), questions: withQuestions(10).questions.filter((q) => q.lesson !== '26.3') };
    expect(quiz.questions).toHaveLength(8);
    expect(validateQuizCoverage(quiz, [...CHAPTER_26, '26.5']).map((problem) => problem.message)).toEqual([
      'the chapter 26 quiz: has 8 questions, but a chapter quiz has 10–15. Add at least 2 more.',
      'the chapter 26 quiz: lesson 26.3 is not tested by any question. Add at least one question with lesson: "26.3".',
      'the chapter 26 quiz: lesson 26.5 is not tested by any question. Add at least one question with lesson: "26.5".',
    ]);
  });
});
