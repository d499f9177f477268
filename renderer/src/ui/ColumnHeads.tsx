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
          // The names are fixed for the table's life: the position is a stable key.
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
