/**
 * Quiet output: patterns resting on the same matched entries are shown once with both findings,
 * their evidence in date order, ranked by strength (agencies, incidents, recency, severity).
 */
import { describe, expect, it } from 'vitest';
import { mergeAndRank } from '@core/insight/merge';
import { makePattern } from '@core/insight/pattern';
import type { InsightEntry } from '@core/insight/input';
import { HV, POLICE, entry, incident, input, thresholds } from './build';

function patterns(entries: readonly InsightEntry[]) {
  const [e1, e2, e3] = entries;
  const match = { entryId: e3!.id, words: ['hit'], sentence: 'He hit her.' };
  return [
    makePattern({
      ruleId: 'repeated-incidents',
      key: 'a',
      title: 'Repeated',
      explanation: 'Two incidents.',
      severity: 'high',
      salience: 50,
      evidence: [e3!, e1!],
      matches: [match],
    }),
    makePattern({
      ruleId: 'trigger-events',
      key: 'b',
      title: 'Trigger',
      explanation: 'A trigger.',
      severity: 'medium',
      salience: 20,
      evidence: [e3!, e2!],
      matches: [match],
    }),
  ];
}

describe('merging and ranking patterns', () => {
  const chronology = () => [
    incident('e1', '2021-01-01', POLICE),
    entry('e2', '2021-02-01', HV, { summary: 'Routine visit' }),
    incident('e3', '2021-03-01', POLICE),
  ];

  it('merges patterns on the same matched entries, the stronger first, with the evidence of both in date order', () => {
    const entries = chronology();
    const [merged, ...rest] = mergeAndRank(patterns(entries), input(entries), thresholds());
    expect(rest).toEqual([]);
    expect(merged!.ruleId).toBe('repeated-incidents');
    expect(merged!.also.map((also) => also.ruleId)).toEqual(['trigger-events']);
    expect(merged!.evidenceEntryIds).toEqual(['e1', 'e2', 'e3']);
    // One agency (8), two incidents (10), recent (10), high (15) and 30% of its own 50 (15).
    expect(merged!.salience).toBe(58);
  });

  it('gives the same when an id is used twice, counting the last entry with it', () => {
    const entries = chronology();
    // A second "e2", later in the list: it stands for the id, so the HV visit counts as a police incident.
    const repeated = [...entries, incident('e2', '2021-02-01', POLICE)];
    const ranked = mergeAndRank(patterns(repeated), input(repeated), thresholds());
    expect(ranked.map((pattern) => pattern.evidenceEntryIds)).toEqual([['e1', 'e2', 'e3']]);
    const trigger = mergeAndRank([patterns(repeated)[1]!], input(repeated), thresholds())[0]!;
    const withoutRepeat = mergeAndRank([patterns(entries)[1]!], input(entries), thresholds())[0]!;
    // Police only (8 instead of 16 for two agencies), and two incidents instead of one (+5).
    expect(trigger.salience - withoutRepeat.salience).toBe(-8 + 5);
  });
});
