/**
 * Rule 1 — Repeated domestic abuse incidents with the same people, across agencies.
 *
 * An entry is a domestic abuse incident when its event type, a tag or its wording matches the
 * `domesticAbuse` vocabulary. Incidents are grouped by each pair of family adults named on them.
 * A pair with at least `minIncidents` incidents is a pattern. The explanation gives the count,
 * the interval between consecutive incidents (a range where dates are vague), the agencies that
 * recorded them, and whether any single agency knew of all of them — by recording each one or by
 * being told (the entry's "shared with").
 */
import type { InsightPattern, InsightThresholds } from '../../../shared/domain/insight';
import { describeGap, gapDays, sortEntries } from '../dates';
import type { InsightEntry, InsightInput } from '../input';
import { agenciesAware, knew } from '../knowledge';
import { matchEntry } from '../match';
import { citeList, distinctAgencies, listText, makePattern, personIndex, personLabel, plural, ruleTitle } from '../pattern';
import { familyAdultIds, pairsOf } from '../people';

export const RULE_ID = 'repeated-incidents' as const;

export function isDomesticAbuseIncident(entry: InsightEntry, thresholds: InsightThresholds): boolean {
  return matchEntry(entry, thresholds.vocabulary.domesticAbuse) !== null;
}

export function repeatedIncidents(input: InsightInput, thresholds: InsightThresholds): InsightPattern[] {
  const settings = thresholds.rules[RULE_ID];
  if (!settings.enabled) return [];
  const index = personIndex(input.people);
  const byPair = new Map<string, { ids: readonly [string, string]; entries: InsightEntry[] }>();
  for (const entry of input.entries) {
    if (!isDomesticAbuseIncident(entry, thresholds)) continue;
    for (const pair of pairsOf(familyAdultIds(entry, index))) {
      const key = pair.join('|');
      const group = byPair.get(key) ?? { ids: pair, entries: [] };
      group.entries.push(entry);
      byPair.set(key, group);
    }
  }

  const patterns: InsightPattern[] = [];
  for (const [key, group] of byPair) {
    if (group.entries.length < settings.minIncidents) continue;
    const incidents = sortEntries(group.entries);
    const names = group.ids.map((id) => personLabel(index, id)).sort();
    const recorders = distinctAgencies(incidents);
    const aware = agenciesAware(incidents);
    const knownCounts = aware.map((agency) => ({ agency, known: incidents.filter((entry) => knew(entry, agency)).length }));
    const knewAll = knownCounts.filter((count) => count.known === incidents.length).map((count) => count.agency);

    const intervals: string[] = [];
    for (let i = 1; i < incidents.length; i += 1) {
      const gap = gapDays(incidents[i - 1]!.date, incidents[i]!.date);
      intervals.push(gap === null ? 'unknown (undated entry)' : describeGap(gap));
    }

    const sentences = [
      `${plural(incidents.length, 'domestic abuse incident')} involving ${listText(names)} ${incidents.length === 1 ? 'was' : 'were'} recorded by ${plural(recorders.length, 'agency', 'agencies')}${recorders.length > 0 ? ` (${listText(recorders)})` : ''}: ${citeList(incidents, 10)}.`,
      `Intervals between consecutive incidents: ${intervals.join(', ')}.`,
      knewAll.length === 0
        ? 'No single agency recorded or was told of all of them.'
        : `${listText(knewAll)} recorded or ${knewAll.length === 1 ? 'was' : 'were'} told of all of them.`,
      `Known to each agency (recorded or told): ${knownCounts.map((count) => `${count.agency} ${count.known} of ${incidents.length}`).join(', ')}.`,
    ];
    patterns.push(
      makePattern({
        ruleId: RULE_ID,
        key,
        title: `${ruleTitle(RULE_ID)}: ${listText(names)} (${incidents.length})`,
        explanation: sentences.join(' '),
        severity: knewAll.length === 0 ? 'high' : 'medium',
        salience: 30 + incidents.length * 8 + (knewAll.length === 0 ? 25 : 0) + recorders.length * 5,
        evidence: incidents,
      }),
    );
  }
  return patterns;
}
