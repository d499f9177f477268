import { describe, expect, it } from 'vitest';
import { nonEngagement } from '@core/insight/rules/non-engagement';
import { DAS, GP, HV, POLICE, entry, incident, input, thresholds, withSetting } from './build';

const dna = (id: string, date: string, agency = HV) =>
  entry(id, date, agency, {
    eventType: 'did not attend',
    summary: 'RM did not attend clinic',
    people: ['p-kerry', 'p-ruby'],
  });

describe('non-engagement rule', () => {
  it('fires on repeated non-engagement by one agency and says which were not followed up', () => {
    const entries = [
      dna('e1', '2021-01-05'),
      dna('e2', '2021-03-05'),
      entry('e3', '2021-03-19', HV, { summary: 'Home visit', people: ['p-kerry'] }),
    ];
    const patterns = nonEngagement(input(entries), thresholds());
    expect(patterns).toHaveLength(1);
    expect(patterns[0]!.explanation).toContain('Health Visiting recorded 2 instances of non-engagement');
    expect(patterns[0]!.explanation).toContain('["did not attend"]');
    expect(patterns[0]!.explanation).toContain(
      '1 of them had no other entry by Health Visiting about the family within 14 days.',
    );
    expect(patterns[0]!.evidenceEntryIds).toEqual(['e1', 'e2']);
  });

  it('does not fire on a single instance, nor on negated wording ("did not miss", "no DNA")', () => {
    expect(nonEngagement(input([dna('e1', '2021-01-05')]), thresholds())).toEqual([]);
    const negated = [
      entry('e1', '2021-01-05', GP, { summary: 'RM has not disengaged from the course', people: ['p-kerry'] }),
      entry('e2', '2021-02-05', GP, { summary: 'No DNA this year; RM engaging well', people: ['p-kerry'] }),
    ];
    expect(nonEngagement(input(negated), thresholds())).toEqual([]);
  });

  it('reads the abbreviations agencies use (DNA, WNB, no access) and puts incidents elsewhere beside them', () => {
    const entries = [
      entry('h1', '2022-01-18', HV, { summary: 'Planned home visit - no access. Card left.' }),
      entry('h2', '2022-01-25', HV, { summary: 'Leo WNB to 3-4 month review at clinic.' }),
      incident('p1', '2022-01-20', POLICE),
    ];
    const [pattern] = nonEngagement(input(entries), thresholds());
    expect(pattern!.matches.map((match) => match.words)).toEqual([['no access'], ['WNB']]);
    expect(pattern!.evidenceEntryIds).toEqual(['h1', 'p1', 'h2']);
    expect(pattern!.explanation).toContain('other agencies recorded: 20/01/2022 (Westmoor Police');
  });

  it('does not count another agency, another missed appointment or a different family as a follow-up', () => {
    const entries = [
      dna('e1', '2021-01-05'),
      entry('e2', '2021-01-06', GP, { summary: 'GP appointment', people: ['p-kerry'] }),
      dna('e3', '2021-01-07'),
      entry('e4', '2021-01-08', HV, { summary: 'Visit to another family', people: ['p-connor'] }),
    ];
    const [pattern] = nonEngagement(input(entries), thresholds());
    expect(pattern!.evidenceEntryIds).toEqual(['e1', 'e3']);
    expect(pattern!.severity).toBe('medium');
  });

  it('recognises wording such as a withdrawn statement and respects minUnanswered', () => {
    const entries = [entry('e1', '2021-01-05', DAS, { summary: 'RM withdrew her statement', people: ['p-kerry'] })];
    expect(nonEngagement(input(entries), thresholds())).toEqual([]);
    expect(nonEngagement(input(entries), withSetting('non-engagement', 'minUnanswered', 1))).toHaveLength(1);
  });
});
