/**
 * A reading keeps where each sentence starts and ends as numbers (see `read-entry.ts`): the
 * sentences it gives, the sentence a cue is quoted from, and the sentence an agency is said to have
 * been told in must be the ones the text has.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '@core/insight/reading/read-entry';
import { readingOf } from '@core/insight/reading/vocabulary';
import { thresholds } from './build';

describe('sentence bounds of a reading', () => {
  const text = 'Police called by a neighbour at 23:10. DC was shouting at KA. Approx. 20 mins later officers arrived.';

  it('gives each sentence as written, with an abbreviation kept inside its sentence', () => {
    const read = readText(text, readingOf(thresholds()));
    const sentences = Array.from({ length: read.sentenceCount }, (_, i) =>
      read.text.slice(read.sentenceStart(i), read.sentenceEnd(i)),
    );
    expect(sentences).toEqual([
      'Police called by a neighbour at 23:10.',
      'DC was shouting at KA.',
      'Approx. 20 mins later officers arrived.',
    ]);
    expect(read.sentenceAt(0)).toBe(0);
    expect(read.sentenceAt(text.indexOf('shouting'))).toBe(1);
    expect(read.sentenceAt(text.indexOf('officers'))).toBe(2);
  });

  it('quotes the sentence a cue is in, and reads negation within it only', () => {
    const read = readText('No injuries seen. She was shouting and pushed.', readingOf(thresholds()));
    const cues = read.cues(['injuries', 'shouting', 'pushed']);
    expect(cues.map((cue) => [cue.words, cue.sentenceIndex, cue.sentence])).toEqual([
      ['shouting', 1, 'She was shouting and pushed.'],
      ['pushed', 1, 'She was shouting and pushed.'],
    ]);
    expect(read.sentenceHas(0, ['injuries'])).toBe(true);
    expect(read.sentenceHas(1, ['injuries'])).toBe(false);
    expect(read.sentenceHas(5, ['injuries'])).toBe(false);
  });

  it('has no sentences in an empty text, and affirms nothing there', () => {
    const read = readText('', readingOf(thresholds()));
    expect(read.sentenceCount).toBe(0);
    expect(read.cues(['pushed'])).toEqual([]);
    expect(read.sentenceHas(0, ['pushed'])).toBe(false);
  });
});
