import { describe, expect, it } from 'vitest';
import { buildMatcher } from '@core/anonymise/matcher';
import { findUnregisteredNames } from '@core/anonymise/unregistered-names';
import { pikeFamily } from './pike-family';

const matcher = buildMatcher(pikeFamily);
const names = (text: string, dismissed: string[] = []): string[] =>
  findUnregisteredNames([{ location: 'p1', text }], matcher, new Set(dismissed)).map((w) => w.name);

describe('likely unregistered names', () => {
  it.each([
    ["PM's new partner Gary moved in.", ['Gary']],
    ['Gary, her partner, moved in.', ['Gary']],
    ['She was visited by Mrs Okonjo-Blake.', ['Okonjo-Blake']],
    ['Her brother Jayden was at school.', ['Jayden']],
    ['Her son’s father, Tyler, called.', ['Tyler']],
    ['Chloe said her mother was unwell.', []],
    ['Her partner Jay was present.', []],
    ['Her mother attended on Monday with the Health Visitor.', []],
    ['The mother told HV1 and SW2.', []],
    ['She spoke to Mr Pike.', []],
    ['Rain fell all day.', []],
    ['Child R — Local Child Safeguarding Practice Review', []],
    ['Pseudonym | Relationship to the child | Role | Age', []],
    ['Mother | Gary | Partner', []],
    ['The Mother And Father Meeting Notes', []],
    ['The Father Of Child R Met Mrs Adeyemi', ['Adeyemi']],
  ])('%j → %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('skips dismissed names, matching accents and case', () => {
    expect(names('Her partner Gary moved in.', ['gary'])).toEqual([]);
    expect(names('Her partner Gáry moved in.', ['gary'])).toEqual([]);
  });

  it('gives context and the location', () => {
    const [warning] = findUnregisteredNames(
      [{ location: 'Section "Background", paragraph 2', text: 'Her partner Gary moved in.' }],
      matcher,
    );
    expect(warning).toEqual({
      location: 'Section "Background", paragraph 2',
      name: 'Gary',
      key: 'gary',
      context: 'Her partner Gary moved in.',
    });
  });
});
