import { describe, expect, it } from 'vitest';
import { anonymiseText } from '@core/anonymise/anonymise-text';
import { foldWithMap } from '@core/anonymise/fold';
import { buildMatcher } from '@core/anonymise/matcher';
import type { AnonymisationRegister } from '@core/anonymise/register';
import { buildTermIndex } from '@core/anonymise/term-index';
import { buildTerms } from '@core/anonymise/terms';
import { pikeFamily } from './pike-family';

/**
 * The matcher tries only the terms a text could hold (term-index.ts). These tests hold it to the
 * results of trying every term: names in every form a chronology cell writes them, names that
 * overlap, case, possessives and plurals, and pseudonyms that must stay as they are.
 */

/** A second family whose names overlap one another and the first family's pseudonyms. */
const ashdownFamily: AnonymisationRegister = {
  people: [
    { id: 1, realName: 'Kerry Ashdown', aliases: ['Kez', 'Kerry-Ann'], pseudonym: 'Mother', dateOfBirth: '1991-04-02' },
    { id: 2, realName: 'Kerry Child', aliases: [], pseudonym: 'Child K', dateOfBirth: '2016-10-30' },
    { id: 3, realName: 'Ann Ashdown-Smith', aliases: ['Annie'], pseudonym: 'MGM', dateOfBirth: null },
    { id: 4, realName: "Ryan O'Neill", aliases: ['O’Neill Jnr'], pseudonym: 'Father', dateOfBirth: null },
  ],
  identifiers: [
    { id: 1, text: 'SE1 7PB', kind: 'postcode' },
    { id: 2, text: '14 Larkspur Close, Westmoor', kind: 'address' },
  ],
};

/** Every form a cell writes a name in: case, possessives, plurals, punctuation, accents, line breaks, inside other words. */
const CELLS = [
  'Kerry Ashdown attended with Kerry Child.',
  'KERRY ASHDOWN told the officer; kerry ashdown later denied it.',
  "Kerry's partner and Kerry’s mother; the Ashdowns' flat; the Ashdowns moved.",
  'Kez and Kerry-Ann are the same woman. Annie, Ann Ashdown-Smith and Ashdown-Smith.',
  "Ryan O'Neill, O’Neill Jnr and Mr O'Neill; O'Neills; ONeill is a different spelling.",
  'Child K was seen; Child Kerry was not. Mother was present. Kerry Child Ashdown.',
  'Kerryann, Ashdownes, Kezia and Annie2 are not names in the register.',
  'Seen at 14 Larkspur Close, Westmoor (SE1 7PB / SE17PB); Larkspur Close again.',
  'DOB 02/04/1991; born 30 October 2016.',
  'Born 2.4.91, 1991-04-02, 2nd of April 1991, April 2 1991, Apr. 2nd, 1991; 30/10/16 and 30-10-2016.',
  'Chloe Pike and Jason Pike; Chloe and Jason; the Pike family; the Pikes.',
  'Zoë Pike, ZOË, Zoe Amelia Pike and Amelia; May O’Brien; Nanna May; in May 2021.',
  'Dr Samuel Okafor; Dr Okafor; Sam Okafor; Liam Doyle, known as Lee; Leeds.',
  'Jay, Jase and Jayden; Jay’s van; EB2 9LP; EB29LP; 485 777 3456; 4857773456.',
  'Eastbrook Infant School and Eastbrook Infant; 7 Heron Way, Eastbrook; Heron Way.',
  'Bernadette Quill (social worker) visited Child P and PM.',
  '',
  '   ',
  'No names at all in this note: home visit, no concerns raised.',
  'Kerry\nAshdown across a line break, Kerry  Ashdown with two spaces, Kerry, Ashdown with a comma.',
  '“Kerry” in quotes, (Kez) in brackets, Kerry-Ashdown hyphenated, #Kerry tagged.',
];

/** Where a term's pattern matches as a whole word or words, by a plain regular expression. */
function hasWholeMatch(pattern: string, folded: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${pattern})(?![\\p{L}\\p{N}_])`, 'u').test(folded);
}

describe('the term index', () => {
  it.each([
    ['the Pike family', pikeFamily],
    ['the Ashdown family', ashdownFamily],
  ])('never leaves out a term that matches a cell whole (%s)', (_name, register) => {
    const terms = buildTerms(register);
    const index = buildTermIndex(terms.map((term) => term.literal));
    for (const cell of CELLS) {
      const folded = foldWithMap(cell).folded;
      const candidates = index.candidates(folded);
      terms.forEach((term, n) => {
        if (hasWholeMatch(term.pattern, folded))
          expect({ cell, term: term.source, candidate: candidates[n] }).toEqual({
            cell,
            term: term.source,
            candidate: true,
          });
      });
    }
  });

  it('skips the names, identifiers and dates of birth a cell does not hold, and always tries NHS numbers', () => {
    const terms = buildTerms(pikeFamily);
    const index = buildTermIndex(terms.map((term) => term.literal));
    const candidates = index.candidates('home visit, no concerns raised');
    const tried = terms.filter((_, n) => candidates[n]).map((term) => term.kind);
    expect(tried.length).toBeGreaterThan(0);
    expect(new Set(tried)).toEqual(new Set(['nhs-number']));
    // A date of birth is tried where its year's last two digits are (every way of writing it holds them).
    const dated = buildTerms(ashdownFamily);
    const byYear = buildTermIndex(dated.map((term) => term.literal));
    const triedOn = (cell: string): (string | undefined)[] => {
      const could = byYear.candidates(foldWithMap(cell).folded);
      return dated.filter((term, n) => could[n] && term.kind === 'date-of-birth').map((term) => term.dateOfBirth);
    };
    expect(triedOn('seen on 2 april, no concerns')).toEqual([]);
    expect(triedOn('born 2.4.91')).toEqual(['1991-04-02']);
    expect(triedOn('30 October 2016')).toEqual(['2016-10-30']);
    const withPostcode = index.candidates('seen at eb29lp');
    expect(terms.filter((_, n) => withPostcode[n]).map((term) => term.kind)).toContain('postcode');
  });
});

describe('the term index scanning once for every word', () => {
  /** What the index must say: a term is a candidate when the folded text holds its word anywhere. */
  const byEachWord = (literals: readonly (string | null)[], folded: string): boolean[] =>
    literals.map((literal) => literal === null || literal === '' || folded.includes(literal));

  it('flags exactly the terms whose word the text holds, where words overlap, nest and repeat', () => {
    // "19" and "94" overlap in "1994"; "dean" starts "deano"; "ann" sits inside "kerry-ann" and "joanna".
    const literals = ['19', '94', 'dean', 'deano', 'ann', 'kerry-ann', null, "o'neill", 'a.b', 'zoë', '19'];
    const index = buildTermIndex(literals);
    const texts = [
      '',
      'no names here',
      'born 1994',
      '194',
      'deano',
      'dean and deano',
      'deanodean',
      'kerry-ann and joanna',
      'kerry ann',
      "ryan o'neill",
      'axb is not a.b',
      'zoë',
      'zoe',
      '1919 1994 9494',
      ...CELLS.map((cell) => foldWithMap(cell).folded),
    ];
    for (const text of texts)
      expect({ text, flags: index.candidates(text) }).toEqual({ text, flags: byEachWord(literals, text) });
  });

  it('flags only the terms without a word when the text holds none', () => {
    const index = buildTermIndex(['kerry', null, 'ashdown', '']);
    expect(index.candidates('home visit, no concerns raised')).toEqual([false, true, false, true]);
    expect(buildTermIndex([null]).candidates('anything')).toEqual([true]);
    expect(buildTermIndex([]).candidates('anything')).toEqual([]);
  });
});

describe('anonymising with the term index', () => {
  const ashdown = buildMatcher(ashdownFamily);
  const run = (text: string) => anonymiseText(text, ashdown, { ageReferenceDate: '2024-01-01' });

  it.each([
    ['Kerry Ashdown attended with Kerry Child.', 'Mother attended with Child K.'],
    [
      'KERRY ASHDOWN told the officer; kerry ashdown later denied it.',
      'Mother told the officer; Mother later denied it.',
    ],
    ["Kerry's partner and Kerry’s mother", "[name removed]'s partner and [name removed]’s mother"],
    ["the Ashdowns' flat; the Ashdowns moved", "the [family name removed]' flat; the [family name removed] moved"],
    ['Kez and Kerry-Ann are the same woman.', 'Mother and Mother are the same woman.'],
    ['Annie, Ann Ashdown-Smith and Ashdown-Smith.', 'MGM, MGM and MGM.'],
    ["Ryan O'Neill, O’Neill Jnr and Mr O'Neill", 'Father, Father and Father'],
    ['Child K was seen. Mother was present.', 'Child K was seen. Mother was present.'],
    [
      'Kerryann, Ashdownes, Kezia and Annie2 are not names in the register.',
      'Kerryann, Ashdownes, Kezia and Annie2 are not names in the register.',
    ],
    ['Kerry\nAshdown, Kerry  Ashdown, Kerry, Ashdown', 'Mother, Mother, Mother'],
    ['“Kerry” in quotes, (Kez) in brackets', '“[name removed]” in quotes, (Mother) in brackets'],
    [
      'Seen at 14 Larkspur Close, Westmoor (SE1 7PB / SE17PB); Larkspur Close again.',
      'Seen at [address removed] ([postcode removed] / [postcode removed]); [address removed] again.',
    ],
    ['DOB 02/04/1991 and nothing else', 'aged 32 years and nothing else'],
    [
      'No names at all in this note: home visit, no concerns raised.',
      'No names at all in this note: home visit, no concerns raised.',
    ],
  ])('%j → %j', (input, expected) => {
    expect(run(input)).toBe(expected);
  });
});
