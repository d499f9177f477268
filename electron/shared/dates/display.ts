import type { VagueDate } from '../domain/chronology';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from './calendar';

/**
 * Shows a vague date exactly as precisely as it is known: "3 Feb 2021", "May 2014",
 * "Spring 2013", "Winter 2013/14", "Early 2014", "2014", "Mar 2014 – Jun 2014", with "c. " for
 * approximate and a leading "?" for uncertain dates. It never shows a day that was not given.
 * Works from the bounds and precision, so it does not depend on how EDTF spelled the value.
 */
export interface DisplayOptions {
  /** Full month names ("3 February 2021"); default abbreviated. */
  readonly longMonths?: boolean;
}

function parts(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

function monthName(month: number, options: DisplayOptions): string {
  return (options.longMonths ? MONTH_NAMES : MONTH_ABBREVIATIONS)[month - 1] ?? '';
}

const SEASON_BY_FIRST_MONTH: Readonly<Record<number, string>> = { 3: 'Spring', 6: 'Summer', 9: 'Autumn', 12: 'Winter' };
const PART_BY_FIRST_MONTH: Readonly<Record<number, string>> = { 1: 'Early', 5: 'Mid', 9: 'Late' };

function core(date: VagueDate, options: DisplayOptions): string {
  const [y1, m1, d1] = parts(date.earliest);
  const [y2, m2, d2] = parts(date.latest);
  switch (date.precision) {
    case 'day':
      return `${d1} ${monthName(m1, options)} ${y1}`;
    case 'month':
      return `${monthName(m1, options)} ${y1}`;
    case 'season': {
      const season = SEASON_BY_FIRST_MONTH[m1] ?? 'Season';
      return season === 'Winter' ? `Winter ${y1}/${String(y1 + 1).slice(-2)}` : `${season} ${y1}`;
    }
    case 'part-of-year':
      return `${PART_BY_FIRST_MONTH[m1] ?? 'Part of'} ${y1}`;
    case 'year':
      return String(y1);
    case 'range':
      return `${rangeEnd(date.edtf.split('/')[0] ?? '', y1, m1, d1, options)} – ${rangeEnd(date.edtf.split('/')[1] ?? '', y2, m2, d2, options)}`;
  }
}

/** One end of a range at the precision its EDTF endpoint shows (day, month or year). */
function rangeEnd(edtf: string, year: number, month: number, day: number, options: DisplayOptions): string {
  const bare = edtf.replace(/[~?%]/g, '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(bare)) return `${day} ${monthName(month, options)} ${year}`;
  if (/^\d{4}-\d{2}$/.test(bare)) return `${monthName(month, options)} ${year}`;
  return String(year);
}

export function formatVagueDate(date: VagueDate, options: DisplayOptions = {}): string {
  const text = core(date, options);
  return `${date.approximate ? 'c. ' : ''}${date.uncertain ? '?' : ''}${text}`;
}
