import { describe, expect, it } from 'vitest';
import { separationReconciliation } from '../../../../electron/core/insight/rules/separation-reconciliation';
import { DAS, GP, HV, POLICE, entry, input, thresholds, vague } from './build';

const couple = ['p-kerry', 'p-dean'];

describe('separation-reconciliation rule', () => {
  it('lists the sequence in date order once minEvents is reached, once per couple', () => {
    const entries = [
      entry('e3', '2021-09-01', POLICE, { summary: 'RM says they separated again', people: couple }),
      entry('e1', vague('Spring 2021', '2021-03-01', '2021-05-31'), HV, { summary: 'RM has separated from Mr C', people: couple }),
      entry('e2', '2021-07-01', DAS, { eventType: 'reconciliation', summary: 'Mr C has moved back', people: couple }),
    ];
    const patterns = separationReconciliation(input(entries), thresholds());
    expect(patterns).toHaveLength(1);
    expect(patterns[0]!.evidenceEntryIds).toEqual(['e1', 'e2', 'e3']);
    expect(patterns[0]!.explanation).toContain('(2 separations, 1 reconciliation)');
    expect(patterns[0]!.explanation).toContain('separation — Spring 2021 (Health Visiting: "RM has separated from Mr C") [also naming');
    expect(patterns[0]!.explanation).toContain('; then reconciliation — 01/07/2021');
  });

  it('does not fire one event below minEvents', () => {
    const entries = [
      entry('e1', '2021-03-01', HV, { summary: 'RM has separated from Mr C', people: couple }),
      entry('e2', '2021-07-01', DAS, { summary: 'They are back together', people: couple }),
    ];
    expect(separationReconciliation(input(entries), thresholds())).toEqual([]);
    expect(separationReconciliation(input(entries), thresholds((t) => (t.rules['separation-reconciliation'].minEvents = 2)))).toHaveLength(1);
  });

  it('follows one person across entries naming only them and across partners', () => {
    const entries = [
      entry('e1', '2020-03-01', HV, { summary: 'RM and RF separated', people: ['p-kerry', 'p-connor'] }),
      entry('e2', '2020-11-01', GP, { summary: 'RM says they are back together', people: ['p-kerry'] }),
      entry('e3', '2022-04-14', HV, { summary: 'Mr C has moved out', people: couple }),
    ];
    const patterns = separationReconciliation(input(entries), thresholds());
    expect(patterns).toHaveLength(1);
    expect(patterns[0]!.title).toContain('RM (3)');
    expect(patterns[0]!.explanation).toContain('[also naming RF]');
    expect(patterns[0]!.explanation).toContain('[also naming Mr C]');
  });

  it('does not read "separate" inside other words or unrelated entries', () => {
    const entries = [
      entry('e1', '2021-03-01', HV, { summary: 'Separately, RM asked about nursery', people: couple }),
      entry('e2', '2021-04-01', HV, { summary: 'Routine review', people: couple }),
    ];
    expect(separationReconciliation(input(entries), thresholds((t) => (t.rules['separation-reconciliation'].minEvents = 1)))).toEqual([]);
  });
});
