/**
 * Quiet output: patterns that rest on the same evidence are shown once, and the rest are ranked
 * by strength so the reviewer reads the strongest first.
 *
 * - Within a rule, a pattern whose matched entries are all matched by a larger pattern of the
 *   same rule is dropped (three adults at each incident give three pairs resting on one set).
 * - Across rules, patterns whose matched entries are the same set are merged: the stronger keeps
 *   its title and the other's finding is kept beside it ("also"), with the evidence of both.
 * - Strength (0–100) counts what a reviewer weighs: how many agencies the evidence spans, how many
 *   incidents it holds, how recent it is within the chronology, the rule's severity, and the
 *   rule's own measure (more incidents, fewer agencies told).
 */
import type { InsightPattern, InsightThresholds } from '../../shared/domain/insight';
import { isIncident } from './concern';
import { dayRange, sortEntries } from './dates';
import type { InsightEntry, InsightInput } from './input';

// A pattern can cite thousands of entries: its matched ids are sorted once, not at each comparison.
const matchedCache = new WeakMap<InsightPattern, readonly string[]>();
const matchedSetCache = new WeakMap<InsightPattern, ReadonlySet<string>>();

function matchedIds(pattern: InsightPattern): readonly string[] {
  let found = matchedCache.get(pattern);
  if (found === undefined) {
    const ids = pattern.matches.length > 0 ? pattern.matches.map((match) => match.entryId) : pattern.evidenceEntryIds;
    found = [...new Set(ids)].sort();
    matchedCache.set(pattern, found);
  }
  return found;
}

function matchedSet(pattern: InsightPattern): ReadonlySet<string> {
  let found = matchedSetCache.get(pattern);
  if (found === undefined) {
    found = new Set(matchedIds(pattern));
    matchedSetCache.set(pattern, found);
  }
  return found;
}

function isSubset(small: readonly string[], large: ReadonlySet<string>): boolean {
  return small.every((id) => large.has(id));
}

export function dropContained(patterns: readonly InsightPattern[]): InsightPattern[] {
  const kept: InsightPattern[] = [];
  const bySize = [...patterns].sort((a, b) => matchedIds(b).length - matchedIds(a).length || b.salience - a.salience);
  for (const pattern of bySize) {
    const ids = matchedIds(pattern);
    const contained = kept.some(
      (other) =>
        other.ruleId === pattern.ruleId &&
        other.kinds.join() === pattern.kinds.join() &&
        isSubset(ids, matchedSet(other)),
    );
    if (!contained) kept.push(pattern);
  }
  return patterns.filter((pattern) => kept.includes(pattern));
}

export function strengthOf(
  pattern: InsightPattern,
  input: InsightInput,
  thresholds: InsightThresholds,
  byId: ReadonlyMap<string, InsightEntry>,
  lastDay: number | null,
): number {
  const evidence = pattern.evidenceEntryIds
    .map((id) => byId.get(id))
    .filter((entry): entry is InsightEntry => entry !== undefined);
  const agencies = new Set(evidence.map((entry) => entry.agency ?? '')).size;
  const incidents = evidence.filter((entry) => isIncident(entry, input.people, thresholds)).length;
  let recency = 0;
  let latest = -Infinity;
  for (const entry of evidence) latest = Math.max(latest, dayRange(entry.date)?.last ?? -Infinity);
  if (lastDay !== null && Number.isFinite(latest))
    recency = lastDay - latest <= 365 ? 10 : lastDay - latest <= 3 * 365 ? 5 : 0;
  const severity = pattern.severity === 'high' ? 15 : pattern.severity === 'medium' ? 5 : 0;
  return Math.max(
    0,
    Math.min(100, Math.round(agencies * 8 + Math.min(incidents, 6) * 5 + recency + severity + pattern.salience * 0.3)),
  );
}

export function mergeAndRank(
  patterns: readonly InsightPattern[],
  input: InsightInput,
  thresholds: InsightThresholds,
): InsightPattern[] {
  const byId = new Map(input.entries.map((entry) => [entry.id, entry]));
  const days = input.entries
    .map((entry) => dayRange(entry.date)?.last)
    .filter((day): day is number => day !== undefined);
  const lastDay = days.length === 0 ? null : days.reduce((a, b) => Math.max(a, b));
  const ranked = dropContained(patterns).map((pattern) => ({
    ...pattern,
    salience: strengthOf(pattern, input, thresholds, byId, lastDay),
  }));
  ranked.sort((a, b) => b.salience - a.salience || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const merged: InsightPattern[] = [];
  const byMatched = new Map<string, number>();
  for (const pattern of ranked) {
    const key = matchedIds(pattern).join(',');
    const at = byMatched.get(key);
    if (at === undefined) {
      byMatched.set(key, merged.length);
      merged.push(pattern);
      continue;
    }
    const host = merged[at]!;
    const evidence = sortEntries(
      [...new Set([...host.evidenceEntryIds, ...pattern.evidenceEntryIds])]
        .map((id) => byId.get(id))
        .filter((entry): entry is InsightEntry => entry !== undefined),
    ).map((entry) => entry.id);
    merged[at] = {
      ...host,
      evidenceEntryIds: evidence,
      kinds: [...new Set([...host.kinds, ...pattern.kinds])],
      also: [
        ...host.also,
        { ruleId: pattern.ruleId, title: pattern.title, rule: pattern.rule, explanation: pattern.explanation },
        ...pattern.also,
      ],
    };
  }
  return merged;
}
