/**
 * Rule 8 — Information one agency recorded but did not share with an agency that later made a
 * decision without it.
 *
 * A decision is an entry matching the `decision` or `closure` vocabulary (assessment outcome,
 * strategy discussion, case closure…). For each decision by agency B, the rule looks back
 * `lookbackMonths` for domestic abuse incidents and significant entries about the same family
 * recorded by other agencies, certainly before the decision, that B neither recorded nor was told
 * of by the decision date (per the entries' "shared with"). Each such decision is a pattern.
 * Shares whose date is not recorded are named, and not counted as unshared.
 */
import type { InsightPattern, InsightThresholds } from '../../../shared/domain/insight';
import { isConcern, sameFamily } from '../concern';
import { certainlyBefore, dayRange, monthsToDays, sortEntries, withinDaysAfter } from '../dates';
import { dayIndex } from '../day-index';
import type { InsightInput } from '../input';
import { knowledgeOf } from '../knowledge';
import { describeMatch, fold, matchEntry } from '../match';
import { cite, citeList, distinctAgencies, listText, makePattern, personIndex, plural, ruleTitle } from '../pattern';

export const RULE_ID = 'unshared-information' as const;

export function unsharedInformation(input: InsightInput, thresholds: InsightThresholds): InsightPattern[] {
  const settings = thresholds.rules[RULE_ID];
  if (!settings.enabled) return [];
  const index = personIndex(input.people);
  const entries = sortEntries(input.entries);
  const lookback = monthsToDays(settings.lookbackMonths);
  const patterns: InsightPattern[] = [];

  for (const decision of entries) {
    if (decision.agency === null) continue;
    const reason = matchEntry(decision, thresholds.vocabulary.decision) ?? matchEntry(decision, thresholds.vocabulary.closure);
    const range = dayRange(decision.date);
    if (reason === null || range === null) continue;
    const decider = decision.agency;
    const relevant = dayIndex(input.entries).overlapping(range.first - lookback, range.last).filter(
      (entry) =>
        entry.agency !== null &&
        fold(entry.agency) !== fold(decider) &&
        isConcern(entry, thresholds) &&
        certainlyBefore(entry.date, decision.date) &&
        withinDaysAfter(entry.date, decision.date, lookback) &&
        sameFamily(entry, decision, index),
    );
    const unknown = relevant.filter((entry) => knowledgeOf(entry, decider, decision.date) === 'not-known');
    if (unknown.length === 0) continue;
    const undated = relevant.filter((entry) => knowledgeOf(entry, decider, decision.date) === 'told-date-unknown');

    const sentences = [
      `${decider} recorded a decision dated ${cite(decision)}, recognised by ${describeMatch(reason)}.`,
      `In the ${plural(settings.lookbackMonths, 'month')} before, ${listText(distinctAgencies(unknown))} recorded ${plural(unknown.length, 'domestic abuse incident or significant entry', 'domestic abuse incidents or significant entries')} about the family that no record shows were shared with ${decider} by then: ${citeList(unknown)}.`,
    ];
    if (undated.length > 0) {
      sentences.push(`${plural(undated.length, 'other entry', 'other entries')} ${undated.length === 1 ? 'was' : 'were'} shared with ${decider} on a date not recorded: ${citeList(undated)}.`);
    }
    patterns.push(
      makePattern({
        ruleId: RULE_ID,
        key: fold(decider),
        title: `${ruleTitle(RULE_ID)}: ${decider} (${decision.date.text})`,
        explanation: sentences.join(' '),
        severity: unknown.length >= 2 ? 'high' : 'medium',
        salience: 35 + unknown.length * 12,
        evidence: [decision, ...unknown],
      }),
    );
  }
  return patterns;
}
