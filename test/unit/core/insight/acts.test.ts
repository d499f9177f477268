/**
 * Who did what to whom, beyond threats: the doer and the person acted on, in the active and the
 * passive voice, pronouns resolved only through the register, and a reflexive act read as
 * self-harm rather than an assault.
 */
import { describe, expect, it } from 'vitest';
import { actsOf, partiesOf } from '@core/insight/reading/acts';
import { readIncident } from '@core/insight/reading/incident';
import { repeatedIncidents } from '@core/insight/rules/repeated-incidents';
import type { InsightPerson } from '@core/insight/input';
import { FAMILY, HV, POLICE, entry, input, thresholds } from './build';

const t = thresholds();

/** Each act as "verb: doer > person acted on" ('?' where the words do not tell), or "verb: self". */
function acts(text: string, people: readonly InsightPerson[] = FAMILY): string[] {
  return actsOf(entry('a', '2021-03-01', POLICE, { summary: text }), people, t).map((act) => {
    if (act.reflexive) return `${act.cue.words}: self`;
    const who = (side: typeof act.doer) => (side?.kind === 'person' ? side.personId : '?');
    return `${act.cue.words}: ${who(act.doer)} > ${who(act.target)}`;
  });
}

describe('who did what to whom', () => {
  it('reads the doer before the verb and the person after it', () => {
    expect(acts('Mr C hit RM in the face.')).toEqual(['hit: p-dean > p-kerry']);
    expect(acts('Dad hit mum.')).toEqual(['hit: p-connor > p-kerry']);
    expect(acts('RM stated that Mr C had pushed her into the wardrobe.')).toEqual(['pushed: p-dean > p-kerry']);
  });

  it('reads the passive the other way round: "RM was pushed down the stairs by Mr C"', () => {
    expect(acts('RM was pushed down the stairs by Mr C.')).toEqual(['pushed: p-dean > p-kerry']);
    expect(acts('She was pushed by Mr C.')).toEqual(['pushed: p-dean > p-kerry']);
    // No doer named: nobody is made one.
    expect(acts('RM was pushed over in the street.')).toEqual(['pushed: ? > p-kerry']);
  });

  it('reads "hurt himself" and "stabbed himself" as self-harm, not an assault', () => {
    expect(acts('Mr C had stabbed himself in the leg.')).toEqual(['stabbed: self']);
    expect(acts('Mr C hurt himself.')).toEqual(['hurt: self']);
    expect(acts('Mr C had cut himself, then hit RM.')).toEqual(['cut: self', 'hit: p-dean > p-kerry']);
  });

  it('resolves a pronoun only through the register: one partner, or nobody', () => {
    // Mr C has one partner in the register: RM.
    expect(acts('Mr C hit her.')).toEqual(['hit: p-dean > p-kerry']);
    // RM has two (Mr C, and RF as her ex-partner): "he" cannot be told.
    expect(acts('He hit RM.')).toEqual(['hit: ? > p-kerry']);
    expect(acts('She hit him.')).toEqual(['hit: ? > ?']);
    expect(acts('RM said he hit her.')).toEqual(['hit: ? > ?']);
  });

  it('does not read a negated act: "Mr C did not hit RM"', () => {
    expect(acts('Mr C did not hit RM. No one was hurt.')).toEqual([]);
  });
});

describe('incidents read with who did what', () => {
  it('does not count self-harm words towards an incident', () => {
    const selfHarm = entry('s', '2021-03-01', POLICE, {
      summary: 'Mr C had stabbed himself after drinking. RM and RF at the address.',
    });
    expect(readIncident(selfHarm, FAMILY, t).isIncident).toBe(false);
  });

  it('counts an act between two adults of the family, even with no listed phrase ("Dad hit mum")', () => {
    const told = entry('d', '2021-03-01', HV, { summary: 'Child R said Dad hit mum.' });
    const reading = readIncident(told, FAMILY, t);
    expect(reading.isIncident).toBe(true);
    expect(reading.parties).toEqual([['p-connor', 'p-kerry']]);
  });

  it('groups repeated incidents by the people in them, not everyone the entries mention', () => {
    const nan: InsightPerson = {
      id: 'p-nan',
      label: 'GM',
      kind: 'adult',
      dateOfBirth: null,
      roles: ['maternal grandmother'],
      relationships: [],
    };
    const people = [...FAMILY, nan];
    const entries = [
      entry('1', '2021-03-01', POLICE, { summary: 'Mr C hit RM. GM present.' }),
      entry('2', '2021-04-01', POLICE, { summary: 'RM was pushed by Mr C. GM called police.' }),
      entry('3', '2021-05-01', POLICE, { summary: 'Mr C slapped RM; GM saw it.' }),
    ];
    const patterns = repeatedIncidents(input(entries, people), t);
    expect(patterns.map((pattern) => pattern.title)).toEqual(['Repeated domestic abuse incidents: Mr C and RM (3)']);
    expect(patterns[0]!.matches.flatMap((match) => match.notes ?? [])).toEqual([
      'Who did what: Mr C → RM (“hit”)',
      'Who did what: Mr C → RM (“pushed”)',
      'Who did what: Mr C → RM (“slapped”)',
    ]);
    expect(partiesOf(actsOf(entries[1]!, people, t)[0]!)).toEqual(['p-dean', 'p-kerry']);
  });
});
