import { describe, expect, it } from 'vitest';
import { nonEngagement } from '../../../../electron/core/insight/rules/non-engagement';
import { DAS, GP, HV, entry, input, thresholds } from './build';

const dna = (id: string, date: string, agency = HV) =>
  entry(id, date, agency, { eventType: 'did not attend', summary: 'RM did not attend clinic', people: ['p-kerry', 'p-ruby'] });

describe('non-engagement rule', () => {
  it('fires when no follow-up by the same agency came within followUpWithinDays', () => {
    const entries = [dna('e1', '2021-01-05'), entry('e2', '2021-01-20', HV, { summary: 'Home visit', people: ['p-kerry'] })];
    const patterns = nonEngagement(input(entries), thresholds());
    expect(patterns).toHaveLength(1);
    expect(patterns[0]!.explanation).toContain('Health Visiting recorded 1 instance of non-engagement.');
    expect(patterns[0]!.explanation).toContain('[event type "did not attend"]');
    expect(patterns[0]!.evidenceEntryIds).toEqual(['e1']);
  });

  it('does not fire when the same agency followed up on the last day of the window', () => {
    const entries = [dna('e1', '2021-01-05'), entry('e2', '2021-01-19', HV, { summary: 'Phoned RM to rebook', people: ['p-kerry'] })];
    expect(nonEngagement(input(entries), thresholds())).toEqual([]);
  });

  it('does not count another agency, another missed appointment or a different family as a follow-up', () => {
    const entries = [
      dna('e1', '2021-01-05'),
      entry('e2', '2021-01-06', GP, { summary: 'GP appointment', people: ['p-kerry'] }),
      dna('e3', '2021-01-07'),
      entry('e4', '2021-01-08', HV, { summary: 'Visit to another family', people: ['p-connor'] }),
    ];
    const [pattern] = nonEngagement(input(entries), thresholds());
    expect(pattern!.evidenceEntryIds).toEqual(['e1', 'e3']);
    expect(pattern!.severity).toBe('medium');
  });

  it('recognises wording such as a withdrawn statement and respects minUnanswered', () => {
    const entries = [entry('e1', '2021-01-05', DAS, { summary: 'RM withdrew her statement', people: ['p-kerry'] })];
    expect(nonEngagement(input(entries), thresholds())).toHaveLength(1);
    expect(nonEngagement(input(entries), thresholds((t) => (t.rules['non-engagement'].minUnanswered = 2)))).toEqual([]);
  });
});
