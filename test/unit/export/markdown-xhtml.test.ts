import { describe, expect, test } from 'vitest';
import { markdownToXhtml, markdownToXhtmlFlow } from '~/lib/export/markdown-xhtml';
import { element, renderXmlDocument, type XmlNode } from '~/lib/export/xml';
import { parseXml } from './read-back';

/** The nodes as XHTML text, inside a <body> that is stripped again. */
function xhtml(nodes: XmlNode[]): string {
  const document = renderXmlDocument(element('body', {}, nodes));
  parseXml(document); // well-formed, or this throws
  return document
    .replace(/^<\?xml[^>]*>\n<body>\n?/, '')
    .replace(/\n?<\/body>\n$/, '')
    .replace(/^ {2}/gm, '');
}
const blocks = (markdown: string) => xhtml(markdownToXhtml(markdown));
const flow = (markdown: string) => xhtml(markdownToXhtmlFlow(markdown));

describe('markdownToXhtml blocks', () => {
  test('paragraphs are separated by blank lines; a single line break stays inside the paragraph', () => {
    expect(blocks('one\ntwo\n\n  three  ')).toBe('<p>one\ntwo</p>\n<p>three</p>');
  });

  test('a fenced code block keeps every line, blank ones too, with its language as a class', () => {
    expect(blocks('Look:\n```hcl\na = "<b>" & c\n\n# d\n```\nafter')).toBe(
      '<p>Look:</p>\n<pre><code class="language-hcl">a = "&lt;b&gt;" &amp; c\n\n# d\n</code></pre>\n<p>after</p>',
    );
  });

  test('tilde fences, longer closing fences and unclosed fences follow CommonMark', () => {
    expect(blocks('~~~\n```\n~~~~')).toBe('<pre><code>```\n</code></pre>');
    expect(blocks('````sh\nx\n```\n````')).toBe('<pre><code class="language-sh">x\n```\n</code></pre>');
    expect(blocks('```\nruns to the end')).toBe('<pre><code>runs to the end\n</code></pre>');
  });

  test('bullet and ordered lists, and a bullet list may interrupt a paragraph', () => {
    expect(blocks('Pick:\n- a\n- b\n  continued\n\n1. x\n2) y')).toBe(
      '<p>Pick:</p>\n<ul>\n  <li>a</li>\n  <li>b\ncontinued</li>\n</ul>\n<ol>\n  <li>x</li>\n</ol>\n<ol>\n  <li>y</li>\n</ol>',
    );
    expect(blocks('In\n2024. nothing changed')).toBe('<p>In\n2024. nothing changed</p>');
  });

  test('headings, quotes and tables are kept as text', () => {
    expect(blocks('# not a heading\n> quote\n| a | b |')).toBe('<p># not a heading\n&gt; quote\n| a | b |</p>');
  });
});

describe('markdownToXhtml inline', () => {
  test('code spans keep their content verbatim, backticks inside longer runs too', () => {
    expect(flow('Run `terraform plan` or `` a ` b `` and `*not em*`')).toBe(
      'Run <code>terraform plan</code> or <code>a ` b</code> and <code>*not em*</code>',
    );
  });

  test('strong and emphasis nest; snake_case and lone stars stay as typed', () => {
    expect(flow('*a **b** c* and _d_ but snake_case_name, 2 * 3 and **open')).toBe(
      '<em>a <strong>b</strong> c</em> and <em>d</em> but snake_case_name, 2 * 3 and **open',
    );
  });

  test('links keep their target and title; autolinks become links', () => {
    expect(flow('See [26.1 *RTO*](/26-ha/1-rto/ "RTO and RPO") or <https://aws.amazon.com/?a=1&b=2>.')).toBe(
      'See <a href="/26-ha/1-rto/" title="RTO and RPO">26.1 <em>RTO</em></a> or <a href="https://aws.amazon.com/?a=1&amp;b=2">https://aws.amazon.com/?a=1&amp;b=2</a>.',
    );
    expect(flow('[not a link] (x) and [x]')).toBe('[not a link] (x) and [x]');
  });

  test('raw HTML and entities show as typed; backslash escapes drop the backslash', () => {
    expect(flow('<tag attr="x"> &amp; & \\*not em\\* C:\\new \\{')).toBe('&lt;tag attr="x"&gt; &amp;amp; &amp; *not em* C:\\new {');
  });

  test('a backslash at the end of a line is a line break', () => {
    expect(flow('one\\\ntwo')).toBe('one<br/>two');
  });

  test('markdownToXhtmlFlow unwraps a single paragraph but keeps several blocks', () => {
    expect(flow('just text')).toBe('just text');
    expect(flow('one\n\ntwo')).toBe('<p>one</p>\n<p>two</p>');
  });
});
