import edtf from 'edtf';
import { describe, expect, it } from 'vitest';
import { formatVagueDate, parseVagueDate } from '@shared/dates';
import type { DatePrecision } from '@shared/domain/chronology';

interface Row {
  readonly input: string;
  readonly edtf: string;
  readonly earliest: string;
  readonly latest: string;
  readonly precision: DatePrecision;
  readonly display: string;
  readonly approximate?: boolean;
  readonly uncertain?: boolean;
  readonly time?: string;
}

/** Several ways of writing one date, each read the same. */
function readAlike(inputs: readonly string[], reading: Omit<Row, 'input'>): Row[] {
  return inputs.map((input) => ({ input, ...reading }));
}

const rows: readonly Row[] = [
  // exact days, UK day-first
  ...readAlike(['03/02/2021', '3/2/2021', '3/2/21'], {
    edtf: '2021-02-03',
    earliest: '2021-02-03',
    latest: '2021-02-03',
    precision: 'day',
    display: '3 Feb 2021',
  }),
  {
    input: '3/2/95',
    edtf: '1995-02-03',
    earliest: '1995-02-03',
    latest: '1995-02-03',
    precision: 'day',
    display: '3 Feb 1995',
  },
  ...readAlike(['03.02.2021', '03-02-2021'], {
    edtf: '2021-02-03',
    earliest: '2021-02-03',
    latest: '2021-02-03',
    precision: 'day',
    display: '3 Feb 2021',
  }),
  {
    input: '29/02/2020',
    edtf: '2020-02-29',
    earliest: '2020-02-29',
    latest: '2020-02-29',
    precision: 'day',
    display: '29 Feb 2020',
  },
  // ISO
  ...readAlike(['2021-02-03', '2021/2/3'], {
    edtf: '2021-02-03',
    earliest: '2021-02-03',
    latest: '2021-02-03',
    precision: 'day',
    display: '3 Feb 2021',
  }),
  {
    input: '2021-02-03T14:30:00Z',
    edtf: '2021-02-03',
    earliest: '2021-02-03',
    latest: '2021-02-03',
    precision: 'day',
    display: '3 Feb 2021',
    time: '14:30',
  },
  {
    input: '03/02/2021 09:15',
    edtf: '2021-02-03',
    earliest: '2021-02-03',
    latest: '2021-02-03',
    precision: 'day',
    display: '3 Feb 2021',
    time: '09:15',
  },
  // Excel serial numbers (44230 = 3 Feb 2021 in the 1900 date system)
  ...readAlike(['44230', '44230.625'], {
    edtf: '2021-02-03',
    earliest: '2021-02-03',
    latest: '2021-02-03',
    precision: 'day',
    display: '3 Feb 2021',
  }),
  {
    input: '43831',
    edtf: '2020-01-01',
    earliest: '2020-01-01',
    latest: '2020-01-01',
    precision: 'day',
    display: '1 Jan 2020',
  },
  // day with month words
  ...readAlike(['3 Feb 2021', '3rd February 2021', '3rd of February 2021'], {
    edtf: '2021-02-03',
    earliest: '2021-02-03',
    latest: '2021-02-03',
    precision: 'day',
    display: '3 Feb 2021',
  }),
  {
    input: '21st Sept 2020',
    edtf: '2020-09-21',
    earliest: '2020-09-21',
    latest: '2020-09-21',
    precision: 'day',
    display: '21 Sep 2020',
  },
  ...readAlike(['03-Feb-2021', '3-Feb-21', 'Wednesday 3 February 2021', 'February 3, 2021', '  3   FEB   2021 '], {
    edtf: '2021-02-03',
    earliest: '2021-02-03',
    latest: '2021-02-03',
    precision: 'day',
    display: '3 Feb 2021',
  }),
  {
    input: '3 Feb 2021 at 2pm',
    edtf: '2021-02-03',
    earliest: '2021-02-03',
    latest: '2021-02-03',
    precision: 'day',
    display: '3 Feb 2021',
    time: '14:00',
  },
  // months
  {
    input: 'May 2014',
    edtf: '2014-05',
    earliest: '2014-05-01',
    latest: '2014-05-31',
    precision: 'month',
    display: 'May 2014',
  },
  {
    input: 'February 2020',
    edtf: '2020-02',
    earliest: '2020-02-01',
    latest: '2020-02-29',
    precision: 'month',
    display: 'Feb 2020',
  },
  ...readAlike(['2014-05', '05/2014'], {
    edtf: '2014-05',
    earliest: '2014-05-01',
    latest: '2014-05-31',
    precision: 'month',
    display: 'May 2014',
  }),
  {
    input: 'Sept-2019',
    edtf: '2019-09',
    earliest: '2019-09-01',
    latest: '2019-09-30',
    precision: 'month',
    display: 'Sep 2019',
  },
  // years
  { input: '2014', edtf: '2014', earliest: '2014-01-01', latest: '2014-12-31', precision: 'year', display: '2014' },
  // seasons, UK meteorological
  {
    input: 'Spring 2013',
    edtf: '2013-21',
    earliest: '2013-03-01',
    latest: '2013-05-31',
    precision: 'season',
    display: 'Spring 2013',
  },
  {
    input: 'summer 2013',
    edtf: '2013-22',
    earliest: '2013-06-01',
    latest: '2013-08-31',
    precision: 'season',
    display: 'Summer 2013',
  },
  ...readAlike(['Autumn 2013', 'Fall 2013'], {
    edtf: '2013-23',
    earliest: '2013-09-01',
    latest: '2013-11-30',
    precision: 'season',
    display: 'Autumn 2013',
  }),
  {
    input: 'Winter 2013',
    edtf: '2013-24',
    earliest: '2013-12-01',
    latest: '2014-02-28',
    precision: 'season',
    display: 'Winter 2013/14',
  },
  ...readAlike(['Winter 2015/16', 'winter 2015-2016'], {
    edtf: '2015-24',
    earliest: '2015-12-01',
    latest: '2016-02-29',
    precision: 'season',
    display: 'Winter 2015/16',
  }),
  ...readAlike(['Spring of 2013', '2013-21'], {
    edtf: '2013-21',
    earliest: '2013-03-01',
    latest: '2013-05-31',
    precision: 'season',
    display: 'Spring 2013',
  }),
  // parts of the year: thirds (ISO 8601-2 quadrimesters 37–39)
  {
    input: 'Early 2014',
    edtf: '2014-37',
    earliest: '2014-01-01',
    latest: '2014-04-30',
    precision: 'part-of-year',
    display: 'Early 2014',
  },
  ...readAlike(['Mid 2014', 'mid-2014'], {
    edtf: '2014-38',
    earliest: '2014-05-01',
    latest: '2014-08-31',
    precision: 'part-of-year',
    display: 'Mid 2014',
  }),
  ...readAlike(['Late 2014', 'end of 2014'], {
    edtf: '2014-39',
    earliest: '2014-09-01',
    latest: '2014-12-31',
    precision: 'part-of-year',
    display: 'Late 2014',
  }),
  // approximate and uncertain
  ...readAlike(['c. 2014', 'c2014', 'circa 2014', '~2014', '2014~'], {
    edtf: '2014~',
    earliest: '2014-01-01',
    latest: '2014-12-31',
    precision: 'year',
    display: 'c. 2014',
    approximate: true,
  }),
  // a part of a month says less than a day: the month is kept, marked approximate
  ...readAlike(['approx May 2014', 'Early May 2014'], {
    edtf: '2014-05~',
    earliest: '2014-05-01',
    latest: '2014-05-31',
    precision: 'month',
    display: 'c. May 2014',
    approximate: true,
  }),
  ...readAlike(['?22 May 2016', '22/05/2016?', '2016-05-22?'], {
    edtf: '2016-05-22?',
    earliest: '2016-05-22',
    latest: '2016-05-22',
    precision: 'day',
    display: '?22 May 2016',
    uncertain: true,
  }),
  {
    input: 'c. ?2014',
    edtf: '2014%',
    earliest: '2014-01-01',
    latest: '2014-12-31',
    precision: 'year',
    display: 'c. ?2014',
    approximate: true,
    uncertain: true,
  },
  {
    input: 'c. Spring 2013',
    edtf: '2013-03~/2013-05~',
    earliest: '2013-03-01',
    latest: '2013-05-31',
    precision: 'season',
    display: 'c. Spring 2013',
    approximate: true,
  },
  {
    input: '?Early 2014',
    edtf: '2014-01?/2014-04?',
    earliest: '2014-01-01',
    latest: '2014-04-30',
    precision: 'part-of-year',
    display: '?Early 2014',
    uncertain: true,
  },
  // ranges
  {
    input: '2019-2020',
    edtf: '2019/2020',
    earliest: '2019-01-01',
    latest: '2020-12-31',
    precision: 'range',
    display: '2019 – 2020',
  },
  ...readAlike(['March 2014 - June 2014', 'March to June 2014'], {
    edtf: '2014-03/2014-06',
    earliest: '2014-03-01',
    latest: '2014-06-30',
    precision: 'range',
    display: 'Mar 2014 – Jun 2014',
  }),
  {
    input: 'Jan-Mar 2014',
    edtf: '2014-01/2014-03',
    earliest: '2014-01-01',
    latest: '2014-03-31',
    precision: 'range',
    display: 'Jan 2014 – Mar 2014',
  },
  {
    input: '3-5 May 2014',
    edtf: '2014-05-03/2014-05-05',
    earliest: '2014-05-03',
    latest: '2014-05-05',
    precision: 'range',
    display: '3 May 2014 – 5 May 2014',
  },
  {
    input: 'between 01/03/2014 and 15/03/2014',
    edtf: '2014-03-01/2014-03-15',
    earliest: '2014-03-01',
    latest: '2014-03-15',
    precision: 'range',
    display: '1 Mar 2014 – 15 Mar 2014',
  },
  {
    input: '2014-01/2014-04',
    edtf: '2014-01/2014-04',
    earliest: '2014-01-01',
    latest: '2014-04-30',
    precision: 'range',
    display: 'Jan 2014 – Apr 2014',
  },
  {
    input: 'Autumn 2013 to Spring 2014',
    edtf: '2013-09/2014-05',
    earliest: '2013-09-01',
    latest: '2014-05-31',
    precision: 'range',
    display: 'Sep 2013 – May 2014',
  },
  {
    input: '2014-05~/2014-07',
    edtf: '2014-05~/2014-07',
    earliest: '2014-05-01',
    latest: '2014-07-31',
    precision: 'range',
    display: 'c. May 2014 – Jul 2014',
    approximate: true,
  },
  {
    input: '1 May 2014 – 3 June 2014',
    edtf: '2014-05-01/2014-06-03',
    earliest: '2014-05-01',
    latest: '2014-06-03',
    precision: 'range',
    display: '1 May 2014 – 3 Jun 2014',
  },
];

describe('parseVagueDate', () => {
  it.each(rows)('reads "$input"', (row) => {
    const result = parseVagueDate(row.input);
    if (!result.ok) throw new Error(result.reason);
    expect(result.value).toEqual({
      edtf: row.edtf,
      original: row.input.replace(/\s+/g, ' ').trim(),
      earliest: row.earliest,
      latest: row.latest,
      precision: row.precision,
      approximate: row.approximate ?? false,
      uncertain: row.uncertain ?? false,
    });
    expect(result.time).toBe(row.time ?? null);
    expect(formatVagueDate(result.value)).toBe(row.display);
  });

  it.each(rows)('produces EDTF the edtf package accepts for "$input"', (row) => {
    const result = parseVagueDate(row.input);
    if (!result.ok) throw new Error(result.reason);
    expect(() => edtf(result.value.edtf)).not.toThrow();
  });

  it.each(rows)('reads its own EDTF back to the same bounds for "$input"', (row) => {
    const first = parseVagueDate(row.input);
    if (!first.ok) throw new Error(first.reason);
    const again = parseVagueDate(first.value.edtf);
    if (!again.ok) throw new Error(again.reason);
    expect([again.value.earliest, again.value.latest]).toEqual([first.value.earliest, first.value.latest]);
    expect(again.value.approximate).toBe(first.value.approximate);
    expect(again.value.uncertain).toBe(first.value.uncertain);
  });

  it('uses UK season bounds, not the edtf package quarters', () => {
    const spring = parseVagueDate('Spring 2013');
    if (!spring.ok) throw new Error(spring.reason);
    const pkg = edtf('2013-21');
    expect(new Date(pkg.min).toISOString().slice(0, 10)).toBe('2013-01-01');
    expect(spring.value.earliest).toBe('2013-03-01');
  });

  it('shows full month names on request without inventing a day', () => {
    const may = parseVagueDate('2014-05');
    if (!may.ok) throw new Error(may.reason);
    expect(formatVagueDate(may.value, { longMonths: true })).toBe('May 2014');
    const day = parseVagueDate('3/2/2021');
    if (!day.ok) throw new Error(day.reason);
    expect(formatVagueDate(day.value, { longMonths: true })).toBe('3 February 2021');
  });
});

const errors: readonly { readonly input: string; readonly reason: RegExp }[] = [
  { input: '', reason: /the date is empty/ },
  { input: '   ', reason: /the date is empty/ },
  { input: '31/02/2022', reason: /31 February 2022 does not exist \(February 2022 has 28 days\)/ },
  { input: '29/02/2021', reason: /29 February 2021 does not exist/ },
  { input: '31 April 2020', reason: /31 April 2020 does not exist/ },
  { input: '2022-02-30', reason: /30 February 2022 does not exist/ },
  { input: '02/13/2021', reason: /month 13 does not exist \(numeric dates are read day first/ },
  { input: '2014-13', reason: /month 13 does not exist/ },
  { input: '00/01/2020', reason: /0 January 2020 does not exist/ },
  { input: '3 Febtember 2021', reason: /"febtember" is not a month/ },
  { input: 'next Tuesday', reason: /is not a date Casewright recognises/ },
  { input: 'unknown', reason: /is not a date Casewright recognises/ },
  { input: 'June 2014 - March 2014', reason: /the range ends before it starts/ },
  { input: 'Spring 2013/14', reason: /only winter spans two years/ },
  { input: 'Winter 2013/15', reason: /only winter spans two years/ },
  { input: '0999', reason: /year 999 is outside/ },
  { input: '1 May 2014 - 31/02/2015', reason: /end of the range: 31 February 2015 does not exist/ },
];

describe('parseVagueDate refusals', () => {
  it.each(errors)('refuses "$input" with a reason', ({ input, reason }) => {
    const result = parseVagueDate(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(reason);
  });
});
