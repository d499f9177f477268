/**
 * Reading people from the review file. Row types stay here; the rest of the app sees only the
 * readonly domain `Person` (after Signal's rowToX mappers).
 */
import type { HouseholdPeriod, Person, PersonCategory } from '../../shared/domain/people';
import { CasewrightError } from '../../shared/errors';
import type { ReadableDb } from '../store/db-types';
import { groupRows } from '../store/group-rows';

interface PersonRow {
  readonly id: number;
  readonly real_name: string;
  readonly pseudonym: string;
  readonly category: PersonCategory;
  readonly role: string;
  readonly relationship_to_child: string;
  readonly date_of_birth: string | null;
}

const categoryOrder = `CASE category WHEN 'family' THEN 0 WHEN 'household' THEN 1 ELSE 2 END`;

/** Every person, family first, then household, then professionals; in the order they were added. */
export function listPeople(db: ReadableDb): Person[] {
  const rows = db
    .prepare(
      `SELECT id, real_name, pseudonym, category, role, relationship_to_child, date_of_birth FROM person
       ORDER BY ${categoryOrder}, sort_order, id`,
    )
    .all() as PersonRow[];
  const aliases = groupRows(
    db.prepare('SELECT person_id, alias FROM person_alias ORDER BY id').all() as { person_id: number; alias: string }[],
    'person_id',
  );
  const periods = groupRows(
    db.prepare('SELECT person_id, from_date, to_date FROM household_period ORDER BY from_date, id').all() as {
      person_id: number;
      from_date: string;
      to_date: string | null;
    }[],
    'person_id',
  );
  const agencies = groupRows(
    db.prepare('SELECT person_id, agency FROM person_agency ORDER BY id').all() as {
      person_id: number;
      agency: string;
    }[],
    'person_id',
  );
  return rows.map((row) => ({
    id: row.id,
    realName: row.real_name,
    aliases: (aliases.get(row.id) ?? []).map((a) => a.alias),
    pseudonym: row.pseudonym,
    category: row.category,
    role: row.role,
    relationshipToChild: row.relationship_to_child,
    dateOfBirth: row.date_of_birth,
    householdPeriods: (periods.get(row.id) ?? []).map((p): HouseholdPeriod =>
      p.to_date === null ? { from: p.from_date } : { from: p.from_date, to: p.to_date },
    ),
    agencies: (agencies.get(row.id) ?? []).map((a) => a.agency),
  }));
}

export function getPerson(db: ReadableDb, id: number): Person {
  const person = listPeople(db).find((p) => p.id === id);
  if (!person) throw new CasewrightError('not-found', `No person with id ${id} in this review`);
  return person;
}
