import { describe, expect, test } from 'vitest';
import { element, escapeXml, hasNonXmlCharacter, renderXmlDocument } from '~/lib/export/xml';
import { only, parseXml, textContent } from './read-back';

describe('escapeXml', () => {
  test('escapes &, < and > in text, and quotes too in attributes', () => {
    expect(escapeXml('a < b && c > "d" ]]>', 'text')).toBe('a &lt; b &amp;&amp; c &gt; "d" ]]&gt;');
    expect(escapeXml('say "hi" & <go>', 'attribute')).toBe('say &quot;hi&quot; &amp; &lt;go&gt;');
  });

  test('writes carriage returns, and in attributes tabs and line feeds, as references so parsers keep them', () => {
    expect(escapeXml('a\r\nb\tc', 'text')).toBe('a&#13;\nb\tc');
    expect(escapeXml('a\r\nb\tc', 'attribute')).toBe('a&#13;&#10;b&#9;c');
  });

  test('replaces characters XML 1.0 cannot carry with U+FFFD, keeping astral characters', () => {
    expect(hasNonXmlCharacter('ok\t\n😀')).toBe(false);
    expect(hasNonXmlCharacter('bell\u0007')).toBe(true);
    expect(escapeXml('\u0000\u0008\uFFFE\uD800x😀', 'text')).toBe('\uFFFD\uFFFD\uFFFD\uFFFDx😀');
  });
});

describe('renderXmlDocument', () => {
  test('round-trips text and attributes through a parser exactly', () => {
    const hostile = ' <tag> & "q" \'s\' \r\n\t{}~=#: é 😀 ';
    const document = renderXmlDocument(element('root', { a: hostile }, [element('t', {}, [hostile])]));
    const root = parseXml(document);
    expect(root.attributes.a).toBe(hostile);
    expect(textContent(only(root, 't'))).toBe(hostile);
  });

  test('indents only between block children, never inside text or <pre>', () => {
    const document = renderXmlDocument(
      element('div', {}, [element('p', {}, ['a ', element('code', {}, ['b'])]), element('pre', {}, [element('code', {}, ['x\n  y\n'])]), element('p', {}, [element('em', {}, ['e'])])]),
    );
    expect(document).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<div>\n  <p>a <code>b</code></p>\n  <pre><code>x\n  y\n</code></pre>\n  <p><em>e</em></p>\n</div>\n');
  });
});
