/**
 * Where the active cell goes for a key press, following the WAI-ARIA grid pattern: arrows move
 * one cell, Home/End go to the row's first/last cell (with Ctrl: the grid's first/last row),
 * PageUp/PageDown move by a viewport of rows. Pure, so it is tested without a DOM.
 */

export interface CellPosition {
  /** 0-based row index among all (filtered) rows, not only the loaded ones. */
  readonly row: number;
  /** 0-based column index. */
  readonly col: number;
}

export interface GridBounds {
  readonly rowCount: number;
  readonly colCount: number;
  /** Rows that fit in the viewport, for PageUp/PageDown. */
  readonly pageRows: number;
}

export interface KeyInput {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** The new active cell, or null when the key is not a navigation key (let it through). */
export function nextActiveCell(current: CellPosition, input: KeyInput, bounds: GridBounds): CellPosition | null {
  if (bounds.rowCount <= 0 || bounds.colCount <= 0) return null;
  const lastRow = bounds.rowCount - 1;
  const lastCol = bounds.colCount - 1;
  const ctrl = input.ctrlKey === true || input.metaKey === true;
  const row = clamp(current.row, 0, lastRow);
  const col = clamp(current.col, 0, lastCol);
  const page = Math.max(1, bounds.pageRows - 1);
  switch (input.key) {
    case 'ArrowDown':
      return { row: Math.min(lastRow, row + 1), col };
    case 'ArrowUp':
      return { row: Math.max(0, row - 1), col };
    case 'ArrowRight':
      return { row, col: Math.min(lastCol, col + 1) };
    case 'ArrowLeft':
      return { row, col: Math.max(0, col - 1) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col: lastCol } : { row, col: lastCol };
    case 'PageDown':
      return { row: Math.min(lastRow, row + page), col };
    case 'PageUp':
      return { row: Math.max(0, row - page), col };
    default:
      return null;
  }
}

/** Inclusive range of row indexes between an anchor and a target (Shift+click selection). */
export function rowRange(anchor: number, target: number): number[] {
  const from = Math.min(anchor, target);
  const to = Math.max(anchor, target);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
