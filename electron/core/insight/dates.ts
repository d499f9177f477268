/**
 * Day arithmetic over vague dates. An entry dated "Spring 2013" may be any day from its
 * earliest to its latest bound, so a gap between two entries is a range; rules state ranges
 * ("between 20 and 110 days") rather than pretend to know the exact interval.
 */
import { dayNumber } from '../../shared/timeline/days';
import type { InsightDate, InsightEntry } from './input';

export interface DayRange {
  readonly first: number;
  readonly last: number;
}

// Rules compare the same dates many times over; parsing once per date object keeps a
// 20,000-entry chronology fast.
const rangeCache = new WeakMap<InsightDate, DayRange | null>();
const dayCache = new Map<string, DayRange>();
const MAX_DAYS = 100_000;

/** Day numbers of a date's bounds, or null when the date has none. */
export function dayRange(date: InsightDate | null): DayRange | null {
  if (date === null) return null;
  // Most dates are one known day, and a chronology has a few thousand distinct days: those are
  // found by the day itself (a small table, shared by a re-read review's new date objects).
  if (date.earliest !== null && (date.latest === null || date.latest === date.earliest)) {
    let day = dayCache.get(date.earliest);
    if (day === undefined) {
      const first = dayNumber(date.earliest);
      day = { first, last: first };
      if (dayCache.size >= MAX_DAYS) dayCache.clear();
      dayCache.set(date.earliest, day);
    }
    return day;
  }
  const cached = rangeCache.get(date);
  if (cached !== undefined) return cached;
  let range: DayRange | null = null;
  if (date.earliest !== null) {
    const first = dayNumber(date.earliest);
    const last = date.latest === null ? first : dayNumber(date.latest);
    range = { first, last: Math.max(first, last) };
  }
  rangeCache.set(date, range);
  return range;
}

/** Chronological order of two dates' day ranges: earliest bound, then latest (undated last); 0 when level. */
function compareRanges(ra: DayRange | null, rb: DayRange | null): number {
  if (ra === null || rb === null) return ra === rb ? 0 : ra === null ? 1 : -1;
  return ra.first !== rb.first ? ra.first - rb.first : ra.last - rb.last;
}

/** Chronological order: earliest bound, then latest bound, then id (undated entries last). */
export function compareEntries(a: InsightEntry, b: InsightEntry): number {
  return compareRanges(dayRange(a.date), dayRange(b.date)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Where each entry of a list falls in chronological order, with the day bounds of its date. */
export interface ChronologicalOrder {
  /** Indices into the list, in chronological order (the order `sortEntries` gives). */
  readonly order: readonly number[];
  /** By index into the list: the first and last possible day, and whether it has a date at all. */
  readonly first: Int32Array;
  readonly last: Int32Array;
  readonly dated: Uint8Array;
}

/**
 * The chronological order of `entries` (earliest bound, then latest, then id; undated last; entries
 * level on all three keep their order). Each date is looked up once, into flat tables, and the sort
 * compares numbers in them: evidence lists can hold thousands of entries.
 */
export function chronologicalOrder(entries: readonly InsightEntry[]): ChronologicalOrder {
  const { order, first, last, dated } = inListOrder(entries);
  // Array sort is stable, so entries level on every key stay in list order.
  order.sort((a, b) => {
    if (dated[a] !== dated[b]) return dated[a] === 1 ? -1 : 1;
    if (dated[a] === 1) {
      if (first[a] !== first[b]) return first[a]! - first[b]!;
      if (last[a] !== last[b]) return last[a]! - last[b]!;
    }
    const left = entries[a]!.id;
    const right = entries[b]!.id;
    return left < right ? -1 : left > right ? 1 : 0;
  });
  return { order, first, last, dated };
}

/**
 * Each entry's days, in list order. Its own function: a loop over the whole chronology is compiled
 * while it runs, with the function around it (README, "Insight: accuracy, quiet output and speed").
 */
function inListOrder(entries: readonly InsightEntry[]): ChronologicalOrder & { order: number[] } {
  const n = entries.length;
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  const dated = new Uint8Array(n);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i += 1) {
    order[i] = i;
    const range = dayRange(entries[i]!.date);
    if (range === null) continue;
    dated[i] = 1;
    first[i] = range.first;
    last[i] = range.last;
  }
  return { order, first, last, dated };
}

export function sortEntries<T extends InsightEntry>(entries: readonly T[]): T[] {
  return chronologicalOrder(entries).order.map((index) => entries[index]!);
}

/** The smallest and largest number of days from `from` to `to` the two dates allow. */
export function gapDays(from: InsightDate, to: InsightDate): { readonly min: number; readonly max: number } | null {
  const a = dayRange(from);
  const b = dayRange(to);
  if (a === null || b === null) return null;
  return { min: b.first - a.last, max: b.last - a.first };
}

/** "12 days" for a known gap, "between 20 and 110 days" for a vague one. */
export function describeGap(gap: { readonly min: number; readonly max: number }): string {
  const plural = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
  if (gap.min === gap.max) return plural(gap.min);
  return `between ${Math.max(0, gap.min)} and ${plural(gap.max)}`;
}

/**
 * True when `later` starts no earlier than `earlier` (so it sorts after it) and can fall no more
 * than `windowDays` after it. Vague dates count when the window is possible, because hiding a
 * possible link from the reviewer is worse than showing one the reviewer can check against the
 * dates as given; explanations then say the dates are approximate.
 */
export function withinDaysAfter(earlier: InsightDate, later: InsightDate, windowDays: number): boolean {
  const a = dayRange(earlier);
  const b = dayRange(later);
  if (a === null || b === null) return false;
  return b.first >= a.first && b.first - a.last <= windowDays;
}

/** Whether a date is known to the day. */
export function isExactDay(date: InsightDate): boolean {
  return date.earliest !== null && date.earliest === date.latest;
}

/** True when the two dates can be no more than `windowDays` apart, in either order. */
export function withinDaysEitherWay(a: InsightDate, b: InsightDate, windowDays: number): boolean {
  const ra = dayRange(a);
  const rb = dayRange(b);
  if (ra === null || rb === null) return false;
  return rb.first - ra.last <= windowDays && ra.first - rb.last <= windowDays;
}

/** True when `later` certainly falls after `earlier` ends (strictly later day). */
export function certainlyBefore(earlier: InsightDate, later: InsightDate): boolean {
  const gap = gapDays(earlier, later);
  return gap !== null && gap.min > 0;
}

/** Roughly `months` months in days; used for look-back windows where a day either way is immaterial. */
export function monthsToDays(months: number): number {
  return Math.round(months * 30.44);
}
