/**
 * Whole-day arithmetic on `YYYY-MM-DD` strings. Day numbers count days since 1970-01-01 (UTC),
 * so the timeline never meets time zones or daylight saving.
 */
import type { IsoDay } from './types';

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export const MONTH_SHORT = [
  'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec',
] as const;

/** Day number of an ISO day; throws on anything that is not a real calendar day. */
export function dayNumber(day: IsoDay): number {
  const match = ISO_DAY.exec(day);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD day: "${day}"`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const date = Number(match[3]);
  const ms = Date.UTC(year, month - 1, date);
  const check = new Date(ms);
  // Date.UTC rolls 2022-02-31 over to March; a rolled-over day is not a real day.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) {
    throw new RangeError(`Not a calendar day: "${day}"`);
  }
  return Math.round(ms / MS_PER_DAY);
}

export interface CalendarDay {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly date: number;
}

export function calendarDay(dayNum: number): CalendarDay {
  const d = new Date(dayNum * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

export function isoDay(dayNum: number): IsoDay {
  const { year, month, date } = calendarDay(dayNum);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

export function dayOf(year: number, month: number, date: number): number {
  return Math.round(Date.UTC(year, month - 1, date) / MS_PER_DAY);
}

/** "3 Feb 2021" — used for axis labels and viewport descriptions, never for entry dates. */
export function formatDay(dayNum: number): string {
  const { year, month, date } = calendarDay(dayNum);
  return `${date} ${MONTH_SHORT[month - 1]} ${year}`;
}
