/**
 * Child rows read in one query (an entry's people, a person's aliases), grouped under the id of the
 * record they belong to, each group in the order the query gave.
 */
export function groupRows<K extends string, T extends { readonly [P in K]: number }>(
  rows: readonly T[],
  parentKey: K,
): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row[parentKey]);
    if (group === undefined) groups.set(row[parentKey], [row]);
    else group.push(row);
  }
  return groups;
}
