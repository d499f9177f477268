/**
 * Who an entry is about, from its words: the people the register names (pseudonym, real name,
 * aliases such as "Mum" or "Dad"), "her partner" resolved through the register's partner
 * relationships, and the family's children when the entry says "the children". Initials ("KA")
 * are matched with their capitals so they are not found inside ordinary words.
 */
import type { InsightThresholds } from '@shared/domain/insight';
import type { InsightEntry, InsightPerson } from '../input';
import { fold } from '../match';
import { partnersOf, personIndex } from '../people';
import { readEntry, type EntryReading } from './read-entry';
import { findAll, type PhraseHit } from './phrases';
import { readingOf } from './vocabulary';
import { perEntry } from './text-only';
import { perPair } from '../memo';

interface NameIndex {
  readonly folded: readonly string[];
  /** Names written as initials ("KA"), each once: found with their capitals, as whole words. */
  readonly initialNames: readonly string[];
  readonly byName: ReadonlyMap<string, readonly string[]>;
}

const indexes = new WeakMap<readonly InsightPerson[], NameIndex>();

function isInitials(name: string): boolean {
  return /^\p{Lu}{1,3}$/u.test(name);
}

function nameIndex(people: readonly InsightPerson[]): NameIndex {
  let index = indexes.get(people);
  if (index === undefined) {
    const byName = new Map<string, string[]>();
    const initials: string[] = [];
    for (const person of people) {
      if (person.kind === 'professional') continue;
      for (const name of person.names ?? [person.label]) {
        const key = isInitials(name) ? name : fold(name);
        if (key.length < 2) continue;
        const ids = byName.get(key) ?? [];
        if (!ids.includes(person.id)) ids.push(person.id);
        byName.set(key, ids);
        if (isInitials(name)) initials.push(name);
      }
    }
    index = {
      folded: [...byName.keys()].filter((key) => !isInitials(key)),
      initialNames: [...new Set(initials)],
      byName,
    };
    indexes.set(people, index);
  }
  return index;
}

/** The words the register's names are found by (compiled ahead of reading, see `prepare.ts`). */
export function nameWords(people: readonly InsightPerson[]): readonly string[] {
  return nameIndex(people).folded;
}

/** Family members the entry names in its words, or links to, or refers to as a partner or "the children". */
export const mentionedPeople: (
  entry: InsightEntry,
  people: readonly InsightPerson[],
  thresholds: InsightThresholds,
) => ReadonlySet<string> = perEntry(collect);

/** People the text names (pseudonym, real name, alias), without resolving "partner" or "the children". */
export function namedIn(
  text: string,
  people: readonly InsightPerson[],
  hitsOf?: (phrases: readonly string[]) => readonly PhraseHit[],
): Set<string> {
  const index = nameIndex(people);
  return new Set(
    namesIn(text, index, hitsOf === undefined ? findAll(text.toLowerCase(), index.folded) : hitsOf(index.folded)),
  );
}

/**
 * `namedIn` as a list in the same order (the order the names are written, initials after), for
 * the reading of every text: no set, iterator or spread copy made for a text that names nobody.
 */
function namesIn(text: string, index: NameIndex, hits: readonly PhraseHit[]): string[] {
  const ids: string[] = [];
  for (const hit of hits) addAll(ids, index.byName.get(fold(hit.phrase)));
  if (index.initialNames.length > 0)
    for (const name of initialsIn(text, index.initialNames)) addAll(ids, index.byName.get(name));
  return ids;
}

function addAll(ids: string[], found: readonly string[] | undefined): void {
  if (found !== undefined) for (const id of found) if (!ids.includes(id)) ids.push(id);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether a letter or digit ends just before `at` (`before`) or starts at `at`, as a code point. */
function wordCharNear(text: string, at: number, before: boolean): boolean {
  let point: number;
  if (before) {
    if (at <= 0) return false;
    const low = text.charCodeAt(at - 1);
    point = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.codePointAt(at - 2)! : low;
  } else {
    if (at >= text.length) return false;
    point = text.codePointAt(at)!;
  }
  if (point < 128) return (point >= 97 && point <= 122) || (point >= 65 && point <= 90) || (point >= 48 && point <= 57);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(point));
}

/**
 * The register's initials written in the text as whole words, in the order they occur: what the
 * expression `(?<![\p{L}\p{N}])(?:KA|DC)(?![\p{L}\p{N}])` would find, by searching for each initial (there are a few) rather than
 * trying an expression at every character of a long narrative.
 */
function initialsIn(text: string, names: readonly string[]): string[] {
  const found: { at: number; name: string }[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (!wordCharNear(text, at, true) && !wordCharNear(text, at + name.length, false)) found.push({ at, name });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((hit) => hit.name);
}

const childrenCache = new WeakMap<
  readonly InsightPerson[],
  WeakMap<InsightThresholds, Map<string, readonly string[]>>
>();
const MAX_SENTENCES = 100_000;

/** The family's children a sentence refers to: by name, or all of them for "the children", "baby"… */
export function childrenIn(
  sentence: string,
  people: readonly InsightPerson[],
  thresholds: InsightThresholds,
): readonly string[] {
  const bySentence = perPair(childrenCache, people, thresholds, () => new Map<string, readonly string[]>());
  let found = bySentence.get(sentence);
  if (found === undefined) {
    found = readChildren(sentence, people, thresholds);
    if (bySentence.size >= MAX_SENTENCES) bySentence.clear();
    bySentence.set(sentence, found);
  }
  return found;
}

function readChildren(sentence: string, people: readonly InsightPerson[], thresholds: InsightThresholds): string[] {
  const children = people.filter((person) => person.kind === 'child');
  const named = [...namedIn(sentence, people)].filter((id) => children.some((child) => child.id === id));
  if (named.length > 0) return named.sort();
  if (findAll(sentence.toLowerCase(), readingOf(thresholds).childWords).length > 0)
    return children.map((child) => child.id).sort();
  return [];
}

const NO_NAMES: readonly string[] = Object.freeze([]);

/** The names a reading's text holds, kept with it (a text naming nobody keeps the one shared empty list). */
function namesOf(read: EntryReading, index: NameIndex): readonly string[] {
  const names = namesIn(read.text, index, read.find(index.folded));
  return names.length === 0 ? NO_NAMES : names;
}

/** The answer for a text that names nobody: shared, so never changed (callers get a `ReadonlySet`). */
const NOBODY: ReadonlySet<string> = new Set<string>();

function collect(
  entry: InsightEntry,
  people: readonly InsightPerson[],
  thresholds: InsightThresholds,
): ReadonlySet<string> {
  const reading = readingOf(thresholds);
  const read = readEntry(entry, reading);
  // The names in the words are read once per text (and register), kept as a list (a set is several
  // objects more, for every text); the entry's own links are added to a copy.
  const index = nameIndex(people);
  const named = read.recall<readonly string[]>(index, null) ?? read.remember(index, null, () => namesOf(read, index));
  const partnered = read.find(reading.partnerWords).length > 0;
  const withChildren = read.find(reading.childWords).length > 0;
  // Most texts name nobody: they share one empty set rather than keep one each.
  if (named.length === 0 && entry.people.length === 0 && entry.children.length === 0 && !partnered && !withChildren)
    return NOBODY;
  const ids = new Set(named);
  for (const person of entry.people) ids.add(person.personId);
  for (const child of entry.children) ids.add(child.personId);
  const byId = personIndex(people);
  if (partnered) {
    const adults = [...ids].filter((id) => byId.get(id)?.kind === 'adult');
    const anchors =
      adults.length > 0 ? adults : people.filter((person) => person.kind === 'adult').map((person) => person.id);
    const partners = anchors.flatMap((id) => [...partnersOf(id, people, thresholds.vocabulary)]);
    // Only when the register leaves no doubt who the partner is.
    if (new Set(partners).size === 1 || adults.length > 0) for (const id of partners) ids.add(id);
    if (adults.length === 0 && new Set(partners).size === 1)
      for (const id of anchors) if (partnersOf(id, people, thresholds.vocabulary).size > 0) ids.add(id);
  }
  if (withChildren) {
    for (const person of people) if (person.kind === 'child') ids.add(person.id);
  }
  return ids;
}
