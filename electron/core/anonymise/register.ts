/**
 * What the anonymiser needs to know: the people register and the identifiers the reviewer
 * recorded. Kept to the fields it reads so tests and exporters can build one cheaply.
 */
import type { Identifier, IdentifierKind, IsoDay, LeakKind } from '../../shared/domain/people';

export interface RegisterPerson {
  readonly id: number;
  readonly realName: string;
  readonly aliases: readonly string[];
  readonly pseudonym: string;
  readonly dateOfBirth: IsoDay | null;
}

export interface AnonymisationRegister {
  readonly people: readonly RegisterPerson[];
  readonly identifiers: readonly Pick<Identifier, 'id' | 'text' | 'kind'>[];
}

/** What a match stands for; the leak check reports it as the leak's kind. */
export type TermKind = LeakKind;

export const identifierReplacements: Readonly<Record<IdentifierKind, string>> = {
  address: '[address removed]',
  postcode: '[postcode removed]',
  'nhs-number': '[NHS number removed]',
  school: '[school removed]',
  professional: '[name removed]',
  other: '[identifier removed]',
};

/** Used when a name part belongs to more than one person, so no single pseudonym is right. */
export const AMBIGUOUS_NAME = '[name removed]';
export const AMBIGUOUS_SURNAME = '[family name removed]';
export const DATE_OF_BIRTH_REMOVED = '[date of birth removed]';
