import { format } from '@cdktn/hcl-tools';
import { parse } from '@cdktn/hcl2json';
import { describe, expect, it } from 'vitest';
import {
  SCENARIOS,
  planWithCount,
  planWithForEach,
  renderPlan,
  stringKey,
  summaryLine,
  type Plan,
} from '~/lib/terraform-loops/plans';

const logGroup = SCENARIOS['log-group-name'];
const instance = SCENARIOS['instance-tag'];
const actions = (plan: Plan) => plan.changes.map((c) => [c.key, c.action, c.before, c.after]);

describe('removing "billing" from [billing, orders, search] (the lesson example)', () => {
  const before = ['billing', 'orders', 'search'];
  const after = ['orders', 'search'];

  it('count with a log group name: two replacements and a destroy, as in the lesson plan', () => {
    const plan = planWithCount(before, after, logGroup);
    expect(actions(plan)).toEqual([
      ['[0]', 'replace', 'billing', 'orders'],
      ['[1]', 'replace', 'orders', 'search'],
      ['[2]', 'delete', 'search', null],
    ]);
    expect(plan.changes[2]?.reason).toBe('(because index [2] is out of range for count)');
    expect(summaryLine(plan.summary)).toBe('Plan: 2 to add, 0 to change, 3 to destroy.');
  });

  it('count with a Name tag: two in-place updates and a destroy', () => {
    const plan = planWithCount(before, after, instance);
    expect(actions(plan).map(([key, action]) => [key, action])).toEqual([
      ['[0]', 'update'],
      ['[1]', 'update'],
      ['[2]', 'delete'],
    ]);
    expect(summaryLine(plan.summary)).toBe('Plan: 0 to add, 2 to change, 1 to destroy.');
  });

  it('for_each: only billing is destroyed, for either resource', () => {
    for (const scenario of [logGroup, instance]) {
      const plan = planWithForEach(before, after, scenario);
      expect(actions(plan)).toEqual([
        ['["billing"]', 'delete', 'billing', null],
        ['["orders"]', 'no-op', 'orders', 'orders'],
        ['["search"]', 'no-op', 'search', 'search'],
      ]);
      expect(plan.changes[0]?.reason).toBe('(because key ["billing"] is not in for_each map)');
      expect(summaryLine(plan.summary)).toBe('Plan: 0 to add, 0 to change, 1 to destroy.');
    }
  });

  it('uses the resource addresses of the lesson', () => {
    expect(planWithCount(before, after, logGroup).changes.map((c) => c.address)).toEqual([
      'aws_cloudwatch_log_group.service[0]',
      'aws_cloudwatch_log_group.service[1]',
      'aws_cloudwatch_log_group.service[2]',
    ]);
    expect(planWithForEach(before, after, instance).changes.map((c) => c.address)).toEqual([
      'aws_instance.web["billing"]',
      'aws_instance.web["orders"]',
      'aws_instance.web["search"]',
    ]);
  });
});

describe('other edits', () => {
  it('appending a name creates one instance either way', () => {
    const before = ['billing', 'orders'];
    const after = ['billing', 'orders', 'payments'];
    expect(summaryLine(planWithCount(before, after, logGroup).summary)).toBe('Plan: 1 to add, 0 to change, 0 to destroy.');
    expect(summaryLine(planWithForEach(before, after, logGroup).summary)).toBe('Plan: 1 to add, 0 to change, 0 to destroy.');
  });

  it('swapping two names replaces both with count and changes nothing with for_each', () => {
    const before = ['billing', 'orders', 'search'];
    const after = ['orders', 'billing', 'search'];
    expect(summaryLine(planWithCount(before, after, logGroup).summary)).toBe('Plan: 2 to add, 0 to change, 2 to destroy.');
    expect(summaryLine(planWithForEach(before, after, logGroup).summary)).toBe(
      'No changes. Your infrastructure matches the configuration.',
    );
  });

  it('renaming a key is a destroy and a create with for_each, an update with a count Name tag', () => {
    const before = ['billing', 'orders'];
    const after = ['billing', 'checkout'];
    expect(actions(planWithForEach(before, after, instance)).map(([key, action]) => [key, action])).toEqual([
      ['["billing"]', 'no-op'],
      ['["checkout"]', 'create'],
      ['["orders"]', 'delete'],
    ]);
    expect(summaryLine(planWithCount(before, after, instance).summary)).toBe('Plan: 0 to add, 1 to change, 0 to destroy.');
  });

  it('an emptied list destroys everything; an empty list in both has no instances', () => {
    expect(summaryLine(planWithCount(['a', 'b'], [], logGroup).summary)).toBe('Plan: 0 to add, 0 to change, 2 to destroy.');
    expect(planWithForEach([], [], logGroup).changes).toEqual([]);
  });

  it('quotes for_each keys as Terraform does', () => {
    expect(stringKey('a"b')).toBe('["a\\"b"]');
    expect(stringKey('${x}')).toBe('["$${x}"]');
  });
});

describe('renderPlan', () => {
  it('prints the headers, symbols and attribute changes of terraform plan', () => {
    const text = renderPlan(planWithCount(['billing', 'orders', 'search'], ['orders', 'search'], logGroup), logGroup);
    expect(text).toBe(
      [
        '  # aws_cloudwatch_log_group.service[0] must be replaced',
        '-/+ resource "aws_cloudwatch_log_group" "service" {',
        '      ~ name = "/app/billing" -> "/app/orders" # forces replacement',
        '    }',
        '',
        '  # aws_cloudwatch_log_group.service[1] must be replaced',
        '-/+ resource "aws_cloudwatch_log_group" "service" {',
        '      ~ name = "/app/orders" -> "/app/search" # forces replacement',
        '    }',
        '',
        '  # aws_cloudwatch_log_group.service[2] will be destroyed',
        '  # (because index [2] is out of range for count)',
        '  - resource "aws_cloudwatch_log_group" "service" {',
        '      - name = "/app/search" -> null',
        '    }',
        '',
        'Plan: 2 to add, 0 to change, 3 to destroy.',
      ].join('\n'),
    );
  });

  it('shows tag updates in place and creations', () => {
    const text = renderPlan(planWithForEach(['a'], ['a', 'b'], instance), instance);
    expect(text).toContain('  # aws_instance.web["b"] will be created\n  + resource "aws_instance" "web" {\n      + tags = {\n          + "Name" = "b"');
    const updated = renderPlan(planWithCount(['a'], ['b'], instance), instance);
    expect(updated).toContain('  # aws_instance.web[0] will be updated in-place\n  ~ resource "aws_instance" "web" {');
    expect(updated).toContain('~ "Name" = "a" -> "b"');
    expect(updated).not.toContain('forces replacement');
  });

  it('prints only the summary when nothing changes', () => {
    expect(renderPlan(planWithForEach(['a'], ['a'], logGroup), logGroup)).toBe(
      'No changes. Your infrastructure matches the configuration.',
    );
  });
});

describe('the resource blocks shown above each plan', () => {
  it.each(Object.values(SCENARIOS).flatMap((s) => [[`${s.id} count`, s.countSnippet], [`${s.id} for_each`, s.forEachSnippet]]))(
    '%s parses and is formatted as terraform fmt writes it',
    async (_, snippet) => {
      await expect(parse('main.tf', snippet)).resolves.toBeTruthy();
      expect(await format(`${snippet}\n`)).toBe(`${snippet}\n`);
    },
  );
});
