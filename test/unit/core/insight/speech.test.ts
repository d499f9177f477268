/**
 * Reported speech: who said what, resolved to the register where the words allow, and used where
 * it matters — a child's own words are her voice heard, a disclosure told second-hand is shown as
 * such, and an alleged perpetrator's denial of abuse is minimising language.
 */
import { describe, expect, it } from 'vitest';
import { childHeard, reportedNotes, speakerOf, speechOf } from '@core/insight/reading/speech';
import { readEntry } from '@core/insight/reading/read-entry';
import { readIncident } from '@core/insight/reading/incident';
import { incidentMatch } from '@core/insight/rules/repeated-incidents';
import { childSeen } from '@core/insight/rules/child-seen';
import { minimisingLanguage } from '@core/insight/rules/minimising-language';
import type { InsightEntry } from '@core/insight/input';
import { CSC, FAMILY, HV, POLICE, SCHOOL, entry, input, thresholds } from './build';

const t = thresholds();

/** The speaker of each sentence as written, and who it resolves to ('' for none). */
function speakers(text: string): { words: string; person: string }[] {
  const item = entry('s', '2021-03-01', HV, { summary: text });
  return speechOf(item, t)
    .filter((speech) => speech !== null)
    .map((speech) => {
      const who = speakerOf(speech!, FAMILY, t);
      return { words: who.words, person: who.kind === 'person' ? who.personId : '' };
    });
}

describe('who said what', () => {
  it('finds the speaker before the reporting verb and resolves names, aliases and role words', () => {
    expect(speakers('On arrival RM stated that Mr C had pushed her.')).toEqual([{ words: 'RM', person: 'p-kerry' }]);
    expect(speakers('Mother said that she was fine.')).toEqual([{ words: 'Mother', person: 'p-kerry' }]);
    expect(speakers('Dad told the HV that things were better.')).toEqual([{ words: 'Dad', person: 'p-connor' }]);
    expect(speakers('Child R told her teacher that she was scared.')).toEqual([{ words: 'Child R', person: 'p-ruby' }]);
    expect(speakers('According to mum, the children were in bed.')).toEqual([{ words: 'mum', person: 'p-kerry' }]);
    expect(speakers('The neighbour reported that there was shouting.')).toEqual([
      { words: 'The neighbour', person: '' },
    ]);
  });

  it('marks where the reported words are: after the verb (and "that"), or the whole sentence after an opener', () => {
    const reported = (text: string) => {
      const speech = speechOf(entry('w', '2021-03-01', HV, { summary: text }), t).find((found) => found !== null)!;
      return text.slice(speech.contentStart, speech.contentEnd);
    };
    expect(reported('Mother said that she was fine.')).toBe(' she was fine.');
    expect(reported('Mother said she was fine.')).toBe(' she was fine.');
    expect(reported('According to mum, the children were in bed.')).toBe('According to mum, the children were in bed.');
    expect(reported('Home visit. According to mum, the children were in bed.')).toBe(
      'According to mum, the children were in bed.',
    );
  });

  it('does not read speech where nobody speaks, the report is negated, or the verb is passive', () => {
    expect(speakers('Letter sent to GP. Referral received.')).toEqual([]);
    expect(speakers('RM did not disclose any concerns.')).toEqual([]);
    expect(speakers('RM was told by the officer that a referral would be made.')).toEqual([]);
    expect(speakers('Reported to police at 10pm.')).toEqual([]);
  });

  it("reads the first report of a sentence: a child's words told by her mother are the mother's report", () => {
    const told = entry('t', '2021-03-01', HV, { summary: 'Mum reports that Child R told her that Mr C hit Mum.' });
    expect(speakers(told.summary).map((speaker) => speaker.words)).toEqual(['Mum']);
    expect(childHeard(told, 'p-ruby', FAMILY, t)).toBe(false);
    const own = entry('o', '2021-03-01', SCHOOL, { summary: 'Child R told her teacher that Mr C hit Mum.' });
    expect(childHeard(own, 'p-ruby', FAMILY, t)).toBe(true);
  });

  it('shows a disclosure told second-hand as reported by the one who told it', () => {
    const told = entry('t', '2021-03-01', HV, { summary: 'Mum reports that Child R told her that Mr C hit Mum.' });
    expect(incidentMatch(told, input([told]), t).notes).toContain('Reported by Mum (RM): “hit”');
    const seen = entry('s', '2021-03-01', POLICE, { summary: 'Officers saw Mr C hit RM in the street.' });
    expect(incidentMatch(seen, input([seen]), t).notes).toEqual(['Who did what: Mr C → RM (“hit”)']);
  });

  it('does not name a speaker the record gives only as a pronoun', () => {
    const item = entry('p', '2021-03-01', POLICE, { summary: 'Police attended. She said Mr C hit RM.' });
    const reading = readEntry(item, t.reading!);
    expect(reportedNotes(item, reading.cues(['hit']), FAMILY, t)).toEqual([]);
  });
});

describe("the child's own words are her voice heard", () => {
  const gaps = (entries: InsightEntry[]) =>
    childSeen(input(entries), t).flatMap((pattern) => pattern.matches.map((match) => match.entryId));

  it('does not count "in her bedroom" as not heard when the same record gives her own words', () => {
    const heard = entry('h', '2021-03-01', POLICE, {
      summary: 'Child R was in her bedroom. Child R told officers she heard shouting.',
    });
    const asleep = entry('a', '2021-04-01', POLICE, { summary: 'Child R asleep upstairs.' });
    const again = entry('b', '2021-05-01', POLICE, { summary: 'Child R in her bedroom, not spoken to.' });
    expect(gaps([heard, asleep, again])).toEqual(['a', 'b']);
  });

  it('still counts a gap about being heard alone, and a child whose words only her mother reports', () => {
    const notAlone = entry('n', '2021-03-01', CSC, {
      summary: 'Child R seen but not spoken to alone. Child R said she likes school.',
    });
    const secondHand = entry('m', '2021-04-01', POLICE, {
      summary: 'Child R in her bedroom. Mum said that Child R told her she was scared.',
    });
    expect(gaps([notAlone, secondHand])).toEqual(['n', 'm']);
  });
});

describe("an alleged perpetrator's denial is minimising language", () => {
  const words = (entries: InsightEntry[]) =>
    minimisingLanguage(input(entries), t).flatMap((pattern) => pattern.matches.flatMap((match) => match.words));

  it('reads "Mr C denied pushing her" as minimising when the records show him as the one who pushed her', () => {
    const incident = entry('i', '2021-03-01', POLICE, {
      summary: 'RM stated that Mr C had pushed her into the door. Mr C denied pushing her.',
    });
    expect(readIncident(incident, FAMILY, t).parties).toEqual([['p-dean', 'p-kerry']]);
    expect(words([incident])).toEqual(['denied pushing']);
  });

  it('does not read a denial of nothing, a denial by the victim, or a denial by someone never shown as the doer', () => {
    const incident = entry('i', '2021-03-01', POLICE, {
      summary: 'RM stated that Mr C had pushed her. Mr C denies this.',
    });
    const victim = entry('v', '2021-03-02', HV, { summary: 'RM denied being hit by Mr C.' });
    const other = entry('o', '2021-03-03', HV, { summary: 'RF denied hitting anyone.' });
    expect(words([incident, victim, other])).toEqual([]);
  });

  it('names who said the minimising words in the explanation', () => {
    const incident = entry('i', '2021-03-01', POLICE, { summary: 'RM stated that Mr C had hit her.' });
    const visit = entry('v', '2021-03-05', HV, { summary: 'Mr C said the police had overreacted.' });
    const [pattern] = minimisingLanguage(input([incident, visit]), t);
    expect(pattern!.explanation).toContain('"overreacted" (said by Mr C)');
  });
});
