import { describe, expect, it } from 'vitest';
import { dateAsGiven, dayOf, entryInWords, shortSummary } from '@renderer/features/insight/entry-words';

describe('naming an entry to a reviewer in the Insight area', () => {
  it('keeps the date as the agency gave it, writing an ISO day out in UK form', () => {
    expect(dateAsGiven('14/12/2021')).toBe('14/12/2021');
    expect(dateAsGiven('Spring 2013')).toBe('Spring 2013');
    expect(dateAsGiven('2021-02-03')).toBe('3 February 2021');
    expect(dateAsGiven('  ')).toBe('Undated');
  });

  it('names an entry by date, agency and a short summary, never by its number', () => {
    const words = entryInWords({
      dateText: '2021-12-20',
      agency: "Children's Social Care",
      summary:
        'MARAC referral received from the IDVA service following the incident on 14 December; strategy discussion to be convened with police and health.',
    });
    expect(words).toBe(
      "20 December 2021, Children's Social Care: “MARAC referral received from the IDVA service following the incident on 14 December…”",
    );
    expect(words).not.toMatch(/entry \d/i);
    expect(entryInWords({ dateText: '03/02/2021', agency: null, summary: 'Home visit.' })).toBe(
      '03/02/2021, unnamed agency: “Home visit.”',
    );
  });

  it('cuts a long summary at a word and keeps a short one whole', () => {
    expect(shortSummary('Seen at home.')).toBe('Seen at home.');
    expect(shortSummary('one two three four five six', 14)).toBe('one two three…');
    expect(shortSummary('a'.repeat(30), 10)).toBe(`${'a'.repeat(10)}…`);
  });

  it('gives the day of a recorded action in UK form', () => {
    expect(dayOf('2026-11-29T10:02:11.000Z')).toBe('29 November 2026');
  });
});
