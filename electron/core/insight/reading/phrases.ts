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

interface Candidate {
  /** The phrase folded (lower case, single spaces), as the expression would match it. */
  readonly folded: string;
  /** The phrase as the list spells it. */
  readonly phrase: string;
}

interface Compiled {
  readonly regex: RegExp | null;
  readonly byFolded: ReadonlyMap<string, string>;
  /**
   * For the token path: by the number of a phrase's first word, the phrases starting with it, in
   * the expression's order (longest first). Null when a phrase does not start with a letter or
   * digit; such a list is always searched with the expression.
   */
  readonly byFirstWord: ReadonlyArray<readonly Candidate[] | undefined> | null;
}

const compiled = new WeakMap<readonly string[], Compiled>();

function escape(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** The folded phrases in the order the expression tries them: longest first, ties as listed. */
function alternativesOf(byFolded: ReadonlyMap<string, string>): string[] {
  return [...byFolded.keys()].sort((a, b) => b.length - a.length);
}

function compile(phrases: readonly string[]): Compiled {
  let found = compiled.get(phrases);
  if (found === undefined) {
    const byFolded = new Map<string, string>();
    for (const phrase of phrases)
      if (fold(phrase) !== '' && !byFolded.has(fold(phrase))) byFolded.set(fold(phrase), phrase);
    const alternatives = alternativesOf(byFolded).map(escape);
    const regex =
      alternatives.length === 0
        ? null
        : new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    found = { regex, byFolded, byFirstWord: firstWordTable(alternativesOf(byFolded), byFolded) };
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

/*
 * The token path. Agency text is read for some twenty word lists; an alternation of sixty phrases
 * tried at every character is the slow part of that. Instead each entry's text is cut once into
 * words (maximal runs of letters and digits), each word numbered in one process-wide table, and a
 * list is searched by looking up only the phrases whose first word is the word at hand. A match
 * of the expression can only start where a word starts (it must not follow a letter or digit) and
 * its first word must be the whole word there, so both ways find exactly the same hits; the token
 * path tries the phrases in the expression's order and keeps its rules (whitespace runs, the end
 * not followed by a letter or digit, no overlaps).
 */
const WORD = /[\p{L}\p{N}]+/gu;
const LETTER_OR_DIGIT_AT = /[\p{L}\p{N}]/uy;
const STARTS_WITH_WORD = /^[\p{L}\p{N}]+/u;
const SPACE = /\s/;

/**
 * Words are numbered once per process. The table only grows: it holds the distinct words of the
 * text read, which for a review is tens of thousands at most.
 */
const wordNumbers = new Map<string, number>();
/** Which word numbers start a phrase of some compiled list; `firstWordsSeen` counts them. */
let startsPhrase = new Uint8Array(1024);
let firstWordsSeen = 0;

function markFirstWord(number: number): void {
  if (number >= startsPhrase.length) {
    const grown = new Uint8Array(Math.max(number + 1, startsPhrase.length * 2));
    grown.set(startsPhrase);
    startsPhrase = grown;
  }
  if (startsPhrase[number] === 0) {
    startsPhrase[number] = 1;
    firstWordsSeen += 1;
  }
}
function wordNumber(word: string): number {
  let number = wordNumbers.get(word);
  if (number === undefined) {
    number = wordNumbers.size;
    wordNumbers.set(word, number);
  }
  return number;
}

export interface Tokens {
  readonly words: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /**
   * The indices of the words that start a phrase of some list, and how many first words were
   * known when they were picked out (a list compiled later may add some). Most words of a text
   * start no phrase, so each list looks only at these.
   */
  openers: Int32Array | null;
  openersFor: number;
}

/** Cuts a lower-cased text into numbered words with their offsets. */
export function tokenise(lowerText: string): Tokens {
  const words: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(lowerText); match !== null; match = WORD.exec(lowerText)) {
    words.push(wordNumber(match[0]));
    starts.push(match.index);
    ends.push(match.index + match[0].length);
  }
  return {
    words: Int32Array.from(words),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    openers: null,
    openersFor: -1,
  };
}

function firstWordTable(
  alternatives: readonly string[],
  byFolded: ReadonlyMap<string, string>,
): Array<Candidate[] | undefined> | null {
  const table: Array<Candidate[] | undefined> = [];
  for (const folded of alternatives) {
    const first = STARTS_WITH_WORD.exec(folded);
    if (first === null) return null;
    const number = wordNumber(first[0]);
    markFirstWord(number);
    (table[number] ??= []).push({ folded, phrase: byFolded.get(folded)! });
  }
  return table;
}

/** Where `folded` matches `text` from `start` (a run of whitespace for each space), or -1. */
function matchAt(text: string, start: number, folded: string): number {
  let at = start;
  for (let i = 0; i < folded.length; i += 1) {
    const ch = folded.charCodeAt(i);
    if (ch === 32) {
      if (at >= text.length || !SPACE.test(text[at]!)) return -1;
      while (at < text.length && SPACE.test(text[at]!)) at += 1;
      continue;
    }
    if (text.charCodeAt(at) !== ch) return -1;
    at += 1;
  }
  LETTER_OR_DIGIT_AT.lastIndex = at;
  return at < text.length && LETTER_OR_DIGIT_AT.test(text) ? -1 : at;
}

/** `findAll` over a text already cut into words (`tokenise(lowerText)`): the same hits, faster. */
export function findAllInTokens(lowerText: string, tokens: Tokens, phrases: readonly string[]): PhraseHit[] {
  const { byFirstWord } = compile(phrases);
  if (byFirstWord === null) return findAll(lowerText, phrases);
  const hits: PhraseHit[] = [];
  let from = 0;
  const { words, starts } = tokens;
  if (tokens.openers === null || tokens.openersFor !== firstWordsSeen) {
    const openers: number[] = [];
    for (let k = 0; k < words.length; k += 1) if (startsPhrase[words[k]!] === 1) openers.push(k);
    tokens.openers = Int32Array.from(openers);
    tokens.openersFor = firstWordsSeen;
  }
  const openers = tokens.openers;
  for (let o = 0; o < openers.length; o += 1) {
    const k = openers[o]!;
    const candidates = byFirstWord[words[k]!];
    if (candidates === undefined || starts[k]! < from) continue;
    for (const candidate of candidates) {
      const end = matchAt(lowerText, starts[k]!, candidate.folded);
      if (end < 0) continue;
      hits.push({ phrase: candidate.phrase, start: starts[k]!, end });
      from = end;
      break;
    }
  }
  return hits;
}
