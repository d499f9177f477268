import type { Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { CellPosition } from './grid-keyboard';
import type { EditingCell } from './GridRow';

export interface GridCursor {
  /** The active cell, which `aria-activedescendant` names. */
  readonly active: CellPosition;
  readonly setActive: Dispatch<SetStateAction<CellPosition>>;
  /** The cell being edited in place, if any. */
  readonly editing: EditingCell | null;
  readonly setEditing: Dispatch<SetStateAction<EditingCell | null>>;
  /** Makes a cell active and scrolls its row into view. */
  readonly moveTo: (next: CellPosition) => void;
}

/**
 * Where the keyboard is in the grid. A new filter or sort (`orderKey`) starts at the top again,
 * and fewer columns on a narrow grid keep the active cell inside the row.
 */
export function useGridCursor(
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  columnCount: number,
  orderKey: string,
): GridCursor {
  const [active, setActive] = useState<CellPosition>({ row: 0, col: 1 });
  const [editing, setEditing] = useState<EditingCell | null>(null);

  useEffect(
    () => setActive((current) => (current.col < columnCount ? current : { row: current.row, col: columnCount - 1 })),
    [columnCount],
  );

  useEffect(() => {
    setActive((current) => ({ row: 0, col: current.col }));
    setEditing(null);
    virtualizer.scrollToOffset(0);
  }, [orderKey, virtualizer]);

  const moveTo = useCallback(
    (next: CellPosition) => {
      setActive(next);
      virtualizer.scrollToIndex(next.row, { align: 'auto' });
    },
    [virtualizer],
  );

  return { active, setActive, editing, setEditing, moveTo };
}
