/**
 * Regular-expression source (over folded, lower-case text) that finds one date of birth in the
 * ways people write it: 14/06/2019, 14/6/19, 14.06.2019, 14-06-2019, 2019-06-14, 14 June 2019,
 * 14th June 2019, 14th of Jun 2019, June 14, 2019. Day-first only: a UK review never writes
 * month-first, and accepting it would make 06/07 ambiguous. A leading "DOB" or "date of birth"
 * is captured as `dobprefix` so the phrase can become an age ("DOB 14/06/2019" → "aged 3").
 */
import { parseIsoDay, type IsoDay } from '../../shared/domain/people';

const monthWords = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
] as const;

/**
 * "DOB", "D.O.B.:", "date of birth" just before a date (checked backwards from the date by the
 * matcher, so the date patterns start with a digit or a month and scan fast).
 */
export const dobPrefixBefore = /(?:^|[^\p{L}\p{N}_])((?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth)\s*[:-]?\s*(?:of\s+)?)$/u;

export function dateOfBirthPattern(dateOfBirth: IsoDay): string | null {
  const parts = parseIsoDay(dateOfBirth);
  if (!parts) return null;
  const { year, month, day } = parts;
  const d = day < 10 ? `0?${day}` : String(day);
  const m = month < 10 ? `0?${month}` : String(month);
  const yy = String(year % 100).padStart(2, '0');
  const y = `(?:${year}|${yy})`;
  const sep = String.raw`\s*[/.\-]\s*`;
  const ordinal = '(?:st|nd|rd|th)?';
  const monthName = `(?:${monthWords[month - 1]!.join('|')})\\.?`;
  const forms = [
    `${d}${sep}${m}${sep}${y}`,
    `${year}${sep}${m}${sep}${d}`,
    String.raw`${d}${ordinal}(?:\s+of)?\s+${monthName},?\s+${year}`,
    String.raw`${monthName}\s+${d}${ordinal},?\s+${year}`,
  ];
  return `(?:${forms.join('|')})`;
}

/**
 * Text every match of `dateOfBirthPattern` holds, for the term index (term-index.ts): each form
 * writes the year, in four digits or two, and the four end with the two. Most chronology cells
 * hold no such pair of digits, and then the date's four forms are not tried at all.
 */
export function dateOfBirthLiteral(dateOfBirth: IsoDay): string | null {
  const parts = parseIsoDay(dateOfBirth);
  if (!parts) return null;
  const yy = String(parts.year % 100).padStart(2, '0');
  return String(parts.year).endsWith(yy) ? yy : null;
}
