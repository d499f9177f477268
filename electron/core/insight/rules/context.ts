/** What other agencies recorded at the time: incidents about the same family near a set of entries. */
import type { InsightThresholds } from '../../../shared/domain/insight';
import { isIncident, sameFamily } from '../concern';
import { dayRange, withinDaysEitherWay } from '../dates';
import { dayIndex } from '../day-index';
import type { InsightEntry, InsightInput } from '../input';
import { fold } from '../match';

/**
 * Incidents within `days` either way of any of `entries`, about the same family, not among them;
 * with `otherAgenciesOnly`, only those recorded by an agency other than the entry's.
 */
export function incidentsAround(
  entries: readonly InsightEntry[],
  input: InsightInput,
  thresholds: InsightThresholds,
  days: number,
  otherAgenciesOnly: boolean,
): InsightEntry[] {
  const own = new Set(entries.map((entry) => entry.id));
  const found = new Map<string, InsightEntry>();
  for (const entry of entries) {
    const range = dayRange(entry.date);
    if (range === null) continue;
    for (const other of dayIndex(input.entries).overlapping(range.first - days, range.last + days)) {
      if (own.has(other.id) || found.has(other.id)) continue;
      if (otherAgenciesOnly && (other.agency === null || (entry.agency !== null && fold(other.agency) === fold(entry.agency)))) continue;
      if (!withinDaysEitherWay(entry.date, other.date, days)) continue;
      if (!isIncident(other, input.people, thresholds) || !sameFamily(entry, other, input.people, thresholds)) continue;
      found.set(other.id, other);
    }
  }
  return [...found.values()];
}
