import type { DuplicatePair } from '../../shared/domain/chronology';
import { daysFromCivil } from '../../shared/dates/calendar';
import type { ReadableDb } from '../store/db-types';
import { DUPLICATE_DAY_WINDOW, DUPLICATE_THRESHOLD, MAX_SPAN_DAYS } from './duplicate-rules';
import { contentWords } from './similarity';

/**
 * Duplicate detection for a whole import at once. Querying the file once per row cost about a
 * millisecond a row (20 s for 20,000 rows); instead, the entries that could match are read in
 * one query, every text is reduced once to sorted word numbers, and a sweep over the rows in
 * date order compares each new row only with items whose dates overlap within the window.
 */
export interface SweepItem {
  /** Sheet row of a new row; null for an entry already in the file. */
  readonly row: number | null;
  /** The entry id, when the item is (or has become) an entry. */
  readonly entryId: number | null;
  readonly agencyId: number;
  readonly earliest: string;
  readonly latest: string;
  readonly text: string;
}

interface Prepared {
  readonly item: SweepItem;
  readonly isNew: boolean;
  readonly first: number;
  readonly last: number;
  /** Place in date order, so a pair of new rows is reported once (from the later one). */
  index: number;
  /** Sorted word numbers, worked out only when a date-and-agency candidate needs them. */
  words: Int32Array | null;
}

function dayNumber(iso: string): number {
  return daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/**
 * Dice coefficient of two sorted word-number arrays, or -1 as soon as the words left can no longer
 * lift it to `threshold`: most pairs in a sweep are unrelated, and stop after a few steps.
 */
function diceAtLeast(a: Int32Array, b: Int32Array, threshold: number): number {
  if (a.length === 0 || b.length === 0) return -1;
  const needed = (threshold * (a.length + b.length)) / 2;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (shared + Math.min(a.length - i, b.length - j) < needed) return -1;
    if (a[i] === b[j]) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (a[i]! < b[j]!) i += 1;
    else j += 1;
  }
  const score = (2 * shared) / (a.length + b.length);
  return score >= threshold ? score : -1;
}

/** Entries in the file that could pair with rows dated between `from` and `to`. */
export function existingSweepItems(db: ReadableDb, from: string, to: string, excludeIds: ReadonlySet<number> = new Set()): SweepItem[] {
  const rows = db
    .prepare(
      `SELECT id, agency_id, date_earliest, date_latest, summary, action_taken FROM entry
       WHERE merged_into IS NULL AND date_earliest <= date(?, '+${DUPLICATE_DAY_WINDOW} days')
         AND date_latest >= date(?, '-${DUPLICATE_DAY_WINDOW} days')
         AND julianday(date_latest) - julianday(date_earliest) <= ${MAX_SPAN_DAYS}`,
    )
    .all(to, from) as { id: number; agency_id: number; date_earliest: string; date_latest: string; summary: string; action_taken: string }[];
  return rows
    .filter((r) => !excludeIds.has(r.id))
    .map((r) => ({ row: null, entryId: r.id, agencyId: r.agency_id, earliest: r.date_earliest, latest: r.date_latest, text: `${r.summary} ${r.action_taken}` }));
}

/**
 * Pairs of a new row with an existing entry, or two new rows of different agencies (only when
 * both already have entry ids, i.e. after they were written). Each pair is reported once,
 * best score first per row.
 */
export function sweepDuplicates(existing: readonly SweepItem[], incoming: readonly SweepItem[], agencyName: (id: number) => string): DuplicatePair[] {
  const vocabulary = new Map<string, number>();
  // Case notes repeat their words; stem each distinct word once per sweep.
  const stems = new Map<string, string>();
  const prepare = (item: SweepItem, isNew: boolean): Prepared | null => {
    const first = dayNumber(item.earliest);
    const last = dayNumber(item.latest);
    if (last - first > MAX_SPAN_DAYS) return null;
    return { item, isNew, first, last, index: 0, words: null };
  };
  // Most rows never meet another agency's row within the window (an agency's own return, or the
  // first import of a review), so their text is reduced to words only when a comparison needs it.
  const wordsOf = (prepared: Prepared): Int32Array => {
    if (prepared.words !== null) return prepared.words;
    const numbers: number[] = [];
    for (const word of contentWords(prepared.item.text, stems)) {
      let n = vocabulary.get(word);
      if (n === undefined) {
        n = vocabulary.size;
        vocabulary.set(word, n);
      }
      numbers.push(n);
    }
    prepared.words = Int32Array.from(numbers).sort();
    return prepared.words;
  };
  const all = [
    ...existing.map((item) => prepare(item, false)),
    ...incoming.map((item) => prepare(item, true)),
  ].filter((p): p is Prepared => p !== null);
  all.sort((a, b) => a.first - b.first);
  // Three lanes by how long an item's dates span (one day, up to NARROW_SPAN days, up to a month),
  // so each look-back is only as long as its lane needs: most entries are single days, and only
  // the few month-long ones need the long look-back.
  const NARROW_SPAN = 3;
  const lanes = [
    { items: all.filter((p) => p.last === p.first), span: 0, start: 0 },
    { items: all.filter((p) => p.last > p.first && p.last - p.first <= NARROW_SPAN), span: NARROW_SPAN, start: 0 },
    { items: all.filter((p) => p.last - p.first > NARROW_SPAN), span: MAX_SPAN_DAYS, start: 0 },
  ];
  all.forEach((p, index) => {
    p.index = index;
  });

  const pairs: DuplicatePair[] = [];
  for (const probe of all) {
    if (!probe.isNew) continue;
    const found: DuplicatePair[] = [];
    for (const lane of lanes) {
      // Everything that starts within the lane's longest span + window before this row may overlap it.
      const lowest = probe.first - DUPLICATE_DAY_WINDOW - lane.span;
      while (lane.start < lane.items.length && lane.items[lane.start]!.first < lowest) lane.start += 1;
      for (let j = lane.start; j < lane.items.length; j += 1) {
        const other = lane.items[j]!;
        if (other.first > probe.last + DUPLICATE_DAY_WINDOW) break;
        if (other === probe || other.item.agencyId === probe.item.agencyId) continue;
        if (other.last < probe.first - DUPLICATE_DAY_WINDOW) continue;
        // Two new rows: report the pair once (from the later one), and only once both are entries.
        if (other.isNew && (other.index > probe.index || other.item.entryId === null || probe.item.entryId === null)) continue;
        const a = wordsOf(probe);
        const b = wordsOf(other);
        const score = diceAtLeast(a, b, DUPLICATE_THRESHOLD);
        if (score < 0) continue;
        const sameDates = other.item.earliest === probe.item.earliest && other.item.latest === probe.item.latest;
        const name = agencyName(other.item.agencyId);
        found.push({
          row: probe.item.row,
          newEntryId: probe.item.entryId,
          existingEntryId: other.item.entryId!,
          existingAgency: name,
          score: Math.round(score * 100) / 100,
          reason: `${sameDates ? 'same date' : 'dates within a few days'}; ${Math.round(score * 100)}% of the wording in common with ${name}'s record`,
        });
      }
    }
    pairs.push(...found.sort((a, b) => b.score - a.score));
  }
  return pairs;
}
