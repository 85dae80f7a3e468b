/**
 * A small JSON parser that remembers where every value and key starts (line and column, 1-based),
 * so policy problems can be reported as "line 7, column 9" in every browser alike. `JSON.parse`
 * cannot do that: its messages differ between engines and it drops positions and duplicate keys.
 *
 * It accepts exactly RFC 8259 JSON. The errors name the usual hand-editing mistakes (a trailing
 * comma, single quotes, a missing comma, a comment) and say how to fix them. Nesting is capped at
 * {@link MAX_DEPTH} levels so hostile input cannot exhaust the stack; the parser never throws.
 */

/** A place in the source text. `offset` counts UTF-16 code units from the start. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** A key of an object with the value it maps to. Duplicate keys are all kept, in order. */
export interface JsonEntry {
  readonly key: string;
  readonly keyAt: SourcePosition;
  readonly value: JsonNode;
}

/** A parsed JSON value with the position of its first character. */
export type JsonNode =
  | { readonly kind: 'object'; readonly entries: readonly JsonEntry[]; readonly at: SourcePosition }
  | { readonly kind: 'array'; readonly items: readonly JsonNode[]; readonly at: SourcePosition }
  | { readonly kind: 'string'; readonly value: string; readonly at: SourcePosition }
  | { readonly kind: 'number'; readonly value: number; readonly raw: string; readonly at: SourcePosition }
  | { readonly kind: 'boolean'; readonly value: boolean; readonly at: SourcePosition }
  | { readonly kind: 'null'; readonly at: SourcePosition };

/** Why the text is not JSON, and where. */
export interface JsonSyntaxError {
  readonly message: string;
  readonly at: SourcePosition;
}

/** The parsed tree or the first syntax error. */
export type JsonParseResult = { readonly ok: true; readonly value: JsonNode } | { readonly ok: false; readonly error: JsonSyntaxError };

/** Deepest nesting of objects and arrays accepted (real policies use about five). */
export const MAX_DEPTH = 64;

class SyntaxFailure {
  constructor(readonly message: string, readonly offset: number) {}
}

/** Describes the character at `offset` for a message: `'}'`, `the end of the text`, `a line break`. */
function describeChar(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the text';
  const char = text[offset] ?? '';
  if (char === '\n' || char === '\r') return 'a line break';
  if (char === '\t') return 'a tab';
  const code = text.codePointAt(offset) ?? 0;
  if (code < 0x20) return `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${String.fromCodePoint(code)}'`;
}

/** Line and column (both 1-based) of an offset. */
export function positionAt(text: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i += 1) {
    const char = text.charCodeAt(i);
    if (char === 10) {
      line += 1;
      lineStart = i + 1;
    } else if (char === 13) {
      if (text.charCodeAt(i + 1) === 10) i += 1;
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1, offset: end };
}

/** Parses `text` as JSON, keeping positions; never throws. */
export function parseJsonWithPositions(text: string): JsonParseResult {
  let index = 0;
  // Positions are computed once per value by walking forward from the last one (linear overall).
  let lastOffset = 0;
  let lastPosition: SourcePosition = { line: 1, column: 1, offset: 0 };
  const at = (offset: number): SourcePosition => {
    if (offset < lastOffset) return positionAt(text, offset);
    let { line, column } = lastPosition;
    for (let i = lastOffset; i < offset; i += 1) {
      const char = text.charCodeAt(i);
      if (char === 10 || (char === 13 && text.charCodeAt(i + 1) !== 10)) {
        line += 1;
        column = 1;
      } else {
        column += 1;
      }
    }
    lastOffset = offset;
    lastPosition = { line, column, offset };
    return lastPosition;
  };
  const fail = (message: string, offset = index): never => {
    throw new SyntaxFailure(message, offset);
  };

  const skipSpace = () => {
    for (;;) {
      const char = text[index];
      if (char === ' ' || char === '\t' || char === '\n' || char === '\r') {
        index += 1;
      } else if (char === '/' && (text[index + 1] === '/' || text[index + 1] === '*')) {
        fail('Comments are not allowed in JSON; delete the comment.');
      } else {
        return;
      }
    }
  };

  const parseString = (): string => {
    const start = index;
    if (text[index] === "'") fail("Strings must use double quotes (\"), not single quotes (').");
    index += 1; // opening quote
    let result = '';
    for (;;) {
      if (index >= text.length) fail('This string is never closed: add the closing double quote (").', start);
      const char = text[index] ?? '';
      const code = char.charCodeAt(0);
      if (char === '"') {
        index += 1;
        return result;
      }
      if (char === '\\') {
        const next = text[index + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (next !== undefined && next in simple) {
          result += simple[next];
          index += 2;
        } else if (next === 'u') {
          const hex = text.slice(index + 2, index + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('A \\u escape needs four hexadecimal digits, e.g. \\u00e9.');
          result += String.fromCharCode(Number.parseInt(hex, 16));
          index += 6;
        } else {
          fail(`Unknown escape \\${next ?? ''} in a string; to write a backslash use \\\\.`);
        }
      } else if (code < 0x20) {
        fail(
          code === 10 || code === 13
            ? 'A string cannot continue on the next line: close it with " before the line break.'
            : `Control character ${describeChar(text, index)} is not allowed inside a string; escape it.`,
        );
      } else {
        result += char;
        index += 1;
      }
    }
  };

  const parseNumber = (): JsonNode => {
    const start = index;
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(index, index + 400));
    if (!match || match[0] === '-') fail(`${describeChar(text, index)} does not start a JSON value.`);
    const raw = match?.[0] ?? '';
    index += raw.length;
    const value = Number(raw);
    if (!Number.isFinite(value)) fail(`The number ${raw} is too large.`, start);
    return { kind: 'number', value, raw, at: at(start) };
  };

  const parseWord = (word: 'true' | 'false' | 'null'): JsonNode => {
    const start = index;
    if (text.slice(index, index + word.length) !== word) {
      const found = /^[A-Za-z_]\w*/.exec(text.slice(index, index + 40))?.[0];
      fail(found ? `Unexpected word "${found}": text must be in double quotes, e.g. "${found}".` : `${describeChar(text, index)} does not start a JSON value.`);
    }
    index += word.length;
    if (word === 'null') return { kind: 'null', at: at(start) };
    return { kind: 'boolean', value: word === 'true', at: at(start) };
  };

  const parseValue = (depth: number): JsonNode => {
    skipSpace();
    if (depth > MAX_DEPTH) fail(`Nested more than ${MAX_DEPTH} levels deep; a policy never needs that.`);
    const char = text[index];
    if (char === undefined) return fail('The text ends where a value is expected.');
    if (char === '{') return parseObject(depth);
    if (char === '[') return parseArray(depth);
    if (char === '"' || char === "'") {
      const start = index;
      return { kind: 'string', value: parseString(), at: at(start) };
    }
    if (char === '-' || (char >= '0' && char <= '9')) return parseNumber();
    if (char === 't') return parseWord('true');
    if (char === 'f') return parseWord('false');
    if (char === 'n') return parseWord('null');
    if (char === '}' || char === ']') return fail(`Expected a value but found ${describeChar(text, index)}.`);
    const word = /^[A-Za-z_]\w*/.exec(text.slice(index, index + 40))?.[0];
    return fail(word ? `Unexpected word "${word}": text must be in double quotes, e.g. "${word}".` : `${describeChar(text, index)} does not start a JSON value.`);
  };

  const parseObject = (depth: number): JsonNode => {
    const start = index;
    index += 1;
    const entries: JsonEntry[] = [];
    skipSpace();
    if (text[index] === '}') {
      index += 1;
      return { kind: 'object', entries, at: at(start) };
    }
    for (;;) {
      skipSpace();
      const char = text[index];
      if (char === '}' && entries.length > 0) fail("Trailing comma before '}': remove the last comma.", index);
      if (char !== '"') {
        if (char === "'") fail("Property names must use double quotes (\"), not single quotes (').");
        if (char === undefined) fail("The text ends inside an object: close it with '}'.", start);
        fail(`Expected a property name in double quotes but found ${describeChar(text, index)}.`);
      }
      const keyStart = index;
      const key = parseString();
      const keyAt = at(keyStart);
      skipSpace();
      if (text[index] !== ':') fail(`Expected ':' after the property name "${key}" but found ${describeChar(text, index)}.`);
      index += 1;
      const value = parseValue(depth + 1);
      entries.push({ key, keyAt, value });
      skipSpace();
      const after = text[index];
      if (after === ',') {
        index += 1;
        continue;
      }
      if (after === '}') {
        index += 1;
        return { kind: 'object', entries, at: at(start) };
      }
      if (after === '"') fail(`Missing ',' between properties: add a comma after the value of "${key}".`);
      if (after === undefined) fail("The text ends inside an object: close it with '}'.", start);
      fail(`Expected ',' or '}' after the value of "${key}" but found ${describeChar(text, index)}.`);
    }
  };

  const parseArray = (depth: number): JsonNode => {
    const start = index;
    index += 1;
    const items: JsonNode[] = [];
    skipSpace();
    if (text[index] === ']') {
      index += 1;
      return { kind: 'array', items, at: at(start) };
    }
    for (;;) {
      skipSpace();
      if (text[index] === ']' && items.length > 0) fail("Trailing comma before ']': remove the last comma.", index);
      items.push(parseValue(depth + 1));
      skipSpace();
      const after = text[index];
      if (after === ',') {
        index += 1;
        continue;
      }
      if (after === ']') {
        index += 1;
        return { kind: 'array', items, at: at(start) };
      }
      if (after === undefined) fail("The text ends inside a list: close it with ']'.", start);
      if (after === '"' || after === '{' || after === '[') fail("Missing ',' between list items: add a comma.");
      fail(`Expected ',' or ']' in a list but found ${describeChar(text, index)}.`);
    }
  };

  try {
    if (text.trim() === '') return { ok: false, error: { message: 'The text is empty.', at: { line: 1, column: 1, offset: 0 } } };
    const value = parseValue(0);
    skipSpace();
    if (index < text.length) fail(`Unexpected ${describeChar(text, index)} after the end of the JSON value; delete it.`);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof SyntaxFailure) return { ok: false, error: { message: error.message, at: positionAt(text, error.offset) } };
    // Anything else (e.g. an engine limit) is still reported, never thrown.
    return { ok: false, error: { message: 'The text could not be read as JSON.', at: positionAt(text, index) } };
  }
}

/** Converts a tree back to a plain JavaScript value (last duplicate key wins, as in JSON.parse). */
export function toPlainValue(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const entry of node.entries) {
        Object.defineProperty(result, entry.key, { value: toPlainValue(entry.value), enumerable: true, configurable: true, writable: true });
      }
      return result;
    }
    case 'array':
      return node.items.map(toPlainValue);
    case 'null':
      return null;
    default:
      return node.value;
  }
}
