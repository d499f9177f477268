/**
 * Finds every registered term in a text. Each term is its own regular expression over the
 * folded text (so one bad pattern cannot hide the others); overlapping hits are resolved
 * longest first, then leftmost, so "Kerry Ashdown" wins over "Kerry" and "Ashdown".
 */
import { foldWithMap, toOriginalRange } from './fold';
import { isTitle } from './name-parts';
import type { AnonymisationRegister } from './register';
import { buildTerms, type Term } from './terms';

export interface TermMatch {
  readonly term: Term;
  /** Range in the original text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** For dates of birth: whether "DOB"/"date of birth" came with the date. */
  readonly withDobPrefix: boolean;
}

interface CompiledTerm {
  readonly term: Term;
  readonly regex: RegExp;
}

export interface Matcher {
  readonly terms: readonly Term[];
  find(text: string): TermMatch[];
}

const boundaryBefore = String.raw`(?<![\p{L}\p{N}_])`;
const boundaryAfter = String.raw`(?![\p{L}\p{N}_])`;

export function buildMatcher(register: AnonymisationRegister): Matcher {
  const terms = buildTerms(register);
  const compiled: CompiledTerm[] = terms.map((term) => ({
    term,
    regex: new RegExp(`${boundaryBefore}(?:${term.pattern})${boundaryAfter}`, 'gu'),
  }));
  return { terms, find: (text) => findMatches(text, compiled) };
}

function findMatches(text: string, compiled: readonly CompiledTerm[]): TermMatch[] {
  if (text === '') return [];
  const folded = foldWithMap(text);
  const hits: TermMatch[] = [];
  for (const { term, regex } of compiled) {
    regex.lastIndex = 0;
    for (const m of folded.folded.matchAll(regex)) {
      const { start, end } = toOriginalRange(folded, m.index, m.index + m[0].length);
      const original = text.slice(start, end);
      if (term.capitalisedOnly && !startsWithCapital(original)) continue;
      if (term.notInDates && readsAsDate(text, start, end)) continue;
      hits.push({ term, start, end, text: original, withDobPrefix: m.groups?.dobprefix !== undefined });
    }
  }
  return pickNonOverlapping(hits);
}

function pickNonOverlapping(hits: TermMatch[]): TermMatch[] {
  const ordered = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: TermMatch[] = [];
  for (const hit of ordered) {
    if (taken.some((t) => hit.start < t.end && t.start < hit.end)) continue;
    taken.push(hit);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** The name (after any title) is written with a capital: "May" or "MAY", not "may". */
function startsWithCapital(original: string): boolean {
  const words = original.split(/\s+/);
  while (words.length > 1 && isTitle(words[0]!)) words.shift();
  return /^\p{Lu}/u.test(words.join(' '));
}

/** "14 June", "June 2019", "June 14": a month, not a person called June. */
function readsAsDate(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  const after = text.slice(end, end + 6);
  return /\d(?:st|nd|rd|th)?(?:\s+of)?\s+$/iu.test(before) || /^,?\s*\d/u.test(after);
}
