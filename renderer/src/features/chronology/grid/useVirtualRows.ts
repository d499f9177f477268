import { useVirtualizer, type VirtualItem, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, type RefObject } from 'react';

/**
 * Virtual rows over the grid's scroll area, so 20,000 rows cost no more than the ~30 on screen;
 * the pages under the visible rows are fetched as they come into view.
 */
export function useVirtualRows(options: {
  readonly total: number;
  readonly rowHeight: number;
  readonly headerHeight: number;
  readonly scrollRef: RefObject<HTMLDivElement | null>;
  readonly ensureRange: (first: number, last: number) => void;
}): { readonly virtualizer: Virtualizer<HTMLDivElement, Element>; readonly virtualRows: VirtualItem[] } {
  const { total, rowHeight, headerHeight, scrollRef, ensureRange } = options;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    scrollPaddingStart: headerHeight,
  });
  useEffect(() => virtualizer.measure(), [rowHeight, virtualizer]);
  const virtualRows = virtualizer.getVirtualItems();
  const firstVisible = virtualRows[0]?.index ?? 0;
  const lastVisible = virtualRows[virtualRows.length - 1]?.index ?? 0;
  useEffect(() => {
    if (total > 0) ensureRange(firstVisible, lastVisible);
  }, [firstVisible, lastVisible, total, ensureRange]);
  return { virtualizer, virtualRows };
}
