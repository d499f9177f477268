/**
 * Entries that matter when asking "what followed?" or "what did the other agency not know?":
 * domestic abuse incidents, and entries the chronology marks as significant.
 */
import type { InsightThresholds } from '../../shared/domain/insight';
import type { InsightEntry, InsightPerson } from './input';
import { inList, matchEntry } from './match';
import { familyIds } from './people';

export function isSignificant(entry: InsightEntry, thresholds: InsightThresholds): boolean {
  return inList(entry.significance, thresholds.vocabulary.significantValues);
}

export function isConcern(entry: InsightEntry, thresholds: InsightThresholds): boolean {
  return matchEntry(entry, thresholds.vocabulary.domesticAbuse) !== null || isSignificant(entry, thresholds);
}

/**
 * Whether two entries concern the same family: they share a named family member, or one of
 * them names nobody (then the chronology as a whole is about one family, and it is not ours to
 * exclude the entry).
 */
export function sameFamily(a: InsightEntry, b: InsightEntry, index: ReadonlyMap<string, InsightPerson>): boolean {
  const left = familyIds(a, index);
  const right = familyIds(b, index);
  if (left.size === 0 || right.size === 0) return true;
  for (const id of left) if (right.has(id)) return true;
  return false;
}
