/**
 * Rows of a server-paged list, held page by page. The grid asks for the pages its viewport
 * touches; only those are fetched, and pages far from the viewport are dropped again, so a
 * 20,000-row chronology never sits in memory whole. Pure (no React), so it is unit-tested.
 */

export class RowPageCache<T> {
  private readonly pages = new Map<number, readonly T[]>();
  private readonly pending = new Set<number>();
  /** Pages still shown but out of date (data changed): fetched again when next in view. */
  private readonly stale = new Set<number>();
  private totalRows: number | null = null;

  constructor(
    readonly pageSize: number,
    /** Pages kept at most; the ones farthest from the last viewport go first. */
    private readonly maxPages = 24,
  ) {
    if (pageSize < 1) throw new RangeError('pageSize must be at least 1');
  }

  get total(): number | null {
    return this.totalRows;
  }

  pageOf(index: number): number {
    return Math.floor(index / this.pageSize);
  }

  rowAt(index: number): T | undefined {
    return this.pages.get(this.pageOf(index))?.[index % this.pageSize];
  }

  /** Index of the first loaded row matching `predicate`, or -1. */
  findIndex(predicate: (row: T) => boolean): number {
    for (const [page, rows] of this.pages) {
      const i = rows.findIndex(predicate);
      if (i >= 0) return page * this.pageSize + i;
    }
    return -1;
  }

  isLoaded(page: number): boolean {
    return this.pages.has(page);
  }

  /** Pages covering rows [first, last] that are neither loaded nor being fetched. */
  missingPages(first: number, last: number): number[] {
    const max = this.totalRows === null ? Infinity : Math.max(0, this.totalRows - 1);
    const from = this.pageOf(Math.max(0, first));
    const to = this.pageOf(Math.max(0, Math.min(last, max)));
    const out: number[] = [];
    for (let p = from; p <= to; p++) {
      if ((!this.pages.has(p) || this.stale.has(p)) && !this.pending.has(p)) out.push(p);
    }
    return out;
  }

  markPending(page: number): void {
    this.pending.add(page);
  }

  /** A fetch failed: forget that it was pending so it can be asked again. */
  abandon(page: number): void {
    this.pending.delete(page);
  }

  store(page: number, rows: readonly T[], total: number, viewportPage = page): void {
    this.pending.delete(page);
    this.stale.delete(page);
    this.pages.set(page, rows);
    this.totalRows = total;
    this.evict(viewportPage);
  }

  /**
   * The data changed (an edit, undo or redo): keep showing what we have, so rows do not blink,
   * but fetch every page again as it comes into view. Answers to earlier fetches must be
   * ignored by the caller (it tracks a generation), so pending marks are dropped.
   */
  invalidate(): void {
    for (const page of this.pages.keys()) this.stale.add(page);
    this.pending.clear();
  }

  /** Drop everything (filter or sort changed). */
  clear(): void {
    this.pages.clear();
    this.pending.clear();
    this.stale.clear();
    this.totalRows = null;
  }

  get loadedPageCount(): number {
    return this.pages.size;
  }

  private evict(viewportPage: number): void {
    if (this.pages.size <= this.maxPages) return;
    const byDistance = [...this.pages.keys()].sort((a, b) => Math.abs(b - viewportPage) - Math.abs(a - viewportPage));
    for (const page of byDistance) {
      if (this.pages.size <= this.maxPages) break;
      this.pages.delete(page);
      this.stale.delete(page);
    }
  }
}
