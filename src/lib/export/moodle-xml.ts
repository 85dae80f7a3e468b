/**
 * Moodle XML: one file per chapter (`<chapter folder>.moodle.xml`), each opening with a category
 * question for `$course$/top/<course>/<NN chapter>` (the same path as the GIFT export), so a
 * teacher can import one chapter or all of them and find them filed by chapter.
 *
 * - Every text is Markdown (`format="markdown"`, which Moodle renders itself).
 * - single/multiple → `multichoice` (`<single>`), options shuffled as on the site. A `multiple`
 *   question weights each right option 100/k % and each wrong one -100 %, so any wrong choice
 *   scores 0; unlike the site, Moodle gives partial credit for some of the right options only.
 * - true-false → `truefalse`; numeric → `numerical` with `<tolerance>` (absolute, as on the site)
 *   and the unit as Moodle's unit with multiplier 1, displayed but not graded.
 * - The explanation is the general feedback, the lesson a tag ("lesson-26.4"), the question id
 *   both the name and the ID number.
 */
import type { ChoiceQuestion, Question } from '../quiz/schema';
import {
  categoryPath,
  exportText,
  nonXmlCharacterWarnings,
  rightOptionWeight,
  type BankChapter,
  type ExportResult,
  type QuestionBank,
} from './question-bank';
import { plainDecimal } from './plain-decimal';
import { element, renderXmlDocument, type XmlElement } from './xml';

/** `<name><text>…</text></name>`-style wrapper: Moodle puts every string in a `<text>` child. */
function textElement(name: string, text: string, attributes: Record<string, string> = {}): XmlElement {
  return element(name, attributes, [element('text', {}, [text])]);
}

/** A Markdown field: `<name format="markdown"><text>…</text></name>`. */
function markdownElement(name: string, markdown: string, attributes: Record<string, string | number> = {}, extra: XmlElement[] = []): XmlElement {
  return element(name, { ...attributes, format: 'markdown' }, [element('text', {}, [exportText(markdown)]), ...extra]);
}

/** Moodle's "units are not graded, show the unit" settings (unitgradingtype 0, showunits 3). */
function unitElements(unit: string | undefined): XmlElement[] {
  if (unit === undefined) return [];
  return [
    element('units', {}, [element('unit', {}, [element('multiplier', {}, ['1']), element('unit_name', {}, [unit.trim()])])]),
    element('unitgradingtype', {}, ['0']),
    element('unitpenalty', {}, ['0']),
    element('showunits', {}, ['3']),
    element('unitsleft', {}, ['0']),
  ];
}

function choiceAnswers(question: ChoiceQuestion): XmlElement[] {
  const rightCount = question.options.filter((option) => option.correct === true).length;
  return question.options.map((option) => {
    const right = option.correct === true;
    const fraction = question.type === 'single' ? (right ? 100 : 0) : right ? rightOptionWeight(rightCount) : -100;
    const feedback = option.feedback === undefined ? [] : [markdownElement('feedback', option.feedback)];
    return markdownElement('answer', option.text, { fraction }, feedback);
  });
}

function questionElement(question: Question): XmlElement {
  const common = [
    textElement('name', question.id),
    markdownElement('questiontext', question.prompt),
    markdownElement('generalfeedback', question.explanation),
    element('defaultgrade', {}, ['1']),
    element('idnumber', {}, [question.id]),
  ];
  const tags = element('tags', {}, [textElement('tag', `lesson-${question.lesson}`)]);
  switch (question.type) {
    case 'single':
    case 'multiple':
      return element('question', { type: 'multichoice' }, [
        ...common,
        element('single', {}, [question.type === 'single' ? 'true' : 'false']),
        element('shuffleanswers', {}, ['true']),
        element('answernumbering', {}, ['abc']),
        ...choiceAnswers(question),
        tags,
      ]);
    case 'true-false':
      return element('question', { type: 'truefalse' }, [
        ...common,
        textElement('answer', 'true', { fraction: question.answer ? '100' : '0', format: 'moodle_auto_format' }),
        textElement('answer', 'false', { fraction: question.answer ? '0' : '100', format: 'moodle_auto_format' }),
        tags,
      ]);
    case 'numeric':
      return element('question', { type: 'numerical' }, [
        ...common,
        element('answer', { fraction: '100', format: 'moodle_auto_format' }, [
          element('text', {}, [plainDecimal(question.answer)]),
          element('tolerance', {}, [plainDecimal(question.tolerance)]),
        ]),
        ...unitElements(question.unit),
        tags,
      ]);
  }
}

/** The Moodle XML document for one chapter: its category, then its questions in authored order. */
export function renderMoodleXmlChapter(courseTitle: string, chapter: BankChapter): string {
  const category = element('question', { type: 'category' }, [
    textElement('category', categoryPath(courseTitle, chapter)),
    element('info', { format: 'markdown' }, [element('text', {}, [`Chapter ${chapter.number} quiz: ${chapter.title}`])]),
  ]);
  return renderXmlDocument(element('quiz', {}, [category, ...chapter.quiz.questions.map(questionElement)]));
}

/** One `<chapter folder>.moodle.xml` per chapter. */
export function exportMoodleXml(bank: QuestionBank): ExportResult {
  return {
    files: bank.chapters.map((chapter) => ({
      path: `${chapter.folder}.moodle.xml`,
      contents: renderMoodleXmlChapter(bank.courseTitle, chapter),
    })),
    warnings: bank.chapters.flatMap((chapter) => nonXmlCharacterWarnings('moodle-xml', chapter)),
  };
}
