import type { DuplicatePair } from '../../shared/domain/chronology';
import { daysFromCivil } from '../../shared/dates/calendar';
import type { ReadableDb } from '../store/db-types';
import { DUPLICATE_DAY_WINDOW, DUPLICATE_RULES, MAX_SPAN_DAYS, type DuplicateRules } from './duplicate-rules';
import { buildTermModel, overlapAtLeast, sharedTerms, type TermModel, type WeightedText } from './duplicate-terms';

/**
 * Duplicate detection for a whole import at once. The entries that could match are read in one
 * query; every text is reduced once to its distinctive words, weighted by how rare each is among
 * all the entries compared (duplicate-terms.ts), so template sentences and the family's names do
 * not count as evidence; a sweep over the rows in date order compares each new row only with other
 * agencies' items whose dates overlap within the window; and each entry keeps at most a few best
 * proposals.
 */
export interface SweepItem {
  /** Sheet row of a new row; null for an entry already in the file. */
  readonly row: number | null;
  /** The entry id, when the item is (or has become) an entry. */
  readonly entryId: number | null;
  readonly agencyId: number;
  readonly earliest: string;
  readonly latest: string;
  /**
   * The words compared: one text, or its parts (a summary and the action taken) read as if joined
   * by a space. Kept apart, the 20,000 texts of an import are not copied into new strings first.
   */
  readonly text: string | readonly string[];
}

interface Prepared {
  readonly item: SweepItem;
  readonly isNew: boolean;
  readonly first: number;
  readonly last: number;
  readonly text: WeightedText;
  /** Place in date order, so a pair of new rows is reported once (from the later one). */
  index: number;
}

function dayNumber(iso: string): number {
  return daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** Entries in the file that could pair with rows dated between `from` and `to`. */
export function existingSweepItems(
  db: ReadableDb,
  from: string,
  to: string,
  excludeIds: ReadonlySet<number> = new Set(),
): SweepItem[] {
  const rows = db
    .prepare(
      `SELECT id, agency_id, date_earliest, date_latest, summary, action_taken FROM entry
       WHERE merged_into IS NULL AND date_earliest <= date(?, '+${DUPLICATE_DAY_WINDOW} days')
         AND date_latest >= date(?, '-${DUPLICATE_DAY_WINDOW} days')
         AND julianday(date_latest) - julianday(date_earliest) <= ${MAX_SPAN_DAYS}`,
    )
    .all(to, from) as {
    id: number;
    agency_id: number;
    date_earliest: string;
    date_latest: string;
    summary: string;
    action_taken: string;
  }[];
  return rows
    .filter((r) => !excludeIds.has(r.id))
    .map((r) => ({
      row: null,
      entryId: r.id,
      agencyId: r.agency_id,
      earliest: r.date_earliest,
      latest: r.date_latest,
      text: [r.summary, r.action_taken],
    }));
}

/**
 * Pairs of a new row with an existing entry, or two new rows of different agencies (only when
 * both already have entry ids, i.e. after they were written). Each pair is reported once; each
 * entry takes part in at most `rules.maxPerEntry` pairs, its best; pairs are listed by new
 * row in date order, best score first.
 */
export function sweepDuplicates(
  existing: readonly SweepItem[],
  incoming: readonly SweepItem[],
  agencyName: (id: number) => string,
  rules: DuplicateRules = DUPLICATE_RULES,
): DuplicatePair[] {
  const items = [
    ...existing.map((item) => ({ item, isNew: false })),
    ...incoming.map((item) => ({ item, isNew: true })),
  ];
  // Rarity is judged among everything compared: the new rows and the file's entries of the period.
  const model = buildTermModel(items.map(({ item }) => item.text));
  const all: Prepared[] = [];
  items.forEach(({ item, isNew }, n) => {
    const first = dayNumber(item.earliest);
    const last = dayNumber(item.latest);
    const text = model.texts[n]!;
    if (last - first > MAX_SPAN_DAYS || text.total === 0) return;
    all.push({ item, isNew, first, last, text, index: 0 });
  });
  all.sort((a, b) => a.first - b.first);
  all.forEach((p, index) => {
    p.index = index;
  });
  const lanes = lanesOf(all);
  const found: Found[] = [];
  for (const probe of all) if (probe.isNew) compareWithNeighbours(probe, lanes, rules, found);
  return keepBest(found, rules.maxPerEntry).map((pair) => describe(pair, model, agencyName));
}

interface Found {
  readonly probe: Prepared;
  readonly other: Prepared;
  readonly score: number;
}

interface Lane {
  readonly items: readonly Prepared[];
  readonly span: number;
  start: number;
}

/**
 * Three lanes by how long an item's dates span (one day, up to NARROW_SPAN days, up to a month),
 * so each look-back is only as long as its lane needs: most entries are single days, and only the
 * few month-long ones need the long look-back. Each lane's `start` moves forward as the probes,
 * in date order, do.
 */
function lanesOf(all: readonly Prepared[]): Lane[] {
  const NARROW_SPAN = 3;
  return [
    { items: all.filter((p) => p.last === p.first), span: 0, start: 0 },
    { items: all.filter((p) => p.last > p.first && p.last - p.first <= NARROW_SPAN), span: NARROW_SPAN, start: 0 },
    { items: all.filter((p) => p.last - p.first > NARROW_SPAN), span: MAX_SPAN_DAYS, start: 0 },
  ];
}

function compareWithNeighbours(probe: Prepared, lanes: readonly Lane[], rules: DuplicateRules, found: Found[]): void {
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
      if (other.isNew && (other.index > probe.index || other.item.entryId === null || probe.item.entryId === null))
        continue;
      const overlap = overlapAtLeast(probe.text, other.text, rules.threshold);
      if (overlap === null || overlap.sharedWords < rules.minSharedWords) continue;
      found.push({ probe, other, score: overlap.score });
    }
  }
}

/** The best pairs first, each entry in at most `maxPerEntry` of them; then by new row. */
function keepBest(found: readonly Found[], maxPerEntry: number): Found[] {
  const taken = new Map<Prepared, number>();
  const kept: Found[] = [];
  for (const pair of [...found].sort(
    (a, b) => b.score - a.score || a.probe.index - b.probe.index || a.other.index - b.other.index,
  )) {
    const a = taken.get(pair.probe) ?? 0;
    const b = taken.get(pair.other) ?? 0;
    if (a >= maxPerEntry || b >= maxPerEntry) continue;
    taken.set(pair.probe, a + 1);
    taken.set(pair.other, b + 1);
    kept.push(pair);
  }
  return kept.sort((x, y) => x.probe.index - y.probe.index || y.score - x.score);
}

function describe(pair: Found, model: TermModel, agencyName: (id: number) => string): DuplicatePair {
  const { probe, other } = pair;
  const sameDates = other.item.earliest === probe.item.earliest && other.item.latest === probe.item.latest;
  const name = agencyName(other.item.agencyId);
  const words = sharedTerms(probe.text, other.text, 4).map((term) => `“${model.spelling(term)}”`);
  return {
    row: probe.item.row,
    newEntryId: probe.item.entryId,
    existingEntryId: other.item.entryId!,
    existingAgency: name,
    score: Math.round(pair.score * 100) / 100,
    reason: `${sameDates ? 'same date' : 'dates within a few days'}; ${name}'s record shares words that are rare in this review: ${words.join(', ')}`,
  };
}
