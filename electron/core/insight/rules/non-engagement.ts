/**
 * Rule 6 — Repeated non-engagement, beside what other agencies recorded at the time.
 *
 * Non-engagement (did not attend, DNA, was not brought, WNB, no access, no answer, withdrew,
 * dropped out of a programme, declined support…) is recognised from affirmed words or the event
 * type or tag. An agency with at least `minUnanswered` such entries about the family is a pattern.
 * The explanation says which of them the same agency followed up within `followUpWithinDays`, and
 * the evidence adds the incidents other agencies recorded within that many days of them.
 */
import type { InsightPattern, InsightThresholds } from '@shared/domain/insight';
import { entryFacts, type EntryFacts } from '../entry-facts';
import type { InsightEntry, InsightInput } from '../input';
import { kindMatchOf, kindWords, makePattern } from '../pattern';
import { cite, citeList, plural } from '../wording';
import { matchKind, type KindMatch } from '../reading/entry-kind';
import { incidentsAroundPositions } from './context';
import { excludedFor } from './excluded';
import { AgencyGroups, agencyPatternHeading } from './group-by-agency';

export const RULE_ID = 'non-engagement' as const;

export function nonEngagementOf(entry: InsightEntry, thresholds: InsightThresholds): KindMatch | null {
  return matchKind(entry, thresholds.vocabulary.nonEngagement, thresholds);
}

interface Unanswered {
  readonly entry: InsightEntry;
  readonly at: number;
  readonly match: KindMatch;
  readonly followedUp: boolean;
}

/**
 * Each agency's non-engagement entries, in order. Its own function: a loop over the whole
 * chronology is compiled while it runs, with the function around it (README, "Insight: accuracy,
 * quiet output and speed").
 */
function unansweredByAgency(
  input: InsightInput,
  facts: EntryFacts,
  followUpWithinDays: number,
  thresholds: InsightThresholds,
): AgencyGroups<Unanswered> {
  const excluded = excludedFor(input, RULE_ID);
  const { first, last, agency, sorted } = facts;
  const byAgency = new AgencyGroups<Unanswered>();
  for (let at = 0; at < facts.datedCount; at += 1) {
    const entry = sorted[at]!;
    if (entry.agency === null || excluded.has(entry.id)) continue;
    const match = nonEngagementOf(entry, thresholds);
    if (match === null) continue;
    // Followed up: another entry by the same agency about the family, not itself non-engagement,
    // from the day of this one to `followUpWithinDays` after it.
    let followedUp = false;
    const to = last[at]! + followUpWithinDays;
    for (let p = facts.startingFrom(null, first[at]!); p < facts.datedCount && first[p]! <= to && !followedUp; p += 1) {
      if (p === at || last[p]! < first[at]! || agency[p] !== agency[at] || first[p]! < first[at]!) continue;
      if (first[p]! - last[at]! > followUpWithinDays || !facts.sameFamily(at, p)) continue;
      followedUp = nonEngagementOf(sorted[p]!, thresholds) === null;
    }
    byAgency.add(entry.agency, { entry, at, match, followedUp });
  }
  return byAgency;
}

export function nonEngagement(input: InsightInput, thresholds: InsightThresholds): InsightPattern[] {
  const settings = thresholds.rules[RULE_ID];
  if (!settings.enabled) return [];
  const facts = entryFacts(input, thresholds);
  const byAgency = unansweredByAgency(input, facts, settings.followUpWithinDays, thresholds);
  const patterns: InsightPattern[] = [];
  for (const group of [...byAgency.groups].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (group.items.length < settings.minUnanswered) continue;
    const own = group.items.map((item) => item.entry);
    const elsewhere = incidentsAroundPositions(
      facts,
      group.items.map((item) => item.at),
      settings.followUpWithinDays,
      true,
    );
    const notFollowed = group.items.filter((item) => !item.followedUp).length;
    const described = group.items.map((item) => `${cite(item.entry)} [${kindWords(item.match)}]`);
    const sentences = [
      `${group.name} recorded ${plural(group.items.length, 'instance')} of non-engagement: ${described.join('; ')}.`,
      `${notFollowed} of them had no other entry by ${group.name} about the family within ${plural(settings.followUpWithinDays, 'day')}.`,
    ];
    if (elsewhere.length > 0)
      sentences.push(
        `Within ${plural(settings.followUpWithinDays, 'day')} of them, other agencies recorded: ${citeList(elsewhere)}.`,
      );
    patterns.push(
      makePattern({
        ...agencyPatternHeading(RULE_ID, group),
        explanation: sentences.join(' '),
        severity: group.items.length >= 3 || elsewhere.length > 0 ? 'high' : 'medium',
        salience: 25 + group.items.length * 8 + notFollowed * 4 + elsewhere.length * 6,
        evidence: [...own, ...elsewhere],
        matches: group.items.map((item) => kindMatchOf(item.entry, item.match)),
      }),
    );
  }
  return patterns;
}
