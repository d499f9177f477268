import { describe, expect, it } from 'vitest';
import { countAcronyms, glossaryEntries, registeredWordsOf } from '@export/report/glossary';

describe('glossary from the text', () => {
  const builtIn = new Map([
    ['MARAC', 'Multi-Agency Risk Assessment Conference'],
    ['DASH', 'Domestic Abuse, Stalking and Harassment checklist'],
    ['GP', 'General Practitioner'],
    ['LADO', 'Local Authority Designated Officer'],
  ]);

  it('lists only abbreviations the text uses, counting plurals, leaving out pseudonyms', () => {
    const texts = ['A DASH was completed and the case went to MARAC.', 'Two GPs saw RM.', 'MARAC met again.'];
    expect(countAcronyms(texts).get('GP')).toBe(1);
    const entries = glossaryEntries(texts, { builtIn, overrides: new Map(), pseudonyms: new Set(['RM']) });
    expect(entries.map((e) => e.term)).toEqual(['DASH', 'GP', 'MARAC']);
    expect(entries.find((e) => e.term === 'MARAC')?.uses).toBe(2);
  });

  it("prefers the review's own definition and offers undefined acronyms for editing", () => {
    const entries = glossaryEntries(['The MASH and MARAC both knew.'], {
      builtIn,
      overrides: new Map([['MARAC', 'Westmoor risk conference']]),
      pseudonyms: new Set(),
    });
    expect(entries).toEqual([
      { term: 'MARAC', definition: 'Westmoor risk conference', origin: 'review', uses: 1 },
      { term: 'MASH', definition: '', origin: 'default', uses: 1 },
    ]);
  });
});

describe('glossary suggestions leave out names and identifiers', () => {
  it('never offers a registered surname, alias or part of an identifier as an acronym, unless the reviewer defined it', () => {
    const texts = ['PIKE told the HV about the move to AV1 2XY; the MARAC met; ZED was mentioned.'];
    const registeredWords = registeredWordsOf(['Zoë Pike', 'Zed', 'AV1 2XY']);
    const entries = glossaryEntries(texts, {
      builtIn: new Map(),
      overrides: new Map([['ZED', 'Zone of enhanced delivery']]),
      pseudonyms: new Set(),
      registeredWords,
    });
    expect(entries.map((e) => e.term)).toEqual(['HV', 'MARAC', 'ZED']);
  });
});
