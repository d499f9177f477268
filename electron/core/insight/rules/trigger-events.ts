/**
 * Rule 2 — Trigger events and what followed.
 *
 * Trigger kinds (pregnancy, separation, reconciliation, contact dispute, threat to kill, threat
 * of suicide, new partner…) are listed in the data file, each recognised by event type, tag or
 * wording. For each trigger entry, the rule collects the domestic abuse incidents and significant
 * entries about the same family that fall within `windowDays` after it. When at least
 * `minFollowing` followed, it is a pattern. An entry that matches several trigger kinds gives one
 * pattern naming all of them.
 */
import type { InsightPattern, InsightThresholds } from '../../../shared/domain/insight';
import { isConcern, sameFamily } from '../concern';
import { dayRange, sortEntries, withinDaysAfter } from '../dates';
import { dayIndex } from '../day-index';
import type { InsightInput } from '../input';
import { describeMatch, matchEntry } from '../match';
import { cite, citeList, listText, makePattern, personIndex, plural, ruleTitle } from '../pattern';

export const RULE_ID = 'trigger-events' as const;

export function triggerEvents(input: InsightInput, thresholds: InsightThresholds): InsightPattern[] {
  const settings = thresholds.rules[RULE_ID];
  if (!settings.enabled) return [];
  const index = personIndex(input.people);
  const entries = sortEntries(input.entries);
  const patterns: InsightPattern[] = [];

  for (const trigger of entries) {
    const kinds = settings.triggers
      .map((kind) => ({ kind, reason: matchEntry(trigger, kind.match) }))
      .filter((found) => found.reason !== null);
    const range = dayRange(trigger.date);
    if (kinds.length === 0 || range === null) continue;

    const followed = dayIndex(input.entries).overlapping(range.first, range.last + settings.windowDays).filter(
      (entry) =>
        entry.id !== trigger.id &&
        isConcern(entry, thresholds) &&
        withinDaysAfter(trigger.date, entry.date, settings.windowDays) &&
        sameFamily(trigger, entry, index),
    );
    if (followed.length < settings.minFollowing) continue;

    const labels = kinds.map((found) => found.kind.label);
    const why = kinds.map((found) => `${found.kind.label.toLowerCase()} (${describeMatch(found.reason!)})`);
    const explanation = [
      `The entry dated ${cite(trigger)} records a trigger event: ${listText(why)}.`,
      `Within ${plural(settings.windowDays, 'day')} after it, ${plural(followed.length, 'domestic abuse incident or significant entry', 'domestic abuse incidents or significant entries')} followed: ${citeList(followed)}.`,
    ].join(' ');
    patterns.push(
      makePattern({
        ruleId: RULE_ID,
        key: kinds.map((found) => found.kind.id).join('+'),
        title: `${ruleTitle(RULE_ID)}: ${listText(labels)} (${trigger.date.text})`,
        explanation,
        severity: followed.length >= 3 ? 'high' : 'medium',
        salience: 35 + followed.length * 10,
        evidence: [trigger, ...followed],
      }),
    );
  }
  return patterns;
}
