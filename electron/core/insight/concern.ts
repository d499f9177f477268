/**
 * Entries that matter when asking "what followed?" or "what did the other agency not know?":
 * domestic abuse incidents (read from the narrative, see `reading/incident.ts`), and entries the
 * chronology marks as significant.
 */
import type { InsightThresholds } from '../../shared/domain/insight';
import type { InsightEntry, InsightPerson } from './input';
import { inList } from './match';
import { readIncident } from './reading/incident';

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
