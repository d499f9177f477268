import { useEffect, useRef, type PointerEvent, type RefObject } from 'react';
import type { TimelineViewport } from './use-timeline-viewport';

/**
 * Mouse and trackpad on the timeline: Ctrl+wheel zooms at the pointer, a sideways (or
 * Shift+) wheel pans, and dragging the background pans. The toolbar buttons and keys do the
 * same for people who do not use a mouse.
 */
export function useTimelinePointer(
  frameRef: RefObject<HTMLDivElement | null>,
  viewport: TimelineViewport,
  laneLabelWidth: number,
) {
  // The wheel listener is registered once; it reads the latest viewport through this ref.
  const latest = useRef(viewport);
  latest.current = viewport;

  useEffect(() => {
    const frame = frameRef.current;
    if (frame === null) return;
    // Registered natively because React's wheel listener is passive and cannot stop the page
    // from scrolling or zooming.
    const onWheel = (event: WheelEvent): void => {
      const rect = frame.getBoundingClientRect();
      const fraction = Math.min(
        1,
        Math.max(0, (event.clientX - rect.left - laneLabelWidth) / Math.max(1, rect.width - laneLabelWidth)),
      );
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        latest.current.zoomBy(event.deltaY < 0 ? 1 : -1, fraction);
      } else if (Math.abs(event.deltaX) > Math.abs(event.deltaY) || event.shiftKey) {
        event.preventDefault();
        const delta = Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.deltaY;
        latest.current.pan(delta / Math.max(1, rect.width));
      }
    };
    frame.addEventListener('wheel', onWheel, { passive: false });
    return () => frame.removeEventListener('wheel', onWheel);
  }, [frameRef, laneLabelWidth]);

  const drag = useRef<{ x: number; startDay: number } | null>(null);
  return {
    onPointerDown: (event: PointerEvent<HTMLDivElement>): void => {
      if (event.button !== 0 || (event.target as Element).closest('[role="button"]') !== null) return;
      drag.current = { x: event.clientX, startDay: viewport.startDay };
      event.currentTarget.setPointerCapture(event.pointerId);
    },
    onPointerMove: (event: PointerEvent<HTMLDivElement>): void => {
      if (drag.current === null) return;
      viewport.showFrom(drag.current.startDay - (event.clientX - drag.current.x) / viewport.pxPerDay);
    },
    onPointerUp: (): void => {
      drag.current = null;
    },
  };
}
