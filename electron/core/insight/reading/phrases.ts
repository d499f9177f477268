/**
 * Every occurrence of a word list's phrases in a text, as whole words, case-insensitively: one
 * regular expression per list (an alternation, longest phrase first, so "not seen on her own"
 * wins over "seen on her own"), compiled once per list.
 */
import { fold } from '../match';

export interface PhraseHit {
  /** The phrase as the list spells it. */
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
}

interface Compiled {
  readonly regex: RegExp | null;
  readonly byFolded: ReadonlyMap<string, string>;
}

const compiled = new WeakMap<readonly string[], Compiled>();

function escape(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

function compile(phrases: readonly string[]): Compiled {
  let found = compiled.get(phrases);
  if (found === undefined) {
    const byFolded = new Map<string, string>();
    for (const phrase of phrases) if (fold(phrase) !== '' && !byFolded.has(fold(phrase))) byFolded.set(fold(phrase), phrase);
    const alternatives = [...byFolded.keys()].sort((a, b) => b.length - a.length).map(escape);
    const regex = alternatives.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    found = { regex, byFolded };
    compiled.set(phrases, found);
  }
  return found;
}

/** All hits in `lowerText` (already lower-cased), in order, not overlapping. */
export function findAll(lowerText: string, phrases: readonly string[]): PhraseHit[] {
  const { regex, byFolded } = compile(phrases);
  if (regex === null) return [];
  const hits: PhraseHit[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(lowerText); match !== null; match = regex.exec(lowerText)) {
    // The text is lower-cased already; only runs of spaces need folding to find the list's spelling.
    const key = /\s/.test(match[0]) ? match[0].replace(/\s+/g, ' ') : match[0];
    hits.push({ phrase: byFolded.get(key) ?? match[0], start: match.index, end: match.index + match[0].length });
  }
  return hits;
}

/** A word-boundary test for any of `words` (lower-case), compiled once per list. */
const testers = new WeakMap<readonly string[], RegExp>();
export function wordTester(words: readonly string[], extra: readonly string[] = []): RegExp {
  let regex = testers.get(words);
  if (regex === undefined) {
    const all = [...words, ...extra].map((word) => escape(fold(word))).filter((word) => word !== '');
    regex = all.length === 0 ? /$^/ : new RegExp(`(?<![\\p{L}\\p{N}])(?:${all.join('|')})(?![\\p{L}\\p{N}])|n't`, 'u');
    testers.set(words, regex);
  }
  return regex;
}
