/**
 * Negation scope, read by wink-nlp (English light model): which words of a sentence a "no",
 * "not", "never"… governs ("No injuries seen", "seen but not spoken to", "did not disclose").
 * The library's scope runs to the end of the clause's punctuation, which is too far for agency
 * prose ("had not been violent since the summer and she felt the police had overreacted"), so
 * the scope also ends at a conjunction (part of speech CCONJ/SCONJ, or a listed scope breaker).
 * Denials ("denies DA", "denied any injury") are not negation to the library; a listed denial
 * word opens the same kind of scope.
 *
 * Reading a sentence costs tens of microseconds, so only sentences holding a negation or denial
 * word are read, and each distinct sentence is read once per process (agency templates repeat).
 */
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { remembered } from '../memo';
import type { Span } from './sentences';

let nlp: WinkMethods | null = null;
function reader(): WinkMethods {
  nlp ??= winkNLP(model, ['sbd', 'negation', 'pos']);
  return nlp;
}

export interface NegationWords {
  readonly trigger: RegExp;
  readonly denials: ReadonlySet<string>;
  readonly breakers: ReadonlySet<string>;
}

const MAX_CACHED = 200_000;
/** By word lists (one object per reading vocabulary), then by sentence. */
const caches = new WeakMap<NegationWords, Map<string, readonly Span[]>>();
let sentencesRead = 0;

/** How many distinct sentences the library has read in this process (for the benchmark). */
export function sentencesReadByLibrary(): number {
  return sentencesRead;
}

const NONE: readonly Span[] = [];
const newCache = (): Map<string, readonly Span[]> => new Map();

/** Character spans (within `sentence`) of the words under negation or denial. */
export function negatedSpans(sentence: string, words: NegationWords): readonly Span[] {
  // Only sentences the library reads are kept: one with no negation or denial word is answered by
  // the test alone, about as fast as a look-up, and keeping every such sentence (most of them, on
  // varied narratives all distinct) only gave the collector more to copy.
  if (!words.trigger.test(sentence.toLowerCase())) return NONE;
  const cache = caches.get(words) ?? remembered(caches, words, newCache);
  const cached = cache.get(sentence);
  if (cached !== undefined) return cached;
  const spans = readNegation(sentence, words);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(sentence, spans);
  return spans;
}

function readNegation(sentence: string, words: NegationWords): Span[] {
  sentencesRead += 1;
  const nlpReader = reader();
  const its = nlpReader.its;
  const doc = nlpReader.readDoc(sentence);
  const tokens = doc.tokens();
  const text = tokens.out() as string[];
  const flags = tokens.out(its.negationFlag) as unknown as boolean[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const pos = tokens.out(its.pos) as string[];
  const spans: Span[] = [];
  let offset = 0;
  let denial = false;
  let cut = false;
  for (let i = 0; i < text.length; i += 1) {
    offset += spaces[i]!.length;
    const start = offset;
    offset += text[i]!.length;
    const lower = text[i]!.toLowerCase();
    const breaks = pos[i] === 'CCONJ' || pos[i] === 'SCONJ' || pos[i] === 'PUNCT' || words.breakers.has(lower);
    if (words.denials.has(lower)) {
      denial = true;
      cut = false;
      continue;
    }
    if (breaks) {
      cut = true;
      denial = false;
      continue;
    }
    if (!flags[i]) cut = false;
    if ((flags[i] && !cut) || denial) spans.push({ start, end: offset });
  }
  return spans;
}
