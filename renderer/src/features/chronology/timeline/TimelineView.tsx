import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Agency, ChronologyFilter, EventType } from '../../../../../electron/shared/domain/chronology';
import {
  fitZoomIndex,
  formatDay,
  layoutTimeline,
  renderTimelineSvg,
  timelineDomain,
  timelineTextAlternative,
  visibleItems,
  ZOOM_LEVELS,
  type PositionedItem,
} from '../../../../../electron/shared/timeline';
import { useReviewQuery } from '../../../api/useQuery';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useAnnounce } from '../../../ui/StatusAnnouncer';
import { toApiFilter } from '../filters/filter-state';
import { TimelineDescription } from './TimelineDescription';
import { TimelineLegend } from './TimelineLegend';
import { LANE_LABEL_WIDTH, MARKER_SIZE, MAX_INTERACTIVE_ITEMS, TimelineSvg } from './TimelineSvg';
import { neighbourItem, panToShow } from './timeline-navigation';
import { toSwimlaneItems } from './to-swimlane';

export interface TimelineViewProps {
  readonly filter: ChronologyFilter;
  readonly agencies: readonly Agency[];
  readonly eventTypes: readonly EventType[];
  /** Show the entry in the grid; `dateRank` is its position in date order. */
  readonly onOpenEntry: (entryId: number, dateRank: number) => void;
}

/**
 * Agencies as swimlanes on one time axis. Zoom runs from decades to days (buttons, + and -,
 * Ctrl+wheel), the view pans (buttons, drag, wheel, arrow keys at the ends of a lane), and every
 * event in view is a focusable button that opens the entry in the grid.
 */
export function TimelineView({ filter, agencies, eventTypes, onOpenEntry }: TimelineViewProps) {
  const announce = useAnnounce();
  const query = useReviewQuery('chronology.getTimeline', { filter: toApiFilter(filter) });
  const frameRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(900);
  const [zoomIndex, setZoomIndex] = useState<number | null>(null);
  const [viewStartDay, setViewStartDay] = useState<number | null>(null);
  const [focusedId, setFocusedId] = useState<number | null>(null);
  const focusAfterRender = useRef<number | null>(null);

  const agencyNames = useMemo(() => new Map(agencies.map((a) => [a.id, a.name])), [agencies]);
  const typeNames = useMemo(() => new Map(eventTypes.map((t) => [t.id, t.name])), [eventTypes]);
  const items = useMemo(
    () => toSwimlaneItems(query.data ?? [], {
      agencyName: (id) => agencyNames.get(id),
      eventTypeName: (id) => (id === null ? undefined : typeNames.get(id)),
    }),
    [query.data, agencyNames, typeNames],
  );
  const rank = useMemo(() => new Map((query.data ?? []).map((item, i) => [item.id, i])), [query.data]);
  const domain = useMemo(() => timelineDomain(items), [items]);
  const plotWidth = Math.max(200, width - LANE_LABEL_WIDTH - 8);

  useEffect(() => {
    const frame = frameRef.current;
    if (frame === null) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 900)));
    observer.observe(frame);
    return () => observer.disconnect();
  }, []);

  // First data (or a new filter): show everything.
  const fitAll = useCallback(() => {
    if (domain === null) return;
    setZoomIndex(fitZoomIndex(domain.endDay - domain.startDay, plotWidth));
    setViewStartDay(domain.startDay);
  }, [domain, plotWidth]);
  useEffect(() => {
    if (zoomIndex === null || viewStartDay === null) fitAll();
  }, [zoomIndex, viewStartDay, fitAll]);

  const zoom = ZOOM_LEVELS[zoomIndex ?? 0] ?? ZOOM_LEVELS[0]!;
  const pxPerDay = zoom.pxPerDay;
  const layout = useMemo(
    () => layoutTimeline(items, { pxPerDay, markerSize: MARKER_SIZE, ...(domain === null ? {} : { domain }) }),
    [items, pxPerDay, domain],
  );
  const viewDays = plotWidth / pxPerDay;
  const start = viewStartDay ?? layout.startDay;
  const viewX = (start - layout.startDay) * pxPerDay;
  const visible = useMemo(() => visibleItems(layout, viewX - MARKER_SIZE, viewX + plotWidth + MARKER_SIZE, MARKER_SIZE), [layout, viewX, plotWidth]);

  const zoomBy = useCallback((step: number, anchorFraction = 0.5) => {
    const next = Math.min(ZOOM_LEVELS.length - 1, Math.max(0, (zoomIndex ?? 0) + step));
    if (next === zoomIndex) return;
    const nextPx = ZOOM_LEVELS[next]?.pxPerDay ?? pxPerDay;
    // Keep the day under the anchor (the centre, or the mouse) where it is.
    const anchorDay = start + viewDays * anchorFraction;
    setViewStartDay(anchorDay - (plotWidth / nextPx) * anchorFraction);
    setZoomIndex(next);
    announce(`Zoom: ${ZOOM_LEVELS[next]?.name ?? ''}`);
  }, [zoomIndex, pxPerDay, start, viewDays, plotWidth, announce]);
  const pan = useCallback((fraction: number) => setViewStartDay(start + viewDays * fraction), [start, viewDays]);

  // Ctrl+wheel zooms at the pointer; a plain wheel pans sideways. Registered natively because
  // React's wheel listener is passive and cannot stop the page from scrolling or zooming.
  const wheelState = useRef({ zoomBy, pan, viewDays });
  wheelState.current = { zoomBy, pan, viewDays };
  useEffect(() => {
    const frame = frameRef.current;
    if (frame === null) return;
    const onWheel = (event: WheelEvent): void => {
      const rect = frame.getBoundingClientRect();
      const fraction = Math.min(1, Math.max(0, (event.clientX - rect.left - LANE_LABEL_WIDTH) / Math.max(1, rect.width - LANE_LABEL_WIDTH)));
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        wheelState.current.zoomBy(event.deltaY < 0 ? 1 : -1, fraction);
      } else if (Math.abs(event.deltaX) > Math.abs(event.deltaY) || event.shiftKey) {
        event.preventDefault();
        const delta = Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.deltaY;
        wheelState.current.pan(delta / Math.max(1, rect.width));
      }
    };
    frame.addEventListener('wheel', onWheel, { passive: false });
    return () => frame.removeEventListener('wheel', onWheel);
  }, []);

  // Drag to pan.
  const drag = useRef<{ x: number; start: number } | null>(null);

  const onFrameKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === '+' || event.key === '=' || event.key === '-' || event.key === '_') {
      event.preventDefault();
      // Zoom around the focused event so it stays in view and keeps the focus.
      const focused = layout.items.find((p) => p.item.id === focusedId);
      const fraction = focused === undefined ? 0.5 : Math.min(1, Math.max(0, (layout.startDay + focused.cx / pxPerDay - start) / viewDays));
      if (focused !== undefined) focusAfterRender.current = focused.item.id;
      zoomBy(event.key === '+' || event.key === '=' ? 1 : -1, fraction);
    } else if (event.key === 'PageDown' || event.key === 'PageUp') {
      event.preventDefault();
      pan(event.key === 'PageDown' ? 0.8 : -0.8);
    }
  };

  const activate = useCallback((p: PositionedItem) => onOpenEntry(p.item.id, rank.get(p.item.id) ?? 0), [onOpenEntry, rank]);
  const onItemKeyDown = useCallback((event: KeyboardEvent<SVGGElement>, p: PositionedItem) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(p);
      return;
    }
    const next = neighbourItem(layout, p.item.id, event.key);
    if (next === null) return;
    event.preventDefault();
    const shift = panToShow(next, layout, start, viewDays);
    if (shift !== null) setViewStartDay(shift);
    setFocusedId(next.item.id);
    focusAfterRender.current = next.item.id;
  }, [layout, start, viewDays, activate]);

  useEffect(() => {
    const id = focusAfterRender.current;
    if (id === null) return;
    const element = frameRef.current?.querySelector<SVGGElement>(`[data-entry-id="${id}"]`);
    if (element) {
      element.focus();
      focusAfterRender.current = null;
    }
  });

  const saveSvg = (): void => {
    const full = layoutTimeline(items, { pxPerDay: ZOOM_LEVELS[fitZoomIndex(domain === null ? 365 : domain.endDay - domain.startDay, 1600)]?.pxPerDay ?? 0.2 });
    const svg = renderTimelineSvg(full, { title: 'Multi-agency timeline', description: timelineTextAlternative(items).split('\n')[0] ?? '' });
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'timeline.svg';
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const viewText = `${formatDay(Math.floor(start))} to ${formatDay(Math.floor(start + viewDays))}`;
  return (
    <div className="cw-timeline">
      <div className="cw-toolbar" role="toolbar" aria-label="Timeline view">
        <button type="button" onClick={() => zoomBy(-1)} disabled={(zoomIndex ?? 0) <= 0} aria-keyshortcuts="-">Zoom out</button>
        <button type="button" onClick={() => zoomBy(1)} disabled={(zoomIndex ?? 0) >= ZOOM_LEVELS.length - 1} aria-keyshortcuts="+">Zoom in</button>
        <button type="button" onClick={fitAll} disabled={domain === null}>Show all</button>
        <button type="button" onClick={() => pan(-0.8)} aria-keyshortcuts="PageUp">Earlier</button>
        <button type="button" onClick={() => pan(0.8)} aria-keyshortcuts="PageDown">Later</button>
        <button type="button" onClick={saveSvg} disabled={items.length === 0}>Save as SVG</button>
        <p className="cw-count-line" aria-live="polite">
          Zoom: {zoom.name} · {viewText} · {visible.length.toLocaleString('en-GB')} of {items.length.toLocaleString('en-GB')} events in view
        </p>
      </div>
      <ErrorMessage error={query.error} title="The timeline could not be loaded" />
      {visible.length > MAX_INTERACTIVE_ITEMS ? (
        <p className="warning-message">Too many events in view to pick out one by one: zoom in or filter to choose an event.</p>
      ) : null}
      {/* Keys here bubble from the focusable events inside (+/- zoom, PageUp/PageDown pan);
          dragging is a mouse convenience, with buttons above doing the same. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        ref={frameRef}
        className="cw-timeline-frame"
        onKeyDown={onFrameKeyDown}
        onPointerDown={(event) => {
          if (event.button !== 0 || (event.target as Element).closest('[role="button"]') !== null) return;
          drag.current = { x: event.clientX, start };
          event.currentTarget.setPointerCapture(event.pointerId);
        }}
        onPointerMove={(event) => {
          if (drag.current === null) return;
          setViewStartDay(drag.current.start - (event.clientX - drag.current.x) / pxPerDay);
        }}
        onPointerUp={() => { drag.current = null; }}
      >
        {query.loading && query.data === undefined ? <p>Loading the timeline…</p> : null}
        {items.length === 0 && !query.loading ? <p className="cw-empty">No entries to show. Clear the filters or import a chronology.</p> : null}
        {items.length > 0 ? (
          <TimelineSvg layout={layout} viewX={viewX} width={plotWidth + LANE_LABEL_WIDTH} visible={visible} focusedId={focusedId}
            onItemFocus={setFocusedId} onItemActivate={activate} onItemKeyDown={onItemKeyDown}
            label={`Timeline, ${layout.lanes.length} agencies, ${viewText}. Arrow keys move between events, Enter opens the entry in the grid, plus and minus zoom.`} />
        ) : null}
      </div>
      <TimelineLegend legend={layout.legend} />
      <TimelineDescription items={items} onOpenEntry={(id) => onOpenEntry(id, rank.get(id) ?? 0)} />
    </div>
  );
}
