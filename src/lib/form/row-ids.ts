/**
 * Stable ids for rows a reader adds to a form (rules, tag conditions, cities, names), so React keys
 * and focus targets survive reordering and removal. Shared by several widgets.
 */

/** The next free id with the given prefix: "r3" after "r1" and "r2". */
export function nextId(prefix: string, existing: readonly string[]): string {
  let max = 0;
  for (const id of existing) {
    const match = new RegExp(`^${prefix}(\\d+)$`).exec(id);
    if (match) max = Math.max(max, Number(match[1]));
  }
  return `${prefix}${max + 1}`;
}
