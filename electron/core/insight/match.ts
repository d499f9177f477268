/**
 * Recognising kinds of entries from the data file's word lists.
 *
 * Matching is case-insensitive and on whole words, so "DNA" matches "DNA at clinic" but not
 * "DNAR", and "closed" does not match "disclosed". Event types and tags compare whole values
 * after trimming and folding case, because they come from controlled lists.
 */
import type { EntryMatcher } from '../../shared/domain/insight';
import type { InsightEntry } from './input';

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

interface PhraseMatcher {
  readonly regex: RegExp | null;
  /** Folded phrase → the phrase as the list spells it. */
  readonly byFolded: ReadonlyMap<string, string>;
}

const phraseCache = new WeakMap<readonly string[], PhraseMatcher>();

/**
 * One regular expression per phrase list (an alternation, longest phrases first), so each text is
 * scanned once rather than once per phrase.
 */
function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  let matcher = phraseCache.get(phrases);
  if (matcher === undefined) {
    const byFolded = new Map<string, string>();
    for (const phrase of phrases)
      if (fold(phrase) !== '' && !byFolded.has(fold(phrase))) byFolded.set(fold(phrase), phrase);
    const alternatives = [...byFolded.keys()]
      .sort((a, b) => b.length - a.length)
      .map((folded) => folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    // Unicode-aware word edges: a phrase must not start or end inside another word.
    // Texts are lower-cased once (see `haystack`), so the expression need not fold case itself,
    // which is much slower with Unicode property classes.
    const regex =
      alternatives.length === 0
        ? null
        : new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
    matcher = { regex, byFolded };
    phraseCache.set(phrases, matcher);
  }
  return matcher;
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
  let text = textCache.get(entry);
  if (text === undefined) {
    text = `${entry.summary}\n${entry.text}`;
    textCache.set(entry, text);
  }
  return text;
}

/** Why an entry matched: shown in explanations so the reviewer can check the rule's reading. */
export interface MatchReason {
  readonly via: 'event type' | 'tag' | 'wording';
  readonly value: string;
}

const matchCache = new WeakMap<EntryMatcher, WeakMap<InsightEntry, MatchReason | null>>();

/** Whether the entry is of the matcher's kind, and why; remembered per matcher and entry. */
export function matchEntry(entry: InsightEntry, matcher: EntryMatcher): MatchReason | null {
  let byEntry = matchCache.get(matcher);
  if (byEntry === undefined) {
    byEntry = new WeakMap();
    matchCache.set(matcher, byEntry);
  }
  const cached = byEntry.get(entry);
  if (cached !== undefined) return cached;
  const reason = matchUncached(entry, matcher);
  byEntry.set(entry, reason);
  return reason;
}

function matchUncached(entry: InsightEntry, matcher: EntryMatcher): MatchReason | null {
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
