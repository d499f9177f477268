/**
 * Readings are kept by text, so entries with the same words share one (see `read-entry.ts`). That
 * must never change a result: an entry's own columns (event type, tags, people, child contacts)
 * may not leak to another entry with the same words, and a chronology read with its texts shared
 * must give exactly the patterns it gives when every entry is read on its own.
 */
import { describe, expect, it } from 'vitest';
import { runInsight } from '@core/insight/runner';
import { matchKind } from '@core/insight/reading/entry-kind';
import { readIncident } from '@core/insight/reading/incident';
import { mentionedPeople } from '@core/insight/reading/mentions';
import { readEntry } from '@core/insight/reading/read-entry';
import { readingOf } from '@core/insight/reading/vocabulary';
import type { InsightEntry } from '@core/insight/input';
import { syntheticInput } from '@test/bench/insight/synthetic';
import { FAMILY, POLICE, entry, thresholds } from './build';

/** Trailing whitespace that differs per entry: the words, sentences and offsets stay the same. */
function distinctText(entryToChange: InsightEntry, index: number): InsightEntry {
  const tail = index.toString(2).replace(/0/g, ' ').replace(/1/g, '\t');
  return { ...entryToChange, text: `${entryToChange.text}\n${tail}` };
}

describe('readings shared by entries with the same words', () => {
  it('gives each entry its own event type, tags and people', () => {
    const t = thresholds();
    const words = 'Home visit. Mum and baby seen. Growing well.';
    const plain = entry('a', '2021-03-01', POLICE, { summary: words });
    const typed = entry('b', '2021-03-02', POLICE, { summary: words, eventType: 'domestic abuse incident' });
    const tagged = entry('c', '2021-03-03', POLICE, { summary: words, tags: ['case closed'] });
    const named = entry('d', '2021-03-04', POLICE, { summary: words, people: ['p-kerry'] });

    expect(readIncident(plain, FAMILY, t).isIncident).toBe(false);
    expect(readIncident(typed, FAMILY, t).isIncident).toBe(true);
    expect(readIncident(plain, FAMILY, t).isIncident).toBe(false);

    const closure = { eventTypes: [], tags: ['case closed'], keywords: ['case closed'] };
    expect(matchKind(plain, closure, t)).toBeNull();
    expect(matchKind(tagged, closure, t)).toEqual({ cues: [], structured: 'tag "case closed"' });
    expect(matchKind(plain, closure, t)).toBeNull();

    expect([...mentionedPeople(named, FAMILY, t)]).toContain('p-kerry');
    expect([...mentionedPeople(plain, FAMILY, t)]).not.toContain('p-kerry');
  });

  it('reads entries that share a summary but differ in the rest of their words each by their own words', () => {
    const t = thresholds();
    const summary = 'Home visit.';
    const quiet = entry('a', '2021-03-01', POLICE, { summary, text: 'Mum and baby seen. Growing well.' });
    const closed = entry('b', '2021-03-02', POLICE, { summary, text: 'Case closed.' });
    const same = entry('c', '2021-03-03', POLICE, { summary, text: 'Mum and baby seen. Growing well.' });
    const closure = { eventTypes: [], tags: [], keywords: ['case closed'] };

    expect(matchKind(quiet, closure, t)).toBeNull();
    expect(matchKind(closed, closure, t)?.cues.map((cue) => cue.words)).toEqual(['Case closed']);
    expect(readEntry(same, readingOf(t))).toBe(readEntry(quiet, readingOf(t)));
    // The same words cut differently between the two columns are read alike.
    const early = entry('d', '2021-03-04', POLICE, { summary: 'Home visit.\nDNA.', text: 'Case closed.' });
    const late = entry('e', '2021-03-05', POLICE, { summary: 'Home visit.', text: 'DNA.\nCase closed.' });
    expect(readEntry(early, readingOf(t)).text).toBe('Home visit.\nDNA.\nCase closed.');
    expect(readEntry(late, readingOf(t)).text).toBe(readEntry(early, readingOf(t)).text);
    expect(matchKind(late, closure, t)).toEqual(matchKind(early, closure, t));
  });

  it('finds the same patterns as when every entry is read on its own', () => {
    const t = thresholds();
    const shared = syntheticInput(1500);
    const own = { entries: shared.entries.map(distinctText), people: shared.people };
    const texts = new Set(shared.entries.map((item) => `${item.summary}\n${item.text}`));
    // The chronology really does repeat itself, so the first run shares readings.
    expect(texts.size).toBeLessThan(shared.entries.length * 0.6);

    const together = runInsight(shared, t).patterns;
    const alone = runInsight(own, t).patterns;
    expect(together.length).toBeGreaterThan(5);
    expect(alone).toEqual(together);
  });
});
