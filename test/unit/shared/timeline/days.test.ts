import { describe, expect, it } from 'vitest';
import { calendarDay, dayNumber, dayOf, formatDay, isoDay } from '@shared/timeline';

describe('day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2021-02-03')).toBe(18661);
  });

  it('round-trips through isoDay and calendarDay', () => {
    for (const day of ['2000-02-29', '2013-03-01', '2023-12-31', '1899-07-04']) {
      expect(isoDay(dayNumber(day))).toBe(day);
    }
    expect(calendarDay(dayOf(2019, 6, 14))).toEqual({ year: 2019, month: 6, date: 14 });
  });

  it('refuses impossible and malformed days instead of rolling them over', () => {
    expect(() => dayNumber('2022-02-31')).toThrow(/calendar day/);
    expect(() => dayNumber('2021-2-3')).toThrow(/YYYY-MM-DD/);
    expect(() => dayNumber('')).toThrow();
  });

  it('formats days for axis and viewport text', () => {
    expect(formatDay(dayNumber('2021-02-03'))).toBe('3 Feb 2021');
  });
});
