/** The anonymisation register of an open review: everyone's names and the recorded identifiers. */
import type { AnonymisationRegister } from '../anonymise';
import type { ReadableDb } from '../store/db-types';
import { listIdentifiers } from './identifiers';
import { listPeople, tableExists } from './person-rows';

/** Empty for a file without the people tables (it has nothing to anonymise against). */
export function loadAnonymisationRegister(db: ReadableDb): AnonymisationRegister {
  if (!tableExists(db, 'person')) return { people: [], identifiers: [] };
  return { people: listPeople(db), identifiers: listIdentifiers(db) };
}
