import { describe, expect, it } from 'vitest';
import { dayFractionToTime, excelSerialToIsoDay, isoDayToExcelSerial, parseTime } from '@shared/dates';

describe('parseTime', () => {
  it.each([
    ['14:30', '14:30'],
    ['9:05', '09:05'],
    ['14.30', '14:30'],
    ['1430', '14:30'],
    ['1430hrs', '14:30'],
    ['2.30pm', '14:30'],
    ['2pm', '14:00'],
    ['12am', '00:00'],
    ['12:15 pm', '12:15'],
    ['14:30:59', '14:30'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseTime(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', /empty/],
    ['25:00', /hour 25 does not exist/],
    ['10:75', /minute 75 does not exist/],
    ['13pm', /12-hour clock/],
    ['afternoon', /is not a time/],
    ['14', /is not a time/],
  ])('refuses %s', (input, reason) => {
    const result = parseTime(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('turns a spreadsheet day fraction into a time', () => {
    expect(dayFractionToTime(0.5)).toBe('12:00');
    expect(dayFractionToTime(0.604166667)).toBe('14:30');
    expect(dayFractionToTime(1.5)).toBeUndefined();
  });
});

describe('Excel serial dates', () => {
  it.each([
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [44230, '2021-02-03'],
    [2958465, '9999-12-31'],
  ])('serial %d is %s and back', (serial, iso) => {
    expect(excelSerialToIsoDay(serial)).toBe(iso);
    expect(isoDayToExcelSerial(iso)).toBe(serial);
  });

  it('refuses serials outside the calendar Excel can show', () => {
    expect(excelSerialToIsoDay(0)).toBeUndefined();
    expect(excelSerialToIsoDay(3_000_000)).toBeUndefined();
  });
});
