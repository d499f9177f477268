/**
 * Turns the register into match terms: one per distinct name form, alias, date of birth and
 * identifier variant, each with the text that replaces it in publication output.
 */
import { foldText, escapeRegExp } from './fold';
import { isEverydayWord, isMonthName, splitName } from './name-parts';
import { dateOfBirthLiteral, dateOfBirthPattern } from './date-of-birth-patterns';
import { longestWord } from './term-index';
import {
  AMBIGUOUS_NAME,
  AMBIGUOUS_SURNAME,
  identifierReplacements,
  type AnonymisationRegister,
  type RegisterPerson,
  type TermKind,
} from './register';

export interface Term {
  readonly kind: TermKind;
  /** Regex source over folded text, without the word boundaries. */
  readonly pattern: string;
  /** The registered form this term came from, for reports ("alias Kez of RM"). */
  readonly source: string;
  readonly replacement: string;
  readonly personId?: number;
  readonly identifierId?: number;
  /** Everyday-word name parts match only when the original starts with a capital. */
  readonly capitalisedOnly: boolean;
  /** Month-name name parts do not match where they read as a date. */
  readonly notInDates: boolean;
  /** A title just before ("Mrs Ashdown") belongs to the match. */
  readonly takesTitle: boolean;
  readonly dateOfBirth?: string;
  /**
   * Folded text every match of `pattern` holds, or null when there is none to look for: the
   * matcher skips the term for texts without it (term-index.ts).
   */
  readonly literal: string | null;
}

function phraseWords(phrase: string): string[] {
  return foldText(phrase)
    .trim()
    .split(/[\s,]+/)
    .filter((w) => w !== '');
}

/** Whitespace- and comma-tolerant pattern for a folded phrase. */
export function phrasePattern(phrase: string): string {
  return phraseWords(phrase)
    .map(escapeRegExp)
    .join(String.raw`[\s,]+`);
}

/** Text every match of `phrasePattern(phrase)` holds (with or without a plural "s" after it): its longest word. */
export function phraseLiteral(phrase: string): string | null {
  return longestWord(phraseWords(phrase));
}

type NameKind = 'real-name' | 'alias' | 'first-name' | 'middle-name' | 'surname';
interface Candidate {
  readonly person: RegisterPerson;
  readonly kind: NameKind;
  readonly form: string;
}

const strength: Readonly<Record<NameKind, number>> = {
  'real-name': 2,
  alias: 2,
  'first-name': 1,
  'middle-name': 1,
  surname: 1,
};

function nameCandidates(person: RegisterPerson): Candidate[] {
  const parts = splitName(person.realName);
  const out: Candidate[] = [{ person, kind: 'real-name', form: parts.full }];
  if (parts.firstLast) out.push({ person, kind: 'real-name', form: parts.firstLast });
  for (const alias of person.aliases) if (alias.trim() !== '') out.push({ person, kind: 'alias', form: alias.trim() });
  if (parts.surnames.length > 0 && parts.first) out.push({ person, kind: 'first-name', form: parts.first });
  for (const m of parts.middles) out.push({ person, kind: 'middle-name', form: m });
  for (const s of parts.surnames) out.push({ person, kind: 'surname', form: s });
  // A name part needs at least two letters: initials alone identify no one and match everywhere.
  return out.filter((c) =>
    c.kind === 'real-name' || c.kind === 'alias' ? true : c.form.replace(/[^\p{L}]/gu, '').length >= 2,
  );
}

/** Picks the replacement for a name form, given everyone it could refer to. */
function resolveName(candidates: readonly Candidate[]): { replacement: string; best: Candidate } {
  const top = Math.max(...candidates.map((c) => strength[c.kind]));
  const strongest = candidates.filter((c) => strength[c.kind] === top);
  const people = new Set(strongest.map((c) => c.person.id));
  const best = strongest[0]!;
  if (people.size === 1) return { replacement: best.person.pseudonym, best };
  const allSurnames = strongest.every((c) => c.kind === 'surname');
  return { replacement: allSurnames ? AMBIGUOUS_SURNAME : AMBIGUOUS_NAME, best };
}

export function buildTerms(register: AnonymisationRegister): Term[] {
  const byForm = new Map<string, Candidate[]>();
  for (const person of register.people) {
    for (const c of nameCandidates(person)) {
      const key = foldText(c.form).trim().replace(/\s+/g, ' ');
      if (key === '') continue;
      const list = byForm.get(key) ?? [];
      list.push(c);
      byForm.set(key, list);
    }
  }
  const terms: Term[] = [];
  for (const [key, candidates] of byForm) {
    const { replacement, best } = resolveName(candidates);
    const isPart = best.kind === 'first-name' || best.kind === 'middle-name' || best.kind === 'surname';
    const plural = best.kind === 'surname' ? 's?' : '';
    terms.push({
      kind: best.kind,
      pattern: `${phrasePattern(key)}${plural}`,
      source: best.form,
      replacement,
      personId: replacement === AMBIGUOUS_NAME || replacement === AMBIGUOUS_SURNAME ? undefined : best.person.id,
      capitalisedOnly: isPart && isEverydayWord(key),
      notInDates: isPart && isMonthName(key),
      takesTitle: true,
      literal: phraseLiteral(key),
    });
  }
  for (const person of register.people) {
    if (!person.dateOfBirth) continue;
    const pattern = dateOfBirthPattern(person.dateOfBirth);
    if (!pattern) continue;
    terms.push({
      kind: 'date-of-birth',
      pattern,
      source: person.dateOfBirth,
      replacement: '',
      personId: person.id,
      capitalisedOnly: false,
      notInDates: false,
      takesTitle: false,
      dateOfBirth: person.dateOfBirth,
      literal: dateOfBirthLiteral(person.dateOfBirth),
    });
  }
  for (const identifier of register.identifiers) {
    for (const { pattern, literal } of identifierPatternsWithLiterals(identifier.text, identifier.kind)) {
      terms.push({
        kind: identifier.kind,
        pattern,
        literal,
        source: identifier.text,
        replacement: identifierReplacements[identifier.kind],
        identifierId: identifier.id,
        capitalisedOnly: false,
        notInDates: false,
        takesTitle: false,
      });
    }
  }
  return terms;
}

/**
 * Variants of an identifier worth matching: postcodes with or without the space, NHS numbers
 * with any spacing, the street line of an address (with and without the house number), and a
 * school's name without "School"/"Academy". A town on its own is not matched: it usually names
 * the partnership too, and generalising places is a judgement the reviewer makes.
 */
export function identifierPatterns(text: string, kind: keyof typeof identifierReplacements): string[] {
  return identifierPatternsWithLiterals(text, kind).map((p) => p.pattern);
}

/** The patterns of `identifierPatterns`, each with the text every match of it holds (null: none to look for). */
function identifierPatternsWithLiterals(
  text: string,
  kind: keyof typeof identifierReplacements,
): { readonly pattern: string; readonly literal: string | null }[] {
  const folded = foldText(text).trim();
  if (folded === '') return [];
  const phrase = (p: string) => ({ pattern: phrasePattern(p), literal: phraseLiteral(p) });
  if (kind === 'postcode') {
    const compact = folded.replace(/\s+/g, '');
    if (compact.length < 5) return [phrase(folded)];
    // With or without the space, so only each half is sure to be there: the longer is looked for.
    const [outward, inward] = [compact.slice(0, -3), compact.slice(-3)];
    return [
      {
        pattern: `${escapeRegExp(outward)}\\s*${escapeRegExp(inward)}`,
        literal: outward.length >= inward.length ? outward : inward,
      },
    ];
  }
  if (kind === 'nhs-number') {
    const digits = folded.replace(/\D/g, '');
    if (digits.length < 6) return [phrase(folded)];
    return [{ pattern: digits.split('').join(String.raw`[\s\-]*`), literal: null }];
  }
  const phrases = new Set([folded]);
  if (kind === 'address') {
    const street = folded.split(',')[0]!.trim();
    if (street !== folded && /\p{L}/u.test(street) && street.split(/\s+/).length >= 2) phrases.add(street);
    const withoutNumber = street.replace(/^\d+[a-z]?\s+/, '');
    if (withoutNumber !== street && withoutNumber.split(/\s+/).length >= 2) phrases.add(withoutNumber);
  }
  if (kind === 'school') {
    const short = folded.replace(/\s+(school|academy|college)$/, '');
    if (short !== folded && short.split(/\s+/).length >= 2) phrases.add(short);
  }
  // Distinct patterns, in the order first made (two phrases can fold to one pattern).
  const byPattern = new Map<string, ReturnType<typeof phrase>>();
  for (const p of phrases) {
    const made = phrase(p);
    if (!byPattern.has(made.pattern)) byPattern.set(made.pattern, made);
  }
  return [...byPattern.values()];
}
