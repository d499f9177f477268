import { describe, expect, it } from 'vitest';
import { childSeen } from '@core/insight/rules/child-seen';
import { HV, POLICE, SCHOOL, entry, input, thresholds, withSetting, type EntryOptions } from './build';

const visit = (id: string, date: string, child: EntryOptions['children']) =>
  entry(id, date, HV, { eventType: 'home visit', people: ['p-kerry'], children: child });

describe('child-seen rule', () => {
  it('counts contacts where the child was present but not seen, not alone, not spoken to, and the views share', () => {
    const entries = [
      visit('e1', '2021-01-05', [{ personId: 'p-ruby', present: true, seen: false }]),
      visit('e2', '2021-02-05', [{ personId: 'p-ruby', present: true, seen: true, seenAlone: false, spokenTo: false }]),
      visit('e3', '2021-03-05', [
        { personId: 'p-ruby', present: true, seen: true, seenAlone: true, spokenTo: true, viewsRecorded: true },
      ]),
    ];
    const patterns = childSeen(input(entries), thresholds());
    expect(patterns).toHaveLength(1);
    const text = patterns[0]!.explanation;
    expect(text).toContain(
      'At 2 contacts recorded by Health Visiting, the record says Child R was present but not seen, not seen alone or not heard',
    );
    expect(text).toContain('05/01/2021 (Health Visiting: "Entry e1") — "not seen"');
    expect(text).toContain('05/02/2021 (Health Visiting: "Entry e2") — "seen but not alone, not spoken to"');
    expect(text).toContain("the child's views were recorded at 1 of 3 contacts (33%).");
    expect(patterns[0]!.evidenceEntryIds).toEqual(['e1', 'e2']);
  });

  it('does not fire below minContacts gaps when views were recorded often enough', () => {
    const entries = [
      visit('e1', '2021-01-05', [{ personId: 'p-ruby', present: true, seen: false, viewsRecorded: true }]),
      visit('e2', '2021-02-05', [
        { personId: 'p-ruby', present: true, seen: true, seenAlone: true, spokenTo: true, viewsRecorded: true },
      ]),
    ];
    expect(childSeen(input(entries), thresholds())).toEqual([]);
    expect(childSeen(input(entries), withSetting('child-seen', 'minContacts', 1))).toHaveLength(1);
  });

  it('fires on the views share alone at the boundary (share below, not equal to, the minimum)', () => {
    const good = { present: true, seen: true, seenAlone: true, spokenTo: true };
    const half = [
      entry('e1', '2021-01-05', SCHOOL, { children: [{ personId: 'p-leo', ...good, viewsRecorded: true }] }),
      entry('e2', '2021-02-05', SCHOOL, { children: [{ personId: 'p-leo', ...good, viewsRecorded: false }] }),
    ];
    expect(childSeen(input(half), thresholds())).toEqual([]);
    const third = [...half, entry('e3', '2021-03-05', SCHOOL, { children: [{ personId: 'p-leo', ...good }] })];
    const [pattern] = childSeen(input(third), thresholds());
    expect(pattern!.title).toContain('Sibling R');
    expect(pattern!.evidenceEntryIds).toEqual(['e2', 'e3']);
  });

  it('ignores entries where the child was not present, and does not treat "not recorded" as "no"', () => {
    const entries = [
      entry('e1', '2021-01-05', POLICE, { children: [{ personId: 'p-ruby', present: false, seen: false }] }),
      visit('e2', '2021-02-05', [{ personId: 'p-ruby', present: true, viewsRecorded: true }]),
      visit('e3', '2021-03-05', [{ personId: 'p-ruby', present: true, viewsRecorded: true }]),
    ];
    expect(childSeen(input(entries), thresholds())).toEqual([]);
  });

  it('does not count "not spoken to" or missing views for a child certainly too young to speak', () => {
    const people = input([]).people.map((person) =>
      person.id === 'p-ruby' ? { ...person, dateOfBirth: '2019-06-14' } : person,
    );
    const visits = [
      visit('e1', '2022-06-13', [
        { personId: 'p-ruby', present: true, seen: true, seenAlone: true, spokenTo: false, viewsRecorded: false },
      ]),
      visit('e2', '2022-06-14', [
        { personId: 'p-ruby', present: true, seen: true, seenAlone: true, spokenTo: false, viewsRecorded: false },
      ]),
    ];
    // The day before her third birthday does not count; her birthday does, so one gap remains.
    expect(childSeen(input(visits, people), thresholds())).toEqual([]);
    const [pattern] = childSeen(input(visits, people), withSetting('child-seen', 'minContacts', 1));
    expect(pattern!.explanation).toContain('14/06/2022 (Health Visiting: "Entry e2") — "not spoken to"');
    expect(pattern!.explanation).toContain(
      '1 contact when Child R was younger than 3 is not counted for being seen alone',
    );
    expect(childSeen(input(visits, people), withSetting('child-seen', 'minAgeYears', 0))).toHaveLength(1);
  });

  it('reads the narrative: "seen but not spoken to", "asleep", "in her bedroom" count; "seen alone and spoken to" does not', () => {
    const note = (id: string, date: string, summary: string) => entry(id, date, HV, { summary, people: ['p-kerry'] });
    const entries = [
      note('n1', '2021-09-20', 'New birth visit. Child R was in her bedroom and not seen.'),
      note('n2', '2021-11-05', 'Home visit. Child R seen but not spoken to.'),
      note('n3', '2021-12-05', 'Child R seen alone and spoken to; said she likes nursery.'),
      note('n4', '2022-01-05', 'RM said Child R was not asleep when the police came.'),
    ];
    const [pattern, ...rest] = childSeen(input(entries), thresholds());
    expect(rest).toEqual([]);
    expect(pattern!.matches.map((match) => [match.entryId, match.words])).toEqual([
      ['n1', ['in her bedroom', 'not seen']],
      ['n2', ['seen but not spoken to']],
    ]);
  });

  it('gives the children one pattern when the same entries say "the children" were asleep', () => {
    const entries = [
      entry('p1', '2023-03-07', POLICE, { summary: 'DV call. Children not spoken to as asleep.' }),
      entry('p3', '2023-08-21', POLICE, { summary: 'Children in bedroom, not seen by officers.' }),
    ];
    const patterns = childSeen(input(entries), thresholds());
    expect(patterns).toHaveLength(1);
    expect(patterns[0]!.title).toBe('Children present but not seen or heard: Sibling R and Child R');
  });
});
