import { format } from '@cdktn/hcl-tools';
import { describe, expect, it } from 'vitest';
import {
  attr,
  blank,
  block,
  bool,
  call,
  comment,
  escapeString,
  identifierEntry,
  isWellFormedText,
  num,
  object,
  ref,
  renderHcl,
  str,
  stringEntry,
  tuple,
} from '~/lib/terraform/hcl';
import { literal, parseHcl } from './hcl-json';

describe('escapeString', () => {
  it.each([
    ['plain', 'plain'],
    ['say "hi"', 'say \\"hi\\"'],
    ['C:\\backups', 'C:\\\\backups'],
    ['${var.secret}', '$${var.secret}'],
    ['%{ if true }', '%%{ if true }'],
    ['$${already}', '$$${already}'],
    ['cost: $5 and 100%', 'cost: $5 and 100%'],
    ['line\nbreak\r\n', 'line\\nbreak\\r\\n'],
    ['tab\there', 'tab\\there'],
    ['nul\u0000 bell\u0007 del\u007f c1\u0085', 'nul\\u0000 bell\\u0007 del\\u007F c1\\u0085'],
    ['para\u2028sep\u2029', 'para\\u2028sep\\u2029'],
    ['é 日本語 😀 👩🏽‍💻', 'é 日本語 😀 👩🏽‍💻'],
  ])('%j → %j', (input, escaped) => {
    expect(escapeString(input)).toBe(escaped);
  });

  it('refuses unpaired surrogates instead of writing broken UTF-8', () => {
    expect(() => escapeString('a\uD800b')).toThrow('unpaired surrogate');
    expect(() => escapeString('\uDC00')).toThrow('unpaired surrogate');
    expect(isWellFormedText('a\uD800b')).toBe(false);
    expect(isWellFormedText('😀')).toBe(true);
  });

  it("HashiCorp's parser reads every escaped string back as the original text", async () => {
    const values = [
      'say "hi"',
      'C:\\backups\\',
      '${file("/etc/passwd")}',
      '%{ for x in y }${x}%{ endfor }',
      '$${x}',
      '$',
      '%',
      '$$',
      'a$',
      '\n\r\t',
      '\u0000\u001f\u007f\u0085\u2028',
      'é 日本語 😀 👩🏽‍💻',
      '"\\${"',
    ];
    const source = values.map((value, i) => `v${i} = "${escapeString(value)}"`).join('\n') + '\n';
    const parsed = await parseHcl(source);
    values.forEach((value, i) => expect(parsed[`v${i}`]).toBe(literal(value)));
  });
});

describe('renderHcl', () => {
  const sample = {
    body: [
      comment('Sample'),
      block('resource', ['aws_backup_vault', 'main'], [
        attr('name', str('vault')),
        attr('force_destroy', bool(false)),
        attr('a_much_longer_name', num(7)),
        blank(),
        attr('tags', object([stringEntry('Team', str('ops')), stringEntry('Cost centre', str('42'))], { multiline: true })),
        attr('after_multiline', str('not aligned with the run above')),
        attr('x', ref('aws_backup_vault', 'other', 'arn')),
        attr('list', tuple([str('a'), str('b')])),
        attr('long_list', tuple([str('a'), str('b')], { multiline: true })),
        attr('empty', object([])),
        attr('inline_object', object([identifierEntry('Service', str('backup.amazonaws.com'))])),
        attr(
          'policy',
          call(
            'jsonencode',
            object(
              [
                identifierEntry('Version', str('2012-10-17')),
                identifierEntry('Statement', tuple([object([identifierEntry('Effect', str('Allow'))], { multiline: true })], { multiline: true })),
              ],
              { multiline: true },
            ),
          ),
        ),
        block('lifecycle', [], [attr('delete_after', num(30))]),
      ]),
    ],
  };

  it('writes exactly what terraform fmt writes', async () => {
    const text = renderHcl(sample);
    expect(text).toBe(await format(text));
    expect(text).toBe(`# Sample
resource "aws_backup_vault" "main" {
  name               = "vault"
  force_destroy      = false
  a_much_longer_name = 7

  tags = {
    "Team"        = "ops"
    "Cost centre" = "42"
  }
  after_multiline = "not aligned with the run above"
  x               = aws_backup_vault.other.arn
  list            = ["a", "b"]
  long_list = [
    "a",
    "b",
  ]
  empty         = {}
  inline_object = { Service = "backup.amazonaws.com" }
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
      },
    ]
  })
  lifecycle {
    delete_after = 30
  }
}
`);
  });

  it('aligns quoted keys by grapheme clusters, as hclwrite does', async () => {
    const text = renderHcl({
      body: [attr('tags', object([stringEntry('日本', str('x')), stringEntry('Équipe', str('y')), stringEntry('a', str('z'))], { multiline: true }))],
    });
    expect(text).toBe(await format(text));
    expect(text).toContain('"日本"     = "x"');
  });

  it('never lets a value break out of its string', async () => {
    const hostile = '"\n}\nresource "x" "y" {\n  a = "${evil}';
    const text = renderHcl({ body: [block('locals', [], [attr('v', str(hostile))])] });
    const parsed = await parseHcl(text);
    expect(parsed).toEqual({ locals: [{ v: literal(hostile) }] });
  });

  it('rejects identifiers that would need quoting', () => {
    expect(() => attr('bad name', str('x'))).toThrow('HCL attribute name "bad name" is not a valid identifier.');
    expect(() => block('resource"', [], [])).toThrow('not a valid identifier');
    expect(() => ref('aws_backup_vault', 'main name')).toThrow('not a valid identifier');
    expect(() => num(Number.NaN)).toThrow('finite');
    expect(() => comment('two\nlines')).toThrow('single line');
  });
});
