/**
 * The token path of phrase finding (each entry cut into words once, lists looked up by first word)
 * must find exactly what the whole-word expressions find: the rules' results may not change because
 * they got faster. Each case is a trap one of the two ways could get wrong.
 */
import { describe, expect, it } from 'vitest';
import { findAll, findAllInTokens, tokenise } from '@core/insight/reading/phrases';
import { thresholds } from './build';

const both = (text: string, phrases: readonly string[]) => {
  const lower = text.toLowerCase();
  return { expression: findAll(lower, phrases), tokens: findAllInTokens(lower, tokenise(lower), phrases) };
};

describe('finding phrases in words cut once', () => {
  it('finds the same hits as the expression, longest phrase first, without overlaps', () => {
    const phrases = ['seen', 'not seen', 'seen alone', 'not seen on her own', 'DNA', 'row'];
    const text = 'Mum not seen on her own. Child seen alone; seen again. DNA x2, DNAR noted. Rows of chairs; a row.';
    const { expression, tokens } = both(text, phrases);
    expect(tokens).toEqual(expression);
    expect(tokens.map((hit) => hit.phrase)).toEqual(['not seen on her own', 'seen alone', 'seen', 'DNA', 'row']);
  });

  it('matches runs of spaces and line breaks inside a phrase, hyphens and digits as written', () => {
    const phrases = ['police  called', 'ex-partner', '999 call', 'kicked in'];
    const text =
      'Police\n  called by her ex-partner after a 999 call; he kicked into the door, then kicked in the door.';
    const { expression, tokens } = both(text, phrases);
    expect(tokens).toEqual(expression);
    expect(tokens.map((hit) => text.slice(hit.start, hit.end))).toEqual([
      'Police\n  called',
      'ex-partner',
      '999 call',
      'kicked in',
    ]);
  });

  it('keeps to whole words in other alphabets and after accented letters', () => {
    const phrases = ['café', 'fe'];
    const text = 'Seen at the café; the fe was paid. Caféteria closed.';
    const { expression, tokens } = both(text, phrases);
    expect(tokens).toEqual(expression);
    expect(tokens.map((hit) => hit.phrase)).toEqual(['café', 'fe']);
  });

  it('finds a list first compiled after the text was scanned, and words after signs outside the basic plane', () => {
    const lower = 'seen at 𝐀home by the zyxwarden; zyxwarden called 𝐀 twice.';
    const tokens = tokenise(lower);
    // A list whose first word no list had before: the text is scanned again for it.
    const phrases = ['zyxwarden called', 'zyxwarden', 'home'];
    expect(findAllInTokens(lower, tokens, phrases)).toEqual(findAll(lower, phrases));
    expect(findAllInTokens(lower, tokens, phrases).map((hit) => hit.phrase)).toEqual(['zyxwarden', 'zyxwarden called']);
  });

  it('falls back to the expression for a phrase that starts with a sign rather than a word', () => {
    const { expression, tokens } = both('Risk now +1 on the scale.', ['+1']);
    expect(tokens).toEqual(expression);
  });

  it('gives the same hits for every shipped word list over a narrative full of near misses', () => {
    const t = thresholds();
    const reading = t.reading!;
    const lists = [
      ...reading.incident.cues.map((level) => level.phrases),
      t.vocabulary.closure.keywords,
      t.vocabulary.decision.keywords,
      t.vocabulary.nonEngagement.keywords,
      reading.childNotHeard,
      reading.partnerPresent,
      reading.partnerWords,
      reading.childWords,
      reading.toldWords,
    ];
    const text = [
      'Officers attended at 23:10 following a 999 call; KA had been pushed and had a red mark. DC was arrested.',
      'Case closed to service; NFA - insufficient evidence. Assessment closed. Stepped down to early help.',
      'WNB to clinic. Did not attend (DNA) x2. No access visit. Ruby was asleep, seen but not spoken to.',
      'Partner present throughout and answered all questions on her behalf. Letter to GP; informed police.',
    ].join('\n');
    for (const list of lists) {
      const { expression, tokens } = both(text, list);
      expect(tokens).toEqual(expression);
    }
  });
});
