/**
 * The reading of a text is kept small (see `read-entry.ts`): a words-only entry is answered through
 * the reading of its text rather than by entry, texts that name nobody, report nobody's words or
 * describe no incident share one answer, and cues are kept by each vocabulary's own numbering of
 * its lists. None of that may change what is read: each shortened path must give what the full
 * path gives, on the texts where a reading is easiest to get wrong (negation, reflexive threats,
 * short forms with full stops, letters outside the Latin alphabet).
 */
import { describe, expect, it } from 'vitest';
import { readIncident } from '@core/insight/reading/incident';
import { mentionedPeople } from '@core/insight/reading/mentions';
import { readEntry, readText } from '@core/insight/reading/read-entry';
import { childHeard, speechOf } from '@core/insight/reading/speech';
import { readingOf } from '@core/insight/reading/vocabulary';
import type { InsightEntry } from '@core/insight/input';
import { FAMILY, HV, POLICE, entry, thresholds } from './build';

const TRICKY = [
  'No injuries seen. Child R was not spoken to.',
  'Mr C threatened to kill himself during the call.',
  'Mr C threatened to kill her if she left him.',
  'Seen by HV approx. 10 mins. N. was asleep in the bedroom; Mum did not disclose DA.',
  'Mère absente; café fermé. Ребёнок спал. 子供は寝ていた。',
  'RM stated that Mr C had pushed her against the door.',
  'Routine review, no change to plan.',
  'Letter sent re next appointment.',
];

/** The same words as an entry the shortened path reads, and as one it cannot (it carries a tag). */
function pair(words: string, index: number): { wordsOnly: InsightEntry; tagged: InsightEntry } {
  return {
    wordsOnly: entry(`w${index}`, '2021-03-01', POLICE, { summary: words }),
    tagged: entry(`t${index}`, '2021-03-01', POLICE, { summary: words, tags: ['routine'] }),
  };
}

describe('a compact reading reads as the full one', () => {
  it('gives a words-only entry the incident, people and speech an entry read on its own gets', () => {
    const t = thresholds();
    TRICKY.forEach((words, index) => {
      const { wordsOnly, tagged } = pair(words, index);
      expect(readIncident(wordsOnly, FAMILY, t)).toEqual(readIncident(tagged, FAMILY, t));
      expect([...mentionedPeople(wordsOnly, FAMILY, t)].sort()).toEqual([...mentionedPeople(tagged, FAMILY, t)].sort());
      expect(speechOf(wordsOnly, t).filter((speech) => speech !== null)).toEqual(
        speechOf(tagged, t).filter((speech) => speech !== null),
      );
      expect(childHeard(wordsOnly, 'p-ruby', FAMILY, t)).toBe(childHeard(tagged, 'p-ruby', FAMILY, t));
    });
  });

  it('reads the traps as before: a negated or reflexive cue adds nothing, a threat to another does', () => {
    const t = thresholds();
    const read = (words: string) => readIncident(entry('x', '2021-03-01', POLICE, { summary: words }), FAMILY, t);
    expect(read(TRICKY[0]!).weight).toBe(0);
    expect(read(TRICKY[1]!).cues.map((cue) => cue.words)).not.toContain('threatened to kill');
    expect(read(TRICKY[2]!).cues.map((cue) => cue.words)).toContain('threatened to kill');
    expect(read(TRICKY[5]!).parties).toEqual([['p-dean', 'p-kerry']]);
    // A text that names nobody and describes nothing shares an answer nobody can change.
    const quiet = read(TRICKY[6]!);
    expect(quiet).toEqual({
      isIncident: false,
      weight: 0,
      cues: [],
      adults: [],
      structured: null,
      parties: [],
      acts: [],
    });
    expect(Object.isFrozen(quiet.cues)).toBe(true);
    expect(mentionedPeople(entry('y', '2021-03-01', HV, { summary: TRICKY[7]! }), FAMILY, t).size).toBe(0);
  });

  it('answers again from the reading when the same words come as new entry objects', () => {
    const t = thresholds();
    TRICKY.forEach((words, index) => {
      const first = pair(words, index).wordsOnly;
      const again = { ...first, date: { ...first.date } };
      expect(readEntry(again, readingOf(t))).toBe(readEntry(first, readingOf(t)));
      expect(readIncident(again, FAMILY, t)).toBe(readIncident(first, FAMILY, t));
    });
  });

  it('keeps apart the texts that share a summary, however many follow it', () => {
    const t = thresholds();
    const summary = 'Home visit by HV.';
    const rests = ['Mum and baby seen.', 'No injuries seen.', 'Mr C threatened to kill her.', ''];
    const readings = rests.map((text, index) =>
      readEntry(entry(`r${index}`, '2021-03-01', HV, { summary, text }), readingOf(t)),
    );
    expect(readings.map((reading) => reading.text)).toEqual(rests.map((text) => `${summary}\n${text}`));
    expect(new Set(readings).size).toBe(rests.length);
    rests.forEach((text, index) =>
      expect(readEntry(entry(`s${index}`, '2021-03-02', HV, { summary, text }), readingOf(t))).toBe(readings[index]),
    );
  });

  it('finds the same cues under a second vocabulary that asks for its lists in another order', () => {
    const first = thresholds();
    const second = thresholds();
    const lists = [
      ['not spoken to', 'asleep'],
      ['threatened to kill', 'pushed'],
      ['DA', 'NFA'],
      ['café', 'спал'],
    ];
    for (const words of TRICKY) {
      const a = readText(words, readingOf(first));
      const b = readText(words, readingOf(second));
      const forwards = lists.map((list) => a.cues(list));
      const backwards = [...lists].reverse().map((list) => b.cues(list));
      expect(backwards.reverse()).toEqual(forwards);
      // Asked again, each list gives the cues it gave.
      expect(lists.map((list) => a.cues(list))).toEqual(forwards);
    }
    const sleeping = readText(TRICKY[4]!, readingOf(first)).cues(['спал', 'café']);
    expect(sleeping.map((cue) => cue.words)).toEqual(['café', 'спал']);
  });
});
