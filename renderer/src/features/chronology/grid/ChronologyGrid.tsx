import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { ChronologyEntry, ChronologyFilter, ChronologySort, EventType } from '../../../../../electron/shared/domain/chronology';
import { ApiCallError } from '../../../api/client';
import { useReviewCommand } from '../../../api/ReviewProvider';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useAnnounce } from '../../../ui/StatusAnnouncer';
import { filterKey } from '../filters/filter-state';
import { nextActiveCell, rowRange, type CellPosition } from './grid-keyboard';
import { columnsForWidth, patchFor, templateOf } from './grid-columns';
import { GridHeader } from './GridHeader';
import { cellId, GridRow, type EditingCell } from './GridRow';
import { useElementWidth } from './use-element-width';
import { usePagedRows } from './use-paged-rows';

/** One line of text per row; two when the reviewer asks for summaries to wrap. */
export const ROW_HEIGHT = 25;
export const WRAPPED_ROW_HEIGHT = 44;
const HEADER_HEIGHT = 30;

/** A request to show one entry (from the timeline, an episode, a duplicate). */
export interface GoToRequest {
  readonly entryId: number;
  /** Where the entry probably is in the current order (the timeline knows its date rank). */
  readonly hintIndex: number;
  /** Changes per request, so asking for the same entry twice still works. */
  readonly nonce: number;
}

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
  const { ensureRange, findIndex, rowAt, version, total: knownTotal } = rows;
  const command = useReviewCommand();
  const announce = useAnnounce();
  const idPrefix = `cw-grid${useId().replace(/:/g, '')}`;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<CellPosition>({ row: 0, col: 1 });
  const [editing, setEditing] = useState<EditingCell | null>(null);
  const anchorRef = useRef<number | null>(null);
  const total = rows.total ?? 0;
  const rowHeight = props.wrapSummaries ? WRAPPED_ROW_HEIGHT : ROW_HEIGHT;
  const width = useElementWidth(scrollRef);
  const columns = columnsForWidth(width);
  const template = useMemo(() => templateOf(columns), [columns]);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  useEffect(() => virtualizer.measure(), [rowHeight, virtualizer]);
  // Fewer columns on a narrow grid: keep the active cell inside the row.
  useEffect(() => setActive((current) => (current.col < columns.length ? current : { row: current.row, col: columns.length - 1 })), [columns.length]);
  const virtualRows = virtualizer.getVirtualItems();
  const firstVisible = virtualRows[0]?.index ?? 0;
  const lastVisible = virtualRows[virtualRows.length - 1]?.index ?? 0;

  useEffect(() => {
    if (total > 0) ensureRange(firstVisible, lastVisible);
  }, [firstVisible, lastVisible, total, ensureRange]);

  useEffect(() => onTotalChange(knownTotal), [knownTotal, onTotalChange]);

  const activeEntry = rowAt(active.row)?.entry ?? null;
  useEffect(() => onActiveEntryChange(activeEntry), [activeEntry, onActiveEntryChange]);

  // A filter or sort change starts at the top again.
  const orderKey = `${filterKey(filter)}|${sort.field}|${sort.direction}`;
  useEffect(() => {
    setActive((current) => ({ row: 0, col: current.col }));
    setEditing(null);
    virtualizer.scrollToOffset(0);
  }, [orderKey, virtualizer]);

  // Go to an entry: once the row count is known, scroll near where it should be, then pick it
  // out when its page has arrived.
  const pendingGoTo = useRef<{ request: GoToRequest; scrolled: boolean; waits: number } | null>(null);
  useEffect(() => {
    if (goTo !== null) pendingGoTo.current = { request: goTo, scrolled: false, waits: 0 };
  }, [goTo]);
  useEffect(() => {
    const pending = pendingGoTo.current;
    if (pending === null || knownTotal === null) return;
    const index = findIndex(pending.request.entryId);
    if (index >= 0) {
      pendingGoTo.current = null;
      setActive((current) => ({ row: index, col: current.col }));
      virtualizer.scrollToIndex(index, { align: 'center' });
      scrollRef.current?.focus();
      return;
    }
    if (!pending.scrolled) {
      pending.scrolled = true;
      const hint = Math.min(Math.max(0, pending.request.hintIndex), Math.max(0, knownTotal - 1));
      virtualizer.scrollToIndex(hint, { align: 'center' });
      ensureRange(Math.max(0, hint - 100), hint + 100);
    } else if (++pending.waits > 6) {
      // The pages around the hint came and the entry was not among them: it is filtered out
      // (or sorted far away). Say so rather than jump later when the reviewer scrolls past it.
      pendingGoTo.current = null;
      announce('That entry is not in the list as filtered and sorted now.');
    }
  }, [goTo, version, knownTotal, findIndex, ensureRange, virtualizer, announce]);

  const moveTo = useCallback((next: CellPosition) => {
    setActive(next);
    virtualizer.scrollToIndex(next.row, { align: 'auto' });
  }, [virtualizer]);

  const toggleRow = (row: number, shiftKey: boolean): void => {
    const entry = rows.rowAt(row)?.entry;
    if (entry === undefined) return;
    const next = new Set(selection);
    if (shiftKey && anchorRef.current !== null) {
      // Range selection covers the rows that are loaded (the viewport and its neighbours).
      for (const i of rowRange(anchorRef.current, row)) {
        const id = rows.rowAt(i)?.entry.id;
        if (id !== undefined) next.add(id);
      }
    } else if (next.has(entry.id)) {
      next.delete(entry.id);
    } else {
      next.add(entry.id);
    }
    anchorRef.current = row;
    onSelectionChange(next);
    announce(`${next.size} ${next.size === 1 ? 'entry' : 'entries'} selected`);
  };

  const commit = async (row: number, col: number, value: string): Promise<void> => {
    const entry = rows.rowAt(row)?.entry;
    const column = columns[col];
    if (entry === undefined || column === undefined) return;
    const patch = patchFor(entry, column.id, value);
    if (patch === null) {
      setEditing(null);
      scrollRef.current?.focus();
      return;
    }
    try {
      await command('chronology.update', { id: entry.id, changes: patch });
      setEditing(null);
      scrollRef.current?.focus();
      announce(`${column.label} saved`);
    } catch (failure) {
      const error = failure instanceof ApiCallError ? failure.error : undefined;
      const reason = error?.details?.problems?.[0]?.reason ?? error?.message ?? 'The change could not be saved.';
      setEditing({ row, col, problem: reason });
    }
  };

  const startEditing = (row: number, col: number): void => {
    const column = columns[col];
    const entry = rows.rowAt(row)?.entry;
    if (column === undefined || entry === undefined) return;
    if (column.edit === 'text' || column.edit === 'eventType') setEditing({ row, col });
    else if (column.edit === 'toggle') void commit(row, col, entry.significance === 'key' ? 'routine' : 'key');
    else if (column.id === 'select') toggleRow(row, false);
  };

  // Point at the active cell only while its row exists: scrolled away with the mouse, it is not
  // rendered, and a reference to a missing element is an error for assistive technology.
  const activeRendered = total > 0 && virtualRows.some((v) => v.index === active.row);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.target !== event.currentTarget || editing !== null) return;
    const pageRows = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 400) - HEADER_HEIGHT) / rowHeight));
    const next = nextActiveCell(active, event, { rowCount: total, colCount: columns.length, pageRows });
    if (next !== null) {
      event.preventDefault();
      moveTo(next);
      return;
    }
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      startEditing(active.row, active.col);
    } else if ((event.key === 'p' || event.key === 'P') && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Only while the grid has focus, so it never fires while typing (WCAG 2.1.4).
      event.preventDefault();
      props.onTogglePane();
    } else if (event.key === ' ') {
      event.preventDefault();
      toggleRow(active.row, event.shiftKey);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      if (selection.size > 0) {
        const known = [...selection].map((id) => rows.rowAt(rows.findIndex(id))?.entry).filter((e): e is ChronologyEntry => e !== undefined);
        props.onRequestDelete([...selection], known);
      } else if (activeEntry !== null) {
        props.onRequestDelete([activeEntry.id], [activeEntry]);
      }
    }
  };

  const onCellClick = useCallback((row: number, col: number, event: MouseEvent) => {
    setActive({ row, col });
    if (!(event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement)) scrollRef.current?.focus();
  }, []);
  const onCellDoubleClick = useCallback((row: number, col: number) => {
    setActive({ row, col });
    const column = columns[col];
    if (column?.edit === 'text' || column?.edit === 'eventType') setEditing({ row, col });
  }, [columns]);
  const onCancel = useCallback(() => {
    setEditing(null);
    scrollRef.current?.focus();
  }, []);

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
        aria-activedescendant={activeRendered && editing === null ? cellId(idPrefix, active.row, active.col) : undefined}
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
        Arrows move · Enter or F2 edits, Enter saves, Escape cancels · Space selects · P shows or hides the reading pane · Delete deletes
      </p>
      {rows.total === 0 ? (
        <EmptyState title="No entries to show">
          <p>Clear the filters, or import a chronology from the Import tab.</p>
        </EmptyState>
      ) : null}
    </div>
  );
}
