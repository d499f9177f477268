import { describe, expect, it } from 'vitest';
import { isoDayToWords, readDateInput } from '@renderer/ui/date-input';

describe('the date field reads dates as the importer does', () => {
  it('shows stored days in UK long form', () => {
    expect(isoDayToWords('2021-02-03')).toBe('3 February 2021');
    expect(isoDayToWords('')).toBe('');
  });

  it('reads day-first numeric dates, month names and ISO days as one day', () => {
    expect(readDateInput('03/02/2021', 'day')).toEqual({ kind: 'ok', iso: '2021-02-03', words: '3 February 2021' });
    expect(readDateInput('3 Feb 2021', 'day')).toMatchObject({ kind: 'ok', iso: '2021-02-03' });
    expect(readDateInput('2026-09-30', 'day')).toMatchObject({ kind: 'ok', iso: '2026-09-30' });
  });

  it('turns a vague date into its first or last day for a start or an end', () => {
    expect(readDateInput('Spring 2021', 'start')).toEqual({
      kind: 'ok',
      iso: '2021-03-01',
      words: 'Spring 2021, so from 1 March 2021',
    });
    expect(readDateInput('May 2014', 'end')).toEqual({
      kind: 'ok',
      iso: '2014-05-31',
      words: 'May 2014, so to 31 May 2014',
    });
  });

  it('refuses a vague date where one day is needed, and text that is no date, saying why', () => {
    const vague = readDateInput('May 2014', 'day');
    expect(vague.kind).toBe('problem');
    expect(vague.kind === 'problem' ? vague.message : '').toMatch(/not one day/);
    expect(readDateInput('next Tuesday', 'day').kind).toBe('problem');
    expect(readDateInput('  ', 'end')).toEqual({ kind: 'empty' });
  });
});
