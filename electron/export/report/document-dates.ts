/**
 * The one date style of every document Casewright writes: the UK long form ("3 February 2021").
 * Vague dates keep exactly the precision they were given ("May 2014", "Spring 2013", "c. 2014"),
 * never an invented day; the reviewer's original spelling ("03/02/2021", "3rd Nov 2021") is
 * not copied into documents, so one report does not mix four styles.
 */
import { formatVagueDate } from '../../shared/dates';
import type { VagueDate } from '../../shared/domain/chronology';
import { MONTH_NAMES as MONTHS } from '@shared/dates/calendar';

/** An ISO day (YYYY-MM-DD) or month (YYYY-MM) in the UK long form; other text is returned as given. */
export function documentDay(iso: string | null): string {
  if (iso === null) return '';
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (day !== null) {
    const month = MONTHS[Number(day[2]) - 1];
    return month === undefined ? iso : `${Number(day[3])} ${month} ${day[1]}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month !== null)
    return MONTHS[Number(month[2]) - 1] === undefined ? iso : `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  return iso;
}

/** A chronology date as precisely as it is known, in the long form. */
export function documentDate(date: VagueDate): string {
  return formatVagueDate(date, { longMonths: true });
}

/** The first sentence of a text, cut at a word boundary (with "…") when longer than `max` characters. */
export function firstSentence(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?])(?:\s|$)/.exec(flat)?.[1] ?? flat;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
