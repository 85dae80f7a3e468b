/**
 * Checks generated Terraform against the AWS provider v6 schema: every resource type, argument and
 * block must exist there, with a fitting type, required arguments present and block counts within
 * limits. The schema is a copy of `terraform providers schema -json` output kept in
 * test/fixtures/aws-provider-schema/ with its provenance in `$comment`.
 */

import { readFileSync } from 'node:fs';
import type { BackupPlan } from '~/lib/dr/backup-plan';
import { backupPlanDocument } from '~/lib/terraform/backup-plan-hcl';
import type { BodyItem, Expression } from '~/lib/terraform/hcl';

interface SchemaArgument {
  readonly type?: string;
  readonly required?: boolean;
  readonly block?: boolean;
  readonly nesting?: string;
  readonly min_items?: number;
  readonly max_items?: number | null;
  readonly arguments?: Record<string, SchemaArgument>;
}

/** The fixture, as parsed JSON. */
export const providerSchema = JSON.parse(
  readFileSync(new URL('../../fixtures/aws-provider-schema/backup-and-iam.json', import.meta.url), 'utf8'),
) as { $comment: string; provider: { source: string; version: string }; resources: Record<string, Record<string, SchemaArgument>> };

/** Meta-arguments Terraform accepts on every resource. */
const META_ARGUMENTS = new Set(['provider', 'depends_on', 'count', 'for_each']);

function typeMatches(expr: Expression, type: string | undefined): boolean {
  switch (expr.kind) {
    case 'reference':
      return true;
    case 'string':
      return type === 'string';
    case 'call':
      return type === 'string' && expr.name === 'jsonencode';
    case 'number':
      return type === 'number';
    case 'bool':
      return type === 'bool';
    case 'object':
      return type === 'map(string)' && expr.entries.every((entry) => entry.value.kind === 'string');
    case 'tuple':
      return (type === 'set(string)' || type === 'list(string)') && expr.items.every((item) => item.kind === 'string');
  }
}

/** Problems in one body compared with the schema arguments of its block. */
export function checkBody(body: readonly BodyItem[], args: Record<string, SchemaArgument>, path: string, topLevel: boolean): string[] {
  const problems: string[] = [];
  const blockCounts = new Map<string, number>();
  const present = new Set<string>();
  for (const item of body) {
    if (item.kind === 'attribute') {
      present.add(item.name);
      if (topLevel && META_ARGUMENTS.has(item.name)) continue;
      const arg = args[item.name];
      if (!arg || arg.block) problems.push(`${path}.${item.name}: not an argument in the schema`);
      else if (!typeMatches(item.value, arg.type)) problems.push(`${path}.${item.name}: ${item.value.kind} does not fit ${arg.type}`);
    } else if (item.kind === 'block') {
      present.add(item.type);
      blockCounts.set(item.type, (blockCounts.get(item.type) ?? 0) + 1);
      const arg = args[item.type];
      if (!arg?.block || !arg.arguments) problems.push(`${path}.${item.type}: not a block in the schema`);
      else problems.push(...checkBody(item.body, arg.arguments, `${path}.${item.type}`, false));
    }
  }
  for (const [name, arg] of Object.entries(args)) {
    if (arg.required && !present.has(name)) problems.push(`${path}.${name}: required but missing`);
    const count = blockCounts.get(name) ?? 0;
    if (arg.block && typeof arg.max_items === 'number' && count > arg.max_items) problems.push(`${path}.${name}: more than ${arg.max_items} blocks`);
  }
  return problems;
}

/** Problems found comparing the document generated for a plan with the provider schema (empty = all good). */
export function schemaProblems(plan: BackupPlan): string[] {
  const problems: string[] = [];
  for (const item of backupPlanDocument(plan).body) {
    if (item.kind !== 'block' || item.type !== 'resource') continue;
    const [type = '', name = ''] = item.labels;
    const resource = providerSchema.resources[type];
    if (!resource) problems.push(`${type}: resource type not in the AWS provider schema`);
    else problems.push(...checkBody(item.body, resource, `${type}.${name}`, true));
  }
  return problems;
}
