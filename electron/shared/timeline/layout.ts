/**
 * Swimlane layout: timeline items → positioned markers and spans.
 *
 * One lane per agency on a shared time axis. Inside a lane, items that would overlap on screen
 * are stacked into sub-rows (greedy interval packing in date order), so every marker stays
 * visible and clickable. Packing is done in pixels, so it depends on the zoom: call again when
 * the zoom changes. O(n log n) for the sort plus O(n × maxRows) for packing; 20,000 items lay
 * out in a few milliseconds.
 */
import { dayNumber } from './days';
import { assignMarkers } from './shapes';
import type { LaneLayout, LegendEntry, MarkerStyle, PositionedItem, SwimlaneItem, TimelineLayout } from './types';

export interface LayoutOptions {
  readonly pxPerDay: number;
  /** Lane order; lanes not listed follow in alphabetical order. Listed lanes appear even if empty. */
  readonly laneOrder?: readonly string[];
  /** Height of one sub-row. */
  readonly rowHeight?: number;
  /** Space above and below the rows of a lane. */
  readonly lanePadding?: number;
  /** Marker size in px (also the minimum horizontal room an item takes). */
  readonly markerSize?: number;
  /** Sub-rows per lane before items are allowed to overlap. */
  readonly maxRowsPerLane?: number;
  /** Days of margin left and right of the data. */
  readonly marginDays?: number;
  /** Fix the plot domain (e.g. the review's scope) instead of deriving it from the items. */
  readonly domain?: { readonly startDay: number; readonly endDay: number };
}

export const DEFAULT_ROW_HEIGHT = 20;
export const DEFAULT_LANE_PADDING = 6;
export const DEFAULT_MARKER_SIZE = 12;
const DEFAULT_MAX_ROWS = 6;
const GAP_PX = 3;

interface Prepared {
  readonly item: SwimlaneItem;
  readonly start: number;
  readonly end: number;
}

function prepare(items: readonly SwimlaneItem[]): Prepared[] {
  // Real chronologies repeat dates a lot; parse each distinct day once.
  const days = new Map<string, number>();
  const day = (iso: string): number => {
    let n = days.get(iso);
    if (n === undefined) {
      n = dayNumber(iso);
      days.set(iso, n);
    }
    return n;
  };
  const out = items.map((item) => {
    const start = day(item.earliest);
    const end = day(item.latest);
    // A reversed range is a data error upstream; draw it as its earliest day rather than fail.
    return { item, start, end: Math.max(start, end) };
  });
  out.sort((a, b) => a.start - b.start || a.end - b.end || a.item.id - b.item.id);
  return out;
}

function laneNames(items: readonly Prepared[], order: readonly string[] | undefined): string[] {
  const listed = order ? [...order] : [];
  const known = new Set(listed);
  const rest = [...new Set(items.map((p) => p.item.lane))]
    .filter((lane) => !known.has(lane))
    .sort((a, b) => a.localeCompare(b, 'en-GB'));
  return [...listed, ...rest];
}

/** The days the plot spans: the data plus a margin, or the given domain. */
export function timelineDomain(
  items: readonly SwimlaneItem[],
  marginDays = 30,
): { startDay: number; endDay: number } | null {
  if (items.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const item of items) {
    min = Math.min(min, dayNumber(item.earliest));
    max = Math.max(max, dayNumber(item.latest));
  }
  return { startDay: min - marginDays, endDay: max + 1 + marginDays };
}

function preparedDomain(prepared: readonly Prepared[], marginDays: number): { startDay: number; endDay: number } {
  if (prepared.length === 0) return { startDay: 0, endDay: 365 };
  let min = Infinity;
  let max = -Infinity;
  for (const p of prepared) {
    if (p.start < min) min = p.start;
    if (p.end > max) max = p.end;
  }
  return { startDay: min - marginDays, endDay: max + 1 + marginDays };
}

export function layoutTimeline(items: readonly SwimlaneItem[], options: LayoutOptions): TimelineLayout {
  const pxPerDay = options.pxPerDay;
  if (!(pxPerDay > 0)) throw new RangeError('pxPerDay must be positive');
  const rowHeight = options.rowHeight ?? DEFAULT_ROW_HEIGHT;
  const lanePadding = options.lanePadding ?? DEFAULT_LANE_PADDING;
  const markerSize = options.markerSize ?? DEFAULT_MARKER_SIZE;
  const maxRows = Math.max(1, options.maxRowsPerLane ?? DEFAULT_MAX_ROWS);

  const prepared = prepare(items);
  const domain = options.domain ?? preparedDomain(prepared, options.marginDays ?? 30);
  const lanes = laneNames(prepared, options.laneOrder);
  const laneIndex = new Map(lanes.map((name, i) => [name, i]));
  const legend: LegendEntry[] = assignMarkers(items.map((i) => i.eventType));
  const markers = new Map<string, MarkerStyle>(legend.map((l) => [l.eventType, l.marker]));
  const fallbackMarker: MarkerStyle = { shape: 'circle', filled: true };

  // Pass 1: pack each lane's items into rows by their pixel extent.
  const rowEnds: number[][] = lanes.map(() => []);
  const counts = lanes.map(() => 0);
  const placed: Array<{ p: Prepared; lane: number; row: number; x: number; spanWidth: number }> = [];
  for (const p of prepared) {
    const lane = laneIndex.get(p.item.lane) ?? 0;
    const x = (p.start - domain.startDay) * pxPerDay;
    // An exact date is one day long; a vague date covers every day it may be.
    const days = p.end - p.start + 1;
    const spanWidth = days > 1 ? days * pxPerDay : 0;
    const left = spanWidth > 0 ? x : x + pxPerDay / 2 - markerSize / 2;
    const right = Math.max(left + markerSize, spanWidth > 0 ? x + spanWidth : left + markerSize);
    const ends = rowEnds[lane] ?? [];
    let row = ends.findIndex((end) => end + GAP_PX <= left);
    if (row === -1) {
      if (ends.length < maxRows) {
        row = ends.length;
        ends.push(right);
      } else {
        // Lane is full: overlap in the row that frees up first.
        row = ends.indexOf(Math.min(...ends));
        ends[row] = Math.max(ends[row] ?? right, right);
      }
    } else {
      ends[row] = right;
    }
    rowEnds[lane] = ends;
    counts[lane] = (counts[lane] ?? 0) + 1;
    placed.push({ p, lane, row, x, spanWidth });
  }

  // Pass 2: lane heights follow from the rows each lane needed.
  const laneLayouts: LaneLayout[] = [];
  let y = 0;
  lanes.forEach((name, index) => {
    const rowCount = Math.max(1, rowEnds[index]?.length ?? 0);
    const height = rowCount * rowHeight + lanePadding * 2;
    laneLayouts.push({ name, index, y, height, rowCount, itemCount: counts[index] ?? 0 });
    y += height;
  });

  const positioned: PositionedItem[] = placed.map(({ p, lane, row, x, spanWidth }) => {
    const laneTop = laneLayouts[lane]?.y ?? 0;
    const cy = laneTop + lanePadding + row * rowHeight + rowHeight / 2;
    const cx = spanWidth > 0 ? x + spanWidth / 2 : x + pxPerDay / 2;
    return {
      item: p.item,
      laneIndex: lane,
      row,
      x,
      spanWidth,
      cx,
      cy,
      marker: markers.get(p.item.eventType.trim()) ?? fallbackMarker,
    };
  });

  return {
    startDay: domain.startDay,
    endDay: domain.endDay,
    pxPerDay,
    width: (domain.endDay - domain.startDay) * pxPerDay,
    height: y,
    lanes: laneLayouts,
    items: positioned,
    legend,
  };
}

/** Items whose drawing touches the window [fromX, toX] (plot coordinates). Items are sorted by x. */
export function visibleItems(
  layout: TimelineLayout,
  fromX: number,
  toX: number,
  markerSize = DEFAULT_MARKER_SIZE,
): PositionedItem[] {
  return layout.items.filter((p) => {
    const left = Math.min(p.x, p.cx - markerSize / 2);
    const right = Math.max(p.x + p.spanWidth, p.cx + markerSize / 2);
    return right >= fromX && left <= toX;
  });
}
