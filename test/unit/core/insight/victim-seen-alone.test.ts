import { describe, expect, it } from 'vitest';
import { victimSeenAlone } from '../../../../electron/core/insight/rules/victim-seen-alone';
import { GP, HV, entry, input, thresholds } from './build';

const withPartner = (id: string, date: string, agency = HV, extra: Parameters<typeof entry>[3] = {}) =>
  entry(id, date, agency, { eventType: 'home visit', summary: 'Visit; Mr C answered the door and stayed', people: ['p-kerry', 'p-dean'], ...extra });

describe('victim-seen-alone rule', () => {
  it('fires at minContacts contacts with the partner present and none seen alone', () => {
    const patterns = victimSeenAlone(input([withPartner('e1', '2021-01-05'), withPartner('e2', '2021-02-05', GP)]), thresholds());
    expect(patterns).toHaveLength(1);
    expect(patterns[0]!.explanation).toContain('At 2 contacts recorded by GP Practice and Health Visiting, RM was present together with Mr C');
    expect(patterns[0]!.explanation).toContain('None of the 2 contacts with RM in the chronology records that RM was seen alone.');
    expect(patterns[0]!.severity).toBe('high');
  });

  it('does not fire below minContacts', () => {
    expect(victimSeenAlone(input([withPartner('e1', '2021-01-05')]), thresholds())).toEqual([]);
  });

  it('does not fire when a contact records her seen alone (flag or wording), unless told to look anyway', () => {
    const flagged = [withPartner('e1', '2021-01-05'), withPartner('e2', '2021-02-05'), entry('e3', '2021-03-01', GP, { people: ['p-kerry'], victimSeenAlone: true })];
    expect(victimSeenAlone(input(flagged), thresholds())).toEqual([]);
    const worded = [withPartner('e1', '2021-01-05'), withPartner('e2', '2021-02-05'), entry('e3', '2021-03-01', GP, { people: ['p-kerry'], text: 'RM seen alone in clinic' })];
    expect(victimSeenAlone(input(worded), thresholds())).toEqual([]);
    const anyway = thresholds((t) => (t.rules['victim-seen-alone'].onlyWhenNeverSeenAlone = false));
    const [pattern] = victimSeenAlone(input(worded), anyway);
    expect(pattern!.explanation).toContain('1 contact of 3 record that RM was seen alone.');
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
      { id: 'b', label: 'Adult B', kind: 'adult' as const, dateOfBirth: null, roles: [], relationships: [{ otherPersonId: 'a', kind: 'Husband' }] },
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
});
