import { describe, expect, it } from 'vitest';
import { unsharedInformation } from '@core/insight/rules/unshared-information';
import { CSC, HV, POLICE, entry, incident, input, thresholds, withSetting } from './build';

const decision = (date: string) =>
  entry('d1', date, CSC, {
    eventType: 'assessment outcome',
    summary: 'Single assessment: no further action',
    people: ['p-kerry', 'p-ruby'],
  });

describe('unshared-information rule', () => {
  it('fires when another agency recorded an incident that was never shared with the deciding agency', () => {
    const patterns = unsharedInformation(
      input([incident('e1', '2021-02-01', POLICE), decision('2021-03-01')]),
      thresholds(),
    );
    expect(patterns).toHaveLength(1);
    expect(patterns[0]!.evidenceEntryIds).toEqual(['e1', 'd1']);
    expect(patterns[0]!.explanation).toContain(`that no record of ${CSC} mentions or shows as shared with it by then`);
  });

  it('does not fire when it was shared on or before the decision day', () => {
    const shared = incident('e1', '2021-02-01', POLICE, { sharedWith: [{ agency: CSC, date: '2021-03-01' }] });
    expect(unsharedInformation(input([shared, decision('2021-03-01')]), thresholds())).toEqual([]);
  });

  it('fires when the share came after the decision', () => {
    const late = incident('e1', '2021-02-01', POLICE, { sharedWith: [{ agency: CSC, date: '2021-03-02' }] });
    expect(unsharedInformation(input([late, decision('2021-03-01')]), thresholds())).toHaveLength(1);
  });

  it('does not treat an undated share as unshared, but names it', () => {
    const undated = incident('e1', '2021-02-01', POLICE, { sharedWith: [{ agency: CSC, date: null }] });
    const other = entry('e2', '2021-02-10', HV, {
      significance: 'high',
      summary: 'Bruise to Child R',
      people: ['p-ruby'],
    });
    expect(unsharedInformation(input([undated, decision('2021-03-01')]), thresholds())).toEqual([]);
    const [pattern] = unsharedInformation(input([undated, other, decision('2021-03-01')]), thresholds());
    expect(pattern!.evidenceEntryIds).toEqual(['e2', 'd1']);
    expect(pattern!.explanation).toContain('1 other entry was shared with Children');
  });

  it("ignores routine entries, the deciding agency's own entries and entries outside the look-back", () => {
    const entries = [
      entry('e1', '2021-02-01', HV, { summary: 'Routine visit', people: ['p-kerry'] }),
      // The deciding agency's own record: it neither counts nor names the police.
      incident('e2', '2021-02-02', CSC, { summary: 'Domestic abuse incident reported to the duty team' }),
      incident('e3', '2019-12-01', POLICE),
      decision('2021-03-01'),
    ];
    expect(unsharedInformation(input(entries), thresholds())).toEqual([]);
    expect(unsharedInformation(input(entries), withSetting('unshared-information', 'lookbackMonths', 24))).toHaveLength(
      1,
    );
  });

  it('does not count information from the same day as the decision (order within the day is unknown)', () => {
    expect(
      unsharedInformation(input([incident('e1', '2021-03-01', POLICE), decision('2021-03-01')]), thresholds()),
    ).toEqual([]);
  });

  it('counts the deciding agency\'s own words as knowing: "PPN received from police" before the decision', () => {
    const told = entry('c1', '2021-02-10', CSC, {
      summary: 'PPN received from police regarding the incident',
      people: ['p-kerry'],
    });
    expect(
      unsharedInformation(input([incident('e1', '2021-02-01', POLICE), told, decision('2021-03-01')]), thresholds()),
    ).toEqual([]);
    // Words written before the incident do not count.
    const early = entry('c0', '2021-01-10', CSC, { summary: 'PPN received from police', people: ['p-kerry'] });
    expect(
      unsharedInformation(input([early, incident('e1', '2021-02-01', POLICE), decision('2021-03-01')]), thresholds()),
    ).toHaveLength(1);
  });
});
