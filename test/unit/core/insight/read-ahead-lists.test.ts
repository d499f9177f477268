/**
 * A run reads every entry's words for the lists the rules look for in words, before the rules run
 * (see `runner.ts`), and not for lists of column values (event types, tags, significance levels,
 * the register's roles and relationships), which no rule looks for in words. Leaving them out must
 * never change a pattern: a rule asking for any list still gets its cues, read when first asked.
 */
import { describe, expect, it } from 'vitest';
import { runInsight } from '@core/insight/runner';
import { ruleWordLists } from '@core/insight/reading/prepare';
import { readEntry } from '@core/insight/reading/read-entry';
import { readingOf } from '@core/insight/reading/vocabulary';
import { FAMILY, POLICE, entry, thresholds } from './build';

describe('the word lists read ahead of the rules', () => {
  it('holds every trigger and kind of entry looked for in words, and no list of column values', () => {
    const t = thresholds();
    const lists = ruleWordLists(t);
    const vocabulary = t.vocabulary;
    for (const trigger of t.rules['trigger-events'].triggers) {
      expect(lists).toContain(trigger.match.keywords);
      expect(lists).not.toContain(trigger.match.eventTypes);
      expect(lists).not.toContain(trigger.match.tags);
    }
    for (const matcher of [vocabulary.closure, vocabulary.decision, vocabulary.nonEngagement]) {
      expect(lists).toContain(matcher.keywords);
      expect(lists).not.toContain(matcher.eventTypes);
      expect(lists).not.toContain(matcher.tags);
    }
    expect(lists).toContain(t.rules['minimising-language'].phrases);
    expect(lists).toContain(vocabulary.seenAloneKeywords);
    for (const values of [
      vocabulary.significantValues,
      vocabulary.victimRoles,
      vocabulary.notPresentRoles,
      vocabulary.partnerRelationships,
    ])
      expect(lists).not.toContain(values);
  });

  it('still finds an event-type word written in an entry when a rule asks for it', () => {
    const t = thresholds();
    const words = 'Decision made at the strategy meeting. Assessment outcome shared with the family.';
    const run = runInsight({ entries: [entry('a', '2021-03-01', POLICE, { summary: words })], people: FAMILY }, t);
    expect(run.rules).toHaveLength(9);
    // The run has read these words (the reading is shared by text), but not for event types: they
    // are read, verbatim and with their sentences, when first asked.
    const cues = readEntry(entry('b', '2021-03-02', POLICE, { summary: words }), readingOf(t)).cues(
      t.vocabulary.decision.eventTypes,
    );
    expect(cues.map((cue) => cue.words)).toEqual(['Decision', 'strategy meeting', 'Assessment outcome']);
    expect(cues[2]!.sentence).toBe('Assessment outcome shared with the family.');
  });
});
