/**
 * Reported speech: who said what. Agencies record what people told them ("LF stated that CD had
 * pushed her", "Mum reports that Child K told her…", "according to Mum, …"). For each sentence
 * this finds the first reporting verb the record affirms ("did not disclose" is no report), the
 * words before it that name the speaker (after the last "that", comma or conjunction, without
 * "had", "later"…), and where the reported words start. "She was told by…" (passive) and a verb
 * with nobody before it are not read as speech. The speaker is resolved by `who.ts`.
 *
 * Only the first report of a sentence counts: in "Mum reports that Child K told her that…" the
 * record has Mum's words, and Child K's are second-hand.
 */
import type { InsightThresholds, ReadingVocabulary } from '@shared/domain/insight';
import type { InsightEntry, InsightPerson } from '../input';
import { fold } from '../match';
import type { Cue, EntryReading } from './read-entry';
import { readEntry } from './read-entry';
import { readingOf } from './vocabulary';
import { perPair } from '../memo';
import { resolveWho, whoText, wordsOf, type Who } from './who';

export interface Speech {
  readonly sentenceIndex: number;
  /** The speaker as the record writes them. */
  readonly speaker: string;
  readonly speakerStart: number;
  readonly speakerEnd: number;
  /** The reporting verb as written ("stated", "denied"); the opener for "according to". */
  readonly verb: string;
  readonly verbStart: number;
  readonly verbEnd: number;
  /** Where the reported words are in the entry's text. */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** The verb is a denial ("denied", "denies"). */
  readonly denial: boolean;
  /** Reported with an opener ("according to Mum, …"): the rest of the sentence is the speaker's. */
  readonly byOpener: boolean;
}

type SpeechVocabulary = NonNullable<ReadingVocabulary['speech']>;

/**
 * Made as the lists of texts that report speech are (`new Array(n).fill(null)`), so that both have
 * the same hidden class: an empty literal has another, and code compiled for one was thrown away on
 * meeting the other (`reportedNotes`, `speechAround`).
 */
const NO_SPEECH: readonly (Speech | null)[] = new Array<Speech | null>(1).fill(null).slice(0, 0);
const NO_NOTES: readonly string[] = [];

/** The words before `end` (within `from`…`end`) that name who acts or speaks: at most three, after the last boundary. */
export function subjectBefore(
  text: string,
  from: number,
  end: number,
  boundaries: ReadonlySet<string>,
  skipped: ReadonlySet<string>,
): { words: string; start: number; end: number } | null {
  const segment = text.slice(from, end);
  const cut = Math.max(segment.lastIndexOf(','), segment.lastIndexOf(';'), segment.lastIndexOf(':'));
  // Offsets in the words are within the segment after the cut; `offset` takes them into the text
  // (without a copy of each word to say so, read for every sentence that reports speech).
  const offset = from + cut + 1;
  const words = wordsOf(segment.slice(cut + 1));
  let last = words.length;
  while (last > 0 && skipped.has(fold(words[last - 1]!.word))) last -= 1;
  let first = last;
  while (first > 0 && last - first < 3 && !boundaries.has(fold(words[first - 1]!.word))) first -= 1;
  if (first === last) return null;
  const start = words[first]!.start + offset;
  const stop = words[last - 1]!.end + offset;
  return { words: text.slice(start, stop), start, end: stop };
}

/**
 * The subject a coordinated verb shares with the start of its sentence ("Jayden came into school
 * upset and told his teacher…"): the sentence's first word when it is capitalised, with a
 * following initial ("Child K").
 */
export function sentenceSubject(
  text: string,
  from: number,
  end: number,
): { words: string; start: number; end: number } | null {
  const words = wordsOf(text.slice(from, end)).slice(0, 2);
  const first = words[0];
  if (first === undefined || !/^\p{Lu}/u.test(first.word)) return null;
  const second = words[1];
  const last = second !== undefined && /^\p{Lu}$/u.test(second.word) ? second : first;
  return { words: text.slice(from + first.start, from + last.end), start: from + first.start, end: from + last.end };
}

function boundariesOf(reading: ReadingVocabulary, speech: SpeechVocabulary): Set<string> {
  return new Set(['that', ...reading.scopeBreakers, ...speech.verbs, ...speech.openers].map(fold));
}

interface SpeechWords {
  readonly boundaries: Set<string>;
  readonly skipped: Set<string>;
  readonly denials: Set<string>;
  readonly passive: Set<string>;
  readonly conjunctions: Set<string>;
}

const prepared = new WeakMap<ReadingVocabulary, WeakMap<SpeechVocabulary, SpeechWords>>();

/** The speech vocabulary's word sets, built once per vocabulary (not once per text read). */
function words(reading: ReadingVocabulary, speech: SpeechVocabulary): SpeechWords {
  return perPair(prepared, reading, speech, () => ({
    boundaries: boundariesOf(reading, speech),
    skipped: new Set(speech.skipped.map(fold)),
    denials: new Set(reading.denialWords.map(fold)),
    passive: new Set((reading.acts?.passiveMarkers ?? []).map(fold)),
    conjunctions: new Set(reading.scopeBreakers.map(fold)),
  }));
}

function readSpeech(
  text: EntryReading,
  reading: ReadingVocabulary,
  speech: SpeechVocabulary,
): readonly (Speech | null)[] {
  const { boundaries, skipped, denials, passive, conjunctions } = words(reading, speech);
  const bySentence = new Array<Speech | null>(text.sentenceCount).fill(null);
  const lower = text.lower;
  // Read once per text (the speech found is what is kept): see `cuesOnce`.
  for (const cue of text.cuesOnce(speech.verbs)) {
    if (bySentence[cue.sentenceIndex] !== null) continue;
    const span = text.sentenceSpan(cue.sentenceIndex);
    const before = wordsOf(lower.slice(span.start, cue.start));
    const previous = before[before.length - 1]?.word;
    const next = wordsOf(lower.slice(cue.end, Math.min(span.end, cue.end + 12)))[0]?.word;
    if ((previous !== undefined && passive.has(previous)) || next === 'by') continue;
    const speaker =
      subjectBefore(text.text, span.start, cue.start, boundaries, skipped) ??
      (previous !== undefined && conjunctions.has(previous) ? sentenceSubject(text.text, span.start, cue.start) : null);
    if (speaker === null) continue;
    const afterThat = /^\s*that\b/iu.exec(text.text.slice(cue.end, span.end));
    bySentence[cue.sentenceIndex] = {
      sentenceIndex: cue.sentenceIndex,
      speaker: speaker.words,
      speakerStart: speaker.start,
      speakerEnd: speaker.end,
      verb: cue.words,
      verbStart: cue.start,
      verbEnd: cue.end,
      contentStart: cue.end + (afterThat === null ? 0 : afterThat[0].length),
      contentEnd: span.end,
      denial: denials.has(fold(cue.words)),
      byOpener: false,
    };
  }
  for (const cue of text.cuesOnce(speech.openers)) {
    if (bySentence[cue.sentenceIndex] !== null) continue;
    const span = text.sentenceSpan(cue.sentenceIndex);
    const rest = text.text.slice(cue.end, span.end);
    const comma = rest.indexOf(',');
    const named = wordsOf(comma < 0 ? rest : rest.slice(0, comma)).slice(0, 3);
    if (named.length === 0) continue;
    const start = cue.end + named[0]!.start;
    const end = cue.end + named[named.length - 1]!.end;
    bySentence[cue.sentenceIndex] = {
      sentenceIndex: cue.sentenceIndex,
      speaker: text.text.slice(start, end),
      speakerStart: start,
      speakerEnd: end,
      verb: cue.words,
      verbStart: cue.start,
      verbEnd: cue.end,
      contentStart: span.start,
      contentEnd: span.end,
      denial: false,
      byOpener: true,
    };
  }
  // Most texts report nobody's words: they share one empty list (read by index, a missing sentence is no speech).
  return bySentence.some((speech) => speech !== null) ? bySentence : NO_SPEECH;
}

/** For each sentence of the entry, the speech it reports (or null). */
export function speechOf(entry: InsightEntry, thresholds: InsightThresholds): readonly (Speech | null)[] {
  const reading = readingOf(thresholds);
  const speech = reading.speech;
  if (speech === undefined) return NO_SPEECH;
  const text = readEntry(entry, reading);
  return text.remember(speech, null, () => readSpeech(text, reading, speech));
}

/** The speech a cue is part of: the cue lies in the reported words, not in the speaker's name. */
export function speechAround(entry: InsightEntry, cue: Cue, thresholds: InsightThresholds): Speech | null {
  const speech = speechOf(entry, thresholds)[cue.sentenceIndex] ?? null;
  if (speech === null) return null;
  if (cue.start < speech.speakerEnd && cue.end > speech.speakerStart) return null;
  // A denial read as minimising ("denied pushing her") starts at the verb itself.
  if (speech.denial && cue.start === speech.verbStart) return speech;
  if (cue.start < speech.verbEnd && cue.end > speech.verbStart) return null;
  if (!speech.byOpener && cue.start < speech.contentStart) return null;
  return speech;
}

/** Who spoke, resolved against the register. */
export function speakerOf(speech: Speech, people: readonly InsightPerson[], thresholds: InsightThresholds): Who {
  return resolveWho(speech.speaker, people, thresholds);
}

/**
 * "Reported by Mum (LF): “hit”" notes for the cues that are someone's reported words, one per
 * speaker. A speaker the record names only by a pronoun ("she said…") is not named here.
 */
export function reportedNotes(
  entry: InsightEntry,
  cues: readonly Cue[],
  people: readonly InsightPerson[],
  thresholds: InsightThresholds,
): readonly string[] {
  // Only cues in sentences that report speech can be reported words: an incident's narrative can
  // hold dozens of cues, and most texts report nobody's words (then nothing is made at all).
  const bySentence = speechOf(entry, thresholds);
  if (bySentence.length === 0) return NO_NOTES;
  const bySpeaker = new Map<string, Set<string>>();
  for (const cue of cues) {
    if ((bySentence[cue.sentenceIndex] ?? null) === null) continue;
    const speech = speechAround(entry, cue, thresholds);
    if (speech === null) continue;
    const who = speakerOf(speech, people, thresholds);
    if (who.kind === 'pronoun' || who.kind === 'reflexive') continue;
    const key = `${speech.denial ? 'Denied by' : 'Reported by'} ${whoText(who, people)}`;
    const words = bySpeaker.get(key) ?? new Set<string>();
    words.add(`“${cue.words}”`);
    bySpeaker.set(key, words);
  }
  return [...bySpeaker].map(([speaker, words]) => `${speaker}: ${[...words].join(', ')}`);
}

/** Whether the entry records `childId`'s own words first-hand (the child is the speaker of a sentence). */
export function childHeard(
  entry: InsightEntry,
  childId: string,
  people: readonly InsightPerson[],
  thresholds: InsightThresholds,
): boolean {
  return speechOf(entry, thresholds).some((speech) => {
    if (speech === null || speech.denial) return false;
    const who = speakerOf(speech, people, thresholds);
    return who.kind === 'person' && who.personId === childId;
  });
}

const perpetratorCache = new WeakMap<readonly InsightEntry[], WeakMap<InsightThresholds, ReadonlySet<string>>>();

/**
 * The people the records show as alleged perpetrators: a register role such as "alleged
 * perpetrator", or the doer of an act on another adult of the family in an incident ("CD hit LF").
 */
export function allegedPerpetrators(
  entries: readonly InsightEntry[],
  people: readonly InsightPerson[],
  thresholds: InsightThresholds,
  doersOf: (entry: InsightEntry) => readonly string[],
): ReadonlySet<string> {
  return perPair(perpetratorCache, entries, thresholds, () => {
    const roles = new Set((readingOf(thresholds).speech?.perpetratorRoles ?? []).map(fold));
    const ids = new Set<string>();
    for (const person of people) if (person.roles.some((role) => roles.has(fold(role)))) ids.add(person.id);
    for (const entry of entries) for (const id of doersOf(entry)) ids.add(id);
    return ids;
  });
}

/**
 * Denials of abuse by an alleged perpetrator ("CD denied pushing her"): the denial verb through
 * the first word of abuse it denies (an act, or an incident cue), as a cue. "CD denies this"
 * denies no words of abuse and is not one.
 */
export function denialsBy(
  entry: InsightEntry,
  perpetrators: ReadonlySet<string>,
  people: readonly InsightPerson[],
  thresholds: InsightThresholds,
): Cue[] {
  const reading = readingOf(thresholds);
  const text = readEntry(entry, reading);
  const cues: Cue[] = [];
  for (const speech of speechOf(entry, thresholds)) {
    if (speech === null || !speech.denial) continue;
    const who = speakerOf(speech, people, thresholds);
    if (who.kind !== 'person' || !perpetrators.has(who.personId)) continue;
    const lists = [reading.acts?.verbs ?? [], ...reading.incident.cues.map((level) => level.phrases)];
    let end = -1;
    for (const list of lists) {
      for (const hit of text.find(list)) {
        if (hit.start < speech.contentStart || hit.end > speech.contentEnd) continue;
        if (end < 0 || hit.end < end) end = hit.end;
        break;
      }
    }
    if (end < 0) continue;
    const span = text.sentenceSpan(speech.sentenceIndex);
    cues.push({
      phrase: speech.verb,
      words: text.text.slice(speech.verbStart, end),
      sentence: text.text.slice(span.start, span.end),
      sentenceIndex: speech.sentenceIndex,
      start: speech.verbStart,
      end,
    });
  }
  return cues;
}
