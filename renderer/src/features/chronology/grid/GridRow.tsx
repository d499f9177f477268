import { memo, type CSSProperties, type MouseEvent } from 'react';
import type { EventType, HighlightableField } from '@shared/domain/chronology';
import { Highlighted } from '../shared/Highlighted';
import { CellEditor } from './CellEditor';
import { cellText, editStartValue, type ColumnId, type GridColumn } from './grid-columns';
import type { GridRowData } from './usePagedRows';

export interface EditingCell {
  readonly row: number;
  readonly col: number;
  readonly problem?: string;
}

export interface GridRowProps {
  readonly idPrefix: string;
  readonly index: number;
  readonly data: GridRowData | undefined;
  readonly style: CSSProperties;
  /** Column of the active cell when it is in this row, else -1. */
  readonly activeCol: number;
  readonly selected: boolean;
  readonly editing: EditingCell | null;
  readonly eventTypes: readonly EventType[];
  readonly columns: readonly GridColumn[];
  /** CSS grid template for `columns`. */
  readonly template: string;
  readonly onCellClick: (row: number, col: number, event: MouseEvent) => void;
  readonly onCellDoubleClick: (row: number, col: number) => void;
  readonly onToggleSelect: (row: number, shiftKey: boolean) => void;
  readonly onCommit: (row: number, col: number, value: string) => void;
  readonly onCancel: () => void;
}

const HIGHLIGHTABLE: ReadonlySet<ColumnId> = new Set<ColumnId>(['summary', 'actionTaken', 'outcome']);

export function cellId(prefix: string, row: number, col: number): string {
  return `${prefix}-r${row}-c${col}`;
}

/** One virtual row of the chronology grid; a placeholder row while its page is loading. */
export const GridRow = memo(function GridRow(props: GridRowProps) {
  const { idPrefix, index, data, style, activeCol, selected, editing, eventTypes, columns } = props;
  const rowStyle: CSSProperties = { ...style, gridTemplateColumns: props.template };
  if (data === undefined) {
    return (
      <div role="row" aria-rowindex={index + 2} className="cw-grid-row is-loading" style={rowStyle}>
        {columns.map((column, col) => (
          <div
            key={column.id}
            role="gridcell"
            id={cellId(idPrefix, index, col)}
            aria-colindex={col + 1}
            className={`cw-grid-cell${activeCol === col ? ' is-active' : ''}`}
          >
            {col === 1 ? 'Loading…' : ''}
          </div>
        ))}
      </div>
    );
  }
  const { entry, highlight } = data;
  const dateText = cellText(entry, 'date');
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`cw-grid-row${selected ? ' is-selected' : ''}${entry.significance === 'key' ? ' is-key' : ''}`}
      style={rowStyle}
      data-entry-id={entry.id}
    >
      {columns.map((column, col) => {
        const active = activeCol === col;
        const isEditing = editing !== null && editing.row === index && editing.col === col;
        const className = `cw-grid-cell cw-col-${column.id}${active ? ' is-active' : ''}${isEditing ? ' is-editing' : ''}`;
        let content;
        if (isEditing) {
          content = (
            <CellEditor
              column={column}
              initial={editStartValue(entry, column.id)}
              eventTypes={eventTypes}
              problem={editing.problem}
              onCommit={(value) => props.onCommit(index, col, value)}
              onCancel={props.onCancel}
            />
          );
        } else if (column.id === 'select') {
          content = (
            <input
              type="checkbox"
              tabIndex={-1}
              checked={selected}
              aria-label={`Select entry of ${dateText}`}
              onChange={() => undefined}
              onClick={(event) => {
                event.stopPropagation();
                props.onToggleSelect(index, event.shiftKey);
              }}
            />
          );
        } else if (column.id === 'significance') {
          content =
            entry.significance === 'key' ? (
              <span className="cw-key-badge">
                <span aria-hidden="true">★ </span>Key
              </span>
            ) : (
              <span className="visually-hidden">Routine</span>
            );
        } else if (HIGHLIGHTABLE.has(column.id) && highlight?.[column.id as HighlightableField] !== undefined) {
          content = <Highlighted marked={highlight[column.id as HighlightableField] ?? ''} />;
        } else {
          content = cellText(entry, column.id);
        }
        return (
          // Keys are handled once by the grid (aria-activedescendant), so cells take clicks only.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus
          <div
            key={column.id}
            role="gridcell"
            id={cellId(idPrefix, index, col)}
            aria-colindex={col + 1}
            aria-readonly={column.edit === 'none' ? undefined : false}
            className={className}
            title={isEditing || column.id === 'select' ? undefined : cellText(entry, column.id) || undefined}
            onClick={(event) => props.onCellClick(index, col, event)}
            onDoubleClick={() => props.onCellDoubleClick(index, col)}
          >
            {content}
          </div>
        );
      })}
    </div>
  );
});
