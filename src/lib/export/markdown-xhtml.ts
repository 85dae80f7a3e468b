/**
 * Markdown → XHTML nodes for QTI, whose item bodies must be XHTML (GIFT and Moodle XML carry the
 * Markdown itself). Covers the Markdown quiz texts use, following CommonMark where it does:
 *
 * - blocks: paragraphs, fenced code (``` or ~~~, the language kept as `class="language-hcl"`),
 *   bullet and ordered lists (one level; a blank line ends a list);
 * - inline: code spans, `**strong**`, `*emphasis*` / `_emphasis_`, `[links](url "title")`,
 *   `<https://autolinks>`, backslash escapes, and a backslash at the end of a line as a line break.
 *
 * Anything else (headings, block quotes, tables, raw HTML, entities) stays literal text, so
 * `<tag>` and `&amp;` show as typed and the output is always well-formed: text reaches the XML only
 * through the serializer's escaping. Links are kept as written (course links are root-relative).
 */
import { exportText } from './question-bank';
import { element, type XmlNode } from './xml';

/** The blocks of a Markdown text (`<p>`, `<pre>`, `<ul>`, `<ol>`). */
export function markdownToXhtml(markdown: string): XmlNode[] {
  const lines = exportText(markdown).split('\n');
  const blocks: XmlNode[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push(element('p', {}, inline(paragraph.join('\n'))));
    paragraph = [];
  };

  for (let index = 0; index < lines.length; ) {
    const line = lines[index] ?? '';
    const fence = openingFence(line);
    if (fence) {
      endParagraph();
      const close = new RegExp(`^ {0,3}${fence.marker[0] === '`' ? '`' : '~'}{${fence.marker.length},}[ \\t]*$`);
      const code: string[] = [];
      index++;
      while (index < lines.length && !close.test(lines[index] ?? '')) {
        code.push(stripIndent(lines[index] ?? '', fence.indent));
        index++;
      }
      index++; // the closing fence (or past the end: an unclosed fence runs to the end of the text)
      const text = code.map((codeLine) => `${codeLine}\n`).join('');
      blocks.push(element('pre', {}, [element('code', fence.language ? { class: `language-${fence.language}` } : {}, [text])]));
      continue;
    }
    const item = listItem(line);
    if (item && (paragraph.length === 0 || (item.text !== '' && (item.kind === 'ul' || item.start === 1)))) {
      endParagraph();
      const items: string[][] = [[item.text]];
      index++;
      while (index < lines.length && (lines[index] ?? '').trim() !== '' && !openingFence(lines[index] ?? '')) {
        const next = listItem(lines[index] ?? '');
        if (next && next.kind === item.kind && next.marker === item.marker) items.push([next.text]);
        else if (next) break;
        else items.at(-1)?.push((lines[index] ?? '').trim());
        index++;
      }
      blocks.push(element(item.kind, {}, items.map((itemLines) => element('li', {}, inline(itemLines.join('\n'))))));
      continue;
    }
    if (line.trim() === '') endParagraph();
    else paragraph.push(line.trim());
    index++;
  }
  endParagraph();
  return blocks;
}

/**
 * Markdown for a place that takes inline content or blocks (an option, a feedback): a single
 * paragraph loses its `<p>`, as the site renders option texts.
 */
export function markdownToXhtmlFlow(markdown: string): XmlNode[] {
  const blocks = markdownToXhtml(markdown);
  const [only] = blocks;
  return blocks.length === 1 && only !== undefined && typeof only !== 'string' && only.name === 'p' ? [...only.children] : blocks;
}

interface Fence {
  indent: number;
  marker: string;
  language: string;
}

function openingFence(line: string): Fence | undefined {
  const match = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(line);
  if (!match) return undefined;
  const [, indent = '', marker = '', info = ''] = match;
  if (marker.startsWith('`') && info.includes('`')) return undefined;
  return { indent: indent.length, marker, language: unescapeBackslashes(info.trim().split(/\s+/)[0] ?? '') };
}

function stripIndent(line: string, indent: number): string {
  let removed = 0;
  while (removed < indent && line[removed] === ' ') removed++;
  return line.slice(removed);
}

interface ListItem {
  kind: 'ul' | 'ol';
  /** "-", "*", "+", "." or ")": a different marker starts a new list. */
  marker: string;
  start: number;
  text: string;
}

function listItem(line: string): ListItem | undefined {
  const match = /^ {0,3}(?:([-*+])|(\d{1,9})([.)]))(?:[ \t]+(.*))?$/.exec(line);
  if (!match) return undefined;
  const [, bullet, number, delimiter, text = ''] = match;
  if (bullet !== undefined) return { kind: 'ul', marker: bullet, start: 1, text: text.trim() };
  return { kind: 'ol', marker: delimiter ?? '.', start: Number(number), text: text.trim() };
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

function unescapeBackslashes(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Inline Markdown → text and inline elements. */
function inline(text: string): XmlNode[] {
  const nodes: XmlNode[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer !== '') nodes.push(buffer);
    buffer = '';
  };
  const emit = (node: XmlNode) => {
    flush();
    nodes.push(node);
  };

  for (let index = 0; index < text.length; ) {
    const char = text[index] ?? '';
    const next = text[index + 1];

    if (char === '\\') {
      if (next === '\n') {
        emit(element('br'));
        index += 2;
      } else if (next !== undefined && ASCII_PUNCTUATION.test(next)) {
        buffer += next;
        index += 2;
      } else {
        buffer += char;
        index++;
      }
      continue;
    }

    if (char === '`') {
      const span = codeSpan(text, index);
      if (span) {
        emit(element('code', {}, [span.code]));
        index = span.end;
      } else {
        const run = /^`+/.exec(text.slice(index))?.[0] ?? '`';
        buffer += run;
        index += run.length;
      }
      continue;
    }

    if (char === '[') {
      const link = linkAt(text, index);
      if (link) {
        emit(element('a', { href: link.href, title: link.title }, inline(link.label)));
        index = link.end;
        continue;
      }
    }

    if (char === '<') {
      const autolink = /^<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^<>\s]*)>/.exec(text.slice(index));
      if (autolink?.[1] !== undefined) {
        emit(element('a', { href: autolink[1] }, [autolink[1]]));
        index += autolink[0].length;
        continue;
      }
    }

    if (char === '*' || char === '_') {
      const emphasis = emphasisAt(text, index);
      if (emphasis) {
        emit(element(emphasis.strong ? 'strong' : 'em', {}, inline(emphasis.inner)));
        index = emphasis.end;
        continue;
      }
      const run = new RegExp(`^\\${char}+`).exec(text.slice(index))?.[0] ?? char;
      buffer += run;
      index += run.length;
      continue;
    }

    buffer += char;
    index++;
  }
  flush();
  return nodes;
}

/** A code span opening at `start` (a backtick run closed by a run of the same length). */
function codeSpan(text: string, start: number): { code: string; end: number } | undefined {
  const opening = /^`+/.exec(text.slice(start))?.[0] ?? '';
  const runs = /`+/g;
  runs.lastIndex = start + opening.length;
  for (let run = runs.exec(text); run; run = runs.exec(text)) {
    if (run[0].length !== opening.length) continue;
    let code = text.slice(start + opening.length, run.index).replace(/\n/g, ' ');
    if (code.length >= 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') code = code.slice(1, -1);
    return { code, end: run.index + run[0].length };
  }
  return undefined;
}

/** `[label](destination "title")` at `start`, or undefined when the brackets do not form a link. */
function linkAt(text: string, start: number): { label: string; href: string; title?: string; end: number } | undefined {
  let depth = 0;
  let close = -1;
  for (let index = start; index < text.length; index++) {
    const char = text[index];
    if (char === '\\') index++;
    else if (char === '[') depth++;
    else if (char === ']' && --depth === 0) {
      close = index;
      break;
    }
  }
  if (close === -1 || text[close + 1] !== '(') return undefined;
  const rest = text.slice(close + 2);
  const match = /^[ \t\n]*(?:<([^<>\n]*)>|((?:\\.|[^\s()\\]|\((?:\\.|[^\s()\\])*\))*))(?:[ \t\n]+(?:"((?:\\.|[^"\\])*)"|'((?:\\.|[^'\\])*)'))?[ \t\n]*\)/.exec(rest);
  if (!match) return undefined;
  const [whole, angled, bare, doubleQuoted, singleQuoted] = match;
  const title = doubleQuoted ?? singleQuoted;
  return {
    label: text.slice(start + 1, close),
    href: unescapeBackslashes(angled ?? bare ?? ''),
    ...(title === undefined ? {} : { title: unescapeBackslashes(title) }),
    end: close + 2 + whole.length,
  };
}

/**
 * `**strong**` / `__strong__` or `*em*` / `_em_` opening at `start`. Simplified from CommonMark:
 * a run of two or more delimiters opens strong, a single one emphasis; the opener must be followed,
 * and the closer preceded, by a non-space; an emphasis closer is a single delimiter (so
 * `*a **b** c*` nests); `_` does not open or close inside a word (snake_case stays as typed).
 */
function emphasisAt(text: string, start: number): { strong: boolean; inner: string; end: number } | undefined {
  const char = text[start] ?? '';
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  if (char === '_' && isWordChar(text[start - 1])) return undefined;
  const strong = text[start + 1] === char;
  const innerStart = start + (strong ? 2 : 1);
  if (innerStart >= text.length || /\s/.test(text[innerStart] ?? '')) return undefined;
  const closers = new RegExp(`\\${char}+`, 'g');
  closers.lastIndex = innerStart + 1;
  for (let closer = closers.exec(text); closer; closer = closers.exec(text)) {
    const length = closer[0].length;
    if (/\s/.test(text[closer.index - 1] ?? ' ')) continue;
    if (strong ? length < 2 : length !== 1) continue;
    if (char === '_' && isWordChar(text[closer.index + length])) continue;
    return { strong, inner: text.slice(innerStart, closer.index), end: closer.index + (strong ? 2 : 1) };
  }
  return undefined;
}
