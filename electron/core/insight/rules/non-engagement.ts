/**
 * Rule 6 — Non-engagement and whether anyone acted on it.
 *
 * Non-engagement (did not attend, was not brought, no access, withdrawn statement, programme
 * dropped…) is recognised by the `nonEngagement` vocabulary. It counts as acted on when the same
 * agency recorded another entry about the same family — one that is not itself non-engagement —
 * on or after the day and within `followUpWithinDays`. For each agency, the non-engagement
 * entries with no such follow-up are a pattern once there are at least `minUnanswered`.
 */
import type { InsightPattern, InsightThresholds } from '../../../shared/domain/insight';
import { sameFamily } from '../concern';
import { certainlyBefore, dayRange, sortEntries, withinDaysAfter } from '../dates';
import { dayIndex } from '../day-index';
import type { InsightEntry, InsightInput } from '../input';
import { describeMatch, fold, matchEntry } from '../match';
import { cite, makePattern, personIndex, plural, ruleTitle } from '../pattern';

export const RULE_ID = 'non-engagement' as const;

export function nonEngagement(input: InsightInput, thresholds: InsightThresholds): InsightPattern[] {
  const settings = thresholds.rules[RULE_ID];
  if (!settings.enabled) return [];
  const index = personIndex(input.people);
  const entries = sortEntries(input.entries).filter((entry) => entry.date.earliest !== null);
  const isNonEngagement = (entry: InsightEntry) => matchEntry(entry, thresholds.vocabulary.nonEngagement) !== null;

  const byAgency = new Map<string, { name: string; all: InsightEntry[]; unanswered: InsightEntry[] }>();
  for (const entry of entries) {
    const range = dayRange(entry.date);
    if (entry.agency === null || range === null || !isNonEngagement(entry)) continue;
    const followUp = dayIndex(input.entries).overlapping(range.first, range.last + settings.followUpWithinDays).find(
      (other) =>
        other.id !== entry.id &&
        other.agency !== null &&
        fold(other.agency) === fold(entry.agency!) &&
        !isNonEngagement(other) &&
        !certainlyBefore(other.date, entry.date) &&
        withinDaysAfter(entry.date, other.date, settings.followUpWithinDays) &&
        sameFamily(entry, other, index),
    );
    const group = byAgency.get(fold(entry.agency)) ?? { name: entry.agency, all: [], unanswered: [] };
    group.all.push(entry);
    if (followUp === undefined) group.unanswered.push(entry);
    byAgency.set(fold(entry.agency), group);
  }

  const patterns: InsightPattern[] = [];
  for (const group of [...byAgency.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (group.unanswered.length < settings.minUnanswered) continue;
    const described = group.unanswered.map((entry) => `${cite(entry)} [${describeMatch(matchEntry(entry, thresholds.vocabulary.nonEngagement)!)}]`);
    const explanation = [
      `${group.name} recorded ${plural(group.all.length, 'instance')} of non-engagement.`,
      `For ${group.unanswered.length} of them, ${group.name} recorded no other entry about the family within ${plural(settings.followUpWithinDays, 'day')}: ${described.join('; ')}.`,
    ].join(' ');
    patterns.push(
      makePattern({
        ruleId: RULE_ID,
        key: fold(group.name),
        title: `${ruleTitle(RULE_ID)}: ${group.name} (${group.unanswered.length})`,
        explanation,
        severity: group.unanswered.length >= 3 ? 'high' : group.unanswered.length >= 2 ? 'medium' : 'low',
        salience: 25 + group.unanswered.length * 12,
        evidence: group.unanswered,
      }),
    );
  }
  return patterns;
}
