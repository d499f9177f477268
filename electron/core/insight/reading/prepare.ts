/**
 * Compiles every word list a run will look for before any text is read: each text is then scanned
 * once for the first words of all of them (see `phrases.ts`), instead of once more each time a rule
 * brings a list with a word not seen before.
 */
import type { InsightThresholds } from '@shared/domain/insight';
import type { InsightInput } from '../input';
import { aliasesFor } from './agencies';
import { nameWords } from './mentions';
import { prepareList } from './phrases';
import { readingOf } from './vocabulary';

const prepared = new WeakSet<object>();

function isWordList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string');
}

/**
 * Lists of values of an entry's or a person's columns, never looked for in an entry's words: event
 * types and tags (a matcher's `keywords` are its words), significance levels, and the register's
 * roles and kinds of relationship. Reading a text for them would only make cues no rule asks for:
 * on the insight benchmark's chronology, 26 of the 39 lists read ahead were these, and their cues
 * were a good part of what a first run keeps and the garbage collector moves.
 */
const COLUMN_VALUE_LISTS: ReadonlySet<string> = new Set([
  'eventTypes',
  'tags',
  'significantValues',
  'victimRoles',
  'notPresentRoles',
  'partnerRelationships',
]);

/**
 * The reading vocabulary's lists that are never looked for in a text's word scan: words told apart
 * one by one (negation and denial words, conjunctions, reflexive pronouns, short forms, words
 * skipped before a speaker, referents, roles, passive markers, pronouns), lists searched only within
 * one sentence (what cancels a closure, words of telling, words of being alone), and the agencies'
 * aliases as listed (each agency's are looked for as one list of their own, see `aliasesFor`).
 * Compiled ahead, their first words (no, and, was, he, her, mum…) were words every text's scan
 * recorded and every list's search then went through: 48 of the 78 lists compiled on insight's
 * chronology, and about three in four of the words a text's scan kept. A list left out here and
 * looked for in a text after all is compiled then, and the texts scanned before it are scanned
 * again: slower, never different.
 */
const NOT_SCANNED_LISTS: ReadonlySet<string> = new Set([
  'negationWords',
  'denialWords',
  'scopeBreakers',
  'reflexivePronouns',
  'directedThreats',
  'abbreviations',
  'closureNotWhen',
  'toldWords',
  'agencyAliases',
  'skipped',
  'referents',
  'aloneWords',
  'perpetratorRoles',
  'passiveMarkers',
  'pronouns',
]);

/** Every list of words anywhere in `value` (rules, vocabulary, reading), but those under the keys `skipped`. */
function listsIn(value: unknown, found: (readonly string[])[], skipped = COLUMN_VALUE_LISTS): (readonly string[])[] {
  if (value === null || typeof value !== 'object') return found;
  if (isWordList(value)) found.push(value);
  else if (Array.isArray(value)) for (const item of value) listsIn(item, found, skipped);
  else for (const [key, item] of Object.entries(value)) if (!skipped.has(key)) listsIn(item, found, skipped);
  return found;
}

/** The lists to compile before reading: all but lists of column values and those never scanned for. */
const NOT_COMPILED_AHEAD: ReadonlySet<string> = new Set([...COLUMN_VALUE_LISTS, ...NOT_SCANNED_LISTS]);

const listsCache = new WeakMap<InsightThresholds, readonly (readonly string[])[]>();

/**
 * The word lists the rules look for in entries (their own lists and the vocabulary's), each once:
 * not the reading's own words (negation, short forms…), which are looked up only around a cue.
 */
export function ruleWordLists(thresholds: InsightThresholds): readonly (readonly string[])[] {
  let lists = listsCache.get(thresholds);
  if (lists === undefined) {
    lists = [...new Set(listsIn([thresholds.rules, thresholds.vocabulary], []))];
    listsCache.set(thresholds, lists);
  }
  return lists;
}

export function prepareWordLists(input: InsightInput, thresholds: InsightThresholds): void {
  if (!prepared.has(thresholds)) {
    prepared.add(thresholds);
    for (const list of listsIn(thresholds, [], NOT_COMPILED_AHEAD)) prepareList(list);
  }
  prepareList(nameWords(input.people));
  const reading = readingOf(thresholds);
  for (const agency of agenciesIn(input)) prepareList(aliasesFor(agency, reading));
}

/**
 * The agencies the entries name. Its own function: a loop over the whole chronology is compiled
 * while it runs, with the function around it (README, "Insight: accuracy, quiet output and speed").
 */
function agenciesIn(input: InsightInput): Set<string> {
  const agencies = new Set<string>();
  for (const entry of input.entries) if (entry.agency !== null) agencies.add(entry.agency);
  return agencies;
}
