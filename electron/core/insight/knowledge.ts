/**
 * "Who knew what, when": an agency knew of an entry if it recorded it, or if the entry records
 * that it was shared with that agency. Agency names compare case-insensitively.
 */
import type { InsightThresholds } from '../../shared/domain/insight';
import { gapDays } from './dates';
import type { EntryFacts } from './entry-facts';
import type { InsightDate, InsightEntry } from './input';
import { fold } from './match';
import { remembered } from './memo';
import { mentionsAgency } from './reading/agencies';

export type Knowledge = 'recorded' | 'told' | 'told-date-unknown' | 'not-known';

/**
 * Whether `agency` knew of `entry`, optionally by `by` (a date). A share with no date counts as
 * "told, date unknown": the rules report it as such and do not treat it as proof of ignorance.
 */
export function knowledgeOf(entry: InsightEntry, agency: string, by?: InsightDate): Knowledge {
  const target = fold(agency);
  if (entry.agency !== null && fold(entry.agency) === target) return 'recorded';
  let undated = false;
  for (const share of entry.sharedWith) {
    if (fold(share.agency) !== target) continue;
    if (by === undefined) return 'told';
    if (share.date === null || share.date.earliest === null) {
      undated = true;
      continue;
    }
    const gap = gapDays(share.date, by);
    // Told by the time of `by` only when the share certainly came no later than it.
    if (gap !== null && gap.min >= 0) return 'told';
    undated = undated || (gap !== null && gap.max >= 0);
  }
  return undated ? 'told-date-unknown' : 'not-known';
}

export function knew(entry: InsightEntry, agency: string, by?: InsightDate): boolean {
  const state = knowledgeOf(entry, agency, by);
  return state === 'recorded' || state === 'told';
}

/** Every agency that recorded or was told about any of the entries. */
export function agenciesAware(entries: readonly InsightEntry[]): string[] {
  return [...namesAware(entries).values()].sort();
}

/**
 * The agencies of `agenciesAware` by their folded names. Its own function: a loop over thousands
 * of entries is compiled while it runs, with the function around it (README, "Insight: accuracy,
 * quiet output and speed").
 */
function namesAware(entries: readonly InsightEntry[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const entry of entries) {
    if (entry.agency !== null) names.set(fold(entry.agency), entry.agency);
    for (const share of entry.sharedWith)
      if (!names.has(fold(share.agency))) names.set(fold(share.agency), share.agency);
  }
  return names;
}

/** Whether each of a recipient's dated entries names a source agency: 0 not read yet, 1 yes, 2 no. */
interface Named {
  /** The source agency as first asked for (its aliases start with its name as written). */
  readonly source: string;
  readonly flags: Int8Array;
}
const namedCache = new WeakMap<EntryFacts, Map<string, Named>>();

/**
 * The latest first day, up to `by` (a day number), of the dated entries agency `recipient` (by
 * number, see `EntryFacts`) recorded that name agency `source` ("PPN received from police"), or
 * -Infinity when none does. Entries are read from `by` backwards until one names it, and what each
 * says is kept for the run: a decision asks only about the weeks before it, not the whole chronology.
 */
export function lastNamedDay(
  facts: EntryFacts,
  recipient: number,
  source: string,
  by: number,
  thresholds: InsightThresholds,
): number {
  const own = facts.datedOfAgency(recipient);
  const byPair = remembered(namedCache, facts, () => new Map<string, Named>());
  const named = remembered(byPair, `${recipient}|${fold(source)}`, () => ({
    source,
    flags: new Int8Array(own.length),
  }));
  const { first, sorted } = facts;
  // Day numbers are whole: the entries starting after `by` start on `by + 1` or later.
  for (let k = facts.startingFrom(own, by + 1) - 1; k >= 0; k -= 1) {
    let flag = named.flags[k]!;
    if (flag === 0) {
      flag = mentionsAgency(sorted[own[k]!]!, named.source, thresholds) ? 1 : 2;
      named.flags[k] = flag;
    }
    if (flag === 1) return first[own[k]!]!;
  }
  return -Infinity;
}
