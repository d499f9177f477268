import { useCallback, useEffect, useState } from 'react';
import { clampPxPerDay, fitPxPerDay, isInnermostZoom, stepZoom, zoomName } from '@shared/timeline';
import { useAnnounce } from '@renderer/ui/StatusAnnouncer';

export interface DayRange {
  readonly startDay: number;
  readonly endDay: number;
}

/** The whole domain across the width, centred when it is narrower than the closest zoom allows. */
function fitView(domain: DayRange, plotWidth: number): { pxPerDay: number; startDay: number } {
  const pxPerDay = fitPxPerDay(domain.endDay - domain.startDay, plotWidth);
  const centre = (domain.startDay + domain.endDay) / 2;
  return { pxPerDay, startDay: centre - plotWidth / pxPerDay / 2 };
}

/**
 * Which days the timeline shows: a scale (px per day) and a left edge. "Show all" fits the data
 * to the width exactly, and the view stays fitted as the window is resized until the reviewer
 * zooms or pans. The zoom buttons step through the fixed levels from any scale.
 */
export function useTimelineViewport(domain: DayRange | null, plotWidth: number) {
  const announce = useAnnounce();
  // null: fitted to the data (follows resizes and new filters).
  const [manual, setManual] = useState<{ pxPerDay: number; startDay: number } | null>(null);
  const fitted = domain === null ? { pxPerDay: 1, startDay: 0 } : fitView(domain, plotWidth);
  const { pxPerDay, startDay } = manual ?? fitted;
  const viewDays = plotWidth / pxPerDay;

  // A new filter gives new data: show all of it again.
  useEffect(() => setManual(null), [domain?.startDay, domain?.endDay]);

  const fitAll = useCallback(() => {
    setManual(null);
    announce('Showing every event');
  }, [announce]);

  const showFrom = useCallback((day: number) => setManual({ pxPerDay, startDay: day }), [pxPerDay]);
  const pan = useCallback(
    (fraction: number) => showFrom(startDay + viewDays * fraction),
    [showFrom, startDay, viewDays],
  );

  const zoomBy = useCallback(
    (step: 1 | -1, anchorFraction = 0.5) => {
      const next = stepZoom(pxPerDay, step);
      if (next === null) return;
      // Keep the day under the anchor (the centre, the mouse or the focused event) where it is.
      const anchorDay = startDay + viewDays * anchorFraction;
      setManual({ pxPerDay: next, startDay: anchorDay - (plotWidth / next) * anchorFraction });
      announce(`Zoom: ${zoomName(next)}`);
    },
    [pxPerDay, startDay, viewDays, plotWidth, announce],
  );

  /** Zooms so that a period fills most of the view (a cluster's events, when chosen). */
  const zoomToRange = useCallback(
    (range: DayRange) => {
      const days = Math.max(1, range.endDay - range.startDay + 1);
      const next = clampPxPerDay((plotWidth * 0.6) / days);
      const centre = (range.startDay + range.endDay + 1) / 2;
      setManual({ pxPerDay: next, startDay: centre - plotWidth / next / 2 });
      announce(`Zoom: ${zoomName(next)}`);
    },
    [plotWidth, announce],
  );

  return {
    pxPerDay,
    startDay,
    viewDays,
    isFitted: manual === null,
    zoomLabel: zoomName(pxPerDay),
    canZoomIn: stepZoom(pxPerDay, 1) !== null,
    canZoomOut: stepZoom(pxPerDay, -1) !== null,
    innermost: isInnermostZoom(pxPerDay),
    fitAll,
    showFrom,
    pan,
    zoomBy,
    zoomToRange,
  };
}

export type TimelineViewport = ReturnType<typeof useTimelineViewport>;
