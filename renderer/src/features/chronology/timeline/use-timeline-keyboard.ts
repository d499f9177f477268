import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { TimelineLayout } from '@shared/timeline';
import { markEntryIds, markForEntry, neighbourMark, panToShow, type TimelineMark } from './timeline-navigation';
import type { TimelineViewport } from './use-timeline-viewport';

/**
 * Focus and keys on the timeline: one tab stop among the marks, arrows between them (panning to
 * keep the focused mark in view), Enter to open an event or zoom into a cluster, + and - to zoom
 * around the focused mark, Page Up and Page Down to pan. Focus follows an entry across zooms, so
 * zooming never drops the reviewer's place.
 */
export function useTimelineKeyboard(options: {
  readonly frameRef: RefObject<HTMLDivElement | null>;
  readonly layout: TimelineLayout;
  readonly marks: readonly TimelineMark[];
  readonly viewport: TimelineViewport;
  readonly onOpenEntry: (entryId: number) => void;
}) {
  const { frameRef, layout, marks, viewport, onOpenEntry } = options;
  // The entry whose mark has (or last had) focus: a mark's key changes as clusters form and
  // split with the zoom, the entry does not.
  const [focusedEntry, setFocusedEntry] = useState<number | null>(null);
  const focusAfterRender = useRef<number | null>(null);
  const focusedMark = focusedEntry === null ? undefined : markForEntry(marks, focusedEntry);

  const activate = useCallback(
    (mark: TimelineMark) => {
      if (mark.kind === 'event') {
        onOpenEntry(mark.event.item.id);
        return;
      }
      const first = mark.cluster.items[0];
      if (first !== undefined) {
        setFocusedEntry(first.id);
        focusAfterRender.current = first.id;
      }
      viewport.zoomToRange({ startDay: mark.cluster.startDay, endDay: mark.cluster.endDay });
    },
    [onOpenEntry, viewport],
  );

  const onFrameKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === '+' || event.key === '=' || event.key === '-' || event.key === '_') {
      event.preventDefault();
      // Zoom around the focused mark so it stays in view and keeps the focus.
      const fraction =
        focusedMark === undefined
          ? 0.5
          : Math.min(
              1,
              Math.max(0, (layout.startDay + focusedMark.cx / layout.pxPerDay - viewport.startDay) / viewport.viewDays),
            );
      if (focusedEntry !== null) focusAfterRender.current = focusedEntry;
      viewport.zoomBy(event.key === '+' || event.key === '=' ? 1 : -1, fraction);
    } else if (event.key === 'PageDown' || event.key === 'PageUp') {
      event.preventDefault();
      viewport.pan(event.key === 'PageDown' ? 0.8 : -0.8);
    }
  };

  const onMarkKeyDown = useCallback(
    (event: KeyboardEvent<SVGGElement>, mark: TimelineMark) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        activate(mark);
        return;
      }
      const next = neighbourMark(marks, layout.lanes.length, mark.key, event.key);
      if (next === null) return;
      event.preventDefault();
      const shift = panToShow(next, layout, viewport.startDay, viewport.viewDays);
      if (shift !== null) viewport.showFrom(shift);
      const entry = markEntryIds(next)[0] ?? null;
      setFocusedEntry(entry);
      focusAfterRender.current = entry;
    },
    [marks, layout, viewport, activate],
  );

  const onMarkFocus = useCallback((mark: TimelineMark) => setFocusedEntry(markEntryIds(mark)[0] ?? null), []);

  useEffect(() => {
    const entry = focusAfterRender.current;
    if (entry === null) return;
    const mark = markForEntry(marks, entry);
    const element =
      mark === undefined ? null : frameRef.current?.querySelector<SVGGElement>(`[data-mark-key="${mark.key}"]`);
    if (element) {
      element.focus();
      focusAfterRender.current = null;
    }
  });

  return { focusedKey: focusedMark?.key ?? null, activate, onFrameKeyDown, onMarkKeyDown, onMarkFocus };
}
