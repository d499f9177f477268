/** Output modes for builders: publication text goes through the shared anonymiser. */
import {
  createAnonymiser,
  type AnonymisationRegister,
  type AnonymiseOptions,
  type Anonymiser,
} from '../../core/anonymise';
import type { Person } from '../../shared/domain/people';
import { draftText, type OutputText } from './sources';

export function publicationText(
  register: AnonymisationRegister,
  anonymiser: Anonymiser = createAnonymiser(register),
): OutputText {
  const pseudonyms = new Map(register.people.map((p) => [p.id, p.pseudonym]));
  // Chronologies repeat agency names and stock phrases ("No further action") thousands of times;
  // anonymising each distinct short string once saves most of the work on a large appendix.
  const memo = new Map<string, string>();
  const plain = (text: string): string => {
    if (text.length > 200) return anonymiser.text(text);
    let done = memo.get(text);
    if (done === undefined) {
      done = anonymiser.text(text);
      if (memo.size < 100_000) memo.set(text, done);
    }
    return done;
  };
  return {
    mode: 'publication',
    plain,
    rich: (richText) => anonymiser.richText(richText, 'publication'),
    // A mention of a person no longer in the register never falls back to the name it showed.
    mention: (personId) => pseudonyms.get(personId) ?? '[name removed]',
  };
}

/**
 * `ageReferenceDate` turns "DOB 14/06/2019" into "aged 3 years" in published text; reports give
 * ages at the end of the review's scope (or the export date when no scope is set).
 */
export function outputText(
  mode: 'draft' | 'publication',
  register: AnonymisationRegister,
  people: readonly Person[] | null,
  options: AnonymiseOptions = {},
): OutputText {
  return mode === 'draft' ? draftText(people ?? []) : publicationText(register, createAnonymiser(register, options));
}
