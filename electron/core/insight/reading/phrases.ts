/**
 * Every occurrence of a word list's phrases in a text, as whole words, case-insensitively: one
 * regular expression per list (an alternation, longest phrase first, so "not seen on her own"
 * wins over "seen on her own"), compiled once per list.
 */
import { alternativesOf, escapePhrase, fold, foldedPhrases, phraseExpression, wholeWords } from '../match';
import { remembered } from '../memo';

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

/** What the token path needs of a list. */
interface FirstWords {
  /**
   * By the number of a phrase's first word, the phrases starting with it, in the expression's
   * order (longest first).
   */
  readonly byFirstWord: ReadonlyArray<readonly Candidate[] | undefined>;
  /** The numbers of the phrases' first words as bits (see `WORD_BITS`). */
  readonly firstWordBits: readonly number[];
}

interface Compiled {
  readonly regex: RegExp | null;
  readonly byFolded: ReadonlyMap<string, string>;
  /**
   * For the token path, made when the list is first looked for in a scanned text (or compiled
   * ahead): a list only ever searched with the expression, within a sentence, numbers no first
   * words, so texts already scanned are not scanned again for them. Null when a phrase does not
   * start with a letter or digit; such a list is always searched with the expression.
   */
  firstWords: FirstWords | null | undefined;
  /** A process-wide number for the list, so a reading can keep its hits in an array by list. */
  readonly number: number;
}

let listsCompiled = 0;

const compiled = new WeakMap<readonly string[], Compiled>();

function compile(phrases: readonly string[]): Compiled {
  return compiled.get(phrases) ?? remembered(compiled, phrases, compileNew);
}

function compileNew(phrases: readonly string[]): Compiled {
  const byFolded = foldedPhrases(phrases);
  const number = listsCompiled;
  listsCompiled += 1;
  return { regex: phraseExpression(byFolded, 'gu'), byFolded, firstWords: undefined, number };
}

function firstWordsOf(list: Compiled): FirstWords | null {
  if (list.firstWords === undefined) {
    const byFirstWord = firstWordTable(alternativesOf(list.byFolded), list.byFolded);
    list.firstWords = byFirstWord === null ? null : { byFirstWord, firstWordBits: bitsOf(byFirstWord) };
  }
  return list.firstWords;
}

/**
 * Compiles a list ahead of reading, for the token path. Texts are scanned for the first words of
 * the lists compiled so far; a list compiled later with a new first word makes every text already
 * read be scanned again.
 */
export function prepareList(phrases: readonly string[]): void {
  firstWordsOf(compile(phrases));
}

/** The list's number (compiling it if need be): the same list always has the same number. */
export function listNumber(phrases: readonly string[]): number {
  return compile(phrases).number;
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
  return remembered(testers, words, () => {
    const all = [...words, ...extra].map((word) => escapePhrase(fold(word))).filter((word) => word !== '');
    return all.length === 0 ? /$^/ : new RegExp(`${wholeWords(all)}|n't`, 'u');
  });
}

/*
 * The token path. Agency text is read for some twenty word lists; an alternation of sixty phrases
 * tried at every character is the slow part of that. Instead each entry's text is scanned once for
 * the words (maximal runs of letters and digits) that start a phrase of some list, each such word
 * numbered in one process-wide table, and a list is searched by looking up only the phrases whose
 * first word is the word at hand. A match of the expression can only start where a word starts (it
 * must not follow a letter or digit) and its first word must be the whole word there, so both ways
 * find exactly the same hits; the token path tries the phrases in the expression's order and keeps
 * its rules (whitespace runs, the end not followed by a letter or digit, no overlaps).
 *
 * Most words start no phrase, so the scan makes no string for them: a word is looked up only when
 * a phrase's first word may have the same first and last character and length (see `shapeOf`).
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const STARTS_WITH_WORD = /^[\p{L}\p{N}]+/u;
const SPACE = /\s/;

/** Numbers of the words that start a phrase of some compiled list (the table only grows). */
const wordNumbers = new Map<string, number>();
/** How many first words are known; a text scanned before a list added one is scanned again. */
let firstWordsSeen = 0;
/**
 * By a hash of (first code unit, last code unit, length): whether some first word may have that
 * shape. Only a filter (words that pass are then looked up by their text), so collisions cost a
 * look-up and never a hit; it spares cutting out and looking up most everyday words ("the", "was").
 */
const SHAPES = 1 << 16;
const firstWordShapes = new Uint8Array(SHAPES);
const shapeOf = (firstCode: number, lastCode: number, length: number): number =>
  (Math.imul(firstCode, 0x9e3779b1) ^ Math.imul(lastCode, 0x85ebca6b) ^ Math.imul(length, 0xc2b2ae35)) >>> 16;

function firstWordNumber(word: string): number {
  let number = wordNumbers.get(word);
  if (number === undefined) {
    number = wordNumbers.size;
    wordNumbers.set(word, number);
    firstWordShapes[shapeOf(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length)] = 1;
    firstWordsSeen += 1;
  }
  return number;
}

/** Whether the code point at `at` is a letter or digit; its length in code units (0 when it is not). */
function wordCharAt(text: string, at: number): number {
  if (at >= text.length) return 0;
  const code = text.charCodeAt(at);
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) ? 1 : 0;
  }
  const point = text.codePointAt(at)!;
  const width = point > 0xffff ? 2 : 1;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(point)) ? width : 0;
}

/**
 * Word numbers as bits, thirty to a number (so each stays a small integer, kept in a plain array
 * without a heap number each): a text's bits say which first words it holds, a list's which its
 * phrases start with. Most lists share no first word with most texts (a narrative holds a few dozen
 * of the four hundred), and comparing a dozen numbers answers those without going through the text.
 */
const WORD_BITS = 30;

/** How many numbers hold the bits of `words` word numbers. */
function bitWords(words: number): number {
  return Math.ceil(words / WORD_BITS);
}

function bitsOf(byFirstWord: ReadonlyArray<readonly Candidate[] | undefined>): number[] {
  const bits = new Array<number>(bitWords(byFirstWord.length)).fill(0);
  for (let word = 0; word < byFirstWord.length; word += 1)
    if (byFirstWord[word] !== undefined) bits[(word / WORD_BITS) | 0] |= 1 << (word % WORD_BITS);
  return bits;
}

export interface Tokens {
  /**
   * First the bits of the first words the text holds (`bitWords(openersFor)` numbers, see
   * `WORD_BITS`), then the words of the text that start a phrase of some list, in order: each as
   * two numbers, the word's number then its offset. Empty when the text holds none. A plain array
   * of small integers, copied to its length: kept for every distinct text, where a typed array
   * would cost two objects (array and buffer) more, and a second array one more.
   */
  openers: readonly number[];
  /** How many first words were known when the text was scanned. */
  openersFor: number;
}

const NO_OPENERS: readonly number[] = [];
const scratch: number[] = [];

/** Scans a lower-cased text for the words that start a phrase of some list. */
export function tokenise(lowerText: string): Tokens {
  const bits = bitWords(firstWordsSeen);
  for (let i = 0; i < bits; i += 1) scratch[i] = 0;
  let count = bits;
  const length = lowerText.length;
  let at = 0;
  while (at < length) {
    const width = wordCharAt(lowerText, at);
    if (width === 0) {
      at += 1;
      continue;
    }
    const start = at;
    at += width;
    for (let next = wordCharAt(lowerText, at); next > 0; next = wordCharAt(lowerText, at)) at += next;
    if (firstWordShapes[shapeOf(lowerText.charCodeAt(start), lowerText.charCodeAt(at - 1), at - start)] === 0) continue;
    const number = wordNumbers.get(lowerText.slice(start, at));
    if (number === undefined) continue;
    scratch[(number / WORD_BITS) | 0] |= 1 << (number % WORD_BITS);
    scratch[count] = number;
    scratch[count + 1] = start;
    count += 2;
  }
  return { openers: count === bits ? NO_OPENERS : scratch.slice(0, count), openersFor: firstWordsSeen };
}

function firstWordTable(
  alternatives: readonly string[],
  byFolded: ReadonlyMap<string, string>,
): Array<Candidate[] | undefined> | null {
  const numbers: number[] = [];
  for (const folded of alternatives) {
    const first = STARTS_WITH_WORD.exec(folded);
    if (first === null) return null;
    numbers.push(firstWordNumber(first[0]));
  }
  // Dense up to the highest number, so looking up a word is an index into a packed array.
  const table: Array<Candidate[] | undefined> = new Array<Candidate[] | undefined>(Math.max(0, ...numbers) + 1).fill(
    undefined,
  );
  alternatives.forEach((folded, i) => (table[numbers[i]!] ??= []).push({ folded, phrase: byFolded.get(folded)! }));
  return table;
}

/** Whether the code unit at `at` is whitespace as `\s` reads it; ASCII is answered without a regular expression. */
function spaceAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[at]!);
}

/**
 * Where `folded` matches `text` from `start` (a run of whitespace for each space), or -1. Tried
 * at every opener of every list a text is read for, so the whitespace and the word's end are told
 * from ASCII codes where they can be (a regular expression test each cost a tenth of the scan).
 */
function matchAt(text: string, start: number, folded: string): number {
  let at = start;
  for (let i = 0; i < folded.length; i += 1) {
    const ch = folded.charCodeAt(i);
    if (ch === 32) {
      if (!spaceAt(text, at)) return -1;
      while (spaceAt(text, at)) at += 1;
      continue;
    }
    if (text.charCodeAt(at) !== ch) return -1;
    at += 1;
  }
  return wordCharAt(text, at) > 0 ? -1 : at;
}

const NO_HITS: readonly PhraseHit[] = [];

/**
 * `findAll` over a text already scanned (`tokenise(lowerText)`): the same hits, faster. The result
 * may be a shared empty array: callers must not change it.
 */
export function findAllInTokens(lowerText: string, tokens: Tokens, phrases: readonly string[]): readonly PhraseHit[] {
  const firstWords = firstWordsOf(compile(phrases));
  if (firstWords === null) return findAll(lowerText, phrases);
  const { byFirstWord, firstWordBits } = firstWords;
  if (tokens.openersFor !== firstWordsSeen) Object.assign(tokens, tokenise(lowerText));
  const { openers } = tokens;
  if (openers.length === 0) return NO_HITS;
  // The list's first words were all numbered when it was compiled, so before the text was scanned.
  const bits = bitWords(tokens.openersFor);
  let shared = false;
  for (let i = 0; i < firstWordBits.length && !shared; i += 1) shared = (openers[i]! & firstWordBits[i]!) !== 0;
  if (!shared) return NO_HITS;
  let hits: PhraseHit[] | null = null;
  let from = 0;
  const known = byFirstWord.length;
  for (let o = bits; o < openers.length; o += 2) {
    const opener = openers[o]!;
    if (opener >= known) continue;
    const candidates = byFirstWord[opener];
    const start = openers[o + 1]!;
    if (candidates === undefined || start < from) continue;
    for (const candidate of candidates) {
      const end = matchAt(lowerText, start, candidate.folded);
      if (end < 0) continue;
      (hits ??= []).push({ phrase: candidate.phrase, start, end });
      from = end;
      break;
    }
  }
  return hits ?? NO_HITS;
}
