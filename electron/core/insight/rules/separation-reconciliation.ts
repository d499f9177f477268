/**
 * Rule 7 — Separations and reconciliations over time.
 *
 * Entries matching the `separation` or `reconciliation` vocabulary are grouped by each family
 * adult named on them, because an agency often names only one partner ("RM says they are back
 * together"). A person with at least `minEvents` such entries is a pattern, giving the sequence
 * in date order with each date as given and the other adults each entry names. A person whose
 * entries are all within another person's pattern (the former partner in a couple) is not
 * repeated. Entries naming no family adult form one group of their own, "people not named".
 */
import type { InsightPattern, InsightThresholds } from '../../../shared/domain/insight';
import { sortEntries } from '../dates';
import type { InsightEntry, InsightInput, InsightPerson } from '../input';
import { matchEntry } from '../match';
import { agencyName, listText, makePattern, personIndex, personLabel, plural, ruleTitle } from '../pattern';
import { familyAdultIds } from '../people';

export const RULE_ID = 'separation-reconciliation' as const;

type Kind = 'separation' | 'reconciliation' | 'separation or reconciliation';

function kindOf(entry: InsightEntry, thresholds: InsightThresholds): Kind | null {
  const separation = matchEntry(entry, thresholds.vocabulary.separation) !== null;
  const reconciliation = matchEntry(entry, thresholds.vocabulary.reconciliation) !== null;
  if (separation && reconciliation) return 'separation or reconciliation';
  if (separation) return 'separation';
  if (reconciliation) return 'reconciliation';
  return null;
}

interface Group {
  readonly personId: string | null;
  readonly events: Array<{ readonly entry: InsightEntry; readonly kind: Kind }>;
}

function isSubset(small: Group, large: Group): boolean {
  const ids = new Set(large.events.map((event) => event.entry.id));
  return small.events.every((event) => ids.has(event.entry.id));
}

function describeEvent(entry: InsightEntry, kind: Kind, personId: string | null, index: ReadonlyMap<string, InsightPerson>): string {
  const others = familyAdultIds(entry, index).filter((id) => id !== personId).map((id) => personLabel(index, id)).sort();
  const naming = others.length === 0 ? '' : ` [also naming ${listText(others)}]`;
  return `${kind} — ${entry.date.text.trim() || 'undated'} (${agencyName(entry)}: "${entry.summary.trim()}")${naming}`;
}

export function separationReconciliation(input: InsightInput, thresholds: InsightThresholds): InsightPattern[] {
  const settings = thresholds.rules[RULE_ID];
  if (!settings.enabled) return [];
  const index = personIndex(input.people);
  const groups = new Map<string, Group>();
  const add = (personId: string | null, entry: InsightEntry, kind: Kind) => {
    const key = personId ?? '';
    const group = groups.get(key) ?? { personId, events: [] };
    group.events.push({ entry, kind });
    groups.set(key, group);
  };

  for (const entry of sortEntries(input.entries)) {
    const kind = kindOf(entry, thresholds);
    if (kind === null) continue;
    const adults = familyAdultIds(entry, index);
    if (adults.length === 0) add(null, entry, kind);
    for (const adult of adults) add(adult, entry, kind);
  }

  // Largest groups first, so a former partner's subset is dropped in favour of the fuller sequence.
  const candidates = [...groups.values()]
    .filter((group) => group.events.length >= settings.minEvents)
    .sort((a, b) => b.events.length - a.events.length || ((a.personId ?? '') < (b.personId ?? '') ? -1 : 1));
  const kept: Group[] = [];
  for (const group of candidates) {
    if (group.personId !== null && kept.some((other) => other.personId !== null && isSubset(group, other))) continue;
    kept.push(group);
  }

  return kept.map((group) => {
    const who = group.personId === null ? 'people not named on the entries' : personLabel(index, group.personId);
    const count = (kind: Kind) => group.events.filter((event) => event.kind === kind).length;
    const separations = count('separation');
    const reconciliations = count('reconciliation');
    const sequence = group.events.map(({ entry, kind }) => describeEvent(entry, kind, group.personId, index));
    const explanation = [
      `The chronology records ${plural(group.events.length, 'separation or reconciliation', 'separations and reconciliations')} involving ${who} (${plural(separations, 'separation')}, ${plural(reconciliations, 'reconciliation')}).`,
      `In date order: ${sequence.join('; then ')}.`,
    ].join(' ');
    return makePattern({
      ruleId: RULE_ID,
      key: group.personId ?? '',
      title: `${ruleTitle(RULE_ID)}: ${who} (${group.events.length})`,
      explanation,
      severity: reconciliations >= 2 ? 'high' : 'medium',
      salience: 25 + group.events.length * 10,
      evidence: group.events.map((event) => event.entry),
    });
  });
}
