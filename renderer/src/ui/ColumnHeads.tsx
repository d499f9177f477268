import type { ReactNode } from 'react';

/**
 * A table's header row: one `<th scope="col">` a name, so screen readers announce each cell with its
 * column. `hiddenLast` adds a last column (of buttons, say) whose name only screen readers hear.
 */
export function ColumnHeads({
  names,
  hiddenLast,
}: {
  readonly names: readonly ReactNode[];
  readonly hiddenLast?: string;
}) {
  return (
    <thead>
      <tr>
        {names.map((name, index) => (
          // A header cell holds only its name (no state of its own): the position is key enough.
          <th scope="col" key={index}>
            {name}
          </th>
        ))}
        {hiddenLast === undefined ? null : (
          <th scope="col">
            <span className="visually-hidden">{hiddenLast}</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
