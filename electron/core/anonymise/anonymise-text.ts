/**
 * Publication-mode replacement in plain text: every registered name and alias becomes the
 * person's pseudonym, dates of birth become ages (or are removed), and registered identifiers
 * are redacted. Draft mode never calls this: drafts keep real names on purpose.
 */
import { describeAgeAt, type IsoDay } from '../../shared/domain/people';
import type { Matcher, TermMatch } from './matcher';
import { DATE_OF_BIRTH_REMOVED } from './register';

export interface AnonymiseOptions {
  /**
   * The date ages are given at when a "DOB dd/mm/yyyy" phrase is replaced (usually the end
   * of the review's scope, or the date of the incident). Without it the date is removed.
   */
  readonly ageReferenceDate?: IsoDay;
}

export function replacementFor(match: TermMatch, options: AnonymiseOptions): string {
  if (match.term.kind !== 'date-of-birth') return match.term.replacement;
  if (match.withDobPrefix && options.ageReferenceDate && match.term.dateOfBirth) {
    const age = describeAgeAt(match.term.dateOfBirth, options.ageReferenceDate);
    if (age !== null) return `aged ${age}`;
  }
  return DATE_OF_BIRTH_REMOVED;
}

export function anonymiseText(text: string, matcher: Matcher, options: AnonymiseOptions = {}): string {
  const matches = matcher.find(text);
  if (matches.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const match of matches) {
    out += text.slice(pos, match.start) + replacementFor(match, options);
    pos = match.end;
  }
  return out + text.slice(pos);
}

/**
 * Applies the matches of a text that was split across several pieces (Lexical text nodes with
 * different formatting): each replacement goes into the piece where its match starts, and the
 * matched characters are removed from every piece they span.
 */
export function anonymisePieces(pieces: readonly string[], matcher: Matcher, options: AnonymiseOptions = {}): string[] {
  const joined = pieces.join('');
  const matches = matcher.find(joined);
  if (matches.length === 0) return [...pieces];
  const out: string[] = [];
  let offset = 0;
  for (const piece of pieces) {
    const start = offset;
    const end = offset + piece.length;
    let text = '';
    let pos = start;
    for (const match of matches) {
      if (match.end <= start || match.start >= end) continue;
      if (match.start > pos) text += joined.slice(pos, match.start);
      if (match.start >= start) text += replacementFor(match, options);
      pos = Math.max(pos, Math.min(match.end, end));
    }
    if (pos < end) text += joined.slice(pos, end);
    out.push(text);
    offset = end;
  }
  return out;
}
