/** Output modes for builders: publication text goes through the shared anonymiser. */
import { createAnonymiser, type AnonymisationRegister, type Anonymiser } from '../../core/anonymise';
import type { Person } from '../../shared/domain/people';
import { draftText, type OutputText } from './sources';

export function publicationText(register: AnonymisationRegister, anonymiser: Anonymiser = createAnonymiser(register)): OutputText {
  const pseudonyms = new Map(register.people.map((p) => [p.id, p.pseudonym]));
  return {
    mode: 'publication',
    plain: (text) => anonymiser.text(text),
    rich: (richText) => anonymiser.richText(richText, 'publication'),
    // A mention of a person no longer in the register never falls back to the name it showed.
    mention: (personId) => pseudonyms.get(personId) ?? '[name removed]',
  };
}

export function outputText(mode: 'draft' | 'publication', register: AnonymisationRegister, people: readonly Person[] | null): OutputText {
  return mode === 'draft' ? draftText(people ?? []) : publicationText(register);
}
