/**
 * The list of names the count vs for_each explorer edits, as a pure reducer plus validation.
 *
 * Two lists matter: `applied`, what Terraform's state holds (the last list that was applied), and
 * `draft`, the configuration being edited. The plans compare the two. Draft rows carry stable ids
 * so an error message and the focus stay with the right row when rows move.
 *
 * Names follow one rule that suits both example resources: 1–64 letters, digits, hyphens,
 * underscores or dots, starting with a letter or digit. Log group names allow these characters
 * (CloudWatch Logs: `[.\-_/#A-Za-z0-9]+`), and so does any EC2 tag value. Every name must be
 * unique, because `toset()` would silently merge duplicates and two log groups cannot share a name.
 */

import { nextId } from '~/lib/form/row-ids';

/** One row of the edited list. */
export interface NameRow {
  readonly id: string;
  readonly name: string;
}

/** The explorer's state: what was applied, and the edited configuration. */
export interface NameListState {
  readonly applied: readonly string[];
  readonly draft: readonly NameRow[];
}

/** The most names the explorer handles; enough to see the shift without a wall of output. */
export const MAX_NAMES = 12;

/** The lesson's example: three services, each with a log group. */
export const INITIAL_NAMES: readonly string[] = ['billing', 'orders', 'search'];

const rowsFor = (names: readonly string[]): NameRow[] => names.map((name, i) => ({ id: `n${i + 1}`, name }));

/** The state the explorer starts from: the lesson's three names, applied and unchanged. */
export const INITIAL_STATE: NameListState = { applied: INITIAL_NAMES, draft: rowsFor(INITIAL_NAMES) };

/** A change to the list. */
export type NameListEdit =
  | { readonly type: 'rename'; readonly id: string; readonly name: string }
  | { readonly type: 'remove'; readonly id: string }
  | { readonly type: 'move'; readonly id: string; readonly by: -1 | 1 }
  | { readonly type: 'add' }
  | { readonly type: 'apply' }
  | { readonly type: 'discard' }
  | { readonly type: 'reset' };

/** The name a new row gets: "new-service", then "new-service-2" and so on. */
export function newRowName(taken: readonly string[]): string {
  const base = 'new-service';
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) if (!taken.includes(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Applies one edit. `apply` commits the draft to state only when every name is valid (a real
 * `terraform apply` would refuse too); moves past either end and adds past {@link MAX_NAMES} are
 * ignored.
 */
export function editNames(state: NameListState, edit: NameListEdit): NameListState {
  const { draft } = state;
  switch (edit.type) {
    case 'rename':
      return { ...state, draft: draft.map((row) => (row.id === edit.id ? { ...row, name: edit.name } : row)) };
    case 'remove':
      return { ...state, draft: draft.filter((row) => row.id !== edit.id) };
    case 'move': {
      const from = draft.findIndex((row) => row.id === edit.id);
      const to = from + edit.by;
      if (from < 0 || to < 0 || to >= draft.length) return state;
      const next = [...draft];
      const [row] = next.splice(from, 1);
      if (row) next.splice(to, 0, row);
      return { ...state, draft: next };
    }
    case 'add': {
      if (draft.length >= MAX_NAMES) return state;
      const id = nextId('n', draft.map((row) => row.id));
      return { ...state, draft: [...draft, { id, name: newRowName(draft.map((row) => row.name)) }] };
    }
    case 'apply': {
      const checked = validateNames(draft);
      return checked.ok ? { applied: checked.names, draft } : state;
    }
    case 'discard':
      return { ...state, draft: rowsFor(state.applied) };
    case 'reset':
      return INITIAL_STATE;
  }
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The message for one name, or null when it is fine. `earlier` are the names above it. */
export function nameError(name: string, earlier: readonly string[]): string | null {
  if (name === '') return 'Enter a name, or remove this row.';
  if (name.trim() !== name) return 'Remove the spaces at the start or end.';
  if (name.length > 64) return `Use at most 64 characters (this has ${name.length}).`;
  if (!NAME.test(name)) {
    return /^[._-]/.test(name)
      ? 'Start with a letter or a digit.'
      : 'Use only letters, digits, hyphens (-), underscores (_) and dots (.).';
  }
  if (earlier.includes(name)) {
    return `"${name}" is already in the list: for_each keys must be unique (toset() would merge them), and two log groups cannot share a name.`;
  }
  return null;
}

/** The validated names, or the message for each row that needs fixing (keyed by row id). */
export type NamesValidation =
  | { readonly ok: true; readonly names: readonly string[] }
  | { readonly ok: false; readonly errors: ReadonlyMap<string, string> };

/** Validates the draft in order; a duplicate is reported on its second appearance. */
export function validateNames(rows: readonly NameRow[]): NamesValidation {
  const errors = new Map<string, string>();
  const seen: string[] = [];
  for (const row of rows) {
    const error = nameError(row.name, seen);
    if (error) errors.set(row.id, error);
    seen.push(row.name);
  }
  return errors.size === 0 ? { ok: true, names: rows.map((row) => row.name) } : { ok: false, errors };
}

/** True when the draft differs from what was applied (so there is something to plan). */
export function hasEdits(state: NameListState): boolean {
  return (
    state.draft.length !== state.applied.length || state.draft.some((row, i) => row.name !== state.applied[i])
  );
}
