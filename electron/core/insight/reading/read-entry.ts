/**
 * Reading one entry's free text: where each phrase of a word list occurs, in which sentence, and
 * whether the sentence negates or denies it. A rule asks for the cues of a list and gets only
 * those the record affirms, each with the words as written and the sentence they are in (quoted
 * verbatim to the reviewer as "why was this found").
 *
 * Who did what to whom, for threats: a phrase naming a threat ("threatened to kill") that is
 * followed by a reflexive pronoun ("himself") is self-directed, so it is not a match for a list
 * of threats to others; the threat-of-suicide list names those forms itself.
 */
import type { ReadingVocabulary } from '@shared/domain/insight';
import type { InsightEntry } from '../input';
import { fold, joinedText } from '../match';
import { negatedSpans, type NegationWords } from './negation';
import { findAll, findAllInTokens, tokenise, wordTester, type PhraseHit, type Tokens } from './phrases';
import { splitSentences, type Span } from './sentences';
import { remembered } from '../memo';

export interface Cue {
  /** The phrase as the word list spells it. */
  readonly phrase: string;
  /** The words as the record writes them. */
  readonly words: string;
  /** The sentence they are in, verbatim. */
  readonly sentence: string;
  readonly sentenceIndex: number;
  /** Where the words are in the entry's text. */
  readonly start: number;
  readonly end: number;
}

interface Prepared {
  /** The vocabulary these are prepared from. */
  readonly vocabulary: ReadingVocabulary;
  readonly abbreviations: ReadonlySet<string>;
  readonly negation: NegationWords;
  readonly reflexive: ReadonlySet<string>;
  readonly directed: ReadonlySet<string>;
  /** Phrases that carry their own negation ("not spoken to"): the library would read them as negated. */
  readonly selfNegating: RegExp;
  /** Whether each phrase seen so far carries its own negation (`selfNegating`), by phrase. */
  readonly selfNegatingPhrases: Map<string, boolean>;
  /** The number of each list asked for cues with this vocabulary (see `cueSlotOf`). */
  readonly cueSlots: WeakMap<readonly string[], number>;
  cueSlotCount: number;
}

function selfNegating(words: Prepared, phrase: string): boolean {
  let found = words.selfNegatingPhrases.get(phrase);
  if (found === undefined) {
    found = words.selfNegating.test(phrase.toLowerCase());
    words.selfNegatingPhrases.set(phrase, found);
  }
  return found;
}

const prepared = new WeakMap<ReadingVocabulary, Prepared>();

function prepare(reading: ReadingVocabulary): Prepared {
  let found = prepared.get(reading);
  if (found === undefined) {
    found = {
      vocabulary: reading,
      abbreviations: new Set(reading.abbreviations.map((word) => word.toLowerCase())),
      negation: {
        trigger: wordTester(reading.negationWords, reading.denialWords),
        denials: new Set(reading.denialWords.map(fold)),
        breakers: new Set(reading.scopeBreakers.map(fold)),
      },
      reflexive: new Set(reading.reflexivePronouns.map(fold)),
      directed: new Set(reading.directedThreats.map(fold)),
      selfNegating: wordTester(reading.negationWords),
      selfNegatingPhrases: new Map(),
      cueSlots: new WeakMap(),
      cueSlotCount: 0,
    };
    prepared.set(reading, found);
  }
  return found;
}

export interface EntryReading {
  readonly text: string;
  /** The text lower-cased (hits' offsets are into it). */
  readonly lower: string;
  /** Every whole-word occurrence of `phrases`, negated or not (see `findAll`). */
  find(phrases: readonly string[]): readonly PhraseHit[];
  /** How many sentences the text has (see `sentences.ts`). */
  readonly sentenceCount: number;
  /** Where sentence `index` starts in the text. */
  sentenceStart(index: number): number;
  /** Where sentence `index` ends in the text. */
  sentenceEnd(index: number): number;
  /** Where sentence `index` starts and ends in the text. */
  sentenceSpan(index: number): Span;
  /** The sentence that holds the offset (the last one starting at or before it). */
  sentenceAt(offset: number): number;
  /** The cues of `phrases` the record affirms (not negated, not denied, threats pointed the right way). */
  cues(phrases: readonly string[]): readonly Cue[];
  /**
   * `cues`, read now and not kept with the reading (unless a `cues` call has kept them already):
   * for a caller that reads a list once per text and keeps what it makes of the cues itself (the
   * speech of each sentence, the incident reading). Each cue and list kept for every distinct text
   * is something more the garbage collector copies while a first run's readings pile up.
   */
  cuesOnce(phrases: readonly string[]): readonly Cue[];
  /** Whether a sentence of the entry contains any of `phrases` (negated or not). */
  sentenceHas(sentenceIndex: number, phrases: readonly string[]): boolean;
  /**
   * What `compute` gives for this text and these two keys, worked out once (rules ask many times).
   * `compute` must depend on the text and the keys alone, never on an entry's other columns.
   */
  remember<T>(key: object, qualifier: object | null, compute: () => T): T;
  /** What `remember` holds for these keys, or undefined when nothing is held yet (no closure to make). */
  recall<T>(key: object, qualifier: object | null): T | undefined;
  /** `remember` by the slot `memorySlot` gives the two keys, for a caller that asks the same question of many texts. */
  rememberAt<T>(slot: number, compute: () => T): T;
  /** `recall` by the slot `memorySlot` gives the two keys. */
  recallAt<T>(slot: number): T | undefined;
}

/**
 * Readings are kept by text, not by entry: agencies repeat the same words ("DNA.", "Home visit.
 * Mum and baby seen.") across thousands of entries, and a review read again after an edit reads
 * only the texts that changed. Everything a reading holds depends on the text and the vocabulary
 * alone; what also depends on an entry's columns is kept elsewhere (see `entry-kind.ts`).
 */
const MAX_READINGS = 100_000;
/**
 * By vocabulary, then by the entry's summary, then by the rest of its text. Looked up by the two
 * columns as they are rather than by the joined text: joining makes a new string for every entry,
 * which must be copied and hashed in full (narratives of 300 words, thousands of times over) before
 * it can be found, while each column's hash is worked out once and kept with the string. Most
 * summaries come with one rest of text: the summary then leads straight to its reading (which
 * knows its rest), and a map by the rest is made only for a summary seen with a second one.
 */
interface ReadingsBySummary {
  readonly bySummary: Map<string, Reading | Map<string, Reading>>;
  size: number;
}
const readings = new WeakMap<ReadingVocabulary, ReadingsBySummary>();
const noReadings = (): ReadingsBySummary => ({ bySummary: new Map(), size: 0 });

/**
 * The reading of each entry object, so that the many questions rules ask about one entry find it
 * by the entry (one look-up) rather than by its text again (a long text compared in full each time
 * when a new run brings new entry objects with the same words).
 */
const byEntry = new WeakMap<InsightEntry, Reading>();

export function readEntry(entry: InsightEntry, reading: ReadingVocabulary): EntryReading {
  const held = byEntry.get(entry);
  if (held !== undefined && held.vocabulary === reading) return held;
  const found = readColumnsOnce(entry, reading);
  byEntry.set(entry, found);
  return found;
}

function readColumnsOnce(entry: InsightEntry, reading: ReadingVocabulary): Reading {
  const kept = readings.get(reading) ?? remembered(readings, reading, noReadings);
  const held = kept.bySummary.get(entry.summary);
  if (held instanceof Reading) {
    if (held.rest === entry.text) return held;
  } else if (held !== undefined) {
    const found = held.get(entry.text);
    if (found !== undefined) return found;
  }
  // Joined here, not through `entryText`, which would keep the text by entry too.
  const found = new Reading(joinedText(entry), prepare(reading), entry.text);
  if (kept.size >= MAX_READINGS) {
    kept.bySummary.clear();
    kept.size = 0;
    kept.bySummary.set(entry.summary, found);
  } else if (held === undefined) {
    kept.bySummary.set(entry.summary, found);
  } else if (held instanceof Reading) {
    kept.bySummary.set(
      entry.summary,
      new Map([
        [held.rest, held],
        [entry.text, found],
      ]),
    );
  } else {
    held.set(entry.text, found);
  }
  kept.size += 1;
  return found;
}

/** Reads a bare text (tests and the speed benchmark use it directly). */
export function readText(text: string, reading: ReadingVocabulary): EntryReading {
  return new Reading(text, prepare(reading), '');
}

/** Stands for a remembered `undefined`, so that an empty slot means "not worked out yet". */
const NOTHING = Symbol('nothing');
const NO_CUES: readonly Cue[] = [];
/** A process-wide number for each (key, qualifier) pair readings remember values under. */
const slots = new WeakMap<object, Map<object | null, number>>();
let slotCount = 0;
const newSlotMap = (): Map<object | null, number> => new Map();
const nextSlot = (): number => slotCount++;
/** The slot readings keep what they `remember` for (`key`, `qualifier`) in: the same for every reading. */
export function memorySlot(key: object, qualifier: object | null): number {
  const byQualifier = slots.get(key) ?? remembered(slots, key, newSlotMap);
  return byQualifier.get(qualifier) ?? remembered(byQualifier, qualifier, nextSlot);
}

/**
 * A number for each list asked for cues with a vocabulary, in the order first asked: readings (of
 * that vocabulary) keep their cues in an array by it. Numbered per vocabulary, not per process, so
 * that each reading's array is as long as the lists of its own review (some forty), however many
 * reviews and sets of thresholds the process has seen: the array is kept for every distinct text.
 */
function cueSlotOf(words: Prepared, phrases: readonly string[]): number {
  let slot = words.cueSlots.get(phrases);
  if (slot === undefined) {
    slot = words.cueSlotCount;
    words.cueSlotCount += 1;
    words.cueSlots.set(phrases, slot);
  }
  return slot;
}

/**
 * One text's reading. A class rather than a closure per method: a reading is kept for every
 * distinct text of a chronology (thousands), and one object with its fields costs a fraction of a
 * dozen closures and their shared scope. Everything is worked out on first need, and kept in as
 * few and as small objects as will do: every object kept for each text is copied by the garbage
 * collector as the readings of a first run pile up, which was a quarter of that run's time.
 */
class Reading implements EntryReading {
  readonly lower: string;
  /**
   * Each sentence's start and end, in turn: one array of small integers rather than an object per
   * sentence (a reading is kept for every distinct text, and the collector moves each object a first
   * run keeps: sentences were a tenth of them on the insight benchmark's chronology).
   */
  private bounds: number[] | null = null;
  /**
   * The cues of each list asked, by the list's number (see `cueSlotOf`): made to the length of the
   * lists known (an array grown by index would hold room for seventeen more).
   */
  private byList: (readonly Cue[] | undefined)[] | null = null;
  // The text is cut into words once; every word list is then looked up in them (see `phrases.ts`).
  private tokens: Tokens | null = null;
  // What `remember` holds, by slot (see `memorySlot`): most readings hold a few, so an array, not maps.
  private remembered: unknown[] | null = null;
  // Per sentence, worked out on first need: its text and the spans its negation or denial governs.
  private sentenceTexts: (string | undefined)[] | null = null;
  private negatedIn: (readonly Span[] | undefined)[] | null = null;

  constructor(
    readonly text: string,
    private readonly words: Prepared,
    /** The entry's text after its summary (the reading is kept by the two, see `readColumnsOnce`). */
    readonly rest: string,
  ) {
    this.lower = text.toLowerCase();
  }

  /** The vocabulary the text is read with. */
  get vocabulary(): ReadingVocabulary {
    return this.words.vocabulary;
  }

  get sentenceCount(): number {
    return this.sentenceBounds().length >> 1;
  }

  sentenceStart(index: number): number {
    return this.sentenceBounds()[index * 2]!;
  }

  sentenceEnd(index: number): number {
    return this.sentenceBounds()[index * 2 + 1]!;
  }

  sentenceSpan(index: number): Span {
    return { start: this.sentenceStart(index), end: this.sentenceEnd(index) };
  }

  private sentenceBounds(): number[] {
    let bounds = this.bounds;
    if (bounds === null) {
      const spans = splitSentences(this.text, this.words.abbreviations);
      bounds = new Array<number>(spans.length * 2);
      for (let i = 0; i < spans.length; i += 1) {
        bounds[i * 2] = spans[i]!.start;
        bounds[i * 2 + 1] = spans[i]!.end;
      }
      this.bounds = bounds;
    }
    return bounds;
  }

  sentenceAt(offset: number): number {
    const bounds = this.sentenceBounds();
    let low = 0;
    let high = (bounds.length >> 1) - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (bounds[mid * 2]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  find(phrases: readonly string[]): readonly PhraseHit[] {
    return findAllInTokens(this.lower, (this.tokens ??= tokenise(this.lower)), phrases);
  }

  private sentenceText(index: number): string {
    // Sized to the sentences once (an array grown by index holds room for seventeen).
    const texts = (this.sentenceTexts ??= new Array<string | undefined>(this.sentenceCount));
    let sentence = texts[index];
    if (sentence === undefined) {
      sentence = this.text.slice(this.sentenceStart(index), this.sentenceEnd(index));
      texts[index] = sentence;
    }
    return sentence;
  }

  private negatedSpansOf(index: number): readonly Span[] {
    const negated = (this.negatedIn ??= new Array<readonly Span[] | undefined>(this.sentenceCount));
    return (negated[index] ??= negatedSpans(this.sentenceText(index), this.words.negation));
  }

  /** The index of the sentence a hit is affirmed in, or -1 when it is negated, denied or self-directed. */
  private affirmed(start: number, end: number, phrase: string): number {
    const index = this.sentenceAt(start);
    if (index >= this.sentenceCount) return -1;
    const sentenceStart = this.sentenceStart(index);
    const words = this.words;
    // A phrase that carries its own "not" is affirmed unless something before it denies it.
    if (!selfNegating(words, phrase)) {
      const from = start - sentenceStart;
      const to = end - sentenceStart;
      for (const negated of this.negatedSpansOf(index)) if (negated.start < to && negated.end > from) return -1;
    }
    if (words.directed.has(fold(phrase))) {
      const lower = this.lower;
      const after = lower.slice(end, Math.min(lower.length, end + 24)).match(/^[\s,]*(\p{L}+)(?:\s+(\p{L}+))?/u);
      if (
        after !== null &&
        (words.reflexive.has(after[1]!) || (after[2] !== undefined && words.reflexive.has(after[2])))
      )
        return -1;
    }
    return index;
  }

  cues(phrases: readonly string[]): readonly Cue[] {
    const number = cueSlotOf(this.words, phrases);
    let byList = this.byList;
    const held = byList?.[number];
    if (held !== undefined) return held;
    if (byList === null || number >= byList.length) {
      const longer = new Array<readonly Cue[] | undefined>(this.words.cueSlotCount);
      if (byList !== null) for (let i = 0; i < byList.length; i += 1) longer[i] = byList[i];
      byList = this.byList = longer;
    }
    const cues = this.readCues(phrases);
    byList[number] = cues;
    return cues;
  }

  cuesOnce(phrases: readonly string[]): readonly Cue[] {
    // Not numbered here: a list only ever read once per text takes no place in every reading's array.
    const slot = this.words.cueSlots.get(phrases);
    const held = slot === undefined ? undefined : this.byList?.[slot];
    return held !== undefined ? held : this.readCues(phrases);
  }

  private readCues(phrases: readonly string[]): readonly Cue[] {
    const hits = this.find(phrases);
    if (hits.length === 0) return NO_CUES;
    const list: Cue[] = [];
    for (let i = 0; i < hits.length; i += 1) {
      const hit = hits[i]!;
      const sentenceIndex = this.affirmed(hit.start, hit.end, hit.phrase);
      if (sentenceIndex < 0) continue;
      list.push({
        phrase: hit.phrase,
        words: this.text.slice(hit.start, hit.end),
        sentence: this.sentenceText(sentenceIndex),
        sentenceIndex,
        start: hit.start,
        end: hit.end,
      });
    }
    // Kept for as long as the text is: copied to its own length (an array grown by `push` holds
    // room for 17, and most lists of a text have one or two cues).
    return list.length === 0 ? NO_CUES : list.slice();
  }

  remember<T>(key: object, qualifier: object | null, compute: () => T): T {
    return this.rememberAt(memorySlot(key, qualifier), compute);
  }

  rememberAt<T>(slot: number, compute: () => T): T {
    // Sized to the slots known so far (an array grown by index holds room for seventeen more).
    const remembered = (this.remembered ??= new Array<unknown>(slotCount));
    const held = remembered[slot];
    if (held !== undefined) return (held === NOTHING ? undefined : held) as T;
    const value = compute();
    remembered[slot] = value === undefined ? NOTHING : value;
    return value;
  }

  recall<T>(key: object, qualifier: object | null): T | undefined {
    return this.recallAt(memorySlot(key, qualifier));
  }

  recallAt<T>(slot: number): T | undefined {
    const held = this.remembered?.[slot];
    return (held === NOTHING ? undefined : held) as T | undefined;
  }

  sentenceHas(sentenceIndex: number, phrases: readonly string[]): boolean {
    if (sentenceIndex < 0 || sentenceIndex >= this.sentenceCount) return false;
    return (
      findAll(this.lower.slice(this.sentenceStart(sentenceIndex), this.sentenceEnd(sentenceIndex)), phrases).length > 0
    );
  }
}
