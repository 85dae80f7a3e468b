import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editNames, INITIAL_STATE, nameError, validateNames, type NameListEdit } from '~/lib/terraform-loops/name-list';
import { SCENARIOS, planWithCount, planWithForEach, renderPlan, summaryLine } from '~/lib/terraform-loops/plans';

const scenarios = fc.constantFrom(...Object.values(SCENARIOS));
const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
/** A list of distinct valid names, as the widget accepts. */
const names = fc.uniqueArray(name, { maxLength: 12 });
/** Two lists drawn from a small pool so they share names often. */
const pool = ['billing', 'orders', 'search', 'payments', 'auth', 'media'];
const subset = fc.shuffledSubarray(pool);

describe('property: for_each plans', () => {
  it('never touch a key that is in both lists, whatever the order', () => {
    fc.assert(
      fc.property(subset, subset, scenarios, (before, after, scenario) => {
        const plan = planWithForEach(before, after, scenario);
        for (const change of plan.changes) {
          const kept = before.includes(change.before ?? change.after ?? '') && after.includes(change.after ?? change.before ?? '');
          expect(change.action === 'no-op').toBe(kept);
        }
        expect(plan.summary).toEqual({
          add: after.filter((n) => !before.includes(n)).length,
          change: 0,
          destroy: before.filter((n) => !after.includes(n)).length,
        });
      }),
    );
  });

  it('plan nothing for any reordering', () => {
    fc.assert(
      fc.property(names.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))), scenarios, ([before, after], scenario) => {
        expect(summaryLine(planWithForEach(before, after, scenario).summary)).toBe(
          'No changes. Your infrastructure matches the configuration.',
        );
      }),
    );
  });
});

describe('property: count plans', () => {
  it('leave every index before the first difference alone and act on the shifted suffix', () => {
    fc.assert(
      fc.property(subset, subset, scenarios, (before, after, scenario) => {
        const plan = planWithCount(before, after, scenario);
        const common = Math.min(before.length, after.length);
        let first = 0;
        while (first < common && before[first] === after[first]) first++;
        const differing = before.slice(0, common).filter((n, i) => n !== after[i]).length;
        plan.changes.forEach((change, i) => expect(change.action === 'no-op').toBe(i < common && before[i] === after[i]));
        expect(plan.changes.slice(0, first).every((c) => c.action === 'no-op')).toBe(true);
        const grow = Math.max(0, after.length - before.length);
        const shrink = Math.max(0, before.length - after.length);
        expect(plan.summary).toEqual(
          scenario.forcesReplacement
            ? { add: differing + grow, change: 0, destroy: differing + shrink }
            : { add: grow, change: differing, destroy: shrink },
        );
      }),
    );
  });

  it('removing item k of n distinct names changes every later index', () => {
    fc.assert(
      fc.property(names.filter((l) => l.length > 0).chain((l) => fc.tuple(fc.constant(l), fc.nat(l.length - 1))), scenarios, ([list, k], scenario) => {
        const after = list.filter((_, i) => i !== k);
        const shifted = list.length - 1 - k;
        expect(planWithCount(list, after, scenario).summary).toEqual(
          scenario.forcesReplacement ? { add: shifted, change: 0, destroy: shifted + 1 } : { add: 0, change: shifted, destroy: 1 },
        );
        expect(planWithForEach(list, after, scenario).summary).toEqual({ add: 0, change: 0, destroy: 1 });
      }),
    );
  });
});

describe('property: both plans', () => {
  it('end with the same number of instances as the new list', () => {
    fc.assert(
      fc.property(subset, subset, scenarios, (before, after, scenario) => {
        for (const plan of [planWithCount(before, after, scenario), planWithForEach(before, after, scenario)]) {
          expect(plan.summary.add - plan.summary.destroy).toBe(after.length - before.length);
          expect(renderPlan(plan, scenario).endsWith(summaryLine(plan.summary))).toBe(true);
        }
      }),
    );
  });
});

describe('property: name validation', () => {
  it('never throws on hostile text and accepts exactly the documented pattern', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const error = nameError(text, []);
        expect(error === null).toBe(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('flags the second copy of a duplicate, never the first', () => {
    fc.assert(
      fc.property(name, fc.nat(3), (dup, gap) => {
        // The filler names x0…x2 must not collide with the duplicated name (seen as a rare flake).
        fc.pre(!/^x\d$/.test(dup));
        const rows = [dup, ...Array.from({ length: gap }, (_, i) => `x${i}`), dup].map((n, i) => ({ id: `n${i + 1}`, name: n }));
        const result = validateNames(rows);
        expect(result.ok).toBe(false);
        if (!result.ok) expect([...result.errors.keys()]).toEqual([`n${gap + 2}`]);
      }),
    );
  });
});

describe('property: list edits', () => {
  const edit: fc.Arbitrary<NameListEdit> = fc.oneof(
    fc.record({ type: fc.constant('rename' as const), id: fc.constantFrom('n1', 'n2', 'n3', 'n4'), name: fc.oneof(name, fc.string()) }),
    fc.record({ type: fc.constant('remove' as const), id: fc.constantFrom('n1', 'n2', 'n3', 'n4') }),
    fc.record({ type: fc.constant('move' as const), id: fc.constantFrom('n1', 'n2', 'n3', 'n4'), by: fc.constantFrom(-1 as const, 1 as const) }),
    fc.constant({ type: 'add' as const }),
    fc.constant({ type: 'apply' as const }),
    fc.constant({ type: 'discard' as const }),
  );

  it('keep row ids unique, stay within 12 rows and only ever apply valid lists', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
        let state = INITIAL_STATE;
        for (const e of edits) {
          state = editNames(state, e);
          const ids = state.draft.map((row) => row.id);
          expect(new Set(ids).size).toBe(ids.length);
          expect(state.draft.length).toBeLessThanOrEqual(12);
          expect(validateNames(state.applied.map((n, i) => ({ id: String(i), name: n }))).ok).toBe(true);
        }
      }),
    );
  });
});
