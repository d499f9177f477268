import { z } from 'zod';
import samplePeopleFile from '@templates/sample/people.json';
import {
  characteristicInputSchema,
  identifierInputSchema,
  personInputSchema,
  relationshipInputSchema,
} from '../../shared/api/people';
import { setCharacteristic } from '../people/characteristics';
import { addIdentifier } from '../people/identifiers';
import { addPerson } from '../people/person-service';
import { addRelationship } from '../people/relationships';
import type { WritableDb } from '../store/db-types';

/**
 * The sample family (fictional, shared with every area of the sample review): the people, their
 * relationships, identifiers to redact and protected characteristics are data, in
 * `templates/sample/people.json` (described there). Relationships and characteristics name people
 * by pseudonym; each is checked by the same schema as the API's when it is written.
 */
const byPseudonym = z.object({ person: z.string() }).loose();

const samplePeopleSchema = z.object({
  about: z.string(),
  people: z.array(personInputSchema),
  relationships: z.array(z.object({ from: z.string(), to: z.string() }).loose()),
  characteristics: z.array(byPseudonym),
  identifiers: z.array(identifierInputSchema),
});

export function seedPeople(db: WritableDb): void {
  const sample = samplePeopleSchema.parse(samplePeopleFile);
  const ids = new Map<string, number>();
  for (const p of sample.people) ids.set(p.pseudonym, addPerson(db, p).id);
  const id = (pseudonym: string): number => {
    const found = ids.get(pseudonym);
    if (found === undefined) throw new Error(`The sample names a person it does not hold: ${pseudonym}`);
    return found;
  };

  for (const { from, to, ...relationship } of sample.relationships) {
    addRelationship(db, relationshipInputSchema.parse({ ...relationship, from: id(from), to: id(to) }));
  }
  // The sample's option ids are checked against the shipped templates by its unit test; the
  // seeder itself does not read template files (the packaged app may keep them elsewhere).
  for (const { person, ...characteristic } of sample.characteristics) {
    setCharacteristic(db, characteristicInputSchema.parse({ ...characteristic, personId: id(person) }), []);
  }
  for (const identifier of sample.identifiers) addIdentifier(db, identifier);
}
