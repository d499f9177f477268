import { describe, expect, it } from 'vitest';
import { readIncident } from '@core/insight/reading/incident';
import { readText } from '@core/insight/reading/read-entry';
import { splitSentences } from '@core/insight/reading/sentences';
import { matchKind } from '@core/insight/reading/entry-kind';
import { closureOf } from '@core/insight/rules/closure-communication';
import { FAMILY, GP, POLICE, entry, thresholds } from './build';

const t = thresholds();
const reading = t.reading!;
const words = (text: string, list: readonly string[]) =>
  readText(text, reading)
    .cues(list)
    .map((cue) => cue.words);

describe('reading agency free text', () => {
  it('splits sentences at full stops, semicolons and line breaks, not after short forms or initials', () => {
    const text = 'Mr. C and Dr. Patel attended at approx. 10pm. N. was seen; HV to visit\nDNA x2.';
    const spans = splitSentences(text, new Set(reading.abbreviations));
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual([
      'Mr. C and Dr. Patel attended at approx. 10pm.',
      'N. was seen;',
      'HV to visit',
      'DNA x2.',
    ]);
  });

  it('does not count negated or denied words: "No injuries seen", "denies DA", "not closed"', () => {
    expect(words('No injuries seen.', ['injuries'])).toEqual([]);
    expect(words('Injuries to her arm seen.', ['injuries'])).toEqual(['Injuries']);
    expect(words('NQ denies DA when asked in front of LS.', ['DA'])).toEqual([]);
    expect(words('Case remains open, not closed.', ['closed'])).toEqual([]);
    expect(words('Denies any thoughts of self-harm.', ['self-harm'])).toEqual([]);
  });

  it('ends a negation\'s reach at a conjunction: "not been violent … and she felt the police had overreacted"', () => {
    const text = 'SP said MV had not been violent since the summer and she felt the police had overreacted.';
    expect(words(text, ['violent'])).toEqual([]);
    expect(words(text, ['overreacted'])).toEqual(['overreacted']);
  });

  it('keeps phrases that carry their own negation ("seen but not spoken to", "not seen")', () => {
    expect(words('Ruby seen but not spoken to.', reading.childNotHeard)).toEqual(['seen but not spoken to']);
    expect(words('Ruby was in her bedroom and not seen.', reading.childNotHeard)).toEqual([
      'in her bedroom',
      'not seen',
    ]);
    expect(words('Jayden and Amelia seen alone and spoken to.', reading.childNotHeard)).toEqual([]);
  });

  it('reads who a threat is against: "threatened to kill her" is a threat to kill, "…himself" a threat of suicide', () => {
    const kill = t.rules['trigger-events'].triggers.find((kind) => kind.id === 'threat-to-kill')!;
    const suicide = t.rules['trigger-events'].triggers.find((kind) => kind.id === 'threat-of-suicide')!;
    const toHer = entry('a', '2021-12-14', POLICE, {
      summary: 'KA reports DC threatened to kill her and then smashed the TV.',
    });
    const toHimself = entry('b', '2022-01-03', POLICE, {
      summary: 'DC phoned KA from the bridge and threatened to kill himself.',
    });
    const wouldKillHimself = entry('c', '2022-01-03', POLICE, { summary: 'MV also said he would kill himself.' });
    expect(matchKind(toHer, kill.match, t)?.cues.map((cue) => cue.words)).toEqual(['threatened to kill']);
    expect(matchKind(toHer, suicide.match, t)).toBeNull();
    expect(matchKind(toHimself, kill.match, t)).toBeNull();
    expect(matchKind(toHimself, suicide.match, t)?.cues.map((cue) => cue.words)).toEqual([
      'threatened to kill himself',
    ]);
    expect(matchKind(wouldKillHimself, kill.match, t)).toBeNull();
    expect(matchKind(wouldKillHimself, suicide.match, t)).not.toBeNull();
  });

  it('recognises an incident from what is described and who is involved, not from an event type', () => {
    const described = entry('p1', '2021-09-12', POLICE, {
      summary: 'Neighbour called reporting shouting. RM stated Mr C pushed her into the door frame.',
    });
    const reading1 = readIncident(described, FAMILY, t);
    expect(reading1.isIncident).toBe(true);
    expect(reading1.adults).toEqual(['p-dean', 'p-kerry']);
    expect(reading1.cues.map((cue) => cue.words)).toEqual(['pushed her', 'shouting']);
    const partner = entry('a3', '2023-02-02', 'Ambulance Service', {
      summary: 'RM took overdose after argument with partner.',
    });
    expect(readIncident(partner, FAMILY, t).isIncident).toBe(true);
  });

  it('does not read near misses as incidents: a neighbour dispute, "No DA", a wall punched, a suicide threat', () => {
    const neighbour = entry('n', '2023-04-30', POLICE, {
      summary: 'Call from RM about a verbal argument with the man next door about parking. No DA. Words of advice.',
    });
    const wall = entry('w', '2022-02-24', GP, {
      summary: 'Mr C seen re injury to hand; says he punched a wall. Alcohol use discussed.',
    });
    const suicide = entry('s', '2022-01-03', POLICE, {
      summary: 'Concern for welfare. Mr C threatened to kill himself after RM ended the relationship. No DA disclosed.',
    });
    const notAsked = entry('m', '2024-01-15', 'Midwifery', {
      summary: 'Booking appointment. Routine enquiry about DA not asked as partner present throughout. RM seen.',
    });
    for (const near of [neighbour, wall, suicide, notAsked])
      expect(readIncident(near, FAMILY, t).isIncident, near.summary).toBe(false);
  });

  it('reads closures in any wording but not criminal outcomes or near misses', () => {
    const closed = (summary: string) =>
      closureOf(entry('x', '2022-02-14', 'Social Care', { summary }), t)?.cues.map((cue) => cue.words) ?? null;
    expect(closed('Assessment completed. Assessment closed.')).toEqual(['Assessment closed']);
    expect(closed('Family stepped down to early help.')).toEqual(['stepped down']);
    expect(closed('Screened at front door. NFA - advice letter.')).toEqual(['NFA']);
    expect(closed('DNA second appointment. Discharged back to GP.')).toEqual(['Discharged back to GP']);
    expect(closed('DC arrested. NFA - insufficient evidence.')).toBeNull();
    expect(closed('NQ disclosed she is struggling with money. Case remains open, not closed.')).toBeNull();
  });
});
