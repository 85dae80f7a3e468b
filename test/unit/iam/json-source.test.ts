import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, parseJsonWithPositions, positionAt, toPlainValue } from '~/lib/iam/json-source';

function errorOf(text: string) {
  const result = parseJsonWithPositions(text);
  if (result.ok) throw new Error('expected a syntax error');
  return { message: result.error.message, line: result.error.at.line, column: result.error.at.column };
}

describe('positions', () => {
  it('gives 1-based line and column of keys and values', () => {
    const result = parseJsonWithPositions('{\n  "Version": "2012-10-17",\n  "Statement": []\n}');
    if (!result.ok || result.value.kind !== 'object') throw new Error('not an object');
    const [version, statement] = result.value.entries;
    expect(version?.keyAt).toMatchObject({ line: 2, column: 3 });
    expect(version?.value.at).toMatchObject({ line: 2, column: 14 });
    expect(statement?.keyAt).toMatchObject({ line: 3, column: 3 });
  });

  it('counts Windows line endings as one line break', () => {
    expect(positionAt('a\r\nb\r\nc', 6)).toMatchObject({ line: 3, column: 1 });
  });

  it('keeps duplicate keys so the policy reader can report them', () => {
    const result = parseJsonWithPositions('{"Effect": "Allow", "Effect": "Deny"}');
    expect(result.ok && result.value.kind === 'object' ? result.value.entries.map((e) => e.key) : []).toEqual(['Effect', 'Effect']);
  });
});

describe('syntax errors say what is wrong and where', () => {
  it.each([
    ['{"a": 1,}', 1, 9, "Trailing comma before '}': remove the last comma."],
    ['[1, 2,]', 1, 7, "Trailing comma before ']': remove the last comma."],
    ["{'Effect': 'Allow'}", 1, 2, 'Property names must use double quotes ("), not single quotes (\').'],
    ['{"Effect": \'Allow\'}', 1, 12, 'Strings must use double quotes ("), not single quotes (\').'],
    ['{\n  "Effect": "Allow"\n  "Action": "s3:*"\n}', 3, 3, 'Missing \',\' between properties: add a comma after the value of "Effect".'],
    ['{"Effect": Allow}', 1, 12, 'Unexpected word "Allow": text must be in double quotes, e.g. "Allow".'],
    ['{"a": 1} // note', 1, 10, 'Comments are not allowed in JSON; delete the comment.'],
    ['{"Effect": "Allow', 1, 12, 'This string is never closed: add the closing double quote (").'],
    ['{"a": [1, 2}', 1, 12, "Expected ',' or ']' in a list but found '}'."],
    ['{"a" 1}', 1, 6, 'Expected \':\' after the property name "a" but found \'1\'.'],
    ['{"a": 1', 1, 1, "The text ends inside an object: close it with '}'."],
    ['{"a": 1}}', 1, 9, "Unexpected '}' after the end of the JSON value; delete it."],
    ['', 1, 1, 'The text is empty.'],
  ])('%j', (text, line, column, message) => {
    expect(errorOf(text)).toEqual({ message, line, column });
  });

  it('refuses nesting deeper than the limit instead of overflowing the stack', () => {
    const deep = '['.repeat(MAX_DEPTH + 5) + ']'.repeat(MAX_DEPTH + 5);
    expect(errorOf(deep).message).toBe(`Nested more than ${MAX_DEPTH} levels deep; a policy never needs that.`);
    expect(() => parseJsonWithPositions('['.repeat(100_000))).not.toThrow();
  });
});

describe('property: agrees with JSON.parse', () => {
  it('valid JSON parses to the same value', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'small' }), (text) => {
        const result = parseJsonWithPositions(text);
        expect(result.ok).toBe(true);
        if (result.ok) expect(toPlainValue(result.value)).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it('any text: never throws, and accepts exactly what JSON.parse accepts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json().map((t) => t.slice(0, Math.max(0, t.length - 1)))), (text) => {
        const result = parseJsonWithPositions(text);
        let native = true;
        try {
          JSON.parse(text);
        } catch {
          native = false;
        }
        // An empty or whitespace-only text is reported as empty; JSON.parse rejects it too.
        expect(result.ok).toBe(native);
        if (!result.ok) {
          expect(result.error.at.line).toBeGreaterThanOrEqual(1);
          expect(result.error.at.column).toBeGreaterThanOrEqual(1);
          expect(result.error.message).toMatch(/\S/);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
