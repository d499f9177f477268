import { describe, expect, it } from 'vitest';
import { childSeen } from '../../../../electron/core/insight/rules/child-seen';
import { HV, POLICE, SCHOOL, entry, input, thresholds, type EntryOptions } from './build';

const visit = (id: string, date: string, child: EntryOptions['children']) =>
  entry(id, date, HV, { eventType: 'home visit', people: ['p-kerry'], children: child });

describe('child-seen rule', () => {
  it('counts contacts where the child was present but not seen, not alone, not spoken to, and the views share', () => {
    const entries = [
      visit('e1', '2021-01-05', [{ personId: 'p-ruby', present: true, seen: false }]),
      visit('e2', '2021-02-05', [{ personId: 'p-ruby', present: true, seen: true, seenAlone: false, spokenTo: false }]),
      visit('e3', '2021-03-05', [{ personId: 'p-ruby', present: true, seen: true, seenAlone: true, spokenTo: true, viewsRecorded: true }]),
    ];
    const patterns = childSeen(input(entries), thresholds());
    expect(patterns).toHaveLength(1);
    const text = patterns[0]!.explanation;
    expect(text).toContain('Child R was recorded as present at 3 contacts (Health Visiting).');
    expect(text).toContain('Not seen at 1 contact: 05/01/2021');
    expect(text).toContain('Seen but not alone at 1 contact: 05/02/2021');
    expect(text).toContain('Not spoken to at 1 contact: 05/02/2021');
    expect(text).toContain("The child's views were recorded at 1 of 3 contacts (33%).");
    expect(patterns[0]!.evidenceEntryIds).toEqual(['e1', 'e2']);
  });

  it('does not fire below minContacts gaps when views were recorded often enough', () => {
    const entries = [
      visit('e1', '2021-01-05', [{ personId: 'p-ruby', present: true, seen: false, viewsRecorded: true }]),
      visit('e2', '2021-02-05', [{ personId: 'p-ruby', present: true, seen: true, seenAlone: true, spokenTo: true, viewsRecorded: true }]),
    ];
    expect(childSeen(input(entries), thresholds())).toEqual([]);
    expect(childSeen(input(entries), thresholds((t) => (t.rules['child-seen'].minContacts = 1)))).toHaveLength(1);
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
    const people = input([]).people.map((person) => (person.id === 'p-ruby' ? { ...person, dateOfBirth: '2019-06-14' } : person));
    const visits = [
      visit('e1', '2022-06-13', [{ personId: 'p-ruby', present: true, seen: true, seenAlone: true, spokenTo: false, viewsRecorded: false }]),
      visit('e2', '2022-06-14', [{ personId: 'p-ruby', present: true, seen: true, seenAlone: true, spokenTo: false, viewsRecorded: false }]),
    ];
    // The day before her third birthday does not count; her birthday does, so one gap remains.
    expect(childSeen(input(visits, people), thresholds())).toEqual([]);
    const [pattern] = childSeen(input(visits, people), thresholds((t) => (t.rules['child-seen'].minContacts = 1)));
    expect(pattern!.explanation).toContain('Not spoken to at 1 contact: 14/06/2022');
    expect(pattern!.explanation).toContain('1 contact when Child R was younger than 3 is not counted for being seen alone');
    expect(childSeen(input(visits, people), thresholds((t) => (t.rules['child-seen'].minAgeYears = 0)))).toHaveLength(1);
  });
});
