import { useCallback, useMemo, useRef, useState } from 'react';
import type { Agency, ChronologyFilter, EventType } from '@shared/domain/chronology';
import { formatDay, layoutTimeline, visibleClusters, visibleItems } from '@shared/timeline';
import { ErrorMessage } from '@renderer/ui/ErrorMessage';
import { useElementWidth } from '../grid/useElementWidth';
import { saveTimelineSvg } from './save-timeline-svg';
import { TimelineDescription } from './TimelineDescription';
import { TimelineLegend } from './TimelineLegend';
import { LANE_LABEL_WIDTH, MARKER_SIZE, MAX_INTERACTIVE_ITEMS, TimelineSvg } from './TimelineSvg';
import { timelineMarks } from './timeline-navigation';
import { useTimelineData } from './use-timeline-data';
import { useTimelineKeyboard } from './use-timeline-keyboard';
import { useTimelinePointer } from './use-timeline-pointer';
import { useTimelineViewport } from './use-timeline-viewport';

export interface TimelineViewProps {
  readonly filter: ChronologyFilter;
  readonly agencies: readonly Agency[];
  readonly eventTypes: readonly EventType[];
  /** Show the entry in the grid; `dateRank` is its position in date order. */
  readonly onOpenEntry: (entryId: number, dateRank: number) => void;
}

/** Crowded: this many events of one lane within two markers' width become one mark with a count. */
const CLUSTER = { windowPx: MARKER_SIZE * 2, minCount: 4 } as const;

/**
 * Agencies as swimlanes on one time axis. "Show all" fits the data to the window; zoom runs from
 * decades to days (buttons, + and -, Ctrl+wheel), the view pans (buttons, drag, wheel, Page Up and
 * Page Down). Events carry short labels where they fit and crowded events form clusters; every mark
 * in view is a focusable button that opens the entry in the grid or zooms into the cluster.
 */
export function TimelineView({ filter, agencies, eventTypes, onOpenEntry }: TimelineViewProps) {
  const { query, items, rank, domain } = useTimelineData(filter, agencies, eventTypes);
  const frameRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(frameRef) || 900;
  const plotWidth = Math.max(200, width - LANE_LABEL_WIDTH - 8);
  const viewport = useTimelineViewport(domain, plotWidth);
  const { pxPerDay, startDay, viewDays } = viewport;

  const layout = useMemo(
    () =>
      layoutTimeline(items, {
        pxPerDay,
        markerSize: MARKER_SIZE,
        ...(domain === null ? {} : { domain }),
        // At the closest zoom a cluster could not be opened any further: stack the events instead.
        ...(viewport.innermost ? {} : { cluster: CLUSTER }),
      }),
    [items, pxPerDay, domain, viewport.innermost],
  );
  const allMarks = useMemo(() => timelineMarks(layout, MARKER_SIZE), [layout]);
  const viewX = (startDay - layout.startDay) * pxPerDay;
  const visibleMarks = useMemo(() => {
    const from = viewX - MARKER_SIZE;
    const to = viewX + plotWidth + MARKER_SIZE;
    const keys = new Set([
      ...visibleItems(layout, from, to, MARKER_SIZE).map((p) => `e${p.item.id}`),
      ...visibleClusters(layout, from, to).map((c) => `c${c.key}`),
    ]);
    return allMarks.filter((m) => keys.has(m.key));
  }, [layout, allMarks, viewX, plotWidth]);
  const visibleEvents = visibleMarks.reduce((n, m) => n + (m.kind === 'event' ? 1 : m.cluster.items.length), 0);

  const openEntry = useCallback((id: number) => onOpenEntry(id, rank.get(id) ?? 0), [onOpenEntry, rank]);
  const keyboard = useTimelineKeyboard({ frameRef, layout, marks: allMarks, viewport, onOpenEntry: openEntry });
  const pointer = useTimelinePointer(frameRef, viewport, LANE_LABEL_WIDTH);
  const [hoveredKey, setHoveredKey] = useState<string | null>(null);
  const [focusWithin, setFocusWithin] = useState(false);

  const viewText = `${formatDay(Math.floor(startDay))} to ${formatDay(Math.floor(startDay + viewDays))}`;
  return (
    <div className="cw-timeline">
      <div className="cw-toolbar" role="toolbar" aria-label="Timeline view">
        <button type="button" onClick={() => viewport.zoomBy(-1)} disabled={!viewport.canZoomOut} aria-keyshortcuts="-">
          Zoom out
        </button>
        <button type="button" onClick={() => viewport.zoomBy(1)} disabled={!viewport.canZoomIn} aria-keyshortcuts="+">
          Zoom in
        </button>
        <button type="button" onClick={viewport.fitAll} disabled={domain === null}>
          Show all
        </button>
        <button type="button" onClick={() => viewport.pan(-0.8)} aria-keyshortcuts="PageUp">
          Earlier
        </button>
        <button type="button" onClick={() => viewport.pan(0.8)} aria-keyshortcuts="PageDown">
          Later
        </button>
        <button type="button" onClick={() => saveTimelineSvg(items, domain)} disabled={items.length === 0}>
          Save as SVG
        </button>
        <p className="cw-count-line" aria-live="polite">
          Zoom: {viewport.zoomLabel} · {viewText} · {visibleEvents.toLocaleString('en-GB')} of{' '}
          {items.length.toLocaleString('en-GB')} events in view
        </p>
      </div>
      <ErrorMessage error={query.error} title="The timeline could not be loaded" />
      {visibleMarks.length > MAX_INTERACTIVE_ITEMS ? (
        <p className="warning-message">
          Too many events in view to pick out one by one: zoom in or filter to choose an event.
        </p>
      ) : null}
      {/* Keys here bubble from the focusable marks inside (+/- zoom, Page Up/Page Down pan);
          dragging is a mouse convenience, with buttons above doing the same. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        ref={frameRef}
        className="cw-timeline-frame"
        onKeyDown={keyboard.onFrameKeyDown}
        {...pointer}
        onFocus={() => setFocusWithin(true)}
        onBlur={() => setFocusWithin(false)}
      >
        {query.loading && query.data === undefined ? <p>Loading the timeline…</p> : null}
        {items.length === 0 && !query.loading ? (
          <p className="cw-empty">No entries to show. Clear the filters or import a chronology.</p>
        ) : null}
        {items.length > 0 ? (
          <TimelineSvg
            layout={layout}
            viewX={viewX}
            width={plotWidth + LANE_LABEL_WIDTH}
            marks={visibleMarks}
            focusedKey={focusWithin ? keyboard.focusedKey : null}
            hoveredKey={hoveredKey}
            onMarkFocus={keyboard.onMarkFocus}
            onMarkActivate={keyboard.activate}
            onMarkKeyDown={keyboard.onMarkKeyDown}
            onMarkHover={setHoveredKey}
            label={`Timeline, ${layout.lanes.length} agencies, ${viewText}. Arrow keys move between events, Enter opens the entry in the grid or zooms into a group, plus and minus zoom.`}
          />
        ) : null}
      </div>
      <TimelineLegend legend={layout.legend} />
      <TimelineDescription items={items} onOpenEntry={openEntry} />
    </div>
  );
}
