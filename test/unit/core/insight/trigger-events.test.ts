import { describe, expect, it } from 'vitest';
import { triggerEvents } from '@core/insight/rules/trigger-events';
import { GP, HV, POLICE, entry, incident, input, thresholds, withSetting, vague } from './build';

const pregnancy = entry('t1', '2021-01-10', GP, {
  eventType: 'appointment',
  summary: 'RM attended; confirmed pregnant, about 8 weeks',
  people: ['p-kerry'],
});

describe('trigger-events rule', () => {
  it('fires when an incident follows a pregnancy within the window, counting the boundary day', () => {
    const t = withSetting('trigger-events', 'windowDays', 30);
    const patterns = triggerEvents(input([pregnancy, incident('e1', '2021-02-09', POLICE)]), t);
    expect(patterns).toHaveLength(1);
    expect(patterns[0]!.title).toContain('Pregnancy');
    expect(patterns[0]!.explanation).toContain('pregnancy (the words "pregnant")');
    expect(patterns[0]!.explanation).toContain(
      'Within 30 days after it, 1 incident or significant entry about the same family followed',
    );
    expect(patterns[0]!.evidenceEntryIds).toEqual(['t1', 'e1']);
  });

  it('does not fire when what followed is one day outside the window', () => {
    const t = withSetting('trigger-events', 'windowDays', 30);
    expect(triggerEvents(input([pregnancy, incident('e1', '2021-02-10', POLICE)]), t)).toEqual([]);
  });

  it('does not count entries before the trigger, routine entries, or another family', () => {
    const entries = [
      incident('e0', '2021-01-01', POLICE),
      pregnancy,
      entry('e1', '2021-01-20', HV, { eventType: 'home visit', summary: 'Routine visit', people: ['p-kerry'] }),
      incident('e2', '2021-01-25', POLICE, { people: ['p-connor', 'p-other'] }),
    ];
    const people = [
      ...input([]).people,
      { id: 'p-other', label: 'Other adult', kind: 'adult' as const, dateOfBirth: null, roles: [], relationships: [] },
    ];
    expect(triggerEvents(input(entries, people), thresholds())).toEqual([]);
  });

  it('counts significant entries and respects minFollowing', () => {
    const entries = [
      entry('t1', '2021-05-01', POLICE, {
        eventType: 'threat to kill',
        summary: 'Mr C threatened RM by text',
        people: ['p-kerry', 'p-dean'],
      }),
      entry('e1', '2021-05-10', HV, { significance: 'high', summary: 'Child R bruising noted', people: ['p-kerry'] }),
    ];
    expect(triggerEvents(input(entries), thresholds())).toHaveLength(1);
    expect(triggerEvents(input(entries), withSetting('trigger-events', 'minFollowing', 2))).toEqual([]);
  });

  it('uses tags from the data file and names every trigger kind the entry matches', () => {
    const entries = [
      entry('t1', '2021-05-01', HV, {
        tags: ['contact dispute', 'new partner'],
        summary: 'RM has a new relationship',
        people: ['p-kerry'],
      }),
      incident('e1', '2021-05-20', POLICE),
    ];
    const [pattern] = triggerEvents(input(entries), thresholds());
    expect(pattern!.title).toContain('Contact dispute and New partner');
  });

  it('does not count a vague entry that starts before the trigger as following it, and notes vague dates', () => {
    const entries = [
      entry('t1', '2021-03-15', HV, { tags: ['pregnancy'], summary: 'RM says she is expecting', people: ['p-kerry'] }),
      incident('e1', vague('Early 2021', '2021-01-01', '2021-04-30'), POLICE),
      incident('e2', vague('April 2021', '2021-04-01', '2021-04-30'), POLICE),
    ];
    const [pattern] = triggerEvents(input(entries), thresholds());
    expect(pattern!.evidenceEntryIds).toEqual(['t1', 'e2']);
    expect(pattern!.explanation).toContain('Some dates are given as a period');
  });
});

describe('trigger-events rule: threats read by who they are against', () => {
  it('names "threatened to kill her" a threat to kill and "threatened to kill himself" a threat of suicide, each with what followed', () => {
    const entries = [
      entry('t1', '2021-12-14', POLICE, { summary: 'RM reports Mr C threatened to kill her and then smashed the TV.' }),
      entry('t2', '2022-01-03', POLICE, {
        summary: 'Concern for welfare. Mr C threatened to kill himself after RM ended the relationship.',
      }),
      incident('e1', '2022-02-20', POLICE),
    ];
    const patterns = triggerEvents(input(entries), thresholds());
    expect(patterns.map((pattern) => [pattern.matches[0]!.entryId, pattern.kinds])).toEqual([
      ['t1', ['threat-to-kill']],
      ['t2', ['threat-of-suicide']],
    ]);
  });

  it('does not fire on a denied or negated trigger ("denies any thoughts of self-harm", "not pregnant")', () => {
    const entries = [
      entry('t1', '2022-01-11', GP, { summary: 'RM tearful. Denies any thoughts of self-harm.', people: ['p-kerry'] }),
      entry('t2', '2022-01-12', GP, { summary: 'RM is not pregnant.', people: ['p-kerry'] }),
      incident('e1', '2022-02-01', POLICE),
    ];
    expect(triggerEvents(input(entries), thresholds())).toEqual([]);
  });

  it('does not start a new pattern for a pregnancy mentioned again within the window', () => {
    const entries = [
      entry('t1', '2024-01-05', GP, { summary: 'RM pregnant, about 8 weeks.', people: ['p-kerry'] }),
      incident('e1', '2024-02-18', POLICE, { summary: 'Mr C pushed RM, who is pregnant, to the floor.' }),
      incident('e2', '2024-04-10', POLICE),
    ];
    expect(triggerEvents(input(entries), thresholds()).map((pattern) => pattern.matches[0]!.entryId)).toEqual(['t1']);
  });
});
