import { describe, expect, it } from 'vitest';
import { victimSeenAlone } from '@core/insight/rules/victim-seen-alone';
import { GP, HV, entry, input, thresholds, withSetting } from './build';

const withPartner = (id: string, date: string, agency = HV, extra: Parameters<typeof entry>[3] = {}) =>
  entry(id, date, agency, {
    eventType: 'home visit',
    summary: 'Visit; Mr C answered the door and stayed',
    people: ['p-kerry', 'p-dean'],
    ...extra,
  });

describe('victim-seen-alone rule', () => {
  it('fires at minContacts contacts with the partner present and none seen alone', () => {
    const patterns = victimSeenAlone(
      input([withPartner('e1', '2021-01-05'), withPartner('e2', '2021-02-05', GP)]),
      thresholds(),
    );
    expect(patterns).toHaveLength(1);
    expect(patterns[0]!.explanation).toContain(
      'At 2 contacts recorded by GP Practice and Health Visiting, the record shows Mr C present or speaking for RM',
    );
    expect(patterns[0]!.explanation).toContain('None of the 2 entries about RM records that RM was seen alone.');
    expect(patterns[0]!.severity).toBe('high');
  });

  it('does not fire below minContacts', () => {
    expect(victimSeenAlone(input([withPartner('e1', '2021-01-05')]), thresholds())).toEqual([]);
  });

  it('does not fire when a contact records her seen alone (flag or wording), unless told to look anyway', () => {
    const flagged = [
      withPartner('e1', '2021-01-05'),
      withPartner('e2', '2021-02-05'),
      entry('e3', '2021-03-01', GP, { people: ['p-kerry'], victimSeenAlone: true }),
    ];
    expect(victimSeenAlone(input(flagged), thresholds())).toEqual([]);
    const worded = [
      withPartner('e1', '2021-01-05'),
      withPartner('e2', '2021-02-05'),
      entry('e3', '2021-03-01', GP, { people: ['p-kerry'], text: 'RM seen alone in clinic' }),
    ];
    expect(victimSeenAlone(input(worded), thresholds())).toEqual([]);
    const anyway = withSetting('victim-seen-alone', 'onlyWhenNeverSeenAlone', false);
    const [pattern] = victimSeenAlone(input(worded), anyway);
    expect(pattern!.explanation).toContain('1 entry of 3 record that RM was seen alone.');
    expect(pattern!.severity).toBe('medium');
  });

  it('does not count contacts where the partner was only mentioned', () => {
    const mentioned = [
      withPartner('e1', '2021-01-05', HV, { people: ['p-kerry', { personId: 'p-dean', role: 'mentioned' }] }),
      withPartner('e2', '2021-02-05', HV, { people: ['p-kerry', { personId: 'p-dean', role: 'mentioned' }] }),
    ];
    expect(victimSeenAlone(input(mentioned), thresholds())).toEqual([]);
  });

  it('recognises a victim by entry role and a partner through either side of the relationship', () => {
    const people = [
      { id: 'a', label: 'Adult A', kind: 'adult' as const, dateOfBirth: null, roles: [], relationships: [] },
      {
        id: 'b',
        label: 'Adult B',
        kind: 'adult' as const,
        dateOfBirth: null,
        roles: [],
        relationships: [{ otherPersonId: 'a', kind: 'Husband' }],
      },
    ];
    const entries = [
      entry('e1', '2021-01-05', HV, { people: [{ personId: 'a', role: 'victim' }, 'b'] }),
      entry('e2', '2021-01-06', HV, { people: ['a', 'b'] }),
    ];
    const [pattern] = victimSeenAlone(input(entries, people), thresholds());
    expect(pattern!.title).toContain('Adult A');
  });

  it('reads "not seen alone" wording as not seen alone, not as seen alone', () => {
    const entries = [
      withPartner('e1', '2021-01-05', HV, { text: 'Mr C stayed in the room; RM not seen alone' }),
      withPartner('e2', '2021-02-05', GP),
    ];
    expect(victimSeenAlone(input(entries), thresholds())).toHaveLength(1);
  });

  it('reads the narrative: "answered on her behalf", "present throughout" count; "seen alone, partner waited outside" stops it', () => {
    const note = (id: string, date: string, agency: string, summary: string) => entry(id, date, agency, { summary });
    const withPartner = [
      note(
        'h1',
        '2021-09-20',
        HV,
        'New birth visit. Mr C present throughout and answered most questions on her behalf. RM quiet.',
      ),
      note(
        'g1',
        '2021-11-02',
        GP,
        'RM seen with partner present. Partner answered on her behalf when asked about home.',
      ),
    ];
    const [pattern] = victimSeenAlone(input(withPartner), thresholds());
    expect(pattern!.matches.map((match) => match.entryId)).toEqual(['h1', 'g1']);
    expect(pattern!.matches[0]!.words).toEqual(['present throughout', 'answered most questions']);
    const alone = note('m1', '2022-02-06', GP, 'Mr C waited outside; RM seen alone.');
    expect(victimSeenAlone(input([...withPartner, alone]), thresholds())).toEqual([]);
    // "not seen alone" is not "seen alone": it counts as a contact with the partner there.
    const notAlone = note('x1', '2022-03-01', HV, 'RM not seen alone, Mr C at home.');
    expect(victimSeenAlone(input([withPartner[0]!, notAlone]), thresholds())).toHaveLength(1);
  });

  it('does not take a child seen alone for the mother seen alone', () => {
    const entries = [
      entry('h1', '2021-09-20', HV, { summary: 'Mr C present throughout; RM quiet.' }),
      entry('h2', '2021-10-20', HV, {
        summary: 'RM quiet; Mr C did all the talking. Child R seen alone and spoken to.',
      }),
    ];
    expect(victimSeenAlone(input(entries), thresholds())).toHaveLength(1);
  });
});
