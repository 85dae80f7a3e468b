/**
 * A small typed XML model and its serializer, shared by the Moodle XML and QTI exporters: documents
 * are built as `element()` trees and rendered here, so quiz text only ever reaches the output through
 * `escapeXml`, the one XML escaping function.
 */

/** An element: name, attributes (in the order given) and children. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

/** An element, or text (escaped when rendered). */
export type XmlNode = XmlElement | string;

/** Attribute values as the builders pass them; `undefined` leaves the attribute out. */
export type XmlAttributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** Builds an element. Numbers and booleans become their usual text ("1", "true"). */
export function element(name: string, attributes: XmlAttributes = {}, children: readonly XmlNode[] = []): XmlElement {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) kept[key] = String(value);
  return { name, attributes: kept, children };
}

/**
 * Characters XML 1.0 cannot carry, even as a character reference: C0 controls other than tab, line
 * feed and carriage return, U+FFFE, U+FFFF and unpaired surrogates.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NOT_XML_CHARS = new RegExp(NOT_XML_CHAR.source, 'gu');

/** Whether `text` holds a character XML 1.0 cannot represent (exporters warn before it is replaced). */
export function hasNonXmlCharacter(text: string): boolean {
  return NOT_XML_CHAR.test(text);
}

/**
 * Escapes text for element content (`context: 'text'`) or a double-quoted attribute value. `&`, `<`
 * and `>` become entities everywhere (`>` so that `]]>` cannot appear); carriage returns become
 * `&#13;` (a parser would otherwise turn them into line feeds). In attributes `"` becomes `&quot;`,
 * and tabs and line feeds become character references (a parser would turn them into spaces).
 * Characters XML cannot carry at all become U+FFFD.
 */
export function escapeXml(text: string, context: 'text' | 'attribute'): string {
  return text.replace(NOT_XML_CHARS, '\uFFFD').replace(/[&<>"\r\n\t]/g, (char) => {
    switch (char) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return context === 'attribute' ? '&quot;' : char;
      case '\r':
        return '&#13;';
      default:
        return context === 'attribute' ? `&#${char.charCodeAt(0)};` : char;
    }
  });
}

/**
 * Elements whose content keeps its whitespace exactly (preformatted text) and XHTML elements that
 * sit inside running text. Indentation is only added between children that are all block-level,
 * so the serializer never changes what a learner reads.
 */
const PRESERVE_WHITESPACE = new Set(['pre']);
const INLINE_ELEMENTS = new Set(['a', 'b', 'br', 'code', 'em', 'i', 'span', 'strong', 'sub', 'sup', 'textEntryInteraction']);

/** Renders a whole document: XML declaration, `root`, final newline. Indents with two spaces. */
export function renderXmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderElement(root, '')}\n`;
}

function renderElement(node: XmlElement, indent: string): string {
  const attributes = Object.entries(node.attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value, 'attribute')}"`)
    .join('');
  if (node.children.length === 0) return `<${node.name}${attributes}/>`;
  const blockChildren =
    !PRESERVE_WHITESPACE.has(node.name) &&
    node.children.every((child) => typeof child !== 'string' && !INLINE_ELEMENTS.has(child.name));
  if (blockChildren) {
    const inner = `${indent}  `;
    const children = node.children.map((child) => `\n${inner}${renderElement(child as XmlElement, inner)}`).join('');
    return `<${node.name}${attributes}>${children}\n${indent}</${node.name}>`;
  }
  const children = node.children
    .map((child) => (typeof child === 'string' ? escapeXml(child, 'text') : renderElement(child, indent)))
    .join('');
  return `<${node.name}${attributes}>${children}</${node.name}>`;
}
