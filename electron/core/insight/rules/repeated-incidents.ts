/**
 * Rule 1 — Repeated domestic abuse incidents with the same people, across agencies.
 *
 * An entry is an incident when its narrative describes one (see `reading/incident.ts`) or its
 * event type or a tag says so. Incidents are grouped by each pair of family adults involved (named,
 * linked, or "her partner"). A pair with at least `minIncidents` incidents is a pattern. The
 * explanation gives the count, the interval between consecutive incidents (a range where dates are
 * vague), the agencies that recorded them, and which agency knew of which — by recording it or by
 * being told (the entry's "shared with").
 */
import type { InsightMatch, InsightPattern, InsightThresholds } from '@shared/domain/insight';
import { describeGap, gapDays, sortEntries } from '../dates';
import type { InsightEntry, InsightInput } from '../input';
import { agenciesAware, knew } from '../knowledge';
import { makePattern, matchOf, ruleTitle, structuredMatch } from '../pattern';
import { citeList, distinctAgencies, listText, personLabel, plural } from '../wording';
import { pairsOf, personIndex } from '../people';
import { actNote, partiesOf } from '../reading/acts';
import { readIncident } from '../reading/incident';
import { reportedNotes } from '../reading/speech';
import { byWords, isWordsOnly } from '../reading/text-only';
import { excludedFor } from './excluded';

export const RULE_ID = 'repeated-incidents' as const;

export function isDomesticAbuseIncident(
  entry: InsightEntry,
  input: InsightInput,
  thresholds: InsightThresholds,
): boolean {
  return readIncident(entry, input.people, thresholds).isIncident;
}

/** Remembers, with the reading of a text, the match of a words-only entry with those words. */
const MATCH_BY_WORDS = {};

/**
 * "Why was this found" for an incident. For an entry that is words alone it depends on the words,
 * register and thresholds only (see `text-only.ts`), so it is read once per text and given the
 * entry's id: agencies repeat the same words across hundreds of incidents.
 */
export function incidentMatch(entry: InsightEntry, input: InsightInput, thresholds: InsightThresholds): InsightMatch {
  if (!isWordsOnly(entry)) return readIncidentMatch(entry, input, thresholds);
  const held = byWords(MATCH_BY_WORDS, entry, input.people, thresholds, () =>
    readIncidentMatch(entry, input, thresholds),
  );
  // The same keys in the same order, with this entry's id.
  return held.entryId === entry.id ? held : { ...held, entryId: entry.id };
}

function readIncidentMatch(entry: InsightEntry, input: InsightInput, thresholds: InsightThresholds): InsightMatch {
  const reading = readIncident(entry, input.people, thresholds);
  if (reading.cues.length === 0) return structuredMatch(entry, reading.structured ?? 'domestic abuse');
  // One note per act (doer, person acted on, verb), however many times the record tells it.
  const acts = new Map<string, string>();
  for (const act of reading.acts) {
    const note = actNote(act, input.people);
    const key = `${partiesOf(act)?.join('>')}:${act.cue.words.toLowerCase()}`;
    if (note !== null && !acts.has(key)) acts.set(key, note);
  }
  const notes = [...acts.values(), ...reportedNotes(entry, reading.cues, input.people, thresholds)];
  return matchOf(entry, reading.cues, notes);
}

interface PairIncidents {
  readonly ids: readonly [string, string];
  readonly entries: InsightEntry[];
}

/**
 * The incidents of each pair of family adults, by the pair's ids joined. Its own function: a loop
 * over the whole chronology is compiled while it runs, with the function around it (README,
 * "Insight: accuracy, quiet output and speed").
 */
function incidentsByPair(input: InsightInput, thresholds: InsightThresholds): Map<string, PairIncidents> {
  const excluded = excludedFor(input, RULE_ID);
  const byPair = new Map<string, PairIncidents>();
  for (const entry of input.entries) {
    if (excluded.has(entry.id)) continue;
    const reading = readIncident(entry, input.people, thresholds);
    if (!reading.isIncident) continue;
    // The people the words say were involved ("CD hit LF"), else every pair of adults it names.
    const pairs =
      reading.parties.length > 0
        ? [
            ...new Map(
              reading.parties.map((pair) => [[...pair].sort().join('|'), [...pair].sort() as [string, string]]),
            ).values(),
          ]
        : pairsOf(reading.adults);
    for (const pair of pairs) {
      const key = pair.join('|');
      const group = byPair.get(key) ?? { ids: pair, entries: [] };
      group.entries.push(entry);
      byPair.set(key, group);
    }
  }
  return byPair;
}

export function repeatedIncidents(input: InsightInput, thresholds: InsightThresholds): InsightPattern[] {
  const settings = thresholds.rules[RULE_ID];
  if (!settings.enabled) return [];
  const index = personIndex(input.people);
  const patterns: InsightPattern[] = [];
  for (const [key, group] of incidentsByPair(input, thresholds)) {
    if (group.entries.length < settings.minIncidents) continue;
    const incidents = sortEntries(group.entries);
    const names = group.ids.map((id) => personLabel(index, id)).sort();
    const recorders = distinctAgencies(incidents);
    const aware = agenciesAware(incidents);
    const knownCounts = aware.map((agency) => ({
      agency,
      known: incidents.filter((entry) => knew(entry, agency)).length,
    }));
    const knewAll = knownCounts.filter((count) => count.known === incidents.length).map((count) => count.agency);

    const intervals: string[] = [];
    for (let i = 1; i < incidents.length; i += 1) {
      const gap = gapDays(incidents[i - 1]!.date, incidents[i]!.date);
      intervals.push(gap === null ? 'unknown (undated entry)' : describeGap(gap));
    }

    const sentences = [
      `${plural(incidents.length, 'entry', 'entries')} describing domestic abuse involving ${listText(names)} ${incidents.length === 1 ? 'was' : 'were'} recorded by ${plural(recorders.length, 'agency', 'agencies')}${recorders.length > 0 ? ` (${listText(recorders)})` : ''}: ${citeList(incidents, 10)}.`,
      `Intervals between consecutive entries: ${intervals.join(', ')}.`,
      knewAll.length === 0
        ? 'No single agency recorded or was recorded as told of all of them.'
        : `${listText(knewAll)} recorded or ${knewAll.length === 1 ? 'was' : 'were'} recorded as told of all of them.`,
      `Known to each agency (recorded, or recorded as told): ${knownCounts.map((count) => `${count.agency} ${count.known} of ${incidents.length}`).join(', ')}.`,
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
        matches: incidents.map((entry) => incidentMatch(entry, input, thresholds)),
      }),
    );
  }
  return patterns;
}
