import { describe, expect, it } from 'vitest';
import { triggerEvents } from '../../../../electron/core/insight/rules/trigger-events';
import { GP, HV, POLICE, entry, incident, input, thresholds, vague } from './build';

const pregnancy = entry('t1', '2021-01-10', GP, {
  eventType: 'appointment',
  summary: 'RM attended; confirmed pregnant, about 8 weeks',
  people: ['p-kerry'],
});

describe('trigger-events rule', () => {
  it('fires when an incident follows a pregnancy within the window, counting the boundary day', () => {
    const t = thresholds((draft) => (draft.rules['trigger-events'].windowDays = 30));
    const patterns = triggerEvents(input([pregnancy, incident('e1', '2021-02-09', POLICE)]), t);
    expect(patterns).toHaveLength(1);
    expect(patterns[0]!.title).toContain('Pregnancy');
    expect(patterns[0]!.explanation).toContain('pregnancy (the words "pregnant")');
    expect(patterns[0]!.explanation).toContain('Within 30 days after it, 1 domestic abuse incident or significant entry followed');
    expect(patterns[0]!.evidenceEntryIds).toEqual(['t1', 'e1']);
  });

  it('does not fire when what followed is one day outside the window', () => {
    const t = thresholds((draft) => (draft.rules['trigger-events'].windowDays = 30));
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
      entry('t1', '2021-05-01', POLICE, { eventType: 'threat to kill', summary: 'Mr C threatened RM by text', people: ['p-kerry', 'p-dean'] }),
      entry('e1', '2021-05-10', HV, { significance: 'high', summary: 'Child R bruising noted', people: ['p-kerry'] }),
    ];
    expect(triggerEvents(input(entries), thresholds())).toHaveLength(1);
    expect(triggerEvents(input(entries), thresholds((t) => (t.rules['trigger-events'].minFollowing = 2)))).toEqual([]);
  });

  it('uses tags from the data file and names every trigger kind the entry matches', () => {
    const entries = [
      entry('t1', '2021-05-01', HV, { tags: ['separation', 'new partner'], summary: 'RM has a new relationship', people: ['p-kerry'] }),
      incident('e1', '2021-05-20', POLICE),
    ];
    const [pattern] = triggerEvents(input(entries), thresholds());
    expect(pattern!.title).toContain('Separation and New partner');
  });

  it('does not count a vague entry that starts before the trigger as following it, and notes vague dates', () => {
    const entries = [
      entry('t1', '2021-03-15', HV, { tags: ['separation'], summary: 'RM says she has separated', people: ['p-kerry'] }),
      incident('e1', vague('Early 2021', '2021-01-01', '2021-04-30'), POLICE),
      incident('e2', vague('April 2021', '2021-04-01', '2021-04-30'), POLICE),
    ];
    const [pattern] = triggerEvents(input(entries), thresholds());
    expect(pattern!.evidenceEntryIds).toEqual(['t1', 'e2']);
    expect(pattern!.explanation).toContain('Some dates are given as a period');
  });
});
