import { describe, expect, it } from 'vitest';
import { editNames, hasEdits, INITIAL_STATE, nameError, newRowName, validateNames } from '~/lib/terraform-loops/name-list';

const names = (state: typeof INITIAL_STATE) => state.draft.map((row) => row.name);

describe('editNames', () => {
  it('removes, moves and adds rows, keeping what was applied', () => {
    let state = editNames(INITIAL_STATE, { type: 'remove', id: 'n1' });
    expect(names(state)).toEqual(['orders', 'search']);
    expect(state.applied).toEqual(['billing', 'orders', 'search']);
    state = editNames(state, { type: 'move', id: 'n3', by: -1 });
    expect(names(state)).toEqual(['search', 'orders']);
    state = editNames(state, { type: 'add' });
    expect(state.draft.at(-1)).toEqual({ id: 'n4', name: 'new-service' });
    expect(hasEdits(state)).toBe(true);
  });

  it('ignores moves past either end', () => {
    expect(editNames(INITIAL_STATE, { type: 'move', id: 'n1', by: -1 })).toBe(INITIAL_STATE);
    expect(editNames(INITIAL_STATE, { type: 'move', id: 'n3', by: 1 })).toBe(INITIAL_STATE);
  });

  it('applies a valid draft as the new state, and refuses an invalid one', () => {
    const edited = editNames(INITIAL_STATE, { type: 'remove', id: 'n1' });
    const applied = editNames(edited, { type: 'apply' });
    expect(applied.applied).toEqual(['orders', 'search']);
    expect(hasEdits(applied)).toBe(false);
    const broken = editNames(edited, { type: 'rename', id: 'n2', name: 'has space' });
    expect(editNames(broken, { type: 'apply' })).toBe(broken);
  });

  it('undoes edits back to the applied list and resets to the lesson example', () => {
    const edited = editNames(editNames(INITIAL_STATE, { type: 'remove', id: 'n2' }), { type: 'apply' });
    const changed = editNames(edited, { type: 'add' });
    expect(names(editNames(changed, { type: 'discard' }))).toEqual(['billing', 'search']);
    expect(editNames(changed, { type: 'reset' })).toEqual(INITIAL_STATE);
  });

  it('stops adding at 12 names', () => {
    let state = INITIAL_STATE;
    for (let i = 0; i < 20; i++) state = editNames(state, { type: 'add' });
    expect(state.draft).toHaveLength(12);
    expect(names(state).slice(3, 5)).toEqual(['new-service', 'new-service-2']);
  });

  it('names new rows so they never collide', () => {
    expect(newRowName(['new-service', 'new-service-2'])).toBe('new-service-3');
  });
});

describe('name validation', () => {
  it.each([
    ['', 'Enter a name, or remove this row.'],
    [' orders', 'Remove the spaces at the start or end.'],
    ['my service', 'Use only letters, digits, hyphens (-), underscores (_) and dots (.).'],
    ['-orders', 'Start with a letter or a digit.'],
    ['a'.repeat(65), 'Use at most 64 characters (this has 65).'],
    ['${file("x")}', 'Use only letters, digits, hyphens (-), underscores (_) and dots (.).'],
  ])('%j', (text, message) => {
    expect(nameError(text, [])).toBe(message);
  });

  it('accepts names such as orders, api_v2 and web.eu-1', () => {
    expect(validateNames([{ id: 'a', name: 'orders' }, { id: 'b', name: 'api_v2' }, { id: 'c', name: 'web.eu-1' }])).toEqual({
      ok: true,
      names: ['orders', 'api_v2', 'web.eu-1'],
    });
  });

  it('explains why duplicates are refused', () => {
    expect(nameError('orders', ['orders'])).toBe(
      '"orders" is already in the list: for_each keys must be unique (toset() would merge them), and two log groups cannot share a name.',
    );
  });
});
