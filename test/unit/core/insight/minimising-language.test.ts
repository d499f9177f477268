import { describe, expect, it } from 'vitest';
import { minimisingLanguage } from '@core/insight/rules/minimising-language';
import { GP, HV, POLICE, entry, incident, input, thresholds, withSetting } from './build';

const gpNote = (date: string, summary = 'RM low mood, says family problems at home') =>
  entry('m1', date, GP, { eventType: 'appointment', summary, people: ['p-kerry'] });

describe('minimising-language rule', () => {
  it('puts minimising words next to an incident recorded within the window, quoting them', () => {
    const patterns = minimisingLanguage(
      input([incident('e1', '2021-05-03', POLICE), gpNote('2021-05-10')]),
      thresholds(),
    );
    expect(patterns).toHaveLength(1);
    expect(patterns[0]!.explanation).toContain('used the words "family problems"');
    expect(patterns[0]!.explanation).toContain(
      'Within 28 days of it, these incidents were recorded: 03/05/2021 (Westmoor Police',
    );
    expect(patterns[0]!.evidenceEntryIds).toEqual(['e1', 'm1']);
    expect(patterns[0]!.matches).toEqual([
      { entryId: 'm1', words: ['family problems'], sentence: 'RM low mood, says family problems at home' },
    ]);
  });

  it('does not fire one day outside the window', () => {
    expect(
      minimisingLanguage(input([incident('e1', '2021-04-11', POLICE), gpNote('2021-05-10')]), thresholds()),
    ).toEqual([]);
  });

  it('fires on a record that minimises the incident it records itself ("verbal argument only")', () => {
    const own = entry('p2', '2021-10-30', POLICE, {
      summary: 'Attended following 999 call from RM. Verbal argument only between RM and Mr C. No injuries seen.',
    });
    const patterns = minimisingLanguage(input([own]), thresholds());
    expect(patterns).toHaveLength(1);
    expect(patterns[0]!.matches[0]!.words).toEqual(['Verbal argument only']);
    expect(patterns[0]!.explanation).toContain('an entry that itself describes an incident');
  });

  it('does not count negated words ("not a one-off") or words without an incident near', () => {
    const negated = entry('m1', '2021-05-10', HV, {
      summary: 'RM said it was not a one-off and she is frightened.',
      people: ['p-kerry'],
    });
    expect(minimisingLanguage(input([incident('e1', '2021-05-08', POLICE), negated]), thresholds())).toEqual([]);
    expect(minimisingLanguage(input([gpNote('2021-05-10')]), thresholds())).toEqual([]);
  });

  it('uses the tuned phrase list, and reported words count (what the record keeps)', () => {
    const plain = gpNote('2021-05-10', 'RM low mood');
    expect(minimisingLanguage(input([incident('e1', '2021-05-08', POLICE), plain]), thresholds())).toEqual([]);
    const tuned = withSetting('minimising-language', 'phrases', ['low mood']);
    expect(minimisingLanguage(input([incident('e1', '2021-05-08', POLICE), plain]), tuned)).toHaveLength(1);
    const reported = entry('m1', '2021-05-01', HV, {
      summary: 'RM said she had overreacted and that Mr C seemed fine.',
      people: ['p-kerry'],
    });
    const patterns = minimisingLanguage(input([reported, incident('e1', '2021-05-04', POLICE)]), thresholds());
    expect(patterns[0]!.matches[0]!.words).toEqual(['overreacted', 'seemed fine']);
  });

  it('gives one pattern per agency, and leaves out an entry marked as a false match', () => {
    const a = entry('m1', '2021-05-01', HV, { summary: 'RM seemed well', people: ['p-kerry'] });
    const b = entry('m2', '2021-05-06', HV, { summary: 'RM said it was a one-off', people: ['p-kerry'] });
    const both = input([a, b, incident('e1', '2021-05-04', POLICE)]);
    expect(minimisingLanguage(both, thresholds()).map((p) => p.matches.map((m) => m.entryId))).toEqual([['m1', 'm2']]);
    const marked = { ...both, falseMatches: new Map([['minimising-language', new Set(['m1'])]]) };
    expect(minimisingLanguage(marked, thresholds()).map((p) => p.matches.map((m) => m.entryId))).toEqual([['m2']]);
  });
});
