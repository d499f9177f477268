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
import { sortEntries } from './dates';
import { entryFacts, type EntryFacts } from './entry-facts';
import type { InsightInput } from './input';

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

/**
 * A pattern's evidence as positions in the run's entry tables (see `entry-facts.ts`): each id the
 * pattern cites, as the chronology's last entry with that id; ids no entry has are left out.
 */
function evidencePositions(pattern: InsightPattern, facts: EntryFacts): number[] {
  const positions: number[] = [];
  for (const id of pattern.evidenceEntryIds) {
    const at = facts.positionOfId(id);
    if (at !== undefined) positions.push(at);
  }
  return positions;
}

/** Reused between patterns: which agencies (as written) a pattern's evidence has met so far. */
const NOT_SEEN = -1;

function strengthOf(
  pattern: InsightPattern,
  facts: EntryFacts,
  seen: Int32Array,
  stamp: number,
  lastDay: number | null,
): number {
  let agencies = 0;
  let incidents = 0;
  let latest = -Infinity;
  for (const at of evidencePositions(pattern, facts)) {
    const agency = facts.agencyAsWritten[at]!;
    if (seen[agency] !== stamp) {
      seen[agency] = stamp;
      agencies += 1;
    }
    incidents += facts.incident[at]!;
    if (at < facts.datedCount && facts.last[at]! > latest) latest = facts.last[at]!;
  }
  let recency = 0;
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
  const facts = entryFacts(input, thresholds);
  let lastDay: number | null = null;
  for (let at = 0; at < facts.datedCount; at += 1)
    if (lastDay === null || facts.last[at]! > lastDay) lastDay = facts.last[at]!;
  const seen = new Int32Array(facts.writtenAgencies).fill(NOT_SEEN);
  const ranked = dropContained(patterns).map((pattern, index) => ({
    ...pattern,
    salience: strengthOf(pattern, facts, seen, index, lastDay),
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
    // The evidence of both, each entry once, in date order: positions in the tables are that order.
    const positions = [...new Set([...evidencePositions(host, facts), ...evidencePositions(pattern, facts)])];
    const evidence = facts.uniqueIds
      ? positions.sort((a, b) => a - b).map((position) => facts.sorted[position]!.id)
      : sortEntries(
          [...new Set([...host.evidenceEntryIds, ...pattern.evidenceEntryIds])]
            .map((id) => facts.positionOfId(id))
            .filter((position): position is number => position !== undefined)
            .map((position) => facts.sorted[position]!),
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
