import { useRef } from 'react';
import { useAnnounce } from '@renderer/ui/StatusAnnouncer';
import { rowRange } from './grid-keyboard';
import type { PagedRows } from './usePagedRows';

/**
 * Selecting rows with Space or the check boxes; Shift extends from the last row toggled. Range
 * selection covers the rows that are loaded (the viewport and its neighbours).
 */
export function useRowSelection(
  rows: PagedRows,
  selection: ReadonlySet<number>,
  onSelectionChange: (next: ReadonlySet<number>) => void,
): (row: number, shiftKey: boolean) => void {
  const announce = useAnnounce();
  const anchorRef = useRef<number | null>(null);
  return (row, shiftKey) => {
    const entry = rows.rowAt(row)?.entry;
    if (entry === undefined) return;
    const next = new Set(selection);
    if (shiftKey && anchorRef.current !== null) {
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
}
