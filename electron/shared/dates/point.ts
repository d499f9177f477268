import { PARTS_OF_YEAR, SEASONS, daysInMonth, isoDay, isoMonth, type PartOfYear, type Season } from './calendar';
import type { DatePrecision } from '../domain/chronology';

/** One end of a vague date, at the precision it was written with. */
export type DatePoint =
  | { readonly kind: 'day'; readonly year: number; readonly month: number; readonly day: number }
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'season'; readonly year: number; readonly season: Season }
  | { readonly kind: 'part'; readonly year: number; readonly part: PartOfYear }
  | { readonly kind: 'year'; readonly year: number };

/** First and last month a season or part of the year covers, as absolute (year, month) pairs. */
function monthSpan(point: DatePoint & { kind: 'season' | 'part' }): { from: [number, number]; to: [number, number] } {
  const def = point.kind === 'season' ? SEASONS[point.season] : PARTS_OF_YEAR[point.part];
  const toYear = def.lastMonth < def.firstMonth ? point.year + 1 : point.year;
  return { from: [point.year, def.firstMonth], to: [toYear, def.lastMonth] };
}

export function earliestOf(point: DatePoint): string {
  switch (point.kind) {
    case 'day':
      return isoDay(point.year, point.month, point.day);
    case 'month':
      return isoDay(point.year, point.month, 1);
    case 'season':
    case 'part': {
      const [y, m] = monthSpan(point).from;
      return isoDay(y, m, 1);
    }
    case 'year':
      return isoDay(point.year, 1, 1);
  }
}

export function latestOf(point: DatePoint): string {
  switch (point.kind) {
    case 'day':
      return isoDay(point.year, point.month, point.day);
    case 'month':
      return isoDay(point.year, point.month, daysInMonth(point.year, point.month));
    case 'season':
    case 'part': {
      const [y, m] = monthSpan(point).to;
      return isoDay(y, m, daysInMonth(y, m));
    }
    case 'year':
      return isoDay(point.year, 12, 31);
  }
}

export function precisionOf(point: DatePoint): DatePrecision {
  switch (point.kind) {
    case 'day':
      return 'day';
    case 'month':
      return 'month';
    case 'season':
      return 'season';
    case 'part':
      return 'part-of-year';
    case 'year':
      return 'year';
  }
}

export type Qualifier = '' | '~' | '?' | '%';

export function qualifierFor(approximate: boolean, uncertain: boolean): Qualifier {
  if (approximate && uncertain) return '%';
  if (approximate) return '~';
  if (uncertain) return '?';
  return '';
}

/**
 * EDTF for a point standing alone. Seasons and parts of the year use their ISO 8601-2 codes
 * (21–24, 37–39) when unqualified; EDTF cannot qualify those codes, so a qualified one is
 * written as the equivalent month interval (e.g. "c. Spring 2013" → `2013-03~/2013-05~`).
 */
export function edtfOfSingle(point: DatePoint, q: Qualifier): string {
  if (point.kind === 'season' || point.kind === 'part') {
    const code = point.kind === 'season' ? SEASONS[point.season].code : PARTS_OF_YEAR[point.part].code;
    if (q === '') return `${String(point.year).padStart(4, '0')}-${code}`;
    return `${edtfOfEndpoint(point, 'start', q)}/${edtfOfEndpoint(point, 'end', q)}`;
  }
  return edtfOfEndpoint(point, 'start', q);
}

/** EDTF for one end of an interval, where season codes are not allowed: use the boundary month. */
export function edtfOfEndpoint(point: DatePoint, side: 'start' | 'end', q: Qualifier): string {
  switch (point.kind) {
    case 'day':
      return isoDay(point.year, point.month, point.day) + q;
    case 'month':
      return isoMonth(point.year, point.month) + q;
    case 'season':
    case 'part': {
      const span = monthSpan(point);
      const [y, m] = side === 'start' ? span.from : span.to;
      return isoMonth(y, m) + q;
    }
    case 'year':
      return String(point.year).padStart(4, '0') + q;
  }
}
