/**
 * The policy evaluator widget's model: form edits as a pure reducer, and `runEvaluator`, which
 * turns the form as typed into either every problem (keyed by field, with the policy problems'
 * line and column) or an {@link Evaluation}. It never throws, whatever the text fields hold.
 */

import { evaluate, type Evaluation, type PolicySet } from './evaluate';
import { DEFAULT_EVALUATOR_FORM, EVALUATOR_EXAMPLES, type EvaluatorForm } from './examples';
import { describeLocation, POLICY_LABELS, readPolicy, type Policy, type PolicyKind, type PolicyProblem } from './policy';
import { readRequest, type ContextRow, type RequestField } from './request';

/** Any field of the form that can carry a message. */
export type EvaluatorField = PolicyKind | RequestField;

/** A message for one field, in form order. */
export interface FieldProblem {
  readonly field: EvaluatorField;
  /** Short name of the field for a summary list. */
  readonly label: string;
  readonly message: string;
}

/** What the widget shows. */
export type EvaluatorOutcome =
  | {
      readonly ok: true;
      readonly evaluation: Evaluation;
      readonly warnings: readonly PolicyProblem[];
      readonly derivedKeys: readonly { readonly key: string; readonly value: string }[];
    }
  | { readonly ok: false; readonly problems: readonly FieldProblem[]; readonly warnings: readonly PolicyProblem[] };

/** Most context rows the form accepts. */
export const MAX_CONTEXT_ROWS = 20;

/** The four policy fields in form order. */
export const POLICY_KINDS: readonly PolicyKind[] = ['identity', 'resource', 'boundary', 'scp'];

const REQUEST_LABELS: Record<'principalArn' | 'resourceAccount' | 'action' | 'resourceArn', string> = {
  principalArn: 'Principal ARN',
  resourceAccount: 'Account that owns the resource',
  action: 'Action',
  resourceArn: 'Resource ARN',
};

/** A policy problem as one sentence with its place: "Line 7, column 9, statement 1, Effect: …". */
export function formatProblem(problem: PolicyProblem): string {
  const { line, column, ...rest } = problem.location;
  const where = describeLocation({ ...rest, line, column }).replace(/, line \d+, column \d+$|^line \d+, column \d+$/, '');
  return `Line ${line}, column ${column}${where ? `, ${where}` : ''}: ${problem.message}`;
}

/** Validates everything and evaluates when all is well. */
export function runEvaluator(form: EvaluatorForm): EvaluatorOutcome {
  const problems: FieldProblem[] = [];
  const warnings: PolicyProblem[] = [];
  const policies: Partial<Record<PolicyKind, Policy>> = {};
  for (const kind of POLICY_KINDS) {
    const text = form[kind];
    if (text.trim() === '') continue;
    const read = readPolicy(text, kind);
    warnings.push(...read.problems.filter((p) => p.severity === 'warning'));
    const errors = read.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0 || !read.policy) {
      problems.push({ field: kind, label: POLICY_LABELS[kind], message: errors.map(formatProblem).join(' ') });
    } else {
      policies[kind] = read.policy;
    }
  }
  const request = readRequest(form);
  if (!request.ok) {
    const rowNumber = (id: string) => form.context.findIndex((row) => row.id === id) + 1;
    for (const [field, message] of request.errors) {
      const row = /^context\.(.+)\.(key|value)$/.exec(field);
      const label = row
        ? `Context key ${rowNumber(row[1] ?? '')} ${row[2] === 'key' ? 'name' : 'value'}`
        : REQUEST_LABELS[field as keyof typeof REQUEST_LABELS];
      problems.push({ field, label, message });
    }
  }
  if (problems.length > 0 || !request.ok) return { ok: false, problems, warnings };
  const set: PolicySet = policies;
  return { ok: true, evaluation: evaluate(set, request.request), warnings, derivedKeys: request.request.derivedKeys };
}

/** A change to the form. */
export type EvaluatorEdit =
  | { readonly type: 'set'; readonly field: Exclude<keyof EvaluatorForm, 'context'>; readonly value: string }
  | { readonly type: 'set-row'; readonly id: string; readonly patch: Partial<Omit<ContextRow, 'id'>> }
  | { readonly type: 'add-row' }
  | { readonly type: 'remove-row'; readonly id: string }
  | { readonly type: 'load-example'; readonly exampleId: string };

/** The next free row id: "c3" after "c1" and "c2". */
export function nextRowId(rows: readonly ContextRow[]): string {
  let max = 0;
  for (const row of rows) {
    const match = /^c(\d+)$/.exec(row.id);
    if (match) max = Math.max(max, Number(match[1]));
  }
  return `c${max + 1}`;
}

/** Applies one edit; unknown ids and rows past the limit leave the form unchanged. */
export function editEvaluator(form: EvaluatorForm, edit: EvaluatorEdit): EvaluatorForm {
  switch (edit.type) {
    case 'set':
      return { ...form, [edit.field]: edit.value };
    case 'set-row':
      return { ...form, context: form.context.map((row) => (row.id === edit.id ? { ...row, ...edit.patch } : row)) };
    case 'add-row':
      if (form.context.length >= MAX_CONTEXT_ROWS) return form;
      return { ...form, context: [...form.context, { id: nextRowId(form.context), key: '', value: '' }] };
    case 'remove-row':
      return { ...form, context: form.context.filter((row) => row.id !== edit.id) };
    case 'load-example':
      return EVALUATOR_EXAMPLES.find((example) => example.id === edit.exampleId)?.form ?? form;
  }
}

export { DEFAULT_EVALUATOR_FORM, EVALUATOR_EXAMPLES, type EvaluatorForm };
