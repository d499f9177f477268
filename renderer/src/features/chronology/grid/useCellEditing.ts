import { useCallback, type RefObject } from 'react';
import { ApiCallError } from '@renderer/api/client';
import { useReviewCommand } from '@renderer/api/ReviewProvider';
import { useAnnounce } from '@renderer/ui/StatusAnnouncer';
import { patchFor, type GridColumn } from './grid-columns';
import type { GridCursor } from './useGridCursor';
import type { PagedRows } from './usePagedRows';

export interface CellEditing {
  /** Saves a cell's new text; a refusal stays in the cell editor with the reason. */
  readonly commit: (row: number, col: number, value: string) => Promise<void>;
  /** Enter or F2: edit a text cell, flip the key-entry toggle, or select the row. */
  readonly startEditing: (row: number, col: number) => void;
  readonly onCellDoubleClick: (row: number, col: number) => void;
  readonly onCancel: () => void;
}

/** Editing cells in place: each save is one `chronology.update`, undoable like any other. */
export function useCellEditing(options: {
  readonly rows: PagedRows;
  readonly columns: readonly GridColumn[];
  readonly cursor: GridCursor;
  readonly scrollRef: RefObject<HTMLDivElement | null>;
  readonly toggleRow: (row: number, shiftKey: boolean) => void;
}): CellEditing {
  const { rows, columns, scrollRef, toggleRow } = options;
  const { setActive, setEditing } = options.cursor;
  const command = useReviewCommand();
  const announce = useAnnounce();

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

  const onCellDoubleClick = useCallback(
    (row: number, col: number) => {
      setActive({ row, col });
      const column = columns[col];
      if (column?.edit === 'text' || column?.edit === 'eventType') setEditing({ row, col });
    },
    [columns, setActive, setEditing],
  );
  const onCancel = useCallback(() => {
    setEditing(null);
    scrollRef.current?.focus();
  }, [scrollRef, setEditing]);

  return { commit, startEditing, onCellDoubleClick, onCancel };
}
