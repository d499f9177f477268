import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { useAnnounce } from '@renderer/ui/StatusAnnouncer';
import type { CellPosition } from './grid-keyboard';
import type { PagedRows } from './usePagedRows';

/** A request to show one entry (from the timeline, an episode, a duplicate). */
export interface GoToRequest {
  readonly entryId: number;
  /** Where the entry probably is in the current order (the timeline knows its date rank). */
  readonly hintIndex: number;
  /** Changes per request, so asking for the same entry twice still works. */
  readonly nonce: number;
}

/**
 * Goes to an entry: once the row count is known, scrolls near where it should be, then picks it
 * out when its page has arrived.
 */
export function useGoToEntry(options: {
  readonly goTo: GoToRequest | null;
  readonly rows: PagedRows;
  readonly virtualizer: Virtualizer<HTMLDivElement, Element>;
  readonly scrollRef: RefObject<HTMLDivElement | null>;
  readonly setActive: Dispatch<SetStateAction<CellPosition>>;
}): void {
  const { goTo, virtualizer, scrollRef, setActive } = options;
  const { findIndex, ensureRange, version, total: knownTotal } = options.rows;
  const announce = useAnnounce();
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
  }, [goTo, version, knownTotal, findIndex, ensureRange, virtualizer, announce, scrollRef, setActive]);
}
