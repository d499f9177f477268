/**
 * Rule 7 — Separations and reconciliations of the same couple, beside what agencies recorded.
 *
 * An entry is a separation or reconciliation when its words affirm one ("ended the relationship",
 * "has moved out", "back together", "came back to live with us") or its event type or tag says so;
 * "denied they had reconciled" does not count. A review is about one family, so its entries form
 * one sequence, naming the adults each entry names. At least `minEvents` such entries, one of them
 * a separation, make a pattern; the evidence adds incidents recorded by any agency within 30 days
 * after each.
 */
import type { InsightPattern, InsightThresholds } from '@shared/domain/insight';
import { entryFacts, type EntryFacts } from '../entry-facts';
import type { InsightEntry, InsightInput } from '../input';
import { makePattern, matchOf, ruleTitle, structuredMatch } from '../pattern';
import { cite, citeList, joinPieces, listText, personLabel, plural, quotedWords } from '../wording';
import { personIndex } from '../people';
import { matchKind, type KindMatch } from '../reading/entry-kind';
import { mentionedPeople } from '../reading/mentions';
import { incidentsAroundPositions } from './context';
import { excludedFor } from './excluded';

export const RULE_ID = 'separation-reconciliation' as const;

const AFTER_DAYS = 30;

interface Event {
  readonly entry: InsightEntry;
  /** Its position in the run's entry tables. */
  readonly at: number;
  readonly separation: KindMatch | null;
  readonly reconciliation: KindMatch | null;
}

/**
 * The separations and reconciliations, in order. Its own function: a loop over the whole
 * chronology is compiled while it runs, with the function around it (README, "Insight: accuracy,
 * quiet output and speed").
 */
function eventsIn(input: InsightInput, facts: EntryFacts, thresholds: InsightThresholds): Event[] {
  const excluded = excludedFor(input, RULE_ID);
  const events: Event[] = [];
  for (let at = 0; at < facts.sorted.length; at += 1) {
    const entry = facts.sorted[at]!;
    if (excluded.has(entry.id)) continue;
    const separation = matchKind(entry, thresholds.vocabulary.separation, thresholds);
    const reconciliation = matchKind(entry, thresholds.vocabulary.reconciliation, thresholds);
    if (separation !== null || reconciliation !== null) events.push({ entry, at, separation, reconciliation });
  }
  return events;
}

export function separationReconciliation(input: InsightInput, thresholds: InsightThresholds): InsightPattern[] {
  const settings = thresholds.rules[RULE_ID];
  if (!settings.enabled) return [];
  const index = personIndex(input.people);
  const facts = entryFacts(input, thresholds);
  const events = eventsIn(input, facts, thresholds);
  // A review is about one family: its separations and reconciliations are one sequence, naming
  // the adults each entry names (a mother's former and current partners among them).
  const adults = [
    ...new Set(
      events.flatMap((event) =>
        [...mentionedPeople(event.entry, input.people, thresholds)].filter((id) => index.get(id)?.kind === 'adult'),
      ),
    ),
  ].sort();
  const groups = [{ key: 'family', names: adults.map((id) => personLabel(index, id)).sort(), events }];

  const patterns: InsightPattern[] = [];
  for (const group of groups) {
    if (group.events.length < settings.minEvents || !group.events.some((event) => event.separation !== null)) continue;
    const own = group.events.map((event) => event.entry);
    // Incidents from the first event on: "on or after any event" is "on or after the earliest one".
    let firstEarliest = own[0]!.date.earliest ?? '';
    for (const event of own) if ((event.date.earliest ?? '') < firstEarliest) firstEarliest = event.date.earliest ?? '';
    const around = incidentsAroundPositions(
      facts,
      group.events.map((event) => event.at),
      AFTER_DAYS,
      false,
    ).filter((entry) => (entry.date.earliest ?? '') >= firstEarliest);
    const describe = (event: Event) => {
      const kinds = [
        event.separation !== null ? 'separation' : null,
        event.reconciliation !== null ? 'reconciliation' : null,
      ].filter((k) => k !== null);
      const cues = [...(event.separation?.cues ?? []), ...(event.reconciliation?.cues ?? [])];
      const words = cues.length > 0 ? ` (${quotedWords(cues)})` : '';
      return `${kinds.join(' and ')}${words} — ${cite(event.entry)}`;
    };
    // The explanation as pieces joined once (it can quote thousands of entries; see `joinPieces`).
    const pieces = [
      `${plural(group.events.length, 'entry', 'entries')}${group.names.length > 0 ? ` about ${listText(group.names)}` : ''} record a separation or reconciliation, in date order: `,
    ];
    group.events.forEach((event, at) => pieces.push(at === 0 ? describe(event) : `; ${describe(event)}`));
    pieces.push('.');
    if (around.length > 0)
      pieces.push(` Incidents recorded within ${AFTER_DAYS} days after them: ${citeList(around)}.`);
    patterns.push(
      makePattern({
        ruleId: RULE_ID,
        key: group.key,
        title: `${ruleTitle(RULE_ID)}${group.names.length > 0 ? `: ${listText(group.names)}` : ''} (${group.events.length})`,
        explanation: joinPieces(pieces),
        severity: around.length > 0 ? 'high' : 'medium',
        salience: 25 + group.events.length * 8 + around.length * 8,
        evidence: [...own, ...around],
        matches: group.events.map((event) => {
          const cues = [...(event.separation?.cues ?? []), ...(event.reconciliation?.cues ?? [])];
          return cues.length > 0
            ? matchOf(event.entry, cues)
            : structuredMatch(event.entry, (event.separation ?? event.reconciliation)!.structured ?? '');
        }),
      }),
    );
  }
  return patterns;
}
