import type { DatePrecision, VagueDate } from '../domain/chronology';
import { parsePartOfMonth, parsePoint, type PointResult } from './parse-point';
import { earliestOf, edtfOfEndpoint, edtfOfSingle, latestOf, precisionOf, qualifierFor, type DatePoint } from './point';
import { parseTime } from './time';

export type DateParseResult =
  | {
      readonly ok: true;
      readonly value: VagueDate;
      /** a time written in the same cell, `HH:MM` */ readonly time: string | null;
    }
  | { readonly ok: false; readonly reason: string };

const APPROX_PREFIX = /^(?:(?:circa|approximately|approx|about|around|roughly|ca|c)\b\.?\s*|c(?=\d)|~\s*)/;
const APPROX_SUFFIX = /\s*(?:~|\((?:approx\.?|approximately|approximate|estimated|est\.?|c\.?)\))$/;
const UNCERTAIN_PREFIX = /^\?\s*/;
const UNCERTAIN_SUFFIX = /\s*(?:\?|\(\?\)|\((?:unconfirmed|uncertain|tbc)\))$/;
const BOTH = /^%|%$/;
/** The markers that qualify a date, in the order they are taken off, and what each says about it. */
const MARKERS: readonly (readonly [RegExp, 'approximate' | 'uncertain'])[] = [
  [APPROX_PREFIX, 'approximate'],
  [APPROX_SUFFIX, 'approximate'],
  [UNCERTAIN_PREFIX, 'uncertain'],
  [UNCERTAIN_SUFFIX, 'uncertain'],
];
const TIME_SUFFIX =
  /(?:[ t]|,\s*|\s+at\s+)(\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:am|pm)?|\d{1,2}\s*(?:am|pm))(?:z|[+-]\d{2}:?\d{2})?$/;

interface Qualified {
  readonly text: string;
  readonly approximate: boolean;
  readonly uncertain: boolean;
}

function stripQualifiers(input: string): Qualified {
  let text = input;
  const found = { approximate: false, uncertain: false };
  for (let changed = true; changed;) {
    const before = text;
    if (BOTH.test(text)) {
      text = text.replace(BOTH, '').trim();
      found.approximate = found.uncertain = true;
    }
    for (const [marker, meaning] of MARKERS) {
      if (!marker.test(text)) continue;
      text = text.replace(marker, '');
      found[meaning] = true;
    }
    changed = text !== before;
  }
  return { text: text.trim(), ...found };
}

interface Single {
  readonly point: DatePoint;
  readonly approximate: boolean;
  readonly uncertain: boolean;
}

function single(text: string): { single: Single } | { reason: string } | undefined {
  const q = stripQualifiers(text);
  const result: PointResult = parsePoint(q.text);
  if (result && 'point' in result)
    return { single: { point: result.point, approximate: q.approximate, uncertain: q.uncertain } };
  if (result) return result;
  // "Early May 2014" says less than a day: keep the month, mark it approximate.
  const partOfMonth = parsePartOfMonth(q.text);
  if (partOfMonth && 'point' in partOfMonth)
    return { single: { point: partOfMonth.point, approximate: true, uncertain: q.uncertain } };
  return partOfMonth;
}

const RANGE_SEPARATORS: readonly RegExp[] = [
  /^between\s+(.+?)\s+and\s+(.+)$/,
  /^(?:from\s+)?(.+?)\s+(?:to|until|till|through)\s+(.+)$/,
  /^(.+?)\s+-\s+(.+)$/,
  /^(\d{4}[^/]*)\/(\d{4}[^/]*)$/, // EDTF interval 2014-01/2014-04
  /^(\d{4})-(\d{4})$/, // 2019-2020
  /^([a-z]+)-([a-z]+\.?\s+\d{4})$/, // Jan-Mar 2014
  /^(\d{1,2}(?:st|nd|rd|th)?)-(\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\.?\s+\d{4})$/, // 3-5 May 2014
];

/** "March to May 2014", "3-5 May 2014": the start borrows the end's trailing words (month, year). */
function startWithBorrowedContext(start: string, end: string): ReturnType<typeof single> {
  const words = end.split(' ');
  for (let take = 1; take < words.length; take += 1) {
    const candidate = single(`${start} ${words.slice(words.length - take).join(' ')}`);
    if (candidate && 'single' in candidate) return candidate;
  }
  return undefined;
}

function range(text: string): { value: Omit<VagueDate, 'original'> } | { reason: string } | undefined {
  for (const separator of RANGE_SEPARATORS) {
    const m = separator.exec(text);
    if (!m) continue;
    const end = single(m[2]!);
    if (!end || 'reason' in end) return end ? { reason: `end of the range: ${end.reason}` } : undefined;
    let start = single(m[1]!);
    if (!start) start = startWithBorrowedContext(m[1]!, m[2]!);
    if (!start) return undefined;
    if ('reason' in start) return { reason: `start of the range: ${start.reason}` };
    const a = start.single;
    const b = end.single;
    const earliest = earliestOf(a.point);
    const latest = latestOf(b.point);
    if (latestOf(b.point) < earliestOf(a.point)) return { reason: 'the range ends before it starts' };
    const approximate = a.approximate || b.approximate;
    const uncertain = a.uncertain || b.uncertain;
    return {
      value: {
        edtf: `${edtfOfEndpoint(a.point, 'start', qualifierFor(a.approximate, a.uncertain))}/${edtfOfEndpoint(
          b.point,
          'end',
          qualifierFor(b.approximate, b.uncertain),
        )}`,
        earliest,
        latest,
        precision: 'range',
        approximate,
        uncertain,
      },
    };
  }
  return undefined;
}

function normalise(input: string): string {
  return input
    .toLowerCase()
    .replace(/[\u2012-\u2015\u2212]/g, '-') // en/em dashes and minus signs
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads a date the way reviewers and agencies write it. Never guesses: an ambiguous or
 * impossible date is an error with a reason, and the bounds never claim more precision than
 * the words give. Numeric dates are day first (UK).
 */
export function parseVagueDate(input: string): DateParseResult {
  const original = input.replace(/\s+/g, ' ').trim();
  if (original === '') return { ok: false, reason: 'the date is empty' };
  let text = normalise(original);
  let time: string | null = null;
  const timeMatch = TIME_SUFFIX.exec(text);
  if (timeMatch && timeMatch.index > 0) {
    const parsedTime = parseTime(timeMatch[1]!);
    if (parsedTime.ok) {
      time = parsedTime.value;
      text = text.slice(0, timeMatch.index).trim();
    }
  }

  const one = single(text);
  if (one && 'single' in one) {
    const { point, approximate, uncertain } = one.single;
    const precision: DatePrecision = precisionOf(point);
    return {
      ok: true,
      time,
      value: {
        edtf: edtfOfSingle(point, qualifierFor(approximate, uncertain)),
        original,
        earliest: earliestOf(point),
        latest: latestOf(point),
        precision,
        approximate,
        uncertain,
      },
    };
  }
  const spanned = range(text);
  if (spanned && 'value' in spanned) return { ok: true, time, value: { ...spanned.value, original } };
  const reason = one?.reason ?? spanned?.reason;
  if (reason) return { ok: false, reason: `"${original}": ${reason}` };
  return {
    ok: false,
    reason: `"${original}" is not a date Casewright recognises (e.g. 03/02/2021, 3 Feb 2021, May 2014, Spring 2013, Early 2014, c. 2014)`,
  };
}
