import { describe, expect, it } from 'vitest';
import { dayIndex } from '@core/insight/day-index';
import { dayRange } from '@core/insight/dates';
import { findPhrase } from '@core/insight/match';
import { entry, vague } from './build';

describe('day index', () => {
  const entries = [
    entry('a', '2021-03-01', 'X'),
    entry('year', vague('2021', '2021-01-01', '2021-12-31'), 'X'),
    entry('b', '2021-03-10', 'X'),
    entry('c', '2021-06-01', 'X'),
    entry('undated', { text: 'unknown', earliest: null, latest: null }, 'X'),
  ];

  it('finds entries whose possible days overlap a span, including long vague ones that start earlier', () => {
    const from = dayRange({ text: '', earliest: '2021-03-05', latest: '2021-03-05' })!.first;
    const ids = dayIndex(entries)
      .overlapping(from, from + 10)
      .map((e) => e.id);
    expect(ids).toEqual(['year', 'b']);
  });

  it('leaves out undated entries and returns date order', () => {
    const ids = dayIndex(entries)
      .overlapping(-100_000, 100_000)
      .map((e) => e.id);
    expect(ids).toEqual(['year', 'a', 'b', 'c']);
  });
});

describe('phrase matching', () => {
  it('matches whole words only, ignoring case and spacing, and returns the phrase as listed', () => {
    expect(findPhrase('Outcome: Case  Closed today', ['case closed'])).toBe('case closed');
    expect(findPhrase('RM disclosed to the HV', ['closed to'])).toBeNull();
    expect(findPhrase('DNAR in place', ['DNA'])).toBeNull();
    expect(findPhrase('DNA at clinic', ['DNA'])).toBe('DNA');
    expect(findPhrase('nothing here', [])).toBeNull();
  });

  it('prefers the longer phrase where two overlap', () => {
    expect(findPhrase('a non-fatal strangulation was disclosed', ['strangulation', 'non-fatal strangulation'])).toBe(
      'non-fatal strangulation',
    );
  });
});
