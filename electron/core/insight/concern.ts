/**
 * Entries that matter when asking "what followed?" or "what did the other agency not know?":
 * domestic abuse incidents (read from the narrative, see `reading/incident.ts`), and entries the
 * chronology marks as significant.
 */
import type { InsightThresholds } from '../../shared/domain/insight';
import type { InsightEntry, InsightPerson } from './input';
import { inList } from './match';
import { readIncident } from './reading/incident';
import { mentionedPeople } from './reading/mentions';

export function isSignificant(entry: InsightEntry, thresholds: InsightThresholds): boolean {
  return inList(entry.significance, thresholds.vocabulary.significantValues);
}

export function isIncident(
  entry: InsightEntry,
  people: readonly InsightPerson[],
  thresholds: InsightThresholds,
): boolean {
  return readIncident(entry, people, thresholds).isIncident;
}

export function isConcern(
  entry: InsightEntry,
  people: readonly InsightPerson[],
  thresholds: InsightThresholds,
): boolean {
  return isIncident(entry, people, thresholds) || isSignificant(entry, thresholds);
}

/**
 * Whether two entries concern the same family: they name (or link) a family member in common, or
 * one of them names nobody (then the chronology as a whole is about one family, and it is not
 * ours to exclude the entry).
 */
export function sameFamily(
  a: InsightEntry,
  b: InsightEntry,
  people: readonly InsightPerson[],
  thresholds: InsightThresholds,
): boolean {
  const left = mentionedPeople(a, people, thresholds);
  const right = mentionedPeople(b, people, thresholds);
  if (left.size === 0 || right.size === 0) return true;
  for (const id of left) if (right.has(id)) return true;
  return false;
}
