/**
 * A tiny typed model of an HCL document (blocks, attributes, expressions) and a renderer whose
 * output is already what `terraform fmt` would write.
 *
 * Why a model: generated Terraform is built from values, never by pasting user text into HCL, so a
 * tag value such as `"${file("/etc/passwd")}"` ends up as a literal string, not an expression. Every
 * string goes through {@link escapeString}, the one place that knows HCL's quoting rules.
 *
 * Formatting follows hclwrite (the code behind `terraform fmt`): two-space indent per open bracket
 * line, and the `=` of consecutive single-line attributes aligned one column after the longest name
 * (names measured in grapheme clusters). A blank line, a comment, a block or an attribute whose value
 * spans several lines ends such a run.
 */

/** An HCL expression the renderer can write. */
export type Expression =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'reference'; readonly path: readonly string[] }
  | { readonly kind: 'tuple'; readonly items: readonly Expression[]; readonly multiline: boolean }
  | { readonly kind: 'object'; readonly entries: readonly ObjectEntry[]; readonly multiline: boolean }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Expression[] };

/** A key of an object constructor: a bare identifier, or a quoted string for anything else. */
export type ObjectKey = { readonly kind: 'identifier'; readonly name: string } | { readonly kind: 'string'; readonly value: string };

/** One `key = value` pair of an object constructor. */
export interface ObjectEntry {
  readonly key: ObjectKey;
  readonly value: Expression;
}

/** `name = value` inside a body. */
export interface Attribute {
  readonly kind: 'attribute';
  readonly name: string;
  readonly value: Expression;
}

/** `type "label" … { body }`. */
export interface Block {
  readonly kind: 'block';
  readonly type: string;
  readonly labels: readonly string[];
  readonly body: readonly BodyItem[];
}

/** A `# …` line comment on its own line. */
export interface Comment {
  readonly kind: 'comment';
  readonly text: string;
}

/** An empty line, used to group attributes and separate blocks. */
export interface BlankLine {
  readonly kind: 'blank';
}

/** Anything that can appear in a body or at the top level of a file. */
export type BodyItem = Attribute | Block | Comment | BlankLine;

/** A whole `.tf` file. */
export interface HclDocument {
  readonly body: readonly BodyItem[];
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function assertIdentifier(name: string, what: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`HCL ${what} "${name}" is not a valid identifier.`);
  return name;
}

/** A quoted string literal. Any text is allowed; it is escaped when rendered. */
export const str = (value: string): Expression => ({ kind: 'string', value });
/** A number literal (finite numbers only). */
export const num = (value: number): Expression => {
  if (!Number.isFinite(value)) throw new Error(`HCL number must be finite, got ${value}.`);
  return { kind: 'number', value };
};
/** `true` or `false`. */
export const bool = (value: boolean): Expression => ({ kind: 'bool', value });
/** A reference such as `aws_backup_vault.main.name`; every part must be an identifier. */
export const ref = (...path: string[]): Expression => {
  if (path.length === 0) throw new Error('HCL reference needs at least one part.');
  path.forEach((part) => assertIdentifier(part, 'reference part'));
  return { kind: 'reference', path };
};
/** A tuple `[a, b]`, on one line or one item per line. */
export const tuple = (items: readonly Expression[], options: { multiline?: boolean } = {}): Expression => ({
  kind: 'tuple',
  items,
  multiline: options.multiline ?? false,
});
/** An object `{ key = value }`, on one line or one entry per line. */
export const object = (entries: readonly ObjectEntry[], options: { multiline?: boolean } = {}): Expression => ({
  kind: 'object',
  entries,
  multiline: options.multiline ?? false,
});
/** An object entry whose key is a fixed identifier chosen by the generator (e.g. `Version`). */
export const identifierEntry = (name: string, value: Expression): ObjectEntry => ({
  key: { kind: 'identifier', name: assertIdentifier(name, 'object key') },
  value,
});
/** An object entry whose key is arbitrary text (e.g. a tag key typed by a user); always quoted. */
export const stringEntry = (key: string, value: Expression): ObjectEntry => ({ key: { kind: 'string', value: key }, value });
/** A function call such as `jsonencode({...})`. */
export const call = (name: string, ...args: Expression[]): Expression => ({
  kind: 'call',
  name: assertIdentifier(name, 'function name'),
  args,
});
/** `name = value`. */
export const attr = (name: string, value: Expression): Attribute => ({
  kind: 'attribute',
  name: assertIdentifier(name, 'attribute name'),
  value,
});
/** A block with optional labels. Labels are written as quoted strings. */
export const block = (type: string, labels: readonly string[], body: readonly BodyItem[]): Block => ({
  kind: 'block',
  type: assertIdentifier(type, 'block type'),
  labels,
  body,
});
/** A single-line comment written by the generator (never user text). */
export const comment = (text: string): Comment => {
  if (/[\r\n\u2028\u2029]/.test(text)) throw new Error('HCL comment must be a single line.');
  return { kind: 'comment', text };
};
/** An empty line. */
export const blank = (): BlankLine => ({ kind: 'blank' });

/**
 * Escapes text for a quoted HCL string: the only place user text becomes HCL source.
 * - `"` and `\` are backslash-escaped; newline, carriage return and tab use `\n`, `\r`, `\t`;
 * - other control characters (C0, DEL, C1) and the Unicode line/paragraph separators become `\uXXXX`;
 * - `${` and `%{` become `$${` and `%%{`, so text never starts an interpolation or a directive;
 * - everything else, emoji and other non-ASCII included, is kept as UTF-8.
 * Throws on unpaired UTF-16 surrogates, which have no UTF-8 form: validation rejects them first.
 */
export function escapeString(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] ?? '';
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) throw new Error('String contains an unpaired surrogate.');
      out += ch + (value[i + 1] ?? '');
      i++;
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) throw new Error('String contains an unpaired surrogate.');
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) {
      out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    } else if ((ch === '$' || ch === '%') && value[i + 1] === '{') out += ch + ch;
    else out += ch;
  }
  return out;
}

/** True when `value` has no unpaired UTF-16 surrogate, i.e. it can be written as UTF-8. */
export function isWellFormedText(value: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
}

const quote = (value: string): string => `"${escapeString(value)}"`;

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/** Width of text as hclwrite measures it for alignment: grapheme clusters. */
function columns(text: string): number {
  if (segmenter) {
    let n = 0;
    for (const _ of segmenter.segment(text)) n++;
    return n;
  }
  return [...text].length;
}

function keyText(key: ObjectKey): { text: string; width: number } {
  if (key.kind === 'identifier') return { text: key.name, width: columns(key.name) };
  // hclwrite measures the quotes and the literal as separate tokens.
  const inner = escapeString(key.value);
  return { text: `"${inner}"`, width: 2 + columns(inner) };
}

/** One output line: plain text, or an alignable `name = value` line. */
type Line =
  | { readonly indent: number; readonly text: string }
  | { readonly indent: number; readonly name: string; readonly nameWidth: number; readonly value: string };

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return value.toFixed(0);
  return String(value);
}

/** Renders an expression on one line, or returns null if it must span several lines. */
function inline(expr: Expression): string | null {
  switch (expr.kind) {
    case 'string':
      return quote(expr.value);
    case 'number':
      return formatNumber(expr.value);
    case 'bool':
      return expr.value ? 'true' : 'false';
    case 'reference':
      return expr.path.join('.');
    case 'tuple': {
      if (expr.multiline && expr.items.length > 0) return null;
      const items = expr.items.map(inline);
      if (items.some((item) => item === null)) return null;
      return `[${items.join(', ')}]`;
    }
    case 'object': {
      if (expr.entries.length === 0) return '{}';
      if (expr.multiline) return null;
      const parts: string[] = [];
      for (const entry of expr.entries) {
        const value = inline(entry.value);
        if (value === null) return null;
        parts.push(`${keyText(entry.key).text} = ${value}`);
      }
      return `{ ${parts.join(', ')} }`;
    }
    case 'call': {
      const args = expr.args.map(inline);
      if (args.some((arg) => arg === null)) return null;
      return `${expr.name}(${args.join(', ')})`;
    }
  }
}

/**
 * Emits a multi-line expression: `prefix` goes before its opening bracket on the first line and
 * `suffix` after its closing bracket on the last.
 */
function emitMultiline(expr: Expression, indent: number, prefix: string, suffix: string, out: Line[]): void {
  switch (expr.kind) {
    case 'tuple':
      out.push({ indent, text: `${prefix}[` });
      for (const item of expr.items) {
        const single = inline(item);
        if (single !== null) out.push({ indent: indent + 1, text: `${single},` });
        else emitMultiline(item, indent + 1, '', ',', out);
      }
      out.push({ indent, text: `]${suffix}` });
      return;
    case 'object':
      out.push({ indent, text: `${prefix}{` });
      for (const entry of expr.entries) {
        const key = keyText(entry.key);
        const single = inline(entry.value);
        if (single !== null) out.push({ indent: indent + 1, name: key.text, nameWidth: key.width, value: single });
        else emitMultiline(entry.value, indent + 1, `${key.text} = `, '', out);
      }
      out.push({ indent, text: `}${suffix}` });
      return;
    case 'call': {
      const [only, ...rest] = expr.args;
      if (!only || rest.length > 0) throw new Error(`Multi-line call ${expr.name}() must have exactly one argument.`);
      emitMultiline(only, indent, `${prefix}${expr.name}(`, `)${suffix}`, out);
      return;
    }
    default:
      throw new Error(`A ${expr.kind} expression always fits on one line.`);
  }
}

function emitBody(items: readonly BodyItem[], indent: number, out: Line[]): void {
  for (const item of items) {
    switch (item.kind) {
      case 'blank':
        out.push({ indent: 0, text: '' });
        break;
      case 'comment':
        out.push({ indent, text: item.text === '' ? '#' : `# ${item.text}` });
        break;
      case 'attribute': {
        const single = inline(item.value);
        if (single !== null) out.push({ indent, name: item.name, nameWidth: columns(item.name), value: single });
        else emitMultiline(item.value, indent, `${item.name} = `, '', out);
        break;
      }
      case 'block': {
        const header = [item.type, ...item.labels.map(quote)].join(' ');
        if (item.body.length === 0) {
          out.push({ indent, text: `${header} {}` });
        } else {
          out.push({ indent, text: `${header} {` });
          emitBody(item.body, indent + 1, out);
          out.push({ indent, text: '}' });
        }
        break;
      }
    }
  }
}

/** Renders a document exactly as `terraform fmt` would format it, ending with a newline. */
export function renderHcl(document: HclDocument): string {
  const lines: Line[] = [];
  emitBody(document.body, 0, lines);
  const widths = new Array<number>(lines.length).fill(0);
  // Align "=" across each run of consecutive single-line attributes.
  let start = 0;
  while (start < lines.length) {
    const first = lines[start];
    if (!first || !('name' in first)) {
      start++;
      continue;
    }
    let end = start;
    let widest = 0;
    for (let line = lines[end]; line && 'name' in line; line = lines[++end]) widest = Math.max(widest, line.nameWidth);
    for (let i = start; i < end; i++) widths[i] = widest;
    start = end;
  }
  return (
    lines
      .map((line, i) => {
        if ('name' in line) {
          const pad = ' '.repeat((widths[i] ?? line.nameWidth) - line.nameWidth);
          return `${'  '.repeat(line.indent)}${line.name}${pad} = ${line.value}`;
        }
        return line.text === '' ? '' : `${'  '.repeat(line.indent)}${line.text}`;
      })
      .join('\n') + '\n'
  );
}

/** Version constraint every generated configuration pins the AWS provider to (provider v6). */
export const AWS_PROVIDER_CONSTRAINT = '~> 6.0';

/** Oldest Terraform every generated configuration supports. */
export const TERRAFORM_REQUIRED_VERSION = '>= 1.5.0';

/**
 * The `terraform { required_version …; required_providers { aws = … } }` block every generated
 * configuration starts with, so all widgets pin the same versions.
 */
export function terraformSettingsBlock(): Block {
  return block('terraform', [], [
    attr('required_version', str(TERRAFORM_REQUIRED_VERSION)),
    blank(),
    block('required_providers', [], [
      attr('aws', object([identifierEntry('source', str('hashicorp/aws')), identifierEntry('version', str(AWS_PROVIDER_CONSTRAINT))], { multiline: true })),
    ]),
  ]);
}

/** Separates groups of items with one blank line, the way hand-written Terraform groups things. */
export function withBlankLines(groups: readonly (readonly BodyItem[])[]): BodyItem[] {
  const out: BodyItem[] = [];
  for (const group of groups) {
    if (group.length === 0) continue;
    if (out.length > 0) out.push(blank());
    out.push(...group);
  }
  return out;
}
