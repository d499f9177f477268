/**
 * Rule 7 — Separations and reconciliations over time.
 *
 * Entries matching the `separation` or `reconciliation` vocabulary are grouped by each pair of
 * family adults named on them (entries naming fewer than two family adults form one group of
 * their own, "people not named"). A group with at least `minEvents` such entries is a pattern,
 * and the explanation gives the sequence in date order with each date as given.
 */
import type { InsightPattern, InsightThresholds } from '../../../shared/domain/insight';
import { sortEntries } from '../dates';
import type { InsightEntry, InsightInput } from '../input';
import { matchEntry } from '../match';
import { agencyName, listText, makePattern, personIndex, personLabel, plural, ruleTitle } from '../pattern';
import { familyAdultIds, pairsOf } from '../people';

export const RULE_ID = 'separation-reconciliation' as const;

function kindOf(entry: InsightEntry, thresholds: InsightThresholds): string | null {
  const separation = matchEntry(entry, thresholds.vocabulary.separation) !== null;
  const reconciliation = matchEntry(entry, thresholds.vocabulary.reconciliation) !== null;
  if (separation && reconciliation) return 'separation or reconciliation';
  if (separation) return 'separation';
  if (reconciliation) return 'reconciliation';
  return null;
}

export function separationReconciliation(input: InsightInput, thresholds: InsightThresholds): InsightPattern[] {
  const settings = thresholds.rules[RULE_ID];
  if (!settings.enabled) return [];
  const index = personIndex(input.people);
  const groups = new Map<string, { names: string[]; events: Array<{ entry: InsightEntry; kind: string }> }>();
  const add = (key: string, names: string[], entry: InsightEntry, kind: string) => {
    const group = groups.get(key) ?? { names, events: [] };
    group.events.push({ entry, kind });
    groups.set(key, group);
  };

  for (const entry of sortEntries(input.entries)) {
    const kind = kindOf(entry, thresholds);
    if (kind === null) continue;
    const pairs = pairsOf(familyAdultIds(entry, index));
    if (pairs.length === 0) add('', [], entry, kind);
    for (const pair of pairs) add(pair.join('|'), pair.map((id) => personLabel(index, id)).sort(), entry, kind);
  }

  const patterns: InsightPattern[] = [];
  for (const [key, group] of groups) {
    if (group.events.length < settings.minEvents) continue;
    const who = group.names.length === 0 ? 'people not named on the entries' : listText(group.names);
    const sequence = group.events.map(({ entry, kind }) => `${kind} — ${entry.date.text.trim() || 'undated'} (${agencyName(entry)}: "${entry.summary.trim()}")`);
    const separations = group.events.filter((event) => event.kind === 'separation').length;
    const reconciliations = group.events.filter((event) => event.kind === 'reconciliation').length;
    const explanation = [
      `The chronology records ${plural(group.events.length, 'separation or reconciliation', 'separations and reconciliations')} for ${who} (${plural(separations, 'separation')}, ${plural(reconciliations, 'reconciliation')}).`,
      `In date order: ${sequence.join('; then ')}.`,
    ].join(' ');
    patterns.push(
      makePattern({
        ruleId: RULE_ID,
        key,
        title: `${ruleTitle(RULE_ID)}: ${who} (${group.events.length})`,
        explanation,
        severity: reconciliations >= 2 ? 'high' : 'medium',
        salience: 25 + group.events.length * 10,
        evidence: group.events.map((event) => event.entry),
      }),
    );
  }
  return patterns;
}
