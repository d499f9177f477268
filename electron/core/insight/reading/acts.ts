/**
 * Who did what to whom, for assaults and controlling acts: "CD hit LF", "CD had pushed her", "LF
 * was pushed down the stairs by CD", "Dad hit Mum". For each act verb the record affirms ("did
 * not hit" is no act), the doer is the person named before the verb and the person acted on the
 * one after it; in the passive ("was pushed … by CD") the other way round. A pronoun is resolved
 * only through the register: "he hit her" with the doer named and one partner in the register.
 * A verb followed by a reflexive pronoun ("stabbed himself", "hurt herself") is self-harm, not an
 * assault on anyone.
 */
import type { InsightThresholds, ReadingVocabulary } from '@shared/domain/insight';
import type { InsightEntry, InsightPerson } from '../input';
import { fold } from '../match';
import { readEntry, type Cue } from './read-entry';
import { contextSlots } from './text-only';
import { sentenceSubject, subjectBefore } from './speech';
import { readingOf } from './vocabulary';
import { onlyPartner, resolveWho, whoText, wordsOf, type Who } from './who';

export interface Act {
  readonly cue: Cue;
  readonly passive: boolean;
  /** The act was done to the doer themself ("hurt himself"): self-harm. */
  readonly reflexive: boolean;
  readonly doer: Who | null;
  readonly target: Who | null;
}

/** Words after which the person acted on is no longer being named ("pushed her into the wardrobe"). */
const STOP_AFTER = new Set([
  'in',
  'into',
  'on',
  'onto',
  'at',
  'against',
  'down',
  'up',
  'with',
  'during',
  'by',
  'to',
  'for',
  'and',
  'but',
  'after',
  'before',
  'over',
  'across',
  'around',
  'because',
  'while',
  'whilst',
  'when',
  'then',
  'causing',
  'leaving',
  'twice',
  'again',
  'several',
  'repeatedly',
]);

function objectAfter(text: string, from: number, end: number): { words: string } | null {
  const rest = text.slice(from, end);
  const stop = rest.search(/[,.;:!?]/u);
  const words = wordsOf(stop < 0 ? rest : rest.slice(0, stop));
  const kept: string[] = [];
  for (const { word } of words) {
    if (STOP_AFTER.has(fold(word))) break;
    kept.push(word);
    if (kept.length === 3) break;
  }
  if (kept.length === 0) return null;
  return { words: text.slice(from + words[0]!.start, from + words[kept.length - 1]!.end) };
}

interface Prepared {
  readonly boundaries: ReadonlySet<string>;
  readonly skipped: ReadonlySet<string>;
  readonly passive: ReadonlySet<string>;
}
const preparedWords = new WeakMap<ReadingVocabulary, Prepared>();

function prepare(reading: ReadingVocabulary): Prepared {
  let found = preparedWords.get(reading);
  if (found === undefined) {
    const speech = reading.speech;
    found = {
      boundaries: new Set(
        ['that', ...reading.scopeBreakers, ...(speech?.verbs ?? []), ...(speech?.openers ?? [])].map(fold),
      ),
      skipped: new Set([...(speech?.skipped ?? []), ...(reading.acts?.passiveMarkers ?? [])].map(fold)),
      passive: new Set((reading.acts?.passiveMarkers ?? []).map(fold)),
    };
    preparedWords.set(reading, found);
  }
  return found;
}

const NO_ACTS: readonly Act[] = [];
/** Where each reading keeps its acts, for a register and thresholds. */
const actsSlot = contextSlots({});

/** The acts an entry records, each with its doer and the person acted on where the words allow. */
export function actsOf(
  entry: InsightEntry,
  people: readonly InsightPerson[],
  thresholds: InsightThresholds,
): readonly Act[] {
  const reading = readingOf(thresholds);
  if (reading.acts === undefined) return NO_ACTS;
  // Kept with the reading of the text (they depend on its words, the register and the thresholds).
  const text = readEntry(entry, reading);
  const slot = actsSlot(people, thresholds);
  return (
    text.recallAt<readonly Act[]>(slot) ?? text.rememberAt(slot, () => readActs(text, reading, people, thresholds))
  );
}

function readActs(
  text: ReturnType<typeof readEntry>,
  reading: ReadingVocabulary,
  people: readonly InsightPerson[],
  thresholds: InsightThresholds,
): readonly Act[] {
  const verbs = reading.acts?.verbs ?? [];
  const cues = text.cues(verbs);
  if (cues.length === 0) return NO_ACTS;
  const { boundaries, skipped, passive } = prepare(reading);
  const acts: Act[] = [];
  for (const cue of cues) {
    const span = text.sentenceSpan(cue.sentenceIndex);
    const before = wordsOf(text.lower.slice(span.start, cue.start));
    const previous = before[before.length - 1];
    const isPassive = previous !== undefined && passive.has(previous.word);
    let doer: Who | null = null;
    let target: Who | null = null;
    if (isPassive) {
      const subject = subjectBefore(text.text, span.start, cue.start, boundaries, skipped);
      target = subject === null ? null : resolveWho(subject.words, people, thresholds);
      const by = /\bby\s+/iu.exec(text.text.slice(cue.end, span.end));
      const agent = by === null ? null : objectAfter(text.text, cue.end + by.index + by[0].length, span.end);
      doer = agent === null ? null : resolveWho(agent.words, people, thresholds, 'after');
    } else {
      // "Mr C had cut himself, then hit RM": a verb with no subject of its own shares the sentence's.
      const subject =
        subjectBefore(text.text, span.start, cue.start, boundaries, skipped) ??
        sentenceSubject(text.text, span.start, cue.start);
      doer = subject === null ? null : resolveWho(subject.words, people, thresholds);
      const object = objectAfter(text.text, cue.end, span.end);
      target = object === null ? null : resolveWho(object.words, people, thresholds, 'after');
    }
    const reflexive = target?.kind === 'reflexive';
    if (!reflexive) {
      // A pronoun on one side is the register's one partner of the person named on the other.
      if (doer?.kind === 'person' && target?.kind === 'pronoun') {
        const partner = onlyPartner(doer.personId, people, thresholds);
        if (partner !== null) target = { kind: 'person', personId: partner, words: target.words };
      } else if (target?.kind === 'person' && doer?.kind === 'pronoun') {
        const partner = onlyPartner(target.personId, people, thresholds);
        if (partner !== null) doer = { kind: 'person', personId: partner, words: doer.words };
      }
    }
    acts.push({ cue, passive: isPassive, reflexive, doer, target });
  }
  return acts;
}

/** An act between two different people of the register: who did it, and to whom. */
export function partiesOf(act: Act): readonly [string, string] | null {
  if (act.reflexive || act.doer?.kind !== 'person' || act.target?.kind !== 'person') return null;
  if (act.doer.personId === act.target.personId) return null;
  return [act.doer.personId, act.target.personId];
}

/** "Who did what: CD → Mum (LF), “hit”" — the people as the record names them, with their register labels. */
export function actNote(act: Act, people: readonly InsightPerson[]): string | null {
  if (partiesOf(act) === null) return null;
  return `Who did what: ${whoText(act.doer!, people)} → ${whoText(act.target!, people)} (“${act.cue.words}”)`;
}
