/** What other agencies recorded at the time: incidents about the same family near a set of entries. */
import type { InsightThresholds } from '@shared/domain/insight';
import { entryFacts, type EntryFacts } from '../entry-facts';
import type { InsightEntry, InsightInput } from '../input';

/**
 * Incidents within `days` either way of any of `entries`, about the same family, not among them;
 * with `otherAgenciesOnly`, only those recorded by an agency other than the entry's. In the order
 * found: for each entry in turn, the new ones in date order.
 */
export function incidentsAround(
  entries: readonly InsightEntry[],
  input: InsightInput,
  thresholds: InsightThresholds,
  days: number,
  otherAgenciesOnly: boolean,
): InsightEntry[] {
  const facts = entryFacts(input, thresholds);
  const positions: number[] = [];
  for (const entry of entries) {
    const at = facts.positionOf(entry);
    if (at !== undefined) positions.push(at);
  }
  // An entry outside the chronology has no window, but its id is still not counted as found.
  return incidentsAroundPositions(
    facts,
    positions,
    days,
    otherAgenciesOnly,
    positions.length === entries.length ? NO_IDS : entries.map((entry) => entry.id),
  );
}

const NO_IDS: readonly string[] = [];

/** `incidentsAround` for entries given by their positions in the run's tables. */
export function incidentsAroundPositions(
  facts: EntryFacts,
  positions: readonly number[],
  days: number,
  otherAgenciesOnly: boolean,
  alsoTakenIds: readonly string[] = NO_IDS,
): InsightEntry[] {
  const { first, last, agency, incidentPositions: incidents, sorted } = facts;
  // Entries already counted (the given ones and those found), by position when an id names one
  // position (a look-up in a flat table: windows around thousands of entries overlap), else by id.
  const taken = facts.uniqueIds ? new Uint8Array(sorted.length) : null;
  const takenIds = new Set<string>(alsoTakenIds);
  for (const at of positions) {
    if (taken === null) takenIds.add(sorted[at]!.id);
    else taken[at] = 1;
  }
  if (taken !== null)
    for (const id of alsoTakenIds) {
      const at = facts.positionOfId(id);
      if (at !== undefined) taken[at] = 1;
    }
  const found: InsightEntry[] = [];
  for (const at of positions) {
    if (at >= facts.datedCount) continue;
    const from = first[at]! - days;
    const to = last[at]! + days;
    for (let k = facts.scanStart(incidents, from); k < incidents.length; k += 1) {
      const p = incidents[k]!;
      if (first[p]! > to) break;
      if (last[p]! < from) continue;
      if (taken === null ? takenIds.has(sorted[p]!.id) : taken[p] === 1) continue;
      if (otherAgenciesOnly && (agency[p] === -1 || (agency[at] !== -1 && agency[p] === agency[at]))) continue;
      if (!facts.sameFamily(at, p)) continue;
      if (taken === null) takenIds.add(sorted[p]!.id);
      else taken[p] = 1;
      found.push(sorted[p]!);
    }
  }
  return found;
}

/**
 * Whether any incident about the same family, other than the entry at `at` in the run's tables,
 * falls within `days` either way of it.
 */
export function hasIncidentAroundPosition(facts: EntryFacts, at: number, days: number): boolean {
  const { first, last, incidentPositions: incidents, sorted } = facts;
  if (at >= facts.datedCount) return false;
  const id = sorted[at]!.id;
  const from = first[at]! - days;
  const to = last[at]! + days;
  for (let k = facts.scanStart(incidents, from); k < incidents.length; k += 1) {
    const p = incidents[k]!;
    if (first[p]! > to) return false;
    if (last[p]! >= from && sorted[p]!.id !== id && facts.sameFamily(at, p)) return true;
  }
  return false;
}
