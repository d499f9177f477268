/**
 * Calendar facts the date parser needs, with the UK conventions Casewright uses for vague dates.
 * Pure: no Date objects (time zones would shift days), only integer arithmetic.
 */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  const lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const length = lengths[month - 1];
  if (length === undefined) throw new RangeError(`month ${month} does not exist`);
  return length;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const MONTH_ABBREVIATIONS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** Lower-case month words agencies write → month number. */
const MONTH_WORDS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((name, index) => {
    const lower = name.toLowerCase();
    const words: [string, number][] = [
      [lower, index + 1],
      [lower.slice(0, 3), index + 1],
    ];
    if (lower === 'september') words.push(['sept', 9]);
    return words;
  }),
);

export function monthFromWord(word: string): number | undefined {
  return MONTH_WORDS.get(word.toLowerCase().replace(/\.$/, ''));
}

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export type PartOfYear = 'early' | 'mid' | 'late';

/** A named part of any year: its EDTF (ISO 8601-2 sub-year grouping) code and its first and last month. */
export interface YearPart {
  readonly code: number;
  readonly firstMonth: number;
  readonly lastMonth: number;
}

/**
 * UK meteorological seasons. The `edtf` package maps codes 21–24 onto calendar quarters
 * (spring = January–March); British reviewers mean March–May, so the bounds come from here.
 * Winter belongs to the year in which it starts: "Winter 2013" = December 2013 – February 2014.
 */
export const SEASONS: Readonly<Record<Season, YearPart>> = {
  spring: { code: 21, firstMonth: 3, lastMonth: 5 },
  summer: { code: 22, firstMonth: 6, lastMonth: 8 },
  autumn: { code: 23, firstMonth: 9, lastMonth: 11 },
  winter: { code: 24, firstMonth: 12, lastMonth: 2 },
};

/**
 * "Early / Mid / Late 2014" split the year into thirds of four months each. ISO 8601-2 has a code
 * for exactly that grouping (quadrimesters 37–39), so the EDTF form stays standard.
 */
export const PARTS_OF_YEAR: Readonly<Record<PartOfYear, YearPart>> = {
  early: { code: 37, firstMonth: 1, lastMonth: 4 },
  mid: { code: 38, firstMonth: 5, lastMonth: 8 },
  late: { code: 39, firstMonth: 9, lastMonth: 12 },
};

export function seasonFromCode(code: number): Season | undefined {
  return (Object.keys(SEASONS) as Season[]).find((s) => SEASONS[s].code === code);
}

export function partFromCode(code: number): PartOfYear | undefined {
  return (Object.keys(PARTS_OF_YEAR) as PartOfYear[]).find((p) => PARTS_OF_YEAR[p].code === code);
}

/**
 * Two-digit years follow Excel's rule (00–29 → 2000s, 30–99 → 1900s), because the agencies'
 * spreadsheets that produce "3/2/21" apply the same rule when they store the value.
 */
export function expandTwoDigitYear(twoDigits: number): number {
  return twoDigits <= 29 ? 2000 + twoDigits : 1900 + twoDigits;
}

/** Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
