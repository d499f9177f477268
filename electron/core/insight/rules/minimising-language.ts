/**
 * Rule 9 — Minimising language next to what was recorded elsewhere.
 *
 * An entry whose wording contains one of the data file's minimising `phrases` ("family problems",
 * "arguing with partner", "seemed well"…) is a pattern when another agency recorded a domestic
 * abuse incident or a significant entry about the same family within `windowDays` of it (before
 * or after). The explanation quotes the phrase found and cites the other entries; it does not
 * judge the wording, it puts the two records side by side.
 */
import type { InsightPattern, InsightThresholds } from '../../../shared/domain/insight';
import { isConcern, sameFamily } from '../concern';
import { dayRange, sortEntries, withinDaysEitherWay } from '../dates';
import { dayIndex } from '../day-index';
import type { InsightInput } from '../input';
import { entryText, findPhrase, fold } from '../match';
import { cite, citeList, listText, makePattern, personIndex, plural, ruleTitle } from '../pattern';

export const RULE_ID = 'minimising-language' as const;

export function minimisingLanguage(input: InsightInput, thresholds: InsightThresholds): InsightPattern[] {
  const settings = thresholds.rules[RULE_ID];
  if (!settings.enabled) return [];
  const index = personIndex(input.people);
  const entries = sortEntries(input.entries);
  const patterns: InsightPattern[] = [];

  for (const entry of entries) {
    const phrase = findPhrase(entryText(entry), settings.phrases);
    const range = dayRange(entry.date);
    if (phrase === null || range === null) continue;
    const elsewhere = dayIndex(input.entries).overlapping(range.first - settings.windowDays, range.last + settings.windowDays).filter(
      (other) =>
        other.id !== entry.id &&
        other.agency !== null &&
        (entry.agency === null || fold(other.agency) !== fold(entry.agency)) &&
        isConcern(other, thresholds) &&
        withinDaysEitherWay(entry.date, other.date, settings.windowDays) &&
        sameFamily(entry, other, index),
    );
    if (elsewhere.length === 0) continue;
    const agencies = [...new Set(elsewhere.map((other) => other.agency!))].sort();
    const explanation = [
      `The entry dated ${cite(entry)} uses the words "${phrase}".`,
      `Within ${plural(settings.windowDays, 'day')} of it, ${listText(agencies)} recorded: ${citeList(elsewhere)}.`,
    ].join(' ');
    patterns.push(
      makePattern({
        ruleId: RULE_ID,
        key: fold(phrase),
        title: `${ruleTitle(RULE_ID)}: "${phrase}" (${entry.date.text})`,
        explanation,
        severity: elsewhere.length >= 2 ? 'high' : 'medium',
        salience: 30 + elsewhere.length * 12,
        evidence: [entry, ...elsewhere],
      }),
    );
  }
  return patterns;
}
