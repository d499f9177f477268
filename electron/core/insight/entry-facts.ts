/**
 * What the rules ask about every entry, worked out once per run and kept in flat tables, so that
 * "which incidents about this family fall within six months before this closure?" is a bisection
 * and a loop of integer comparisons rather than thousands of cache look-ups per entry.
 *
 * Entries are held in chronological order (`sortEntries`, undated last); each table is indexed by
 * that position. Family members are bit masks when the register is small enough (it nearly always
 * is: a family, not a town), otherwise sets. Built on first use for an entry list, people list and
 * set of thresholds, and shared by every rule of the run.
 */
import type { InsightThresholds } from '../../shared/domain/insight';
import { isSignificant } from './concern';
import { chronologicalOrder, type ChronologicalOrder } from './dates';
import type { InsightEntry, InsightInput, InsightPerson } from './input';
import { fold } from './match';
import { readIncident } from './reading/incident';
import { mentionedPeople } from './reading/mentions';
import { perPair } from './memo';

const NO_POSITIONS = new Int32Array(0);

/** 31 people fit in a signed 32-bit mask; a larger register falls back to sets. */
const MASK_BITS = 31;

export interface EntryFacts {
  /** Entries in chronological order; positions below index every table. */
  readonly sorted: readonly InsightEntry[];
  /** How many entries (from the start of `sorted`) have a date. */
  readonly datedCount: number;
  readonly first: Int32Array;
  readonly last: Int32Array;
  /** The recording agency, folded and numbered; -1 when the entry names none. */
  readonly agency: Int32Array;
  /** The recording agency exactly as written ("" for none), numbered from 0 to `writtenAgencies` - 1. */
  readonly agencyAsWritten: Int32Array;
  readonly writtenAgencies: number;
  readonly incident: Uint8Array;
  readonly concern: Uint8Array;
  /** Positions of dated incidents, and of dated incidents or significant entries, in order. */
  readonly incidentPositions: Int32Array;
  readonly concernPositions: Int32Array;
  /** The longest span (in days) any dated entry's date allows. */
  readonly maxSpan: number;
  positionOf(entry: InsightEntry): number | undefined;
  /** Whether no two entries share an id (then an id stands for one position). */
  readonly uniqueIds: boolean;
  /** The position of the last entry in list order with this id. */
  positionOfId(id: string): number | undefined;
  /** The number of an agency name (folded), or -1 when no entry records it. */
  agencyNumber(name: string | null): number;
  /** Positions of the dated entries an agency (by number) recorded, in order. */
  datedOfAgency(number: number): Int32Array;
  sameFamily(a: number, b: number): boolean;
  /**
   * Start of a scan over `positions` (positions into `sorted`, in order) for entries whose dates
   * can reach `fromDay`: the first whose first day is at least `fromDay - maxSpan`.
   */
  scanStart(positions: Int32Array | null, fromDay: number): number;
  /**
   * Start of a scan over `positions` (or all dated positions when null) for entries that start on
   * or after `day`: the first whose first day is at least `day`.
   */
  startingFrom(positions: Int32Array | null, day: number): number;
}

const cache = new WeakMap<
  readonly InsightEntry[],
  WeakMap<readonly InsightPerson[], WeakMap<InsightThresholds, EntryFacts>>
>();

export function entryFacts(input: InsightInput, thresholds: InsightThresholds): EntryFacts {
  const byThresholds = perPair(cache, input.entries, input.people, () => new WeakMap<InsightThresholds, EntryFacts>());
  let facts = byThresholds.get(thresholds);
  if (facts === undefined) {
    facts = buildFacts(input.entries, input.people, thresholds);
    byThresholds.set(thresholds, facts);
  }
  return facts;
}

/** The per-position tables `buildFacts` fills in one pass over the chronology. */
interface Tables extends Pick<
  EntryFacts,
  'first' | 'last' | 'agency' | 'agencyAsWritten' | 'incident' | 'concern' | 'datedCount' | 'maxSpan'
> {
  /** Agency names (folded) and as written, by their numbers. */
  readonly agencyNumbers: Map<string, number>;
  readonly writtenNumbers: Map<string, number>;
  readonly families: ReadonlySet<string>[];
  /** A bit for each family member named anywhere, by id. */
  readonly bitOf: Map<string, number>;
  readonly incidentList: number[];
  readonly concernList: number[];
}

/**
 * One pass over the chronology in order. Its own function, as is `familyMasks`: a loop over the
 * whole chronology is compiled while it runs, with the function around it (README, "Insight:
 * accuracy, quiet output and speed").
 */
function tabulate(
  sorted: readonly InsightEntry[],
  chronology: ChronologicalOrder,
  people: readonly InsightPerson[],
  thresholds: InsightThresholds,
): Tables {
  const n = sorted.length;
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  const agency = new Int32Array(n);
  const incident = new Uint8Array(n);
  const concern = new Uint8Array(n);
  const agencyNumbers = new Map<string, number>();
  const agencyAsWritten = new Int32Array(n);
  const writtenNumbers = new Map<string, number>();
  const numbersOfAgency = new Map<string | null, { readonly written: number; readonly folded: number }>();
  // Whether each significance value (as written) is one of the significant ones.
  const significantValues = new Map<string | null, boolean>();
  const families: ReadonlySet<string>[] = new Array<ReadonlySet<string>>(n);
  const bitOf = new Map<string, number>();
  let datedCount = 0;
  let maxSpan = 0;
  const incidentList: number[] = [];
  const concernList: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const entry = sorted[i]!;
    const index = chronology.order[i]!;
    if (chronology.dated[index] === 1) {
      datedCount = i + 1;
      first[i] = chronology.first[index]!;
      last[i] = chronology.last[index]!;
      if (last[i]! - first[i]! > maxSpan) maxSpan = last[i]! - first[i]!;
    }
    // Each agency as written is numbered once, as written and as folded (a few names, 20,000 entries).
    let numbers = numbersOfAgency.get(entry.agency);
    if (numbers === undefined) {
      // No agency counts as written "" (one agency for `agencyAsWritten`) but has no folded number.
      const written = entry.agency ?? '';
      let writtenNumber = writtenNumbers.get(written);
      if (writtenNumber === undefined) {
        writtenNumber = writtenNumbers.size;
        writtenNumbers.set(written, writtenNumber);
      }
      let folded = -1;
      if (entry.agency !== null) {
        const key = fold(entry.agency);
        folded = agencyNumbers.get(key) ?? agencyNumbers.size;
        agencyNumbers.set(key, folded);
      }
      numbers = { written: writtenNumber, folded };
      numbersOfAgency.set(entry.agency, numbers);
    }
    agencyAsWritten[i] = numbers.written;
    agency[i] = numbers.folded;
    const isIncident = readIncident(entry, people, thresholds).isIncident;
    incident[i] = isIncident ? 1 : 0;
    if (isIncident) concern[i] = 1;
    else {
      let significant = significantValues.get(entry.significance);
      if (significant === undefined) {
        significant = isSignificant(entry, thresholds);
        significantValues.set(entry.significance, significant);
      }
      concern[i] = significant ? 1 : 0;
    }
    if (datedCount === i + 1 && isIncident) incidentList.push(i);
    if (datedCount === i + 1 && concern[i] === 1) concernList.push(i);
    const family = mentionedPeople(entry, people, thresholds);
    families[i] = family;
    for (const id of family) if (!bitOf.has(id)) bitOf.set(id, bitOf.size);
  }
  return {
    first,
    last,
    agency,
    agencyAsWritten,
    incident,
    concern,
    agencyNumbers,
    writtenNumbers,
    families,
    bitOf,
    datedCount,
    maxSpan,
    incidentList,
    concernList,
  };
}

/** Each position's family members as a bit mask (see `MASK_BITS`). */
function familyMasks(families: readonly ReadonlySet<string>[], bitOf: ReadonlyMap<string, number>): Int32Array {
  const masks = new Int32Array(families.length);
  for (let i = 0; i < families.length; i += 1) {
    let mask = 0;
    for (const id of families[i]!) mask |= 1 << bitOf.get(id)!;
    masks[i] = mask;
  }
  return masks;
}

/** The entries in chronological order (its own function, as `tabulate` is). */
function inOrder(entries: readonly InsightEntry[], order: readonly number[]): InsightEntry[] {
  const sorted = new Array<InsightEntry>(entries.length);
  for (let i = 0; i < entries.length; i += 1) sorted[i] = entries[order[i]!]!;
  return sorted;
}

function buildFacts(
  entries: readonly InsightEntry[],
  people: readonly InsightPerson[],
  thresholds: InsightThresholds,
): EntryFacts {
  const chronology = chronologicalOrder(entries);
  const n = entries.length;
  const sorted = inOrder(entries, chronology.order);
  const tables = tabulate(sorted, chronology, people, thresholds);
  const {
    first,
    last,
    agency,
    agencyAsWritten,
    incident,
    concern,
    agencyNumbers,
    writtenNumbers,
    families,
    datedCount,
    maxSpan,
  } = tables;
  // Where each entry is, by id (an id's hash is kept with the string, so this is quicker to build
  // and ask than a map keyed by entry objects): for the last entry with the id in list order.
  // Built when first asked: rules that find nothing never need it.
  let positionById: Map<string, number> | undefined;
  const byId = (): Map<string, number> => {
    if (positionById === undefined) {
      positionById = new Map<string, number>();
      const positionOfIndex = new Int32Array(n);
      for (let i = 0; i < n; i += 1) positionOfIndex[chronology.order[i]!] = i;
      for (let index = 0; index < n; index += 1) positionById.set(entries[index]!.id, positionOfIndex[index]!);
    }
    return positionById;
  };

  const useMasks = tables.bitOf.size <= MASK_BITS;
  const masks = useMasks ? familyMasks(families, tables.bitOf) : new Int32Array(0);

  let objectPositions: Map<InsightEntry, number> | undefined;
  let byAgency: Int32Array[] | null = null;
  const datedOfAgency = (number: number): Int32Array => {
    if (byAgency === null) {
      const lists: number[][] = Array.from({ length: agencyNumbers.size }, () => []);
      for (let p = 0; p < datedCount; p += 1) if (agency[p] !== -1) lists[agency[p]!]!.push(p);
      byAgency = lists.map((list) => Int32Array.from(list));
    }
    return byAgency[number] ?? NO_POSITIONS;
  };

  const bisect = (positionsList: Int32Array | null, day: number): number => {
    let low = 0;
    let high = positionsList === null ? datedCount : positionsList.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const at = positionsList === null ? mid : positionsList[mid]!;
      if (first[at]! < day) low = mid + 1;
      else high = mid;
    }
    return low;
  };

  return {
    sorted,
    datedCount,
    first,
    last,
    agency,
    agencyAsWritten,
    writtenAgencies: writtenNumbers.size,
    incident,
    concern,
    incidentPositions: Int32Array.from(tables.incidentList),
    concernPositions: Int32Array.from(tables.concernList),
    maxSpan,
    positionOf: (entry) => {
      const at = byId().get(entry.id);
      if (at !== undefined && sorted[at] === entry) return at;
      // Another entry with the same id, or one not in the list.
      objectPositions ??= new Map(sorted.map((item, position) => [item, position]));
      return objectPositions.get(entry);
    },
    get uniqueIds() {
      return byId().size === n;
    },
    positionOfId: (id) => byId().get(id),
    datedOfAgency,
    agencyNumber: (name) => (name === null ? -1 : (agencyNumbers.get(fold(name)) ?? -1)),
    // Two entries are about the same family when they name someone in common, or one names nobody.
    sameFamily: useMasks
      ? (a, b) => masks[a] === 0 || masks[b] === 0 || (masks[a]! & masks[b]!) !== 0
      : (a, b) => {
          const left = families[a]!;
          const right = families[b]!;
          if (left.size === 0 || right.size === 0) return true;
          for (const id of left) if (right.has(id)) return true;
          return false;
        },
    scanStart: (positionsList, fromDay) => bisect(positionsList, fromDay - maxSpan),
    startingFrom: bisect,
  };
}
