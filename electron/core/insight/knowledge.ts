/**
 * "Who knew what, when": an agency knew of an entry if it recorded it, or if the entry records
 * that it was shared with that agency. Agency names compare case-insensitively.
 */
import { gapDays } from './dates';
import type { InsightDate, InsightEntry } from './input';
import { fold } from './match';

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
  const names = new Map<string, string>();
  for (const entry of entries) {
    if (entry.agency !== null) names.set(fold(entry.agency), entry.agency);
    for (const share of entry.sharedWith)
      if (!names.has(fold(share.agency))) names.set(fold(share.agency), share.agency);
  }
  return [...names.values()].sort();
}
