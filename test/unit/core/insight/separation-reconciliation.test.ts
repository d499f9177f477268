import { describe, expect, it } from 'vitest';
import { separationReconciliation } from '@core/insight/rules/separation-reconciliation';
import { DAS, GP, HV, POLICE, entry, incident, input, thresholds, withSetting, vague } from './build';

const couple = ['p-kerry', 'p-dean'];

describe('separation-reconciliation rule', () => {
  it('lists the sequence in date order with the words that matched, and the incidents that followed', () => {
    const entries = [
      entry('e3', '2021-09-01', POLICE, { summary: 'RM says they separated again', people: couple }),
      entry('e1', vague('Spring 2021', '2021-03-01', '2021-05-31'), HV, {
        summary: 'RM has separated from Mr C',
        people: couple,
      }),
      entry('e2', '2021-07-01', DAS, { eventType: 'reconciliation', summary: 'Mr C has moved back', people: couple }),
      incident('i1', '2021-07-20', POLICE),
    ];
    const patterns = separationReconciliation(input(entries), thresholds());
    expect(patterns).toHaveLength(1);
    expect(patterns[0]!.evidenceEntryIds).toEqual(['e1', 'e2', 'i1', 'e3']);
    expect(patterns[0]!.matches.map((match) => match.entryId)).toEqual(['e1', 'e2', 'e3']);
    expect(patterns[0]!.explanation).toContain(
      'separation ("separated") — Spring 2021 (Health Visiting: "RM has separated from Mr C")',
    );
    expect(patterns[0]!.explanation).toContain('reconciliation ("moved back") — 01/07/2021');
    expect(patterns[0]!.explanation).toContain(
      'Incidents recorded within 30 days after them: 20/07/2021 (Westmoor Police',
    );
  });

  it('fires at minEvents with a separation among them, not below, and not on reconciliations alone', () => {
    const entries = [
      entry('e1', '2021-03-01', HV, { summary: 'RM has separated from Mr C', people: couple }),
      entry('e2', '2021-07-01', DAS, { summary: 'They are back together', people: couple }),
    ];
    expect(separationReconciliation(input(entries), thresholds())).toHaveLength(1);
    expect(separationReconciliation(input(entries), withSetting('separation-reconciliation', 'minEvents', 3))).toEqual(
      [],
    );
    const onlyBack = [
      entries[1]!,
      entry('e3', '2021-08-01', GP, { summary: 'RM says Mr C moved back in', people: couple }),
    ];
    expect(separationReconciliation(input(onlyBack), thresholds())).toEqual([]);
  });

  it('reads the words agencies use and names the adults the entries name', () => {
    const entries = [
      entry('e1', '2020-03-01', HV, { summary: 'RM and RF split up' }),
      entry('e2', '2020-11-01', GP, { summary: 'RM tearful, says Mr C came back to live with them last week' }),
    ];
    const [pattern] = separationReconciliation(input(entries), thresholds());
    expect(pattern!.title).toBe('Separations and reconciliations: Mr C, RF and RM (2)');
  });

  it('does not read "separate" inside other words, negated or denied words', () => {
    const entries = [
      entry('e1', '2021-03-01', HV, { summary: 'Separately, RM asked about nursery', people: couple }),
      entry('e2', '2021-04-01', HV, {
        summary: 'RM denied they had reconciled; they have not separated',
        people: couple,
      }),
    ];
    expect(separationReconciliation(input(entries), withSetting('separation-reconciliation', 'minEvents', 1))).toEqual(
      [],
    );
  });
});
