import { type PositionedCluster, type PositionedItem, type TimelineLayout } from '@shared/timeline';

/** One focusable thing on the timeline: an event, or a cluster of crowded events. */
export type TimelineMark =
  | {
      readonly kind: 'event';
      readonly key: string;
      readonly laneIndex: number;
      readonly x: number;
      readonly width: number;
      readonly cx: number;
      readonly event: PositionedItem;
    }
  | {
      readonly kind: 'cluster';
      readonly key: string;
      readonly laneIndex: number;
      readonly x: number;
      readonly width: number;
      readonly cx: number;
      readonly cluster: PositionedCluster;
    };

export function eventMark(p: PositionedItem, markerSize: number): TimelineMark {
  const left = Math.min(p.x, p.cx - markerSize / 2);
  const right = Math.max(p.x + p.spanWidth, p.cx + markerSize / 2);
  return {
    kind: 'event',
    key: `e${p.item.id}`,
    laneIndex: p.laneIndex,
    x: left,
    width: right - left,
    cx: p.cx,
    event: p,
  };
}

export function clusterMark(c: PositionedCluster): TimelineMark {
  return { kind: 'cluster', key: `c${c.key}`, laneIndex: c.laneIndex, x: c.x, width: c.width, cx: c.cx, cluster: c };
}

/** Where a mark's period starts, in plot px: "May 2021" comes before "2 May 2021". */
function startOf(mark: TimelineMark): number {
  return mark.kind === 'event' ? mark.event.x : mark.cluster.x;
}

/** Every mark of a layout in date order (then lane), as the keyboard walks them. */
export function timelineMarks(layout: TimelineLayout, markerSize: number): TimelineMark[] {
  const marks = [...layout.items.map((p) => eventMark(p, markerSize)), ...layout.clusters.map(clusterMark)];
  return marks.sort(
    (a, b) => startOf(a) - startOf(b) || a.width - b.width || a.laneIndex - b.laneIndex || a.key.localeCompare(b.key),
  );
}

/** The entry ids a mark stands for. */
export function markEntryIds(mark: TimelineMark): readonly number[] {
  return mark.kind === 'event' ? [mark.event.item.id] : mark.cluster.items.map((item) => item.id);
}

/** The mark that shows an entry: its own marker, or the cluster it is in. */
export function markForEntry(marks: readonly TimelineMark[], entryId: number): TimelineMark | undefined {
  return marks.find((mark) => markEntryIds(mark).includes(entryId));
}

/**
 * Keyboard movement between marks: Left/Right go to the previous/next mark in the same lane,
 * Up/Down to the nearest mark in time in the lane above/below (skipping empty lanes),
 * Home/End to the first/last mark. Pure, for unit tests.
 */
export function neighbourMark(
  marks: readonly TimelineMark[],
  laneCount: number,
  currentKey: string | null,
  key: string,
): TimelineMark | null {
  if (marks.length === 0) return null;
  const current = currentKey === null ? undefined : marks.find((m) => m.key === currentKey);
  if (key === 'Home') return marks[0] ?? null;
  if (key === 'End') return marks[marks.length - 1] ?? null;
  if (current === undefined) return marks[0] ?? null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowLeft': {
      const lane = marks.filter((m) => m.laneIndex === current.laneIndex);
      const at = lane.indexOf(current);
      const next = key === 'ArrowRight' ? lane[at + 1] : lane[at - 1];
      return next ?? current;
    }
    case 'ArrowDown':
    case 'ArrowUp': {
      const step = key === 'ArrowDown' ? 1 : -1;
      for (let lane = current.laneIndex + step; lane >= 0 && lane < laneCount; lane += step) {
        let best: TimelineMark | null = null;
        for (const m of marks) {
          if (m.laneIndex !== lane) continue;
          if (best === null || Math.abs(m.cx - current.cx) < Math.abs(best.cx - current.cx)) best = m;
        }
        if (best !== null) return best;
      }
      return current;
    }
    default:
      return null;
  }
}

/** The left edge (in days) that brings a mark into view, or null when it already is. */
export function panToShow(
  mark: Pick<TimelineMark, 'x' | 'width'>,
  layout: TimelineLayout,
  viewStartDay: number,
  viewDays: number,
): number | null {
  const markStart = layout.startDay + mark.x / layout.pxPerDay;
  const markEnd = layout.startDay + (mark.x + Math.max(mark.width, 1)) / layout.pxPerDay;
  const margin = viewDays * 0.1;
  if (markStart >= viewStartDay && markEnd <= viewStartDay + viewDays) return null;
  if (markEnd - markStart > viewDays) return markStart - margin;
  return markStart < viewStartDay ? markStart - margin : markEnd - viewDays + margin;
}

/** The accessible name of a timeline item: date as given, agency, type, summary, key. */
export function itemName(p: PositionedItem): string {
  const summary = p.item.title.trim() === '' ? 'no summary' : p.item.title;
  return `${p.item.dateLabel}, ${p.item.lane}, ${p.item.eventType}: ${summary}${p.item.key === true ? ' (key entry)' : ''}`;
}

/** The accessible name of a cluster: how many, where, when, and what choosing it does. */
export function clusterName(c: PositionedCluster): string {
  const first = c.items[0];
  const last = c.items[c.items.length - 1];
  const lane = first?.lane ?? '';
  const keys = c.items.filter((item) => item.key === true).length;
  const when =
    first === undefined || last === undefined || first.dateLabel === last.dateLabel
      ? (first?.dateLabel ?? '')
      : `${first.dateLabel} to ${last.dateLabel}`;
  return `${c.items.length} events, ${lane}, ${when}${keys > 0 ? `, ${keys} key` : ''}: choose to zoom in`;
}

/** The name of any mark. */
export function markName(mark: TimelineMark): string {
  return mark.kind === 'event' ? itemName(mark.event) : clusterName(mark.cluster);
}
