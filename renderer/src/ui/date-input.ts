import { formatVagueDate, parseVagueDate } from '@shared/dates';

/**
 * Turning what a reviewer types into a date field into a stored day, with the same parser the
 * importer uses, so "03/02/2021", "3 Feb 2021", "May 2014" and "Spring 2021" all work.
 *
 * - `day`: the text must name one day (a date of birth, the end of the review's scope).
 * - `start` / `end`: a vaguer date stands for its first or last day ("from Spring 2021" starts on
 *   1 March 2021; "to May 2014" ends on 31 May 2014).
 */
export type DateBound = 'day' | 'start' | 'end';

export type DateInputReading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly iso: string; /** How the text was understood, in words. */ readonly words: string }
  | { readonly kind: 'problem'; readonly message: string };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO day in UK long form ("3 February 2021"); anything else is returned as it is. */
export function isoDayToWords(iso: string | null | undefined): string {
  if (iso === null || iso === undefined || iso === '') return '';
  if (!ISO_DAY.test(iso)) return iso;
  return formatVagueDate(
    { edtf: iso, original: iso, earliest: iso, latest: iso, precision: 'day', approximate: false, uncertain: false },
    { longMonths: true },
  );
}

export function readDateInput(text: string, bound: DateBound): DateInputReading {
  if (text.trim() === '') return { kind: 'empty' };
  const parsed = parseVagueDate(text);
  if (!parsed.ok) return { kind: 'problem', message: parsed.reason };
  const date = parsed.value;
  if (bound === 'day') {
    if (date.earliest !== date.latest)
      return {
        kind: 'problem',
        message: `“${text.trim()}” is not one day. Give the full date, for example 3 February 2021.`,
      };
    return { kind: 'ok', iso: date.earliest, words: isoDayToWords(date.earliest) };
  }
  const iso = bound === 'start' ? date.earliest : date.latest;
  const shown = formatVagueDate(date, { longMonths: true });
  const words =
    date.earliest === date.latest
      ? isoDayToWords(iso)
      : `${shown}, so ${bound === 'start' ? 'from' : 'to'} ${isoDayToWords(iso)}`;
  return { kind: 'ok', iso, words };
}

/** A stored date and time ("2026-02-03T10:00…") as "3 February 2026, 10:00", as written. */
export function isoDateTimeToWords(iso: string): string {
  const day = iso.slice(0, 10);
  const time = /T(\d{2}:\d{2})/.exec(iso)?.[1];
  return `${isoDayToWords(day)}${time === undefined ? '' : `, ${time}`}`;
}
