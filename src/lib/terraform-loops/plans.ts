/**
 * count vs for_each explorer (lesson 10.4): the plan Terraform makes when a list of names changes,
 * once for a resource that uses `count` and once for the same resource using `for_each`.
 *
 * Model (the rules Terraform applies, reduced to one attribute that carries the list item):
 * - `count`: instance `[i]` is identified by its index. State index i held `before[i]`; config
 *   index i now wants `after[i]`. Same value: no change. Different value: the attribute changes,
 *   which replaces the object when the attribute forces replacement (a log group's `name`) or
 *   updates it in place otherwise (an instance's `Name` tag). Indexes only in state are destroyed
 *   ("index [i] is out of range for count"); indexes only in config are created.
 * - `for_each = toset(list)`: instance `["key"]` is identified by its key, so order is irrelevant.
 *   Keys only in state are destroyed ("key … is not in for_each map"), keys only in config are
 *   created, keys in both are left alone.
 * The plan's summary counts a replacement as one add and one destroy, exactly as `terraform plan`
 * does ("Plan: 2 to add, 0 to change, 3 to destroy.").
 */

import { escapeString } from '~/lib/terraform/hcl';

/** Which example resource the list drives; it decides whether a changed item replaces or updates. */
export type ScenarioId = 'log-group-name' | 'instance-tag';

/** An example resource and how the list item reaches it. */
export interface Scenario {
  readonly id: ScenarioId;
  readonly label: string;
  readonly resourceType: string;
  readonly resourceName: string;
  /** True when changing the item's attribute destroys and recreates the object. */
  readonly forcesReplacement: boolean;
  /** The resource block written with `count` and with `for_each`, shown above each plan. */
  readonly countSnippet: string;
  readonly forEachSnippet: string;
  /** The attribute as `terraform plan` shows it, e.g. `name = "/app/orders"`. */
  readonly attributeName: string;
  /** The attribute's value for a list item. */
  readonly valueOf: (item: string) => string;
}

/** The two example resources of the explorer, as the lesson uses them. */
export const SCENARIOS: Readonly<Record<ScenarioId, Scenario>> = {
  'log-group-name': {
    id: 'log-group-name',
    label: 'CloudWatch log group named after the item (changing the name forces replacement)',
    resourceType: 'aws_cloudwatch_log_group',
    resourceName: 'service',
    forcesReplacement: true,
    countSnippet: [
      'resource "aws_cloudwatch_log_group" "service" {',
      '  count = length(var.services)',
      '  name  = "/app/${var.services[count.index]}"',
      '}',
    ].join('\n'),
    forEachSnippet: [
      'resource "aws_cloudwatch_log_group" "service" {',
      '  for_each = toset(var.services)',
      '  name     = "/app/${each.key}"',
      '}',
    ].join('\n'),
    attributeName: 'name',
    valueOf: (item) => `/app/${item}`,
  },
  'instance-tag': {
    id: 'instance-tag',
    label: 'EC2 instance whose Name tag is the item (tags update in place)',
    resourceType: 'aws_instance',
    resourceName: 'web',
    forcesReplacement: false,
    countSnippet: [
      'resource "aws_instance" "web" {',
      '  count         = length(var.services)',
      '  ami           = data.aws_ssm_parameter.al2023.value',
      '  instance_type = "t3.micro"',
      '  tags          = { Name = var.services[count.index] }',
      '}',
    ].join('\n'),
    forEachSnippet: [
      'resource "aws_instance" "web" {',
      '  for_each      = toset(var.services)',
      '  ami           = data.aws_ssm_parameter.al2023.value',
      '  instance_type = "t3.micro"',
      '  tags          = { Name = each.key }',
      '}',
    ].join('\n'),
    attributeName: 'tags.Name',
    valueOf: (item) => item,
  },
};

/** What the plan does to one resource instance. */
export type PlanAction = 'no-op' | 'create' | 'update' | 'replace' | 'delete';

/** One resource instance in the plan. */
export interface InstanceChange {
  /** Full address, e.g. `aws_cloudwatch_log_group.service[0]` or `…service["orders"]`. */
  readonly address: string;
  /** The instance key as Terraform prints it: `[0]` or `["orders"]`. */
  readonly key: string;
  readonly action: PlanAction;
  /** The list item the real object was created from (null when it does not exist yet). */
  readonly before: string | null;
  /** The list item the configuration now asks for (null when the instance goes away). */
  readonly after: string | null;
  /** Terraform's explanation line for a destroy, when it prints one. */
  readonly reason: string | null;
}

/** Counts of the `Plan:` line. */
export interface PlanSummary {
  readonly add: number;
  readonly change: number;
  readonly destroy: number;
}

/** A plan: every instance before or after, in address order, and its summary. */
export interface Plan {
  readonly changes: readonly InstanceChange[];
  readonly summary: PlanSummary;
}

/** `[0]` for a count index. */
export function indexKey(index: number): string {
  return `[${index}]`;
}

/** `["orders"]` for a for_each key, quoted the way Terraform quotes instance keys. */
export function stringKey(key: string): string {
  return `["${escapeString(key)}"]`;
}

function address(scenario: Scenario, key: string): string {
  return `${scenario.resourceType}.${scenario.resourceName}${key}`;
}

function summarize(changes: readonly InstanceChange[]): PlanSummary {
  let add = 0;
  let change = 0;
  let destroy = 0;
  for (const { action } of changes) {
    if (action === 'create') add++;
    else if (action === 'update') change++;
    else if (action === 'delete') destroy++;
    else if (action === 'replace') {
      add++;
      destroy++;
    }
  }
  return { add, change, destroy };
}

/** The plan for `count = length(list)` when the list goes from `before` to `after`. */
export function planWithCount(before: readonly string[], after: readonly string[], scenario: Scenario): Plan {
  const changes: InstanceChange[] = [];
  const length = Math.max(before.length, after.length);
  for (let i = 0; i < length; i++) {
    const was = i < before.length ? (before[i] ?? null) : null;
    const now = i < after.length ? (after[i] ?? null) : null;
    const key = indexKey(i);
    let action: PlanAction;
    let reason: string | null = null;
    if (was === null) action = 'create';
    else if (now === null) {
      action = 'delete';
      reason = `(because index ${key} is out of range for count)`;
    } else if (was === now) action = 'no-op';
    else action = scenario.forcesReplacement ? 'replace' : 'update';
    changes.push({ address: address(scenario, key), key, action, before: was, after: now, reason });
  }
  return { changes, summary: summarize(changes) };
}

/** The plan for `for_each = toset(list)` when the list goes from `before` to `after`. */
export function planWithForEach(before: readonly string[], after: readonly string[], scenario: Scenario): Plan {
  const was = new Set(before);
  const now = new Set(after);
  // Terraform lists instances in address order; for string keys that is the keys' sort order.
  const keys = [...new Set([...before, ...after])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const changes = keys.map((item): InstanceChange => {
    const key = stringKey(item);
    const inState = was.has(item);
    const inConfig = now.has(item);
    const action: PlanAction = inState && inConfig ? 'no-op' : inConfig ? 'create' : 'delete';
    return {
      address: address(scenario, key),
      key,
      action,
      before: inState ? item : null,
      after: inConfig ? item : null,
      reason: action === 'delete' ? `(because key ${key} is not in for_each map)` : null,
    };
  });
  return { changes, summary: summarize(changes) };
}

/** The last line of `terraform plan`: "Plan: 0 to add, 2 to change, 1 to destroy." or "No changes.…". */
export function summaryLine(summary: PlanSummary): string {
  if (summary.add === 0 && summary.change === 0 && summary.destroy === 0) {
    return 'No changes. Your infrastructure matches the configuration.';
  }
  return `Plan: ${summary.add} to add, ${summary.change} to change, ${summary.destroy} to destroy.`;
}

const HEADER: Record<Exclude<PlanAction, 'no-op'>, string> = {
  create: 'will be created',
  update: 'will be updated in-place',
  replace: 'must be replaced',
  delete: 'will be destroyed',
};
const SYMBOL: Record<Exclude<PlanAction, 'no-op'>, string> = { create: '  +', update: '  ~', replace: '-/+', delete: '  -' };

const quoted = (value: string): string => `"${escapeString(value)}"`;

function attributeLines(change: InstanceChange, scenario: Scenario): string[] {
  const before = change.before === null ? null : quoted(scenario.valueOf(change.before));
  const after = change.after === null ? null : quoted(scenario.valueOf(change.after));
  const tag = scenario.attributeName === 'tags.Name';
  const line = (marker: string, value: string) =>
    tag ? [`      ${marker} tags = {`, `          ${marker} "Name" = ${value}`, '        }'] : [`      ${marker} name = ${value}`];
  switch (change.action) {
    case 'create':
      return line('+', after ?? '');
    case 'delete':
      return line('-', `${before ?? ''} -> null`);
    case 'update':
    case 'replace':
      return line('~', `${before ?? ''} -> ${after ?? ''}${change.action === 'replace' ? ' # forces replacement' : ''}`);
    case 'no-op':
      return [];
  }
}

/**
 * The plan as `terraform plan` prints its actions, trimmed to the attribute the list drives (the
 * real output also lists computed attributes such as `arn` and `id`).
 */
export function renderPlan(plan: Plan, scenario: Scenario): string {
  const blocks: string[] = [];
  for (const change of plan.changes) {
    if (change.action === 'no-op') continue;
    const lines = [`  # ${change.address} ${HEADER[change.action]}`];
    if (change.reason) lines.push(`  # ${change.reason}`);
    lines.push(`${SYMBOL[change.action]} resource "${scenario.resourceType}" "${scenario.resourceName}" {`);
    lines.push(...attributeLines(change, scenario));
    lines.push('    }');
    blocks.push(lines.join('\n'));
  }
  return [...blocks, summaryLine(plan.summary)].join('\n\n');
}
