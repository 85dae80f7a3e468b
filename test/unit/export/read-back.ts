// Reads exported files back with independent parsers (gift-pegjs, fast-xml-parser, a strict RFC 4180
// reader written here) into one comparable shape, so each format's test can compare question by
// question with the source quiz.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseGift, type GIFTQuestion, type TextChoice, type TextFormat } from 'gift-pegjs';
import { readCurriculum, scanLessons } from '~/lib/curriculum/scan-content';
import type { BankChapter } from '~/lib/export/question-bank';
import { exportText } from '~/lib/export/question-bank';
import { parseQuiz, type KnownLessons } from '~/lib/quiz/load';
import type { Question, QuestionType } from '~/lib/quiz/schema';

/** A question as every format can express it (option ids left out: only QTI keeps them). */
export interface Comparable {
  id: string;
  lesson: string;
  type: QuestionType;
  stem: string;
  explanation: string;
  options?: { text: string; correct: boolean; feedback?: string }[];
  answer?: boolean | number;
  tolerance?: number;
  unit?: string;
}

/** The source question in comparable shape; `text` maps each Markdown field (default: as exported). */
export function comparable(question: Question, text: (markdown: string) => string = exportText): Comparable {
  const base = { id: question.id, lesson: question.lesson, type: question.type, stem: text(question.prompt), explanation: text(question.explanation) };
  switch (question.type) {
    case 'single':
    case 'multiple':
      return {
        ...base,
        options: question.options.map((option) => ({
          text: text(option.text),
          correct: option.correct === true,
          ...(option.feedback === undefined ? {} : { feedback: text(option.feedback) }),
        })),
      };
    case 'true-false':
      return { ...base, answer: question.answer };
    case 'numeric':
      return { ...base, answer: question.answer, tolerance: question.tolerance, ...(question.unit === undefined ? {} : { unit: question.unit.trim() }) };
  }
}

// ---------------------------------------------------------------------------------------------
// Source quizzes

const CHAPTER_26 = ['26.1', '26.2', '26.3', '26.4'];
const fixtureLessons: KnownLessons = { lessons: new Set(CHAPTER_26), chapterLessons: () => CHAPTER_26 };

/** The hostile fixture, through the real quiz loader. */
export function hostileChapter(): BankChapter {
  const file = 'test/unit/export/fixtures/hostile.yaml';
  const quiz = parseQuiz(readFileSync(file, 'utf8'), file, fixtureLessons);
  return { number: 26, title: 'High availability / DR: "tests" & <more>', folder: '26-hostile', quiz };
}

/** Every chapter quiz under content/, validated as the site build validates them. */
export function contentChapters(): BankChapter[] {
  const written = scanLessons('content').map((lesson) => lesson.number);
  const known: KnownLessons = { lessons: new Set(written), chapterLessons: (chapter) => written.filter((n) => n.startsWith(`${chapter}.`)) };
  const titles = new Map(readCurriculum('content').parts.flatMap((part) => part.chapters.map((chapter) => [chapter.number, chapter.title] as const)));
  return readdirSync('content', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d{2}-/.test(entry.name) && readdirSync(join('content', entry.name)).includes('quiz.yaml'))
    .map((entry) => {
      const file = `content/${entry.name}/quiz.yaml`;
      const quiz = parseQuiz(readFileSync(file, 'utf8'), file, known);
      return { number: quiz.chapter, title: titles.get(quiz.chapter) ?? '', folder: entry.name, quiz };
    });
}

// ---------------------------------------------------------------------------------------------
// GIFT, read with gift-pegjs

/** A GIFT file read back: its category and questions. Fails if a text is not Markdown. */
export function readGift(text: string): { category: string; questions: Comparable[] } {
  const parsed = parseGift(text);
  const [category, ...questions] = parsed;
  if (category?.type !== 'Category') throw new Error(`expected $CATEGORY first, found ${category?.type}`);
  return { category: category.title, questions: questions.map(giftQuestion) };
}

function markdown(text: TextFormat | null | undefined, where: string): string {
  if (!text) throw new Error(`${where}: missing`);
  if (text.format !== 'markdown') throw new Error(`${where}: format is ${text.format}, not markdown`);
  return text.text;
}

function giftQuestion(question: GIFTQuestion): Comparable {
  if (question.type === 'Category' || question.type === 'Description') throw new Error(`unexpected ${question.type}`);
  const id = question.id ?? '';
  if (question.title !== id) throw new Error(`title ${question.title} differs from [id:${id}]`);
  const lessonTag = question.tags?.find((tag) => tag.startsWith('lesson-'));
  const base = {
    id,
    lesson: lessonTag?.slice('lesson-'.length) ?? '',
    stem: markdown(question.stem, `${id} stem`),
    explanation: markdown(question.globalFeedback, `${id} general feedback`),
  };
  switch (question.type) {
    case 'MC': {
      const weighted = question.choices.some((choice) => choice.weight !== null);
      const option = (choice: TextChoice, index: number) => ({
        text: markdown(choice.text, `${id} option ${index}`),
        correct: weighted ? (choice.weight ?? 0) > 0 : choice.isCorrect,
        ...(choice.feedback ? { feedback: markdown(choice.feedback, `${id} feedback ${index}`) } : {}),
      });
      return { ...base, type: weighted ? 'multiple' : 'single', options: question.choices.map(option) };
    }
    case 'TF':
      return { ...base, type: 'true-false', answer: question.isTrue };
    case 'Numerical': {
      const choices = question.choices;
      if (Array.isArray(choices) || choices.type !== 'range') throw new Error(`${id}: expected {#answer:tolerance}`);
      return { ...base, type: 'numeric', answer: choices.number ?? Number.NaN, tolerance: choices.range ?? Number.NaN };
    }
    default:
      throw new Error(`${id}: read back as GIFT ${question.type}`);
  }
}

/** The weights of a GIFT multiple-choice question, in option order (null when unweighted). */
export function giftWeights(text: string): (number | null)[][] {
  return parseGift(text).flatMap((question) => (question.type === 'MC' ? [question.choices.map((choice) => choice.weight)] : []));
}

// ---------------------------------------------------------------------------------------------
// XML, read with fast-xml-parser

/** An element (or a `#text` node) of a parsed document. */
export interface XmlTree {
  name: string;
  attributes: Record<string, string>;
  children: XmlTree[];
  /** The text of a `#text` node; '' for elements. */
  text: string;
}

const xmlParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
});

type RawNode = Record<string, unknown> & { ':@'?: Record<string, string> };

function toTree(raw: RawNode): XmlTree {
  const name = Object.keys(raw).find((key) => key !== ':@') ?? '';
  if (name === '#text') return { name, attributes: {}, children: [], text: String(raw[name]) };
  return { name, attributes: raw[':@'] ?? {}, children: (raw[name] as RawNode[]).map(toTree), text: '' };
}

/** Parses a document after checking it is well-formed; returns the root element. */
export function parseXml(xml: string): XmlTree {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} at line ${valid.err.line}`);
  const roots = (xmlParser.parse(xml) as RawNode[]).map(toTree).filter((node) => node.name !== '#text');
  if (roots.length !== 1 || roots[0] === undefined) throw new Error(`expected one root element, found ${roots.length}`);
  return roots[0];
}

/** Child elements, optionally only those called `name`. */
export function elements(node: XmlTree, name?: string): XmlTree[] {
  return node.children.filter((child) => child.name !== '#text' && (name === undefined || child.name === name));
}

/** The one child element called `name`; throws when there are none or several. */
export function only(node: XmlTree, name: string): XmlTree {
  const found = elements(node, name);
  if (found.length !== 1 || found[0] === undefined) throw new Error(`<${node.name}> has ${found.length} <${name}>`);
  return found[0];
}

/** All the text inside a node. */
export function textContent(node: XmlTree): string {
  return node.name === '#text' ? node.text : node.children.map(textContent).join('');
}

/** A Moodle XML file read back: category path and questions. */
export function readMoodleXml(xml: string): { category: string; questions: Comparable[] } {
  const root = parseXml(xml);
  if (root.name !== 'quiz') throw new Error(`root is <${root.name}>`);
  const [category, ...questions] = elements(root, 'question');
  if (category?.attributes.type !== 'category') throw new Error('first question is not the category');
  return { category: textContent(only(only(category, 'category'), 'text')), questions: questions.map(moodleQuestion) };
}

function moodleText(node: XmlTree, name: string): string {
  const field = only(node, name);
  if (field.attributes.format !== 'markdown') throw new Error(`<${name}> format is ${field.attributes.format}`);
  return textContent(only(field, 'text'));
}

function moodleQuestion(question: XmlTree): Comparable {
  const id = textContent(only(only(question, 'name'), 'text'));
  if (textContent(only(question, 'idnumber')) !== id) throw new Error(`${id}: idnumber differs from name`);
  const tags = elements(only(question, 'tags'), 'tag').map((tag) => textContent(only(tag, 'text')));
  const base = {
    id,
    lesson: tags.find((tag) => tag.startsWith('lesson-'))?.slice('lesson-'.length) ?? '',
    stem: moodleText(question, 'questiontext'),
    explanation: moodleText(question, 'generalfeedback'),
  };
  const answers = elements(question, 'answer');
  switch (question.attributes.type) {
    case 'multichoice': {
      const single = textContent(only(question, 'single')) === 'true';
      return {
        ...base,
        type: single ? 'single' : 'multiple',
        options: answers.map((answer) => {
          if (answer.attributes.format !== 'markdown') throw new Error(`${id}: answer format ${answer.attributes.format}`);
          const feedback = elements(answer, 'feedback')[0];
          return {
            text: textContent(only(answer, 'text')),
            correct: Number(answer.attributes.fraction) > 0,
            ...(feedback ? { feedback: moodleText(answer, 'feedback') } : {}),
          };
        }),
      };
    }
    case 'truefalse': {
      const right = answers.find((answer) => answer.attributes.fraction === '100');
      return { ...base, type: 'true-false', answer: textContent(only(right ?? question, 'text')) === 'true' };
    }
    case 'numerical': {
      const [answer] = answers;
      if (answers.length !== 1 || !answer) throw new Error(`${id}: ${answers.length} answers`);
      const unit = elements(question, 'units')[0];
      return {
        ...base,
        type: 'numeric',
        answer: Number(textContent(only(answer, 'text'))),
        tolerance: Number(textContent(only(answer, 'tolerance'))),
        ...(unit ? { unit: textContent(only(only(unit, 'unit'), 'unit_name')) } : {}),
      };
    }
    default:
      throw new Error(`${id}: Moodle type ${question.attributes.type}`);
  }
}

// ---------------------------------------------------------------------------------------------
// QTI: items read back, texts compared as the words a reader sees

/** The words of a Markdown text (letters and digits), which XHTML conversion must keep in order. */
export function markdownWords(text: string): string {
  return words(exportText(text));
}

/** The words of XHTML nodes, counting link targets and code languages, which Markdown spells out. */
export function xhtmlWords(nodes: readonly XmlTree[]): string {
  // Every element boundary is a word boundary: in Markdown it is punctuation (`, *, _, [, ]).
  const collect = (node: XmlTree): string => {
    if (node.name === '#text') return node.text;
    const inner = node.children.map(collect).join('');
    const href = node.attributes.href ?? '';
    if (node.name === 'a') return ` ${inner} ${href === textContent(node) ? '' : href} ${node.attributes.title ?? ''} `;
    const language = /^language-(.+)$/.exec(node.attributes.class ?? '')?.[1];
    if (node.name === 'code' && language) return ` ${language} ${inner} `;
    return ` ${inner} `;
  };
  return words(nodes.map(collect).join(' '));
}

function words(text: string): string {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .join(' ');
}

/** One QTI item read back; texts as XHTML nodes. */
export interface QtiItem {
  identifier: string;
  title: string;
  label: string;
  type: QuestionType;
  stem: XmlTree[];
  explanation: XmlTree[];
  options?: { identifier: string; content: XmlTree[]; correct: boolean; feedback?: XmlTree[] }[];
  answer?: boolean | number;
  tolerance?: number;
  unit?: string;
}

export function readQtiItem(xml: string): QtiItem {
  const item = parseXml(xml);
  if (item.name !== 'assessmentItem') throw new Error(`root is <${item.name}>`);
  const response = only(item, 'responseDeclaration');
  const correct = elements(only(response, 'correctResponse'), 'value').map(textContent);
  const body = only(item, 'itemBody');
  const feedback = new Map(elements(item, 'modalFeedback').map((node) => [node.attributes.identifier ?? '', node.children]));
  const explanation = feedback.get('EXPLANATION');
  if (!explanation) throw new Error(`${item.attributes.identifier}: no EXPLANATION feedback`);
  const interaction = elements(body, 'choiceInteraction')[0];
  const entryParagraph = elements(body, 'p').find((p) => elements(p, 'textEntryInteraction').length > 0);
  const stem = elements(body).filter((node) => node !== interaction && node !== entryParagraph);
  const base = {
    identifier: item.attributes.identifier ?? '',
    title: item.attributes.title ?? '',
    label: item.attributes.label ?? '',
    stem,
    explanation,
  };
  if (response.attributes.baseType === 'float') {
    const equal = findElement(only(item, 'responseProcessing'), 'equal');
    const unit = entryParagraph ? textContent(entryParagraph).trim() : '';
    return {
      ...base,
      type: 'numeric',
      answer: Number(correct[0]),
      tolerance: equal?.attributes.toleranceMode === 'absolute' ? Number(equal.attributes.tolerance) : 0,
      ...(unit === '' ? {} : { unit }),
    };
  }
  if (!interaction) throw new Error(`${base.identifier}: no choiceInteraction`);
  const choices = elements(interaction, 'simpleChoice');
  const ids = choices.map((choice) => choice.attributes.identifier ?? '');
  if (response.attributes.cardinality === 'single' && ids.join() === 'true,false') {
    return { ...base, type: 'true-false', answer: correct[0] === 'true' };
  }
  return {
    ...base,
    type: response.attributes.cardinality === 'multiple' ? 'multiple' : 'single',
    options: choices.map((choice, index) => {
      const optionFeedback = feedback.get(ids[index] ?? '');
      return {
        identifier: ids[index] ?? '',
        content: choice.children,
        correct: correct.includes(ids[index] ?? ''),
        ...(optionFeedback ? { feedback: optionFeedback } : {}),
      };
    }),
  };
}

/** First descendant element called `name`. */
export function findElement(node: XmlTree, name: string): XmlTree | undefined {
  for (const child of elements(node)) {
    if (child.name === name) return child;
    const found = findElement(child, name);
    if (found) return found;
  }
  return undefined;
}

/** A QTI item in comparable shape, texts as words (compare with `comparable(q, markdownWords)`). */
export function qtiComparable(item: QtiItem, id: string): Comparable {
  const base = { id, lesson: item.label, type: item.type, stem: xhtmlWords(item.stem), explanation: xhtmlWords(item.explanation) };
  switch (item.type) {
    case 'single':
    case 'multiple':
      return {
        ...base,
        options: (item.options ?? []).map((option) => ({
          text: xhtmlWords(option.content),
          correct: option.correct,
          ...(option.feedback ? { feedback: xhtmlWords(option.feedback) } : {}),
        })),
      };
    case 'true-false':
      return { ...base, answer: item.answer ?? false };
    case 'numeric':
      return { ...base, answer: item.answer ?? Number.NaN, tolerance: item.tolerance ?? Number.NaN, ...(item.unit === undefined ? {} : { unit: item.unit }) };
  }
}

// ---------------------------------------------------------------------------------------------
// CSV: a strict RFC 4180 reader

/** Parses RFC 4180 CSV: CRLF record ends (also after the last record), quotes only around fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let index = 0; index < text.length; ) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
      } else if (char === '"') {
        quoted = false;
        index++;
      } else {
        field += char;
        index++;
      }
      continue;
    }
    if (char === '"') {
      if (field !== '' || wasQuoted) throw new Error(`quote inside an unquoted field at ${index}`);
      quoted = true;
      wasQuoted = true;
      index++;
    } else if (char === ',') {
      row.push(field);
      field = '';
      wasQuoted = false;
      index++;
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      wasQuoted = false;
      index += 2;
    } else if (char === '\r' || char === '\n') {
      throw new Error(`bare line break outside quotes at ${index}`);
    } else {
      if (wasQuoted) throw new Error(`text after a closing quote at ${index}`);
      field += char;
      index++;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) throw new Error('last record does not end with CRLF');
  return rows;
}
