/**
 * Whether an entry records a domestic abuse incident, from what it describes rather than from an
 * event type. Each affirmed cue has a weight (data: "strangled" 2, "shouting" 1, "alcohol" 0.5);
 * an entry whose cues reach the threshold and that involves two adults of the family (named,
 * or one named and "her partner") is an incident. An event type or tag from the domestic abuse
 * list still makes an entry an incident on its own, as before.
 *
 * So "No injuries seen" adds nothing, "threatened to kill himself" is not a threat to another,
 * and "an argument with the man next door" is not an incident between partners.
 */
import type { InsightThresholds, ReadingVocabulary } from '@shared/domain/insight';
import type { InsightEntry, InsightPerson } from '../input';
import { matchEntry } from '../match';
import { structuredPart } from './entry-kind';
import { personIndex } from '../people';
import { actsOf, partiesOf, type Act } from './acts';
import { mentionedPeople } from './mentions';
import { readEntry, type Cue } from './read-entry';
import { readingOf } from './vocabulary';
import { perEntry } from './text-only';
import { remembered } from '../memo';

export interface IncidentReading {
  readonly isIncident: boolean;
  readonly weight: number;
  /** The affirmed cues, strongest first. */
  readonly cues: readonly Cue[];
  /** Family adults involved, sorted by id. */
  readonly adults: readonly string[];
  /** Set when an event type or tag made it an incident. */
  readonly structured: string | null;
  /**
   * Who did what to whom among the family's adults, as the words say ("CD hit LF"): each pair is
   * doer then person acted on. Empty when no act names both.
   */
  readonly parties: readonly (readonly [string, string])[];
  /** The acts behind `parties`, for the evidence. */
  readonly acts: readonly Act[];
}

export const readIncident: (
  entry: InsightEntry,
  people: readonly InsightPerson[],
  thresholds: InsightThresholds,
) => IncidentReading = perEntry(classify);

const levelCache = new WeakMap<ReadingVocabulary, ReadingVocabulary['incident']['cues']>();

/** The incident cue levels, heaviest first (sorted once per vocabulary). */
function levelsStrongestFirst(reading: ReadingVocabulary): ReadingVocabulary['incident']['cues'] {
  return remembered(levelCache, reading, () => [...reading.incident.cues].sort((a, b) => b.weight - a.weight));
}

function classify(
  entry: InsightEntry,
  people: readonly InsightPerson[],
  thresholds: InsightThresholds,
): IncidentReading {
  const reading = readingOf(thresholds);
  const index = personIndex(people);
  // Read for every distinct text of a chronology, so written without closures or spread copies
  // (each is garbage the collector pays for while the readings pile up).
  const adults: string[] = [];
  for (const id of mentionedPeople(entry, people, thresholds)) if (index.get(id)?.kind === 'adult') adults.push(id);
  adults.sort();
  const vocabulary = thresholds.vocabulary.domesticAbuse;
  // An entry with neither event type nor tags has no structured match (and is not kept by entry to say so).
  const structuredMatch =
    entry.eventType === null && entry.tags.length === 0 ? null : matchEntry(entry, structuredPart(vocabulary));
  const text = readEntry(entry, reading);
  const cues: Cue[] = [];
  let weight = 0;
  const sorted = levelsStrongestFirst(reading);
  const acts = actsOf(entry, people, thresholds);
  // "Stabbed himself" is self-harm: its words are no assault on anyone.
  const selfHarm: Cue[] = [];
  for (const act of acts) if (act.reflexive) selfHarm.push(act.cue);
  // The levels are read once per text, the incident reading keeping what counts (see `cuesOnce`).
  for (const level of sorted) {
    for (const cue of text.cuesOnce(level.phrases)) {
      // Words found at a higher weight ("threatened to kill") are not counted again at a lower one.
      if (overlapsAny(cues, cue) || overlapsAny(selfHarm, cue)) continue;
      cues.push(cue);
      weight += level.weight;
    }
  }
  // Matches of the domestic abuse keyword list count in full, read with negation like the rest.
  for (const cue of text.cues(vocabulary.keywords)) {
    if (overlapsAny(cues, cue) || overlapsAny(selfHarm, cue)) continue;
    cues.push(cue);
    weight += reading.incident.threshold;
  }
  // An act one adult of the family did to another ("Dad hit Mum") is an incident cue of its own.
  const parties: (readonly [string, string])[] = [];
  const partyActs: Act[] = [];
  for (const act of acts) {
    const pair = partiesOf(act);
    if (pair === null || index.get(pair[0])?.kind !== 'adult' || index.get(pair[1])?.kind !== 'adult') continue;
    if (!parties.some((known) => known[0] === pair[0] && known[1] === pair[1])) parties.push(pair);
    partyActs.push(act);
    if (overlapsAny(cues, act.cue)) continue;
    cues.push(act.cue);
    weight += reading.acts?.weight ?? 0;
  }
  const involvesCouple =
    adults.length >= 2 || parties.length > 0 || (people.every((person) => person.kind !== 'adult') && weight > 0);
  const structured = structuredMatch === null ? null : structuredMatch.value;
  // Most texts describe no incident and name no adult: they share one answer.
  if (structured === null && cues.length === 0 && adults.length === 0 && parties.length === 0 && partyActs.length === 0)
    return NO_INCIDENT;
  // Kept for every text read: each list copied to its own length (see `compact`).
  return {
    isIncident: structured !== null || (weight >= reading.incident.threshold && involvesCouple),
    weight,
    cues: compact(cues),
    adults: compact(adults),
    structured,
    parties: compact(parties),
    acts: compact(partyActs),
  };
}

/** Whether `cue` shares any character with one of `cues`. */
function overlapsAny(cues: readonly Cue[], cue: Cue): boolean {
  for (const other of cues) if (other.start < cue.end && other.end > cue.start) return true;
  return false;
}

/** One empty list for every reading without any: frozen, so no caller can change another's. */
const NONE: readonly never[] = Object.freeze([]);

/**
 * A list built with `push` or `filter` holds room for more than it has (17 slots for one item): one
 * kept for as long as its text is, is copied to its own length.
 */
function compact<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? NONE : list.slice();
}

/** What a text with no cue of abuse and no adult named reads as (frozen and shared). */
const NO_INCIDENT: IncidentReading = Object.freeze({
  isIncident: false,
  weight: 0,
  cues: NONE,
  adults: NONE,
  structured: null,
  parties: NONE,
  acts: NONE,
});
