/**
 * How the Insight area names a chronology entry to a reviewer: by its date, agency and what it
 * says, never by the number the review file keeps for it. Dates are shown as the agency gave them
 * (that is what the reviewer will find in the return); one given in ISO form ("2021-02-03") is
 * written out in UK form instead.
 */
import { isoDayToWords, isoDateTimeToWords } from '../../ui/date-input';

export interface EntryInWords {
  readonly dateText: string;
  readonly agency: string | null;
  readonly summary: string;
}

const SHORT_SUMMARY = 90;

export function dateAsGiven(dateText: string): string {
  const trimmed = dateText.trim();
  return trimmed === '' ? 'Undated' : isoDayToWords(trimmed);
}

/** The summary cut at a word before `max` characters, with an ellipsis when cut. */
export function shortSummary(summary: string, max = SHORT_SUMMARY): string {
  const text = summary.trim().replace(/\s+/g, ' ');
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}

/** "14/12/2021, Westmoor Police: “KA reports DC threatened…”" (the summary cut at `max` characters). */
export function entryInWords(entry: EntryInWords, max = SHORT_SUMMARY): string {
  const summary = shortSummary(entry.summary, max);
  return `${dateAsGiven(entry.dateText)}, ${entry.agency ?? 'unnamed agency'}${summary === '' ? '' : `: “${summary}”`}`;
}

/** A stored time of an action ("2026-11-29T10:02:11Z") as the day it happened, "29 November 2026". */
export function dayOf(isoDateTime: string): string {
  return isoDateTimeToWords(isoDateTime.slice(0, 10));
}
