import type { ChronologySort } from '@shared/domain/chronology';
import { templateOf, type GridColumn } from './grid-columns';

export interface GridHeaderProps {
  readonly sort: ChronologySort;
  readonly onSortChange: (sort: ChronologySort) => void;
  readonly activeCol: number;
  readonly columns: readonly GridColumn[];
}

/** The grid's header row; sortable columns hold a button and say their order with aria-sort. */
export function GridHeader({ sort, onSortChange, activeCol, columns }: GridHeaderProps) {
  return (
    <div role="rowgroup" className="cw-grid-head">
      <div
        role="row"
        aria-rowindex={1}
        className="cw-grid-row cw-grid-header-row"
        style={{ gridTemplateColumns: templateOf(columns) }}
      >
        {columns.map((column, col) => {
          const sorted = column.sortField !== undefined && sort.field === column.sortField;
          const ariaSort = sorted
            ? sort.direction === 'asc'
              ? 'ascending'
              : 'descending'
            : column.sortField === undefined
              ? undefined
              : 'none';
          return (
            <div
              key={column.id}
              role="columnheader"
              aria-colindex={col + 1}
              aria-sort={ariaSort}
              className={`cw-grid-cell cw-grid-colhead${activeCol === col ? ' is-active-col' : ''}`}
            >
              {column.sortField === undefined ? (
                column.id === 'select' ? (
                  <span className="visually-hidden">{column.label}</span>
                ) : (
                  column.label
                )
              ) : (
                <button
                  type="button"
                  className="cw-sort-button"
                  onClick={() =>
                    onSortChange({
                      field: column.sortField ?? 'date',
                      direction: sorted && sort.direction === 'asc' ? 'desc' : 'asc',
                    })
                  }
                >
                  {column.label}
                  <span aria-hidden="true" className="cw-sort-indicator">
                    {sorted ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
