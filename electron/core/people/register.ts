/** The anonymisation register of an open review: everyone's names and the recorded identifiers. */
import type { AnonymisationRegister } from '../anonymise';
import type { ReadableDb } from '../store/db-types';
import { listIdentifiers } from './identifiers';
import { listPeople } from './person-rows';

export function loadAnonymisationRegister(db: ReadableDb): AnonymisationRegister {
  return { people: listPeople(db), identifiers: listIdentifiers(db) };
}
