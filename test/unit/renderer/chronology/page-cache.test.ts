import { describe, expect, it } from 'vitest';
import { RowPageCache } from '@renderer/features/chronology/grid/page-cache';

function rows(page: number, size: number): number[] {
  return Array.from({ length: size }, (_, i) => page * size + i);
}

describe('row page cache', () => {
  it('asks only for the pages a viewport touches, once', () => {
    const cache = new RowPageCache<number>(100);
    expect(cache.missingPages(0, 40)).toEqual([0]);
    expect(cache.missingPages(150, 420)).toEqual([1, 2, 3, 4]);
    cache.markPending(1);
    expect(cache.missingPages(150, 420)).toEqual([2, 3, 4]);
    cache.store(1, rows(1, 100), 20_000);
    expect(cache.rowAt(150)).toBe(150);
    expect(cache.rowAt(250)).toBeUndefined();
    expect(cache.missingPages(150, 199)).toEqual([]);
  });

  it('never asks beyond the total once it is known', () => {
    const cache = new RowPageCache<number>(100);
    cache.store(0, rows(0, 100), 230);
    expect(cache.missingPages(0, 10_000)).toEqual([1, 2]);
    expect(cache.total).toBe(230);
  });

  it('drops the pages farthest from the viewport to bound memory', () => {
    const cache = new RowPageCache<number>(10, 3);
    for (const page of [0, 1, 2]) cache.store(page, rows(page, 10), 1000);
    cache.store(50, rows(50, 10), 1000, 50);
    expect(cache.loadedPageCount).toBe(3);
    expect(cache.isLoaded(0)).toBe(false);
    expect(cache.isLoaded(50)).toBe(true);
    expect(cache.isLoaded(2)).toBe(true);
  });

  it('finds a loaded row, forgets abandoned fetches and clears on a new filter', () => {
    const cache = new RowPageCache<{ id: number }>(2);
    cache.store(3, [{ id: 70 }, { id: 71 }], 10);
    expect(cache.findIndex((r) => r.id === 71)).toBe(7);
    expect(cache.findIndex((r) => r.id === 5)).toBe(-1);
    cache.markPending(0);
    cache.abandon(0);
    expect(cache.missingPages(0, 1)).toEqual([0]);
    cache.clear();
    expect(cache.total).toBeNull();
    expect(cache.rowAt(7)).toBeUndefined();
    expect(() => new RowPageCache(0)).toThrow(RangeError);
  });
});

describe('row page cache after a data change', () => {
  it('keeps showing stale rows while it asks for them again', () => {
    const cache = new RowPageCache<number>(10);
    cache.store(0, rows(0, 10), 100);
    cache.store(1, rows(1, 10), 100);
    cache.markPending(2);
    cache.invalidate();
    expect(cache.rowAt(5)).toBe(5);
    expect(cache.missingPages(0, 29)).toEqual([0, 1, 2]);
    cache.markPending(0);
    cache.store(0, [100, 101, 102, 103, 104, 105, 106, 107, 108, 109], 100);
    expect(cache.rowAt(5)).toBe(105);
    expect(cache.missingPages(0, 19)).toEqual([1]);
  });
});
