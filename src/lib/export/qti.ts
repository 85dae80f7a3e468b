/**
 * QTI 2.1 as an IMS content package: one zip holding
 *
 *     imsmanifest.xml              every item and test as a resource (items: imsqti_item_xmlv2p1)
 *     chapter-26.xml               one assessmentTest per chapter, referencing its items in order
 *     items/ch26-<question id>.xml one assessmentItem per question
 *
 * Items:
 * - identifier `ch<chapter>-<question id>` (unique across chapters, starts with a letter as QTI
 *   identifiers must), `title` the question id, `label` the lesson ("26.4").
 * - Texts are Markdown converted to XHTML (markdown-xhtml.ts); options are `choice-<option id>`.
 * - single/multiple → `choiceInteraction` (single/multiple cardinality, shuffled as on the site),
 *   scored all-or-nothing like the site: SCORE 1 when RESPONSE matches the correct response.
 * - true-false → `choiceInteraction` with choices `true` / `false`.
 * - numeric → `textEntryInteraction` (float) followed by the unit; scored with
 *   `<equal toleranceMode="absolute" tolerance="t">` against the correct response (`exact` when
 *   the tolerance is 0), which is the site's answer ± tolerance.
 * - Feedback: outcome FEEDBACK (multiple identifiers) holds the chosen option ids plus EXPLANATION,
 *   so each option's `modalFeedback` shows when it was chosen and the explanation always shows.
 * Tests: SCORE sums the items' SCOREs; PASS is SCORE ≥ passMark % of the items.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ChoiceQuestion, NumericQuestion, Question, TrueFalseQuestion } from '../quiz/schema';
import { markdownToXhtml, markdownToXhtmlFlow } from './markdown-xhtml';
import { nonXmlCharacterWarnings, type BankChapter, type ExportResult, type QuestionBank } from './question-bank';
import { plainDecimal } from './plain-decimal';
import { element, renderXmlDocument, type XmlElement, type XmlNode } from './xml';

const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const QTI_SCHEMA = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p1.xsd';
const CP_NAMESPACE = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const CP_SCHEMA = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd';
const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

/** The identifier of the feedback shown whatever the answer: the question's explanation. */
export const EXPLANATION_FEEDBACK = 'EXPLANATION';
/** Zip entries get this timestamp, so exporting the same quizzes twice gives the same bytes. */
const ZIP_TIMESTAMP = new Date(1980, 0, 1);

/** The assessmentItem identifier of a question: `ch26-pilot-light-rto`. */
export function qtiItemIdentifier(chapter: number, questionId: string): string {
  return `ch${chapter}-${questionId}`;
}

/** The simpleChoice identifier of an option: `choice-a` (option ids may start with a digit). */
export function qtiChoiceIdentifier(optionId: string): string {
  return `choice-${optionId}`;
}

/** Path of an item inside the package. */
export function qtiItemPath(chapter: number, questionId: string): string {
  return `items/${qtiItemIdentifier(chapter, questionId)}.xml`;
}

const variable = (identifier: string) => element('variable', { identifier });
const baseValue = (baseType: string, value: string) => element('baseValue', { baseType }, [value]);
const setOutcome = (identifier: string, expression: XmlElement) => element('setOutcomeValue', { identifier }, [expression]);

/** SCORE 1 when `condition` holds, else 0. */
function scoreIf(condition: XmlElement): XmlElement {
  return element('responseCondition', {}, [
    element('responseIf', {}, [condition, setOutcome('SCORE', baseValue('float', '1'))]),
    element('responseElse', {}, [setOutcome('SCORE', baseValue('float', '0'))]),
  ]);
}

/** FEEDBACK := the chosen choices (when `withResponse`) plus EXPLANATION. */
function setFeedback(withResponse: boolean): XmlElement {
  const explanation = baseValue('identifier', EXPLANATION_FEEDBACK);
  return setOutcome('FEEDBACK', element('multiple', {}, withResponse ? [variable('RESPONSE'), explanation] : [explanation]));
}

function modalFeedback(identifier: string, markdown: string): XmlElement {
  return element('modalFeedback', { outcomeIdentifier: 'FEEDBACK', identifier, showHide: 'show' }, markdownToXhtmlFlow(markdown));
}

interface ItemParts {
  response: XmlElement;
  interaction: XmlNode[];
  scoring: XmlElement;
  feedback: XmlElement[];
  withResponseFeedback: boolean;
}

function choiceParts(question: ChoiceQuestion): ItemParts {
  const right = question.options.filter((option) => option.correct === true);
  const cardinality = question.type === 'single' ? 'single' : 'multiple';
  return {
    response: element('responseDeclaration', { identifier: 'RESPONSE', cardinality, baseType: 'identifier' }, [
      element('correctResponse', {}, right.map((option) => element('value', {}, [qtiChoiceIdentifier(option.id)]))),
    ]),
    interaction: [
      element(
        'choiceInteraction',
        { responseIdentifier: 'RESPONSE', shuffle: 'true', maxChoices: question.type === 'single' ? 1 : 0 },
        question.options.map((option) => element('simpleChoice', { identifier: qtiChoiceIdentifier(option.id) }, markdownToXhtmlFlow(option.text))),
      ),
    ],
    scoring: scoreIf(element('match', {}, [variable('RESPONSE'), element('correct', { identifier: 'RESPONSE' })])),
    feedback: question.options.flatMap((option) =>
      option.feedback === undefined ? [] : [modalFeedback(qtiChoiceIdentifier(option.id), option.feedback)],
    ),
    withResponseFeedback: question.options.some((option) => option.feedback !== undefined),
  };
}

function trueFalseParts(question: TrueFalseQuestion): ItemParts {
  return {
    response: element('responseDeclaration', { identifier: 'RESPONSE', cardinality: 'single', baseType: 'identifier' }, [
      element('correctResponse', {}, [element('value', {}, [String(question.answer)])]),
    ]),
    interaction: [
      element('choiceInteraction', { responseIdentifier: 'RESPONSE', shuffle: 'false', maxChoices: 1 }, [
        element('simpleChoice', { identifier: 'true' }, ['True']),
        element('simpleChoice', { identifier: 'false' }, ['False']),
      ]),
    ],
    scoring: scoreIf(element('match', {}, [variable('RESPONSE'), element('correct', { identifier: 'RESPONSE' })])),
    feedback: [],
    withResponseFeedback: false,
  };
}

function numericParts(question: NumericQuestion): ItemParts {
  const entry = element('textEntryInteraction', { responseIdentifier: 'RESPONSE', expectedLength: 12 });
  const tolerance =
    question.tolerance > 0
      ? { toleranceMode: 'absolute', tolerance: plainDecimal(question.tolerance), includeLowerBound: 'true', includeUpperBound: 'true' }
      : { toleranceMode: 'exact' };
  return {
    response: element('responseDeclaration', { identifier: 'RESPONSE', cardinality: 'single', baseType: 'float' }, [
      element('correctResponse', {}, [element('value', {}, [plainDecimal(question.answer)])]),
    ]),
    interaction: [element('p', {}, question.unit === undefined ? [entry] : [entry, ` ${question.unit.trim()}`])],
    scoring: scoreIf(element('equal', tolerance, [variable('RESPONSE'), element('correct', { identifier: 'RESPONSE' })])),
    feedback: [],
    withResponseFeedback: false,
  };
}

function itemParts(question: Question): ItemParts {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return choiceParts(question);
    case 'true-false':
      return trueFalseParts(question);
    case 'numeric':
      return numericParts(question);
  }
}

/** The assessmentItem document for one question. */
export function renderQtiItem(chapter: number, question: Question): string {
  const parts = itemParts(question);
  const item = element(
    'assessmentItem',
    {
      xmlns: QTI_NAMESPACE,
      'xmlns:xsi': XSI_NAMESPACE,
      'xsi:schemaLocation': `${QTI_NAMESPACE} ${QTI_SCHEMA}`,
      identifier: qtiItemIdentifier(chapter, question.id),
      title: question.id,
      label: question.lesson,
      adaptive: 'false',
      timeDependent: 'false',
    },
    [
      parts.response,
      element('outcomeDeclaration', { identifier: 'SCORE', cardinality: 'single', baseType: 'float' }, [
        element('defaultValue', {}, [element('value', {}, ['0'])]),
      ]),
      element('outcomeDeclaration', { identifier: 'MAXSCORE', cardinality: 'single', baseType: 'float' }, [
        element('defaultValue', {}, [element('value', {}, ['1'])]),
      ]),
      element('outcomeDeclaration', { identifier: 'FEEDBACK', cardinality: 'multiple', baseType: 'identifier' }),
      element('itemBody', {}, [...markdownToXhtml(question.prompt), ...parts.interaction]),
      element('responseProcessing', {}, [parts.scoring, setFeedback(parts.withResponseFeedback)]),
      ...parts.feedback,
      modalFeedback(EXPLANATION_FEEDBACK, question.explanation),
    ],
  );
  return renderXmlDocument(item);
}

/** The assessmentTest for one chapter, its items in authored order. */
export function renderQtiTest(chapter: BankChapter): string {
  const questions = chapter.quiz.questions;
  const passScore = plainDecimal((chapter.quiz.passMark * questions.length) / 100);
  const sumOfScores = element('sum', {}, [element('testVariables', { variableIdentifier: 'SCORE' })]);
  const test = element(
    'assessmentTest',
    {
      xmlns: QTI_NAMESPACE,
      'xmlns:xsi': XSI_NAMESPACE,
      'xsi:schemaLocation': `${QTI_NAMESPACE} ${QTI_SCHEMA}`,
      identifier: `chapter-${chapter.number}`,
      title: `${chapter.number} ${chapter.title}`,
    },
    [
      element('outcomeDeclaration', { identifier: 'SCORE', cardinality: 'single', baseType: 'float' }),
      element('outcomeDeclaration', { identifier: 'PASS', cardinality: 'single', baseType: 'boolean' }),
      element('testPart', { identifier: 'part-1', navigationMode: 'nonlinear', submissionMode: 'simultaneous' }, [
        element('assessmentSection', { identifier: 'section-1', title: chapter.title, visible: 'true' }, [
          ...questions.map((question) =>
            element('assessmentItemRef', { identifier: qtiItemIdentifier(chapter.number, question.id), href: qtiItemPath(chapter.number, question.id) }),
          ),
        ]),
      ]),
      element('outcomeProcessing', {}, [
        setOutcome('SCORE', sumOfScores),
        setOutcome('PASS', element('gte', {}, [variable('SCORE'), baseValue('float', passScore)])),
      ]),
    ],
  );
  return renderXmlDocument(test);
}

/** imsmanifest.xml: each test (depending on its items) and each item as a resource. */
export function renderQtiManifest(bank: QuestionBank): string {
  const file = (href: string) => element('file', { href });
  const resources = bank.chapters.flatMap((chapter) => {
    const testHref = `chapter-${chapter.number}.xml`;
    const items = chapter.quiz.questions.map((question) => {
      const href = qtiItemPath(chapter.number, question.id);
      return element('resource', { identifier: `item-${qtiItemIdentifier(chapter.number, question.id)}`, type: 'imsqti_item_xmlv2p1', href }, [file(href)]);
    });
    const test = element('resource', { identifier: `test-chapter-${chapter.number}`, type: 'imsqti_test_xmlv2p1', href: testHref }, [
      file(testHref),
      ...chapter.quiz.questions.map((question) => element('dependency', { identifierref: `item-${qtiItemIdentifier(chapter.number, question.id)}` })),
    ]);
    return [test, ...items];
  });
  const manifest = element(
    'manifest',
    { xmlns: CP_NAMESPACE, 'xmlns:xsi': XSI_NAMESPACE, 'xsi:schemaLocation': `${CP_NAMESPACE} ${CP_SCHEMA}`, identifier: 'question-bank' },
    [
      element('metadata', {}, [element('schema', {}, ['QTIv2.1 Package']), element('schemaversion', {}, ['1.0.0'])]),
      element('organizations'),
      element('resources', {}, resources),
    ],
  );
  return renderXmlDocument(manifest);
}

/** The package's files by path, before zipping (tests read them without unzipping). */
export function qtiPackageFiles(bank: QuestionBank): Record<string, string> {
  const files: Record<string, string> = { 'imsmanifest.xml': renderQtiManifest(bank) };
  for (const chapter of bank.chapters) {
    files[`chapter-${chapter.number}.xml`] = renderQtiTest(chapter);
    for (const question of chapter.quiz.questions) files[qtiItemPath(chapter.number, question.id)] = renderQtiItem(chapter.number, question);
  }
  return files;
}

/** One `question-bank.qti21.zip` for all the chapters exported. */
export function exportQti(bank: QuestionBank): ExportResult {
  const entries: Zippable = {};
  for (const [path, text] of Object.entries(qtiPackageFiles(bank))) entries[path] = [strToU8(text), { mtime: ZIP_TIMESTAMP }];
  return {
    files: [{ path: 'question-bank.qti21.zip', contents: zipSync(entries, { level: 9 }) }],
    warnings: bank.chapters.flatMap((chapter) => nonXmlCharacterWarnings('qti', chapter)),
  };
}
