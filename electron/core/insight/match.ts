/**
 * Recognising kinds of entries from the data file's word lists.
 *
 * Matching is case-insensitive and on whole words, so "DNA" matches "DNA at clinic" but not
 * "DNAR", and "closed" does not match "disclosed". Event types and tags compare whole values
 * after trimming and folding case, because they come from controlled lists.
 */
import type { EntryMatcher } from '../../shared/domain/insight';
import type { InsightEntry } from './input';
import { perPair, remembered } from './memo';

// Agency names, event types and list phrases are folded millions of times on a large chronology;
// they are few distinct strings, so each is folded once.
const foldCache = new Map<string, string>();

export function fold(value: string): string {
  let result = foldCache.get(value);
  if (result === undefined) {
    result = value.trim().toLowerCase().replace(/\s+/g, ' ');
    if (foldCache.size > 50_000) foldCache.clear();
    foldCache.set(value, result);
  }
  return result;
}

/** Folded phrase → the phrase as the list spells it (the first spelling wins; empty phrases are dropped). */
export function foldedPhrases(phrases: readonly string[]): ReadonlyMap<string, string> {
  const byFolded = new Map<string, string>();
  for (const phrase of phrases) {
    const folded = fold(phrase);
    if (folded !== '' && !byFolded.has(folded)) byFolded.set(folded, phrase);
  }
  return byFolded;
}

/** The folded phrases in the order an expression tries them: longest first, ties as listed. */
export function alternativesOf(byFolded: ReadonlyMap<string, string>): string[] {
  return [...byFolded.keys()].sort((a, b) => b.length - a.length);
}

/** A folded phrase as a piece of a regular expression: special characters escaped, any run of spaces allowed. */
export function escapePhrase(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/**
 * Escaped alternatives as whole words, for a `u` expression: Unicode-aware word edges, so a phrase
 * must not start or end inside another word. Texts are lower-cased once (see `haystack`), so the
 * expression need not fold case itself, which is much slower with Unicode property classes.
 */
export function wholeWords(alternatives: readonly string[]): string {
  return `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`;
}

/**
 * One regular expression for a phrase list (an alternation, longest phrases first), so each text is
 * scanned once rather than once per phrase; null for a list with no phrases.
 */
export function phraseExpression(byFolded: ReadonlyMap<string, string>, flags: 'u' | 'gu'): RegExp | null {
  const alternatives = alternativesOf(byFolded).map(escapePhrase);
  return alternatives.length === 0 ? null : new RegExp(wholeWords(alternatives), flags);
}

interface PhraseMatcher {
  readonly regex: RegExp | null;
  /** Folded phrase → the phrase as the list spells it. */
  readonly byFolded: ReadonlyMap<string, string>;
}

const phraseCache = new WeakMap<readonly string[], PhraseMatcher>();

function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  return remembered(phraseCache, phrases, () => {
    const byFolded = foldedPhrases(phrases);
    return { regex: phraseExpression(byFolded, 'u'), byFolded };
  });
}

/** The phrase from `phrases` found earliest in `text` as whole words (as the list spells it), or null. */
export function findPhrase(text: string, phrases: readonly string[]): string | null {
  const matcher = phraseMatcher(phrases);
  const found = matcher.regex?.exec(text.toLowerCase());
  if (found === null || found === undefined) return null;
  return matcher.byFolded.get(fold(found[0])) ?? found[0];
}

export function inList(value: string | null, list: readonly string[]): boolean {
  if (value === null) return false;
  const folded = fold(value);
  return list.some((item) => fold(item) === folded);
}

const textCache = new WeakMap<InsightEntry, string>();

/** The entry's searchable text (summary and the rest), built once per entry. */
export function entryText(entry: InsightEntry): string {
  return textCache.get(entry) ?? remembered(textCache, entry, joinedText);
}

/** The summary and the rest of an entry's text as one string (what `entryText` keeps). */
export function joinedText(entry: InsightEntry): string {
  return `${entry.summary}\n${entry.text}`;
}

/** Why an entry matched: shown in explanations so the reviewer can check the rule's reading. */
export interface MatchReason {
  readonly via: 'event type' | 'tag' | 'wording';
  readonly value: string;
}

const matchCache = new WeakMap<EntryMatcher, WeakMap<InsightEntry, MatchReason | null>>();

/** Whether the entry is of the matcher's kind, and why; remembered per matcher and entry. */
export function matchEntry(entry: InsightEntry, matcher: EntryMatcher): MatchReason | null {
  return perPair(matchCache, matcher, entry, matchUncached);
}

function matchUncached(matcher: EntryMatcher, entry: InsightEntry): MatchReason | null {
  if (inList(entry.eventType, matcher.eventTypes) && entry.eventType !== null) {
    return { via: 'event type', value: entry.eventType };
  }
  const tag = entry.tags.find((candidate) => inList(candidate, matcher.tags));
  if (tag !== undefined) return { via: 'tag', value: tag };
  const phrase = findPhrase(entryText(entry), matcher.keywords);
  if (phrase !== null) return { via: 'wording', value: phrase };
  return null;
}

export function describeMatch(reason: MatchReason): string {
  switch (reason.via) {
    case 'event type':
      return `event type "${reason.value}"`;
    case 'tag':
      return `tag "${reason.value}"`;
    case 'wording':
      return `the words "${reason.value}"`;
  }
}
