import {
  MONTH_NAMES,
  daysInMonth,
  expandTwoDigitYear,
  monthFromWord,
  partFromCode,
  seasonFromCode,
  type PartOfYear,
  type Season,
} from './calendar';
import { excelSerialToIsoDay } from './excel';
import type { DatePoint } from './point';

/**
 * Reads one date without qualifiers or ranges ("3rd February 2021", "Spring 2013", "2014-05").
 * `text` is already lower-cased and whitespace-collapsed. Returns a point, a reason it is
 * impossible (31/02/2022), or `undefined` when the text is not in any form we know.
 */
export type PointResult = { readonly point: DatePoint } | { readonly reason: string } | undefined;

const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

function checkYear(year: number): string | undefined {
  return year < MIN_YEAR || year > MAX_YEAR ? `year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}` : undefined;
}

function dayPoint(year: number, month: number, day: number, hint: string): PointResult {
  const badYear = checkYear(year);
  if (badYear) return { reason: badYear };
  if (month < 1 || month > 12) return { reason: `month ${month} does not exist${hint}` };
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) {
    return {
      reason: `${day} ${MONTH_NAMES[month - 1]} ${year} does not exist (${MONTH_NAMES[month - 1]} ${year} has ${length} days)${hint}`,
    };
  }
  return { point: { kind: 'day', year, month, day } };
}

function monthPoint(year: number, month: number): PointResult {
  const badYear = checkYear(year);
  if (badYear) return { reason: badYear };
  if (month < 1 || month > 12) return { reason: `month ${month} does not exist` };
  return { point: { kind: 'month', year, month } };
}

function yearOf(digits: string): number {
  return digits.length === 2 ? expandTwoDigitYear(Number(digits)) : Number(digits);
}

const DAY_FIRST_HINT = ' (numeric dates are read day first, DD/MM/YYYY)';
const WEEKDAY = /^(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+/;
const SEASON_WORDS: Readonly<Record<string, Season>> = {
  spring: 'spring',
  summer: 'summer',
  autumn: 'autumn',
  fall: 'autumn',
  winter: 'winter',
};
const PART_WORDS: Readonly<Record<string, PartOfYear>> = {
  early: 'early',
  'beginning of': 'early',
  'start of': 'early',
  mid: 'mid',
  middle: 'mid',
  'middle of': 'mid',
  'the middle of': 'mid',
  late: 'late',
  'end of': 'late',
  'the end of': 'late',
};

export function parsePoint(text: string): PointResult {
  let m: RegExpExecArray | null;

  // Excel serial day number (five digits: 1927 onwards; four digits would be a year).
  if ((m = /^(\d{5})(?:\.\d+)?$/.exec(text))) {
    const iso = excelSerialToIsoDay(Number(text));
    if (!iso) return { reason: `${text} is not an Excel date serial number` };
    const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
    return { point: { kind: 'day', year: y, month: mo, day: d } };
  }
  // ISO / year-first day: 2021-02-03, 2021/02/03, 2021.02.03
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text))) {
    return dayPoint(Number(m[1]), Number(m[2]), Number(m[3]), '');
  }
  // EDTF season or part-of-year code: 2013-21 … 2013-24, 2014-37 … 2014-39
  if ((m = /^(\d{4})-(2[1-4]|3[7-9])$/.exec(text))) {
    const year = Number(m[1]);
    const code = Number(m[2]);
    const season = seasonFromCode(code);
    if (season) return { point: { kind: 'season', year, season } };
    const part = partFromCode(code);
    if (part) return { point: { kind: 'part', year, part } };
  }
  // Year-first month: 2014-05, 2014/05
  if ((m = /^(\d{4})[-/](\d{1,2})$/.exec(text))) return monthPoint(Number(m[1]), Number(m[2]));
  // Year
  if ((m = /^(\d{4})$/.exec(text))) {
    const year = Number(m[1]);
    const bad = checkYear(year);
    return bad ? { reason: bad } : { point: { kind: 'year', year } };
  }
  // UK numeric, day first: 03/02/2021, 3/2/21, 3.2.2021, 03-02-2021
  if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text))) {
    return dayPoint(yearOf(m[3]!), Number(m[2]), Number(m[1]), DAY_FIRST_HINT);
  }
  // Numeric month and year: 05/2014, 5-2014
  if ((m = /^(\d{1,2})[/.-](\d{4})$/.exec(text))) return monthPoint(Number(m[2]), Number(m[1]));

  const words = text.replace(WEEKDAY, '');
  // 3 Feb 2021, 3rd February 2021, 3rd of February 2021, 03-Feb-2021, 3-Feb-21
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{4}|\d{2})$/.exec(words))) {
    const month = monthFromWord(m[2]!);
    if (month === undefined) return { reason: `"${m[2]}" is not a month` };
    return dayPoint(yearOf(m[3]!), month, Number(m[1]), '');
  }
  // February 3, 2021 / February 3rd 2021
  if ((m = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(words))) {
    const month = monthFromWord(m[1]!);
    if (month !== undefined) return dayPoint(Number(m[3]), month, Number(m[2]), '');
  }
  // May 2014, May-2014, May of 2014
  if ((m = /^([a-z]+)\.?(?:\s+of)?[\s-]+(\d{4})$/.exec(words))) {
    const month = monthFromWord(m[1]!);
    if (month !== undefined) return monthPoint(Number(m[2]), month);
    const season = SEASON_WORDS[m[1]!];
    if (season) return seasonPoint(season, Number(m[2]), undefined);
  }
  // Spring 2013, Spring of 2013, Winter 2013/14, Winter 2013-2014
  if ((m = /^(spring|summer|autumn|fall|winter)(?:\s+of)?\s+(\d{4})(?:\s*[/-]\s*(\d{4}|\d{2}))?$/.exec(words))) {
    return seasonPoint(SEASON_WORDS[m[1]!]!, Number(m[2]), m[3]);
  }
  // Early 2014, Mid-2014, Late 2014, the end of 2014
  if (
    (m = /^(early|beginning of|start of|mid|middle|middle of|the middle of|late|end of|the end of)[\s-]*(\d{4})$/.exec(
      words,
    ))
  ) {
    const year = Number(m[2]);
    const bad = checkYear(year);
    return bad ? { reason: bad } : { point: { kind: 'part', year, part: PART_WORDS[m[1]!]! } };
  }
  return undefined;
}

function seasonPoint(season: Season, year: number, secondYear: string | undefined): PointResult {
  const bad = checkYear(year);
  if (bad) return { reason: bad };
  if (secondYear !== undefined) {
    const second = secondYear.length === 2 ? Math.floor(year / 100) * 100 + Number(secondYear) : Number(secondYear);
    if (season !== 'winter' || second !== year + 1) {
      return { reason: `only winter spans two years, and only consecutive ones (e.g. "Winter 2013/14")` };
    }
  }
  return { point: { kind: 'season', year, season } };
}

/** "Early May 2014": the words say less than a day, so we keep the month and mark it approximate. */
export function parsePartOfMonth(text: string): PointResult {
  const m = /^(?:early|mid|middle of|late|end of|beginning of|start of)[\s-]+([a-z]+)\.?,?\s+(\d{4})$/.exec(text);
  if (!m) return undefined;
  const month = monthFromWord(m[1]!);
  return month === undefined ? undefined : monthPoint(Number(m[2]), month);
}
