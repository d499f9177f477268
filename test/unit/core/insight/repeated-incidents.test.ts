import { describe, expect, it } from 'vitest';
import { incidentMatch, repeatedIncidents } from '@core/insight/rules/repeated-incidents';
import { CSC, HV, POLICE, entry, incident, input, thresholds, withSetting, vague } from './build';

const SAID = 'Mum reports that Mr C hit her and threatened her. Officers saw Mr C push RM.';

describe('repeated-incidents rule', () => {
  it('fires at exactly minIncidents incidents with the same two adults, giving intervals and that no agency knew of all', () => {
    const entries = [
      incident('e1', '2021-03-01', POLICE),
      incident('e2', '2021-04-10', HV, {
        eventType: 'home visit',
        summary: 'RM disclosed she was assaulted by Mr C last week',
      }),
      incident('e3', '2021-04-20', POLICE),
    ];
    const patterns = repeatedIncidents(input(entries), thresholds());
    expect(patterns).toHaveLength(1);
    const [pattern] = patterns;
    expect(pattern!.evidenceEntryIds).toEqual(['e1', 'e2', 'e3']);
    expect(pattern!.explanation).toContain('3 entries describing domestic abuse involving Mr C and RM');
    expect(pattern!.explanation).toContain('Intervals between consecutive entries: 40 days, 10 days.');
    expect(pattern!.explanation).toContain('No single agency recorded or was recorded as told of all of them.');
    expect(pattern!.severity).toBe('high');
  });

  it('does not fire one incident below the threshold', () => {
    const entries = [incident('e1', '2021-03-01', POLICE), incident('e2', '2021-04-10', POLICE)];
    expect(repeatedIncidents(input(entries), thresholds())).toEqual([]);
    expect(repeatedIncidents(input(entries), withSetting('repeated-incidents', 'minIncidents', 2))).toHaveLength(1);
  });

  it('names an agency that was told of every incident through "shared with"', () => {
    const entries = [
      incident('e1', '2021-03-01', POLICE, { sharedWith: [{ agency: CSC, date: '2021-03-02' }] }),
      incident('e2', '2021-04-10', POLICE, { sharedWith: [{ agency: CSC, date: '2021-04-11' }] }),
      incident('e3', '2021-04-20', CSC),
    ];
    const [pattern] = repeatedIncidents(input(entries), thresholds());
    expect(pattern!.explanation).toContain(`${CSC} recorded or was recorded as told of all of them.`);
    expect(pattern!.explanation).toContain(
      `Known to each agency (recorded, or recorded as told): ${CSC} 3 of 3, ${POLICE} 2 of 3.`,
    );
    expect(pattern!.severity).toBe('medium');
  });

  it('gives a range for intervals between vague dates', () => {
    const entries = [
      incident('e1', vague('Spring 2021', '2021-03-01', '2021-05-31'), POLICE),
      incident('e2', '2021-06-10', POLICE),
      incident('e3', '2021-06-20', POLICE),
    ];
    const [pattern] = repeatedIncidents(input(entries), thresholds());
    expect(pattern!.explanation).toContain('between 10 and 101 days, 10 days');
    expect(pattern!.explanation).toContain('Spring 2021 (Westmoor Police');
  });

  it('does not group incidents with different people, nor count entries that are not incidents', () => {
    const entries = [
      incident('e1', '2021-03-01', POLICE),
      incident('e2', '2021-04-10', POLICE, { people: ['p-kerry', 'p-connor'] }),
      entry('e3', '2021-04-20', HV, {
        eventType: 'home visit',
        people: ['p-kerry', 'p-dean'],
        summary: 'Routine visit',
      }),
    ];
    expect(repeatedIncidents(input(entries), withSetting('repeated-incidents', 'minIncidents', 2))).toEqual([]);
  });

  it('gives the same id for the same evidence and a different one when evidence changes', () => {
    const base = [
      incident('e1', '2021-03-01', POLICE),
      incident('e2', '2021-04-10', POLICE),
      incident('e3', '2021-04-20', POLICE),
    ];
    const a = repeatedIncidents(input(base), thresholds())[0]!;
    const b = repeatedIncidents(input([...base].reverse()), thresholds())[0]!;
    const c = repeatedIncidents(input([...base, incident('e4', '2021-05-01', POLICE)]), thresholds())[0]!;
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^repeated-incidents:[0-9a-f]{16}$/);
    expect(c.id).not.toBe(a.id);
  });

  it('is off when disabled', () => {
    const entries = [
      incident('e1', '2021-03-01', POLICE),
      incident('e2', '2021-04-10', POLICE),
      incident('e3', '2021-04-20', POLICE),
    ];
    expect(repeatedIncidents(input(entries), withSetting('repeated-incidents', 'enabled', false))).toEqual([]);
  });

  it('keeps the explanation readable for many incidents: ten cited, the rest counted', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      incident(`e${String(i).padStart(2, '0')}`, `2021-01-${String(i + 1).padStart(2, '0')}`, POLICE),
    );
    const [pattern] = repeatedIncidents(input(many), thresholds());
    expect(pattern!.evidenceEntryIds).toHaveLength(12);
    expect(pattern!.explanation).toContain('; and 2 more (see the evidence)');
  });

  it('explains entries with the same words alike, each with its own id, as reading each afresh does', () => {
    const t = thresholds();
    const first = entry('w1', '2021-03-01', POLICE, { summary: SAID });
    const again = entry('w2', '2021-05-01', HV, { summary: SAID });
    const linked = entry('w3', '2021-06-01', HV, { summary: SAID, people: ['p-kerry', 'p-dean'] });
    const all = input([first, again, linked]);
    const [one, two, three] = [first, again, linked].map((item) => incidentMatch(item, all, t));
    expect(one!.entryId).toBe('w1');
    expect(two).toEqual({ ...one, entryId: 'w2' });
    expect(Object.keys(two!)).toEqual(Object.keys(one!));
    expect(one!.notes!.length).toBeGreaterThan(0);
    // An entry with linked people is read as itself; a fresh register reads the words again.
    expect(three!.entryId).toBe('w3');
    const fresh = input(
      [{ ...again }],
      all.people.map((person) => ({ ...person })),
    );
    expect(incidentMatch(fresh.entries[0]!, fresh, t)).toEqual(two);
  });
});
