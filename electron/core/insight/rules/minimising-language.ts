/**
 * Rule 9 — Minimising language in records made at the time of an incident.
 *
 * An entry whose words affirm one of the data file's minimising `phrases` ("verbal argument only",
 * "a one-off", "overreacted", "seemed fine"…) counts when the entry itself records an incident, or
 * an incident about the same family was recorded by any agency within `windowDays` of it. Quoted
 * or reported words count: "she said she had overreacted" is what the record keeps. One pattern
 * per agency; the explanation quotes the words and puts the incidents beside them, without judging.
 */
import type { InsightPattern, InsightThresholds } from '@shared/domain/insight';
import { sortEntries } from '../dates';
import { entryFacts, type EntryFacts } from '../entry-facts';
import type { InsightEntry, InsightInput } from '../input';
import { makePattern, matchOf } from '../pattern';
import { agencyName, cite, citeList, joinPieces, plural } from '../wording';
import { readIncident } from '../reading/incident';
import { readEntry, type Cue } from '../reading/read-entry';
import { allegedPerpetrators, denialsBy, reportedNotes, speakerOf, speechAround } from '../reading/speech';
import { whoText } from '../reading/who';
import { readingOf } from '../reading/vocabulary';
import { hasIncidentAroundPosition, incidentsAroundPositions } from './context';
import { excludedFor } from './excluded';
import { AgencyGroups, agencyPatternHeading } from './group-by-agency';

export const RULE_ID = 'minimising-language' as const;

const NO_ONE: readonly string[] = [];

/** The words in quotes, with who said them when the record reports it: `"overreacted" (said by CD)`. */
function quote(entry: InsightEntry, cue: Cue, input: InsightInput, thresholds: InsightThresholds): string {
  const speech = speechAround(entry, cue, thresholds);
  if (speech === null) return `"${cue.words}"`;
  return `"${cue.words}" (${speech.denial ? 'by' : 'said by'} ${whoText(speakerOf(speech, input.people, thresholds), input.people)})`;
}

interface Minimising {
  readonly entry: InsightEntry;
  /** Its position in the run's tables. */
  readonly at: number;
  readonly cues: readonly Cue[];
  /** The entry itself records an incident. */
  readonly itself: boolean;
}

/**
 * The entries using minimising words at the time of an incident, by agency. Its own function: a
 * loop over the whole chronology is compiled while it runs, with the function around it (README,
 * "Insight: accuracy, quiet output and speed").
 */
function minimisingByAgency(
  input: InsightInput,
  facts: EntryFacts,
  thresholds: InsightThresholds,
): AgencyGroups<Minimising> {
  const settings = thresholds.rules[RULE_ID];
  const excluded = excludedFor(input, RULE_ID);
  const reading = readingOf(thresholds);
  const byAgency = new AgencyGroups<Minimising>();
  const perpetrators = allegedPerpetrators(input.entries, input.people, thresholds, (entry) => {
    const parties = readIncident(entry, input.people, thresholds).parties;
    return parties.length === 0 ? NO_ONE : parties.map((pair) => pair[0]);
  });
  for (let at = 0; at < facts.sorted.length; at += 1) {
    const entry = facts.sorted[at]!;
    if (excluded.has(entry.id)) continue;
    const phrases = readEntry(entry, reading).cues(settings.phrases);
    const denials = denialsBy(entry, perpetrators, input.people, thresholds);
    if (phrases.length === 0 && denials.length === 0) continue;
    const cues = denials.length === 0 ? phrases : [...phrases, ...denials];
    const itself = facts.incident[at] === 1;
    if (!itself && !hasIncidentAroundPosition(facts, at, settings.windowDays)) continue;
    byAgency.add(agencyName(entry), { entry, at, cues, itself });
  }
  return byAgency;
}

export function minimisingLanguage(input: InsightInput, thresholds: InsightThresholds): InsightPattern[] {
  const settings = thresholds.rules[RULE_ID];
  if (!settings.enabled) return [];
  const facts = entryFacts(input, thresholds);
  const byAgency = minimisingByAgency(input, facts, thresholds);
  const patterns: InsightPattern[] = [];
  for (const group of byAgency.groups) {
    const own = group.items.map((item) => item.entry);
    // The incidents near any of the agency's entries, other than those entries themselves.
    const around = sortEntries(
      incidentsAroundPositions(
        facts,
        group.items.map((item) => item.at),
        settings.windowDays,
        false,
      ),
    );
    // The explanation as pieces joined once (it can quote thousands of entries; see `joinPieces`).
    const pieces = [`${group.name} used the words `];
    group.items.forEach((item, at) => {
      const words = [...new Set(item.cues.map((cue) => quote(item.entry, cue, input, thresholds)))].join(', ');
      pieces.push(
        `${at === 0 ? '' : '; '}${words} in ${cite(item.entry)}${item.itself ? ', an entry that itself describes an incident' : ''}`,
      );
    });
    pieces.push('.');
    if (around.length > 0)
      pieces.push(
        ` Within ${plural(settings.windowDays, 'day')} of ${own.length === 1 ? 'it' : 'them'}, these incidents were recorded: ${citeList(around)}.`,
      );
    patterns.push(
      makePattern({
        ...agencyPatternHeading(RULE_ID, group),
        explanation: joinPieces(pieces),
        severity: around.length >= 2 ? 'high' : 'medium',
        salience: 30 + group.items.length * 8 + around.length * 6,
        evidence: [...own, ...around],
        matches: group.items.map((item) =>
          matchOf(item.entry, item.cues, reportedNotes(item.entry, item.cues, input.people, thresholds)),
        ),
      }),
    );
  }
  return patterns;
}
