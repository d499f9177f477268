import { describe, expect, it } from 'vitest';
import { nextActiveCell, rowRange } from '@renderer/features/chronology/grid/grid-keyboard';

const bounds = { rowCount: 20_000, colCount: 8, pageRows: 15 };

describe('grid keyboard navigation', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(nextActiveCell({ row: 5, col: 2 }, { key: 'ArrowDown' }, bounds)).toEqual({ row: 6, col: 2 });
    expect(nextActiveCell({ row: 5, col: 2 }, { key: 'ArrowUp' }, bounds)).toEqual({ row: 4, col: 2 });
    expect(nextActiveCell({ row: 5, col: 2 }, { key: 'ArrowRight' }, bounds)).toEqual({ row: 5, col: 3 });
    expect(nextActiveCell({ row: 0, col: 0 }, { key: 'ArrowUp' }, bounds)).toEqual({ row: 0, col: 0 });
    expect(nextActiveCell({ row: 0, col: 0 }, { key: 'ArrowLeft' }, bounds)).toEqual({ row: 0, col: 0 });
    expect(nextActiveCell({ row: 19_999, col: 7 }, { key: 'ArrowDown' }, bounds)).toEqual({ row: 19_999, col: 7 });
  });

  it('goes to the ends of the row with Home/End and of the grid with Ctrl', () => {
    expect(nextActiveCell({ row: 40, col: 3 }, { key: 'Home' }, bounds)).toEqual({ row: 40, col: 0 });
    expect(nextActiveCell({ row: 40, col: 3 }, { key: 'End' }, bounds)).toEqual({ row: 40, col: 7 });
    expect(nextActiveCell({ row: 40, col: 3 }, { key: 'Home', ctrlKey: true }, bounds)).toEqual({ row: 0, col: 0 });
    expect(nextActiveCell({ row: 40, col: 3 }, { key: 'End', metaKey: true }, bounds)).toEqual({ row: 19_999, col: 7 });
  });

  it('pages by a viewport less one row, so one row stays in view for context', () => {
    expect(nextActiveCell({ row: 40, col: 1 }, { key: 'PageDown' }, bounds)).toEqual({ row: 54, col: 1 });
    expect(nextActiveCell({ row: 10, col: 1 }, { key: 'PageUp' }, bounds)).toEqual({ row: 0, col: 1 });
    expect(nextActiveCell({ row: 19_990, col: 1 }, { key: 'PageDown' }, bounds)).toEqual({ row: 19_999, col: 1 });
  });

  it('lets other keys through and copes with an empty grid or a stale position', () => {
    expect(nextActiveCell({ row: 1, col: 1 }, { key: 'a' }, bounds)).toBeNull();
    expect(
      nextActiveCell({ row: 0, col: 0 }, { key: 'ArrowDown' }, { rowCount: 0, colCount: 8, pageRows: 10 }),
    ).toBeNull();
    // The filter shrank the grid under the active cell: it is pulled back inside first.
    expect(
      nextActiveCell({ row: 500, col: 9 }, { key: 'ArrowUp' }, { rowCount: 10, colCount: 8, pageRows: 5 }),
    ).toEqual({ row: 8, col: 7 });
  });

  it('gives the rows between an anchor and a target, either way round', () => {
    expect(rowRange(3, 6)).toEqual([3, 4, 5, 6]);
    expect(rowRange(6, 3)).toEqual([3, 4, 5, 6]);
    expect(rowRange(2, 2)).toEqual([2]);
  });
});
