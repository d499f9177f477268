import type { PositionedItem, TimelineLayout } from '../../../../../electron/shared/timeline';

/**
 * Keyboard movement between timeline items: Left/Right go to the previous/next event in the
 * same lane, Up/Down to the nearest event in time in the lane above/below (skipping empty
 * lanes), Home/End to the first/last event. Pure, for unit tests.
 */
export function neighbourItem(layout: TimelineLayout, currentId: number | null, key: string): PositionedItem | null {
  const items = layout.items;
  if (items.length === 0) return null;
  const current = currentId === null ? undefined : items.find((p) => p.item.id === currentId);
  if (key === 'Home') return items[0] ?? null;
  if (key === 'End') return items[items.length - 1] ?? null;
  if (current === undefined) return items[0] ?? null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowLeft': {
      const lane = items.filter((p) => p.laneIndex === current.laneIndex);
      const at = lane.indexOf(current);
      const next = key === 'ArrowRight' ? lane[at + 1] : lane[at - 1];
      return next ?? current;
    }
    case 'ArrowDown':
    case 'ArrowUp': {
      const step = key === 'ArrowDown' ? 1 : -1;
      for (let lane = current.laneIndex + step; lane >= 0 && lane < layout.lanes.length; lane += step) {
        let best: PositionedItem | null = null;
        for (const p of items) {
          if (p.laneIndex !== lane) continue;
          if (best === null || Math.abs(p.cx - current.cx) < Math.abs(best.cx - current.cx)) best = p;
        }
        if (best !== null) return best;
      }
      return current;
    }
    default:
      return null;
  }
}

/** The left edge (in days) that brings an item into view, or null when it already is. */
export function panToShow(item: PositionedItem, layout: TimelineLayout, viewStartDay: number, viewDays: number): number | null {
  const itemStart = layout.startDay + item.x / layout.pxPerDay;
  const itemEnd = layout.startDay + (item.x + Math.max(item.spanWidth, 1)) / layout.pxPerDay;
  const margin = viewDays * 0.1;
  if (itemStart >= viewStartDay && itemEnd <= viewStartDay + viewDays) return null;
  if (itemEnd - itemStart > viewDays) return itemStart - margin;
  return itemStart < viewStartDay ? itemStart - margin : itemEnd - viewDays + margin;
}

/** The accessible name of a timeline item: date as given, agency, type, summary, key. */
export function itemName(p: PositionedItem): string {
  const summary = p.item.title.trim() === '' ? 'no summary' : p.item.title;
  return `${p.item.dateLabel}, ${p.item.lane}, ${p.item.eventType}: ${summary}${p.item.key === true ? ' (key entry)' : ''}`;
}
