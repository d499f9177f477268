import type { KeyboardEvent, RefObject } from 'react';
import type { ChronologyEntry } from '@shared/domain/chronology';
import { nextActiveCell } from './grid-keyboard';
import type { GridCursor } from './useGridCursor';
import type { PagedRows } from './usePagedRows';

/** The grid's keys, while the grid itself (not a cell editor) has focus. */
export function useGridKeyDown(options: {
  readonly rows: PagedRows;
  readonly total: number;
  readonly columnCount: number;
  readonly rowHeight: number;
  readonly headerHeight: number;
  readonly cursor: GridCursor;
  readonly scrollRef: RefObject<HTMLDivElement | null>;
  readonly selection: ReadonlySet<number>;
  readonly activeEntry: ChronologyEntry | null;
  readonly startEditing: (row: number, col: number) => void;
  readonly toggleRow: (row: number, shiftKey: boolean) => void;
  readonly onTogglePane: () => void;
  readonly onRequestDelete: (ids: readonly number[], known: readonly ChronologyEntry[]) => void;
}): (event: KeyboardEvent<HTMLDivElement>) => void {
  const { rows, total, columnCount, rowHeight, headerHeight, cursor, scrollRef, selection, activeEntry } = options;
  const { active, editing, moveTo } = cursor;
  return (event) => {
    if (event.target !== event.currentTarget || editing !== null) return;
    const pageRows = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 400) - headerHeight) / rowHeight));
    const next = nextActiveCell(active, event, { rowCount: total, colCount: columnCount, pageRows });
    if (next !== null) {
      event.preventDefault();
      moveTo(next);
      return;
    }
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      options.startEditing(active.row, active.col);
    } else if ((event.key === 'p' || event.key === 'P') && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Only while the grid has focus, so it never fires while typing (WCAG 2.1.4).
      event.preventDefault();
      options.onTogglePane();
    } else if (event.key === ' ') {
      event.preventDefault();
      options.toggleRow(active.row, event.shiftKey);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      if (selection.size > 0) {
        const known = [...selection]
          .map((id) => rows.rowAt(rows.findIndex(id))?.entry)
          .filter((e): e is ChronologyEntry => e !== undefined);
        options.onRequestDelete([...selection], known);
      } else if (activeEntry !== null) {
        options.onRequestDelete([activeEntry.id], [activeEntry]);
      }
    }
  };
}
