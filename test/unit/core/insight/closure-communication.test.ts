import { describe, expect, it } from 'vitest';
import { closureCommunication } from '@core/insight/rules/closure-communication';
import { CSC, GP, HV, POLICE, SCHOOL, entry, incident, input, thresholds, withSetting } from './build';

function closure(date: string, sharedWith: { agency: string; date?: string | null }[] = []) {
  return entry('c1', date, CSC, {
    eventType: 'case closure',
    summary: 'Assessment concluded; closed',
    people: ['p-kerry', 'p-ruby'],
    sharedWith,
  });
}

describe('closure-communication rule', () => {
  const before = [
    incident('e1', '2021-01-15', POLICE),
    entry('e2', '2021-02-01', HV, {
      eventType: 'home visit',
      summary: 'New birth visit',
      people: ['p-kerry', 'p-ruby'],
    }),
  ];
  const significantVisit = entry('e2', '2021-02-01', HV, {
    eventType: 'home visit',
    summary: 'New birth visit',
    significance: 'key',
    people: ['p-kerry', 'p-ruby'],
  });

  it('fires when an agency active in the months before was not told, naming who was told', () => {
    const patterns = closureCommunication(
      input([...before, closure('2021-03-01', [{ agency: HV, date: '2021-03-05' }])]),
      thresholds(),
    );
    expect(patterns).toHaveLength(1);
    const [pattern] = patterns;
    expect(pattern!.explanation).toContain(`No record shows the closure was shared with ${POLICE} within 14 days`);
    expect(pattern!.explanation).toContain(`It was shared in time with ${HV}.`);
    expect(pattern!.evidenceEntryIds).toEqual(['e1', 'c1']);
    expect(pattern!.severity).toBe('medium');
  });

  it('does not fire when every active agency was told within notifyWithinDays (boundary day included)', () => {
    const told = closure('2021-03-01', [
      { agency: HV, date: '2021-03-15' },
      { agency: POLICE, date: '2021-03-15' },
    ]);
    expect(closureCommunication(input([...before, told]), thresholds())).toEqual([]);
  });

  it('fires when the share came one day after the notify window, and says it was shared later', () => {
    const late = closure('2021-03-01', [
      { agency: HV, date: '2021-03-16' },
      { agency: POLICE, date: '2021-03-02' },
    ]);
    const [pattern] = closureCommunication(input([before[0]!, significantVisit, late]), thresholds());
    expect(pattern!.explanation).toContain(`shared later with ${HV}`);
    // An agency not told that held no concern is not, alone, a pattern.
    expect(closureCommunication(input([...before, late]), thresholds())).toEqual([]);
  });

  it('treats agencies outside the activity window as not involved', () => {
    const old = [incident('e1', '2020-06-01', POLICE)];
    expect(closureCommunication(input([...old, closure('2021-03-01')]), thresholds())).toEqual([]);
    const wider = withSetting('closure-communication', 'activeWithinMonths', 12);
    expect(closureCommunication(input([...old, closure('2021-03-01')]), wider)).toHaveLength(1);
  });

  it('reports an undated share without counting it as not told', () => {
    const patterns = closureCommunication(
      input([
        ...before,
        entry('e3', '2021-02-20', SCHOOL, { significance: 'key', people: ['p-ruby'] }),
        closure('2021-03-01', [
          { agency: HV, date: null },
          { agency: POLICE, date: '2021-03-01' },
        ]),
      ]),
      thresholds(),
    );
    expect(patterns).toHaveLength(1);
    expect(patterns[0]!.explanation).toContain(`It was shared with ${HV}, but the date of sharing is not recorded.`);
    expect(patterns[0]!.explanation).toContain(`shared with ${SCHOOL} within`);
  });

  it('is high severity when no involved agency was told', () => {
    const [pattern] = closureCommunication(
      input([...before, entry('e4', '2021-02-10', GP, { people: ['p-kerry'] }), closure('2021-03-01')]),
      thresholds(),
    );
    expect(pattern!.severity).toBe('high');
    expect(pattern!.evidenceEntryIds).toEqual(['e1', 'e2', 'e4', 'c1']);
  });

  it('reads a closure in any wording, and counts "letter to" an agency in the record as telling it', () => {
    const closed = entry('c1', '2022-02-14', CSC, {
      summary: 'Assessment completed. Parents engaging. Assessment closed.',
      people: ['p-kerry'],
    });
    const [pattern] = closureCommunication(input([incident('e1', '2022-01-15', POLICE), closed]), thresholds());
    expect(pattern!.matches).toEqual([{ entryId: 'c1', words: ['Assessment closed'], sentence: 'Assessment closed.' }]);
    const told = entry('c1', '2022-02-14', CSC, {
      summary: 'Assessment closed. Closure letter sent to police and health visitor.',
      people: ['p-kerry'],
    });
    expect(closureCommunication(input([incident('e1', '2022-01-15', POLICE), told]), thresholds())).toEqual([]);
  });

  it('does not read criminal outcomes or near misses as closures ("NFA - insufficient evidence", "disclosed", "not closed")', () => {
    const entries = [
      incident('e1', '2021-01-15', POLICE),
      entry('c1', '2021-02-20', POLICE, {
        summary: 'Mr C arrested. NFA - insufficient evidence.',
        people: ['p-kerry'],
      }),
      entry('c2', '2021-02-21', HV, {
        summary: 'RM disclosed money worries. Case remains open, not closed.',
        people: ['p-kerry'],
      }),
    ];
    expect(closureCommunication(input(entries), thresholds())).toEqual([]);
  });
});
