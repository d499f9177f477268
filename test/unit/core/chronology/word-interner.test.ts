import { describe, expect, it } from 'vitest';
import { buildTermModel } from '@core/chronology/duplicate-terms';
import { forEachWord } from '@core/chronology/similarity';
import { WordInterner } from '@core/chronology/word-interner';

/** The words of a text as `forEachWord` reads them: what the interner must give, by number. */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  forEachWord(text, (word) => words.push(word));
  return words;
}

const TEXTS = [
  'Police notified CSC of DA incident at 14 Heron Way; RM seen, RF arrested.',
  'POLICE NOTIFIED csc of da INCIDENT — the same words in other cases',
  'Home visit. Child R seen. No concerns raised. Home visit. Child R seen.',
  'Zoë and Chloé attended; naïve café staff; Straße; İstanbul; the Kelvin sign K.',
  '',
  '   ...   ',
  'a1b2 c3 42 007 x',
  'strangulation strangling strangled, strangles',
];

describe('WordInterner', () => {
  it('reads every text into the same words as forEachWord, one number per distinct word', () => {
    const interner = new WordInterner();
    const seen = new Map<string, number>();
    for (const text of TEXTS) {
      const ids: number[] = [];
      interner.forEachWordId(text, (id) => ids.push(id));
      expect(ids.map((id) => interner.word(id))).toEqual(wordsOf(text));
      for (const id of ids) {
        const word = interner.word(id);
        expect(seen.get(word) ?? id).toBe(id);
        seen.set(word, id);
      }
    }
    expect(interner.size).toBe(seen.size);
  });

  it('keeps its numbers as it grows past its first table', () => {
    const interner = new WordInterner();
    const text = Array.from({ length: 20_000 }, (_, i) => `word${i}`).join(' ');
    const first: number[] = [];
    interner.forEachWordId(text, (id) => first.push(id));
    const again: number[] = [];
    interner.forEachWordId(text.toUpperCase(), (id) => again.push(id));
    expect(interner.size).toBe(20_000);
    expect(again).toEqual(first);
  });
});

describe('the duplicate sweep term model', () => {
  it('weighs the same words whatever their case, and counts a word once per text', () => {
    const model = buildTermModel([
      'Strangulation reported at Heron Way',
      'STRANGULATION reported at heron way heron way',
      'Home visit',
    ]);
    const [a, b] = model.texts;
    expect(Array.from(a!.terms)).toEqual(Array.from(b!.terms));
    expect(a!.total).toBeCloseTo(b!.total, 10);
    expect(Array.from(a!.terms, (term) => model.spelling(term))).toContain('strangulation');
  });

  it('reads a text given in parts (summary, action taken) exactly as the parts joined by a space', () => {
    const parts = [
      ['Police attended 14 Heron Way after a call', 'Strategy discussion held; Zoë seen alone'],
      ['MARAC referral made', ''],
      ['', 'Home visit. Child R seen.'],
      ['İstanbul trip; Straße', 'naïve café'],
      ['strangulation', 'strangling reported at Heron Way'],
    ];
    const joined = buildTermModel(parts.map((text) => text.join(' ')));
    const apart = buildTermModel(parts);
    apart.texts.forEach((text, n) => {
      expect(Array.from(text.terms, apart.spelling)).toEqual(Array.from(joined.texts[n]!.terms, joined.spelling));
      expect(Array.from(text.weights)).toEqual(Array.from(joined.texts[n]!.weights));
    });
  });
});
