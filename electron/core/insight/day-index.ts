/**
 * Finding the entries whose dates can fall in a span of days without scanning the whole
 * chronology: entries sorted by their first possible day, searched by bisection. A vague entry
 * ("2014") starts long before it may end, so the search starts `maxSpan` days earlier and then
 * keeps only entries that can reach the span.
 */
import { dayRange } from './dates';
import type { InsightEntry } from './input';

interface Placed {
  readonly entry: InsightEntry;
  readonly first: number;
  readonly last: number;
}

export interface DayIndex {
  /** Dated entries whose possible days overlap `[fromDay, toDay]`, in date order. */
  overlapping(fromDay: number, toDay: number): InsightEntry[];
}

const cache = new WeakMap<readonly InsightEntry[], DayIndex>();

export function dayIndex(entries: readonly InsightEntry[]): DayIndex {
  const cached = cache.get(entries);
  if (cached !== undefined) return cached;
  const placed: Placed[] = [];
  for (const entry of entries) {
    const range = dayRange(entry.date);
    if (range !== null) placed.push({ entry, first: range.first, last: range.last });
  }
  placed.sort(
    (a, b) => a.first - b.first || a.last - b.last || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0),
  );
  const maxSpan = placed.reduce((max, item) => Math.max(max, item.last - item.first), 0);

  /** Index of the first item whose first day is at least `day`. */
  const lowerBound = (day: number): number => {
    let low = 0;
    let high = placed.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (placed[mid]!.first < day) low = mid + 1;
      else high = mid;
    }
    return low;
  };

  const index: DayIndex = {
    overlapping(fromDay, toDay) {
      const found: InsightEntry[] = [];
      for (let i = lowerBound(fromDay - maxSpan); i < placed.length && placed[i]!.first <= toDay; i += 1) {
        if (placed[i]!.last >= fromDay) found.push(placed[i]!.entry);
      }
      return found;
    },
  };
  cache.set(entries, index);
  return index;
}
