import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { exportQti, qtiChoiceIdentifier, qtiItemIdentifier, qtiItemPath, renderQtiItem } from '~/lib/export/qti';
import type { BankChapter, QuestionBank } from '~/lib/export/question-bank';
import { isChoiceQuestion, type Question } from '~/lib/quiz/schema';
import * as arbitrary from './arbitraries';
import {
  comparable,
  contentChapters,
  elements,
  findElement,
  hostileChapter,
  markdownWords,
  only,
  parseXml,
  qtiComparable,
  readQtiItem,
  textContent,
  type XmlTree,
} from './read-back';

const COURSE = 'Cloud, AWS & Terraform — From Zero to Expert';

/** The zip's entries as text. */
function unzip(bank: QuestionBank): Map<string, string> {
  const { files } = exportQti(bank);
  expect(files.map((file) => file.path)).toEqual(['question-bank.qti21.zip']);
  const contents = files[0]?.contents;
  if (!(contents instanceof Uint8Array)) throw new Error('the QTI export is not bytes');
  return new Map(Object.entries(unzipSync(contents)).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

/** Every item of `bank` read back and compared, as words, with its source question. */
function expectItemsRoundTrip(bank: QuestionBank, entries: Map<string, string>) {
  for (const chapter of bank.chapters) {
    for (const question of chapter.quiz.questions) {
      const xml = entries.get(qtiItemPath(chapter.number, question.id));
      expect(xml, `${question.id} is in the package`).toBeDefined();
      const item = readQtiItem(xml ?? '');
      expect(item.identifier).toBe(qtiItemIdentifier(chapter.number, question.id));
      expect(item.title).toBe(question.id);
      expect(qtiComparable(item, question.id), question.id).toEqual(comparable(question, markdownWords));
      if (isChoiceQuestion(question)) {
        expect(item.options?.map((option) => option.identifier)).toEqual(question.options.map((option) => qtiChoiceIdentifier(option.id)));
      }
    }
  }
}

/** The manifest lists every item and test, each file exists, and nothing else is in the zip. */
function expectManifestComplete(bank: QuestionBank, entries: Map<string, string>) {
  const manifest = parseXml(entries.get('imsmanifest.xml') ?? '');
  expect(manifest.name).toBe('manifest');
  const resources = elements(only(manifest, 'resources'), 'resource');
  const items = resources.filter((resource) => resource.attributes.type === 'imsqti_item_xmlv2p1');
  const tests = resources.filter((resource) => resource.attributes.type === 'imsqti_test_xmlv2p1');
  const expectedItems = bank.chapters.flatMap((chapter) => chapter.quiz.questions.map((question) => qtiItemPath(chapter.number, question.id)));
  expect(items.map((resource) => resource.attributes.href)).toEqual(expectedItems);
  expect(tests).toHaveLength(bank.chapters.length);
  const listed = resources.flatMap((resource) => elements(resource, 'file').map((file) => file.attributes.href));
  expect([...entries.keys()].sort()).toEqual(['imsmanifest.xml', ...listed].sort());
  const ids = new Set(resources.map((resource) => resource.attributes.identifier));
  expect(ids.size).toBe(resources.length);
  for (const test of tests) {
    for (const dependency of elements(test, 'dependency')) expect(ids.has(dependency.attributes.identifierref)).toBe(true);
  }
}

describe('QTI package of the hostile fixture', () => {
  const chapter = hostileChapter();
  const bank = { courseTitle: COURSE, chapters: [chapter] };
  const entries = unzip(bank);

  test('holds a manifest listing every item, one test, and well-formed items that read back as the source', () => {
    expectManifestComplete(bank, entries);
    expectItemsRoundTrip(bank, entries);
  });

  const item = (index: number) => readQtiItem(entries.get(qtiItemPath(26, chapter.quiz.questions[index]!.id)) ?? '');

  test('shows markup, quotes, entities and non-ASCII as text, exactly', () => {
    const stem = item(0).stem.map(textContent).join('\n');
    expect(stem).toContain('Quotes "double" and \'single\', <tag attr="x">, &amp; and & alone; ≤ 1 h, café, 日本語, 😀.');
    expect(stem).toContain('Escapes: { } ~ = # : and a lone backslash \\ plus C:\\new\\table.');
    expect(item(0).options?.[2]?.feedback?.map(textContent).join('')).toBe('[html] looks like a format marker, <b>bold</b> & "quoted".');
  });

  test('keeps the fenced hcl block verbatim in <pre><code class="language-hcl">', () => {
    const pre = item(1).stem.find((node) => node.name === 'pre');
    const code = pre && only(pre, 'code');
    expect(code?.attributes.class).toBe('language-hcl');
    expect(textContent(code ?? pre ?? ({} as XmlTree))).toBe(
      [
        '# A comment with a hash',
        'variable "region" {',
        '  type    = string',
        '  default = "eu-west-1" // trailing comment',
        '',
        '}',
        '',
        'resource "aws_s3_bucket" "logs" {',
        '  bucket = "logs-${var.region}"',
        '  tags = { Name = "a:b", Note = "x ~ y = z" }',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('scores numeric answers with <equal> and the tolerance, exact when it is 0', () => {
    const processing = (index: number) => findElement(parseXml(entries.get(qtiItemPath(26, chapter.quiz.questions[index]!.id)) ?? ''), 'equal');
    expect(processing(3)?.attributes).toEqual({ toleranceMode: 'absolute', tolerance: '0.005', includeLowerBound: 'true', includeUpperBound: 'true' });
    expect(processing(4)?.attributes).toEqual({ toleranceMode: 'exact' });
    expect(item(3)).toMatchObject({ answer: 0.33, tolerance: 0.005, unit: '$/hour' });
    expect(item(5)).toMatchObject({ answer: 1e21, tolerance: 1e-7 });
  });

  test('sets FEEDBACK to the chosen options plus EXPLANATION, so option feedback and the explanation show', () => {
    const xml = parseXml(entries.get(qtiItemPath(26, 'gift-specials-everywhere')) ?? '');
    const feedback = elements(only(xml, 'responseProcessing'), 'setOutcomeValue').find((node) => node.attributes.identifier === 'FEEDBACK');
    expect(elements(only(feedback!, 'multiple')).map((node) => node.attributes.identifier ?? textContent(node))).toEqual(['RESPONSE', 'EXPLANATION']);
    expect(elements(xml, 'modalFeedback').map((node) => node.attributes.identifier)).toEqual(['choice-a', 'choice-b', 'choice-c', 'EXPLANATION']);
  });

  test('gives the chapter test a PASS outcome at passMark % of the items', () => {
    const test = parseXml(entries.get('chapter-26.xml') ?? '');
    const refs = findElement(test, 'assessmentSection');
    expect(elements(refs!, 'assessmentItemRef').map((ref) => ref.attributes.href)).toEqual(chapter.quiz.questions.map((q) => qtiItemPath(26, q.id)));
    const pass = elements(only(test, 'outcomeProcessing')).find((node) => node.attributes.identifier === 'PASS');
    expect(textContent(findElement(pass!, 'baseValue')!)).toBe('4.5'); // 75 % of 6 questions
  });

  test('is byte-for-byte the same when exported twice', () => {
    expect(exportQti(bank).files[0]?.contents).toEqual(exportQti(bank).files[0]?.contents);
  });
});

describe('QTI package of every chapter quiz in content/', () => {
  const chapters = contentChapters();
  const bank = { courseTitle: COURSE, chapters };
  const entries = unzip(bank);

  test('lists every item and chapter test in the manifest', () => {
    expectManifestComplete(bank, entries);
    expect(elements(only(parseXml(entries.get('imsmanifest.xml') ?? ''), 'resources'))).toHaveLength(
      chapters.length + chapters.reduce((sum, chapter) => sum + chapter.quiz.questions.length, 0),
    );
  });

  test.each(chapters.map((chapter) => [chapter.folder, chapter] as const))('%s: every item reads back as its question', (_, chapter) => {
    expectItemsRoundTrip({ courseTitle: COURSE, chapters: [chapter] }, entries);
  });
});

/** Ordered-list numbers and fence info after the language are not carried into XHTML. */
function convertsWordForWord(question: Question): boolean {
  const texts = [question.prompt, question.explanation, ...(isChoiceQuestion(question) ? question.options.flatMap((o) => [o.text, o.feedback ?? '']) : [])];
  return !texts.some((text) => /^ {0,3}\d{1,9}[.)](\s|$)/m.test(text) || /^ {0,3}(`{3,}|~{3,})[^\n]*\S[ \t]+\S/m.test(text));
}

describe('QTI round trip of generated quizzes (property)', () => {
  test('every item is well-formed and reads back, word for word, as its question', () => {
    fc.assert(
      fc.property(arbitrary.chapter, (chapter: BankChapter) => {
        fc.pre(chapter.quiz.questions.every(convertsWordForWord));
        const bank = { courseTitle: COURSE, chapters: [chapter] };
        for (const question of chapter.quiz.questions) {
          const item = readQtiItem(renderQtiItem(chapter.number, question));
          expect(qtiComparable(item, question.id)).toEqual(comparable(question, markdownWords));
        }
        expectManifestComplete(bank, unzip(bank));
      }),
      { numRuns: 200 },
    );
  });
});
