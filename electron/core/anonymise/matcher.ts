/**
 * Finds every registered term in a text. Each term is its own regular expression over the
 * folded text (so one bad pattern cannot hide the others); overlapping hits are resolved
 * longest first, then leftmost, so "Kerry Ashdown" wins over "Kerry" and "Ashdown".
 *
 * Speed matters (a 20,000-row chronology passes through here on every publication export), so
 * the expressions start with the name itself: word boundaries, a title before a name ("Mrs")
 * and "DOB" before a date are checked by hand around each hit rather than inside the regex,
 * which would stop the engine from scanning quickly for the first letters. And only the terms a
 * text could hold are tried at all: a substring search for a word of each picks them (term-index.ts).
 */
import { dobPrefixBefore } from './date-of-birth-patterns';
import { escapeRegExp, foldText, foldWithMap, toOriginalRange, type FoldedText } from './fold';
import { isTitle, titleBefore } from './name-parts';
import type { AnonymisationRegister } from './register';
import { buildTermIndex, type TermIndex } from './term-index';
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

interface ProtectedForm {
  readonly exact: string;
  readonly regex: RegExp;
}

/** The compiled terms and pseudonyms, each with the index that says which a text could hold. */
interface Compiled {
  readonly terms: readonly CompiledTerm[];
  readonly termIndex: TermIndex;
  readonly protectedForms: readonly ProtectedForm[];
  readonly protectedIndex: TermIndex;
}

export interface Matcher {
  readonly terms: readonly Term[];
  find(text: string): TermMatch[];
}

const wordChar = /[\p{L}\p{N}_]/u;

/** True when folded[start, end) is a whole word (or words): no letter or digit touches it. */
function isWhole(folded: string, start: number, end: number): boolean {
  if (start > 0 && wordChar.test(charBefore(folded, start))) return false;
  return end >= folded.length || !wordChar.test(charAt(folded, end));
}

function charBefore(text: string, index: number): string {
  const code = text.charCodeAt(index - 1);
  // A low surrogate: take the whole astral character.
  return code >= 0xdc00 && code <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text.charAt(index - 1);
}

function charAt(text: string, index: number): string {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? text.slice(index, index + 2) : text.charAt(index);
}

export function buildMatcher(register: AnonymisationRegister): Matcher {
  const terms = buildTerms(register);
  const compiled: CompiledTerm[] = terms.map((term) => ({ term, regex: new RegExp(term.pattern, 'gu') }));
  const pseudonyms = [...new Set(register.people.map((p) => p.pseudonym.trim()).filter((p) => p !== ''))];
  const protectedForms = pseudonyms.map((p) => ({ exact: p, regex: new RegExp(escapeRegExp(foldText(p)), 'gu') }));
  const all: Compiled = {
    terms: compiled,
    termIndex: buildTermIndex(terms.map((term) => term.literal)),
    protectedForms,
    // A pseudonym's pattern is the folded pseudonym itself.
    protectedIndex: buildTermIndex(pseudonyms.map((p) => foldText(p))),
  };
  return { terms, find: (text) => findMatches(text, all) };
}

/**
 * Where pseudonyms stand in the text, exactly as registered (case included). A pseudonym is
 * never itself a match: a family surnamed "Child" must not turn "Child R" into "[…] R", and
 * published text full of pseudonyms must not read as leaks.
 */
function pseudonymSpans(
  text: string,
  folded: FoldedText,
  forms: readonly ProtectedForm[],
  index: TermIndex,
): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const could = index.candidates(folded.folded);
  for (const [n, form] of forms.entries()) {
    if (!could[n]) continue;
    form.regex.lastIndex = 0;
    for (const m of folded.folded.matchAll(form.regex)) {
      if (!isWhole(folded.folded, m.index, m.index + m[0].length)) continue;
      const range = toOriginalRange(folded, m.index, m.index + m[0].length);
      if (text.slice(range.start, range.end) === form.exact) spans.push(range);
    }
  }
  return spans;
}

function findMatches(text: string, compiled: Compiled): TermMatch[] {
  if (text === '') return [];
  const folded = foldWithMap(text);
  const f = folded.folded;
  const could = compiled.termIndex.candidates(f);
  if (!could.includes(true)) return [];
  // Where the pseudonyms stand matters only once a term matches, and most texts tried match none
  // (a year's two digits send a cell to the date-of-birth patterns): looked for on the first match.
  let shielded: { start: number; end: number }[] | null = null;
  const hits: TermMatch[] = [];
  for (const [n, { term, regex }] of compiled.terms.entries()) {
    if (!could[n]) continue;
    regex.lastIndex = 0;
    for (const m of f.matchAll(regex)) {
      let from = m.index;
      const to = m.index + m[0].length;
      if (to === from || !isWhole(f, from, to)) continue;
      let withDobPrefix = false;
      if (term.takesTitle) {
        const title = titleBefore.exec(f.slice(Math.max(0, from - 12), from));
        if (title) from -= title[1]!.length;
      } else if (term.kind === 'date-of-birth') {
        const prefix = dobPrefixBefore.exec(f.slice(Math.max(0, from - 24), from));
        if (prefix) {
          from -= prefix[1]!.length;
          withDobPrefix = true;
        }
      }
      const { start, end } = toOriginalRange(folded, from, to);
      // Inside a pseudonym, unless the match is longer than it ("Child Ruby Child" still goes).
      shielded ??= pseudonymSpans(text, folded, compiled.protectedForms, compiled.protectedIndex);
      if (shielded.some((s) => s.start <= start && end <= s.end)) continue;
      const original = text.slice(start, end);
      if (term.capitalisedOnly && !startsWithCapital(original)) continue;
      if (term.notInDates && readsAsDate(text, start, end)) continue;
      hits.push({ term, start, end, text: original, withDobPrefix });
    }
  }
  return pickNonOverlapping(hits);
}

function pickNonOverlapping(hits: TermMatch[]): TermMatch[] {
  if (hits.length <= 1) return hits;
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
