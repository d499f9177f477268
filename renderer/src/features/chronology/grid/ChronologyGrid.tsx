import { useCallback, useEffect, useId, useMemo, useRef, type MouseEvent } from 'react';
import type { ChronologyEntry, ChronologyFilter, ChronologySort, EventType } from '@shared/domain/chronology';
import { EmptyState } from '@renderer/ui/EmptyState';
import { ErrorMessage } from '@renderer/ui/ErrorMessage';
import { filterKey } from '../filters/filter-state';
import { columnsForWidth, templateOf } from './grid-columns';
import { GridHeader } from './GridHeader';
import { cellId, GridRow } from './GridRow';
import { useCellEditing } from './useCellEditing';
import { useElementWidth } from './useElementWidth';
import { useGoToEntry, type GoToRequest } from './useGoToEntry';
import { useGridCursor } from './useGridCursor';
import { useGridKeyDown } from './useGridKeyDown';
import { usePagedRows } from './usePagedRows';
import { useRowSelection } from './useRowSelection';
import { useVirtualRows } from './useVirtualRows';

export type { GoToRequest } from './useGoToEntry';

/** One line of text per row; two when the reviewer asks for summaries to wrap. */
export const ROW_HEIGHT = 25;
export const WRAPPED_ROW_HEIGHT = 44;
const HEADER_HEIGHT = 30;

export interface ChronologyGridProps {
  readonly filter: ChronologyFilter;
  readonly sort: ChronologySort;
  readonly onSortChange: (sort: ChronologySort) => void;
  readonly eventTypes: readonly EventType[];
  readonly selection: ReadonlySet<number>;
  readonly onSelectionChange: (next: ReadonlySet<number>) => void;
  readonly goTo: GoToRequest | null;
  readonly onActiveEntryChange: (entry: ChronologyEntry | null) => void;
  /** Delete pressed: the ids to delete and those of their entries that are loaded, to list. */
  readonly onRequestDelete: (ids: readonly number[], known: readonly ChronologyEntry[]) => void;
  readonly onTotalChange: (total: number | null) => void;
  /** Summaries wrap to two lines (taller rows). */
  readonly wrapSummaries: boolean;
  /** The key that shows or hides the reading pane was pressed. */
  readonly onTogglePane: () => void;
}

/**
 * The chronology grid: an ARIA grid over server pages, virtualised so 20,000 rows cost no more
 * than the ~30 on screen. Focus stays on the grid element and `aria-activedescendant` names the
 * active cell, because with virtual rows the active cell's element may come and go.
 */
export function ChronologyGrid(props: ChronologyGridProps) {
  const { filter, sort, eventTypes, selection, onSelectionChange, goTo, onTotalChange, onActiveEntryChange } = props;
  const rows = usePagedRows(filter, sort);
  const idPrefix = `cw-grid${useId().replace(/:/g, '')}`;
  const scrollRef = useRef<HTMLDivElement>(null);
  const total = rows.total ?? 0;
  const rowHeight = props.wrapSummaries ? WRAPPED_ROW_HEIGHT : ROW_HEIGHT;
  const columns = columnsForWidth(useElementWidth(scrollRef));
  const template = useMemo(() => templateOf(columns), [columns]);
  const { virtualizer, virtualRows } = useVirtualRows({
    total,
    rowHeight,
    headerHeight: HEADER_HEIGHT,
    scrollRef,
    ensureRange: rows.ensureRange,
  });
  const cursor = useGridCursor(virtualizer, columns.length, `${filterKey(filter)}|${sort.field}|${sort.direction}`);
  const { active, setActive, editing } = cursor;

  useEffect(() => onTotalChange(rows.total), [rows.total, onTotalChange]);
  const activeEntry = rows.rowAt(active.row)?.entry ?? null;
  useEffect(() => onActiveEntryChange(activeEntry), [activeEntry, onActiveEntryChange]);
  useGoToEntry({ goTo, rows, virtualizer, scrollRef, setActive });

  const toggleRow = useRowSelection(rows, selection, onSelectionChange);
  const { commit, startEditing, onCellDoubleClick, onCancel } = useCellEditing({
    rows,
    columns,
    cursor,
    scrollRef,
    toggleRow,
  });
  const onKeyDown = useGridKeyDown({
    rows,
    total,
    columnCount: columns.length,
    rowHeight,
    headerHeight: HEADER_HEIGHT,
    cursor,
    scrollRef,
    selection,
    activeEntry,
    startEditing,
    toggleRow,
    onTogglePane: props.onTogglePane,
    onRequestDelete: props.onRequestDelete,
  });
  const onCellClick = useCallback(
    (row: number, col: number, event: MouseEvent) => {
      setActive({ row, col });
      if (!(event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement))
        scrollRef.current?.focus();
    },
    [setActive],
  );

  // Point at the active cell only while its row exists: scrolled away with the mouse, it is not
  // rendered, and a reference to a missing element is an error for assistive technology.
  const activeRendered = total > 0 && virtualRows.some((v) => v.index === active.row);

  return (
    <div className={`cw-grid-wrap${props.wrapSummaries ? ' is-wrapped' : ''}`}>
      <ErrorMessage error={rows.error} title="Entries could not be loaded" />
      <div
        ref={scrollRef}
        className="cw-grid"
        role="grid"
        tabIndex={0}
        aria-label="Chronology entries"
        aria-rowcount={total + 1}
        aria-colcount={columns.length}
        aria-multiselectable="true"
        aria-activedescendant={
          activeRendered && editing === null ? cellId(idPrefix, active.row, active.col) : undefined
        }
        aria-describedby={`${idPrefix}-help`}
        onKeyDown={onKeyDown}
      >
        <GridHeader sort={sort} onSortChange={props.onSortChange} activeCol={active.col} columns={columns} />
        <div role="rowgroup" className="cw-grid-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualRows.map((virtualRow) => (
            <GridRow
              key={virtualRow.index}
              idPrefix={idPrefix}
              index={virtualRow.index}
              data={rows.rowAt(virtualRow.index)}
              style={{ transform: `translateY(${virtualRow.start}px)`, height: rowHeight }}
              columns={columns}
              template={template}
              activeCol={active.row === virtualRow.index ? active.col : -1}
              selected={selection.has(rows.rowAt(virtualRow.index)?.entry.id ?? -1)}
              editing={editing !== null && editing.row === virtualRow.index ? editing : null}
              eventTypes={eventTypes}
              onCellClick={onCellClick}
              onCellDoubleClick={onCellDoubleClick}
              onToggleSelect={toggleRow}
              onCommit={(row, col, value) => void commit(row, col, value)}
              onCancel={onCancel}
            />
          ))}
        </div>
      </div>
      <p id={`${idPrefix}-help`} className="cw-help">
        Arrows move · Enter or F2 edits, Enter saves, Escape cancels · Space selects · P shows or hides the reading pane
        · Delete deletes
      </p>
      {rows.total === 0 ? (
        <EmptyState title="No entries to show">
          <p>Clear the filters, or import a chronology from the Import tab.</p>
        </EmptyState>
      ) : null}
    </div>
  );
}
