import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ChronologyEntry, ChronologyFilter, ChronologySort, EntryHighlight } from '@shared/domain/chronology';
import type { ApiError } from '@shared/errors';
import { ApiCallError } from '@renderer/api/client';
import { filterKey, toApiFilter } from '../filters/filter-state';
import { useReviewCall } from '../shared/useReviewCall';
import { RowPageCache } from './page-cache';

export interface GridRowData {
  readonly entry: ChronologyEntry;
  /** Field texts with search matches marked, when a search is in force. */
  readonly highlight?: EntryHighlight['fields'];
}

export interface PagedRows {
  /** Rows matching the filter; null until the first page arrives. */
  readonly total: number | null;
  readonly rowAt: (index: number) => GridRowData | undefined;
  /** Fetch whatever of rows [first, last] is missing or out of date. */
  readonly ensureRange: (first: number, last: number) => void;
  readonly findIndex: (entryId: number) => number;
  readonly error: ApiError | undefined;
  /** Changes whenever rows arrive, so the grid re-renders. */
  readonly version: number;
}

export const PAGE_SIZE = 100;

/**
 * The grid's rows, fetched from `chronology.list` a page at a time as the viewport moves.
 * A new filter or sort starts from scratch; a data change (any command, undo, redo) keeps the
 * rows on screen and refreshes them, so editing a cell does not make the grid blink.
 */
export function usePagedRows(filter: ChronologyFilter, sort: ChronologySort): PagedRows {
  const { call, revision } = useReviewCall();
  const cacheRef = useRef<RowPageCache<GridRowData>>(new RowPageCache<GridRowData>(PAGE_SIZE));
  const generation = useRef(0);
  const lastRange = useRef<[number, number]>([0, 60]);
  const [version, setVersion] = useState(0);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const queryKey = `${filterKey(filter)}|${sort.field}|${sort.direction}`;
  const apiFilter = useMemo(() => toApiFilter(filter), [filter]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      lastRange.current = [first, last];
      const cache = cacheRef.current;
      const viewportPage = cache.pageOf(first);
      for (const page of cache.missingPages(first, last)) {
        cache.markPending(page);
        const ticket = generation.current;
        call('chronology.list', { filter: apiFilter, sort, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
          (result) => {
            if (ticket !== generation.current) return;
            const marks = new Map(result.highlights.map((h) => [h.entryId, h.fields]));
            const rows = result.rows.map((entry): GridRowData => {
              const highlight = marks.get(entry.id);
              return highlight === undefined ? { entry } : { entry, highlight };
            });
            cache.store(page, rows, result.total, viewportPage);
            setTotal(result.total);
            setError(undefined);
            setVersion((v) => v + 1);
          },
          (failure: unknown) => {
            if (ticket !== generation.current) return;
            cache.abandon(page);
            setError(
              failure instanceof ApiCallError
                ? failure.error
                : { code: 'internal', message: 'The entries could not be loaded.' },
            );
          },
        );
      }
    },
    [call, apiFilter, sort],
  );

  // New filter or sort: forget every row and start again from the top.
  useEffect(() => {
    generation.current += 1;
    cacheRef.current.clear();
    setTotal(null);
    setVersion((v) => v + 1);
    lastRange.current = [0, 60];
    ensureRange(0, 60);
  }, [queryKey, ensureRange]);

  // Data changed: refresh what is on screen, keep showing it meanwhile.
  const seenRevision = useRef(revision);
  useEffect(() => {
    if (revision === seenRevision.current) return;
    seenRevision.current = revision;
    generation.current += 1;
    cacheRef.current.invalidate();
    ensureRange(lastRange.current[0], lastRange.current[1]);
  }, [revision, ensureRange]);

  const rowAt = useCallback((index: number) => cacheRef.current.rowAt(index), []);
  const findIndex = useCallback((entryId: number) => cacheRef.current.findIndex((row) => row.entry.id === entryId), []);
  return { total, rowAt, ensureRange, findIndex, error, version };
}
