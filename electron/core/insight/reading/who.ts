/**
 * Who a few words of a record stand for: a person the register names ("CD", "Mum" as an alias), a
 * role word the register resolves to one person ("mother" → the one person whose role is mother,
 * "the child" → the one child), a pronoun (resolved by the caller, through the register's
 * partners), or nobody the register can tell. Used for speakers ("LF stated that…") and for the
 * people in an act ("CD hit LF"). Nothing is guessed: two people with the role resolve to none.
 */
import type { InsightThresholds } from '@shared/domain/insight';
import type { InsightPerson } from '../input';
import { fold } from '../match';
import { perPair } from '../memo';
import { partnersOf } from '../people';
import { namedIn } from './mentions';
import { readingOf } from './vocabulary';

export type Who =
  | { readonly kind: 'person'; readonly personId: string; readonly words: string }
  | { readonly kind: 'pronoun'; readonly words: string }
  | { readonly kind: 'reflexive'; readonly words: string }
  | { readonly kind: 'unknown'; readonly words: string };

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The words of `text`, each with its offset. */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  const words: { word: string; start: number; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text))
    words.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  return words;
}

/**
 * Who `words` stand for. For the one who acts or speaks (words before a verb) the shortest ending
 * that names someone wins, so "On arrival LF" is LF; for the one acted on (words after a verb) the
 * shortest beginning, so "himself in the leg" is reflexive and "her phone" is "her".
 */
const resolved = new WeakMap<readonly InsightPerson[], WeakMap<InsightThresholds, Map<string, Who>>>();

export function resolveWho(
  words: string,
  people: readonly InsightPerson[],
  thresholds: InsightThresholds,
  side: 'before' | 'after' = 'before',
): Who {
  // The same few words ("CD", "Mum", "her") come back thousands of times in a chronology.
  const byWords = perPair(resolved, people, thresholds, () => new Map<string, Who>());
  const key = `${side}|${words}`;
  let who = byWords.get(key);
  if (who === undefined) {
    who = resolveUncached(words, people, thresholds, side);
    if (byWords.size >= 50_000) byWords.clear();
    byWords.set(key, who);
  }
  return who;
}

function resolveUncached(
  words: string,
  people: readonly InsightPerson[],
  thresholds: InsightThresholds,
  side: 'before' | 'after',
): Who {
  const parts = wordsOf(words);
  for (let n = 1; n < parts.length; n += 1) {
    const part = side === 'before' ? words.slice(parts[parts.length - n]!.start) : words.slice(0, parts[n - 1]!.end);
    const who = resolveWords(part, people, thresholds);
    if (who.kind !== 'unknown') return who;
  }
  return resolveWords(words, people, thresholds);
}

function resolveWords(words: string, people: readonly InsightPerson[], thresholds: InsightThresholds): Who {
  const reading = readingOf(thresholds);
  const folded = fold(words);
  const last = folded.split(' ').pop() ?? '';
  if (reading.reflexivePronouns.some((pronoun) => fold(pronoun) === last)) return { kind: 'reflexive', words };
  const family = [...namedIn(words, people)].filter(
    (id) => people.find((person) => person.id === id)?.kind !== 'professional',
  );
  if (family.length === 1) return { kind: 'person', personId: family[0]!, words };
  if (family.length > 1) return { kind: 'unknown', words };
  if ((reading.acts?.pronouns ?? []).some((pronoun) => fold(pronoun) === folded)) return { kind: 'pronoun', words };
  for (const referent of reading.speech?.referents ?? []) {
    if (!referent.words.some((word) => folded === fold(word) || folded.endsWith(` ${fold(word)}`))) continue;
    const roles = new Set(referent.roles.map(fold));
    const candidates = people.filter((person) =>
      referent.kind === 'child'
        ? person.kind === 'child'
        : person.kind !== 'professional' && person.roles.some((role) => roles.has(fold(role))),
    );
    if (candidates.length === 1) return { kind: 'person', personId: candidates[0]!.id, words };
    return { kind: 'unknown', words };
  }
  return { kind: 'unknown', words };
}

/** The one partner the register gives `personId`, or null (none, or more than one). */
export function onlyPartner(
  personId: string,
  people: readonly InsightPerson[],
  thresholds: InsightThresholds,
): string | null {
  const partners = [...partnersOf(personId, people, thresholds.vocabulary)];
  return partners.length === 1 ? partners[0]! : null;
}

/** How a resolved person is shown beside the words the record used: "Mum (LF)", or just "LF". */
export function whoText(who: Who, people: readonly InsightPerson[]): string {
  if (who.kind !== 'person') return who.words;
  const label = people.find((person) => person.id === who.personId)?.label ?? who.words;
  return fold(label) === fold(who.words) ? who.words : `${who.words} (${label})`;
}
