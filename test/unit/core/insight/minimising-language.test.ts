import { describe, expect, it } from 'vitest';
import { minimisingLanguage } from '../../../../electron/core/insight/rules/minimising-language';
import { GP, HV, POLICE, entry, incident, input, thresholds } from './build';

const gpNote = (date: string, summary = 'RM low mood, says family problems at home') =>
  entry('m1', date, GP, { eventType: 'appointment', summary, people: ['p-kerry'] });

describe('minimising-language rule', () => {
  it('puts minimising words next to an incident another agency recorded within the window', () => {
    const patterns = minimisingLanguage(input([incident('e1', '2021-05-03', POLICE), gpNote('2021-05-10')]), thresholds());
    expect(patterns).toHaveLength(1);
    expect(patterns[0]!.explanation).toContain('uses the words "family problems"');
    expect(patterns[0]!.explanation).toContain('Within 7 days of it, Westmoor Police recorded');
    expect(patterns[0]!.evidenceEntryIds).toEqual(['e1', 'm1']);
  });

  it('does not fire one day outside the window, or for the same agency', () => {
    expect(minimisingLanguage(input([incident('e1', '2021-05-02', POLICE), gpNote('2021-05-10')]), thresholds())).toEqual([]);
    expect(minimisingLanguage(input([incident('e1', '2021-05-08', GP), gpNote('2021-05-10')]), thresholds())).toEqual([]);
  });

  it('does not fire without minimising words, and uses the tuned phrase list', () => {
    const plain = gpNote('2021-05-10', 'RM low mood');
    expect(minimisingLanguage(input([incident('e1', '2021-05-08', POLICE), plain]), thresholds())).toEqual([]);
    const tuned = thresholds((t) => (t.rules['minimising-language'].phrases = ['low mood']));
    expect(minimisingLanguage(input([incident('e1', '2021-05-08', POLICE), plain]), tuned)).toHaveLength(1);
  });

  it('counts an incident recorded after the minimising entry too', () => {
    const entries = [entry('m1', '2021-05-01', HV, { summary: 'RM seemed well', people: ['p-kerry'] }), incident('e1', '2021-05-04', POLICE)];
    expect(minimisingLanguage(input(entries), thresholds())[0]!.title).toContain('"seemed well"');
  });
});
