/**
 * Adding, changing and removing people. All writes take a `WritableDb`, so they only run inside
 * `review.write(...)`: one transaction, one audited, undoable change group.
 */
import type { PersonInput, PersonUpdate } from '../../shared/api/people';
import type { Person } from '../../shared/domain/people';
import { CasewrightError } from '../../shared/errors';
import { nowIso } from '../store/clock';
import type { WritableDb } from '../store/db-types';
import { getPerson, listPeople } from './person-rows';

function assertPseudonymFree(db: WritableDb, pseudonym: string, exceptId: number | null): void {
  const clash = db
    .prepare('SELECT id, real_name FROM person WHERE pseudonym = ? COLLATE NOCASE AND id IS NOT ?')
    .get(pseudonym, exceptId) as { id: number; real_name: string } | undefined;
  if (clash) {
    throw new CasewrightError('conflict', `The pseudonym "${pseudonym}" is already used by another person`, {
      problems: [{ field: 'pseudonym', reason: `"${pseudonym}" is already used` }],
    });
  }
}

/** A pseudonym that is itself a registered name would publish the name it is meant to hide. */
function assertPseudonymIsNotAName(input: {
  readonly pseudonym: string;
  readonly realName: string;
  readonly aliases: readonly string[];
}): void {
  const p = input.pseudonym.toLowerCase();
  const names = [input.realName, ...input.aliases].map((n) => n.toLowerCase());
  const words = names.flatMap((n) => n.split(/\s+/)).filter((w) => w.length >= 2);
  if (names.includes(p) || p.split(/\s+/).some((w) => words.includes(w))) {
    throw new CasewrightError('validation', `The pseudonym "${input.pseudonym}" contains the person's own name`, {
      problems: [{ field: 'pseudonym', reason: 'a pseudonym must not contain the real name or an alias' }],
    });
  }
}

function writeChildren(
  db: WritableDb,
  id: number,
  input: Pick<PersonInput, 'aliases' | 'householdPeriods' | 'agencies'>,
): void {
  const alias = db.prepare('INSERT OR IGNORE INTO person_alias (person_id, alias) VALUES (?, ?)');
  for (const a of input.aliases) alias.run(id, a);
  const period = db.prepare('INSERT INTO household_period (person_id, from_date, to_date) VALUES (?, ?, ?)');
  for (const p of input.householdPeriods) period.run(id, p.from, p.to ?? null);
  const agency = db.prepare('INSERT OR IGNORE INTO person_agency (person_id, agency) VALUES (?, ?)');
  for (const a of input.agencies) agency.run(id, a);
}

export function addPerson(db: WritableDb, input: PersonInput): Person {
  assertPseudonymFree(db, input.pseudonym, null);
  assertPseudonymIsNotAName(input);
  const order = (db.prepare('SELECT coalesce(max(sort_order), 0) + 1 AS n FROM person').get() as { n: number }).n;
  const id = Number(
    db
      .prepare(
        `INSERT INTO person (real_name, pseudonym, category, role, relationship_to_child, date_of_birth, sort_order, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.realName,
        input.pseudonym,
        input.category,
        input.role,
        input.relationshipToChild,
        input.dateOfBirth,
        order,
        nowIso(),
      ).lastInsertRowid,
  );
  writeChildren(db, id, input);
  return getPerson(db, id);
}

/** Replaces only the fields given; list fields (aliases, households, agencies) are replaced whole. */
export function updatePerson(db: WritableDb, update: PersonUpdate): Person {
  const current = getPerson(db, update.id);
  const next = {
    realName: update.realName ?? current.realName,
    pseudonym: update.pseudonym ?? current.pseudonym,
    aliases: update.aliases ?? current.aliases,
  };
  if (update.pseudonym !== undefined) assertPseudonymFree(db, update.pseudonym, update.id);
  assertPseudonymIsNotAName(next);
  db.prepare(
    `UPDATE person SET real_name = ?, pseudonym = ?, category = ?, role = ?, relationship_to_child = ?, date_of_birth = ? WHERE id = ?`,
  ).run(
    next.realName,
    next.pseudonym,
    update.category ?? current.category,
    update.role ?? current.role,
    update.relationshipToChild ?? current.relationshipToChild,
    update.dateOfBirth === undefined ? current.dateOfBirth : update.dateOfBirth,
    update.id,
  );
  // Rewrite a child list only when it changed, so the audit log records real edits only.
  const same = (a: readonly unknown[], b: readonly unknown[]): boolean => JSON.stringify(a) === JSON.stringify(b);
  if (update.aliases !== undefined && !same(update.aliases, current.aliases)) {
    db.prepare('DELETE FROM person_alias WHERE person_id = ?').run(update.id);
    writeChildren(db, update.id, { aliases: update.aliases, householdPeriods: [], agencies: [] });
  }
  if (update.householdPeriods !== undefined && !same(update.householdPeriods, current.householdPeriods)) {
    db.prepare('DELETE FROM household_period WHERE person_id = ?').run(update.id);
    writeChildren(db, update.id, { aliases: [], householdPeriods: update.householdPeriods, agencies: [] });
  }
  if (update.agencies !== undefined && !same(update.agencies, current.agencies)) {
    db.prepare('DELETE FROM person_agency WHERE person_id = ?').run(update.id);
    writeChildren(db, update.id, { aliases: [], householdPeriods: [], agencies: update.agencies });
  }
  return getPerson(db, update.id);
}

/** Every (table, column) whose foreign key points at person(id), in whatever migrations exist. */
function referencesToPerson(db: WritableDb): { table: string; column: string }[] {
  const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map(
    (t) => t.name,
  );
  const refs: { table: string; column: string }[] = [];
  for (const table of tables) {
    if (!/^[a-z_][a-z0-9_]*$/i.test(table)) continue;
    const keys = db.prepare(`PRAGMA foreign_key_list(${table})`).all() as { table: string; from: string }[];
    for (const key of keys)
      if (key.table === 'person' && /^[a-z_][a-z0-9_]*$/i.test(key.from)) refs.push({ table, column: key.from });
  }
  return refs;
}

/**
 * Removes a person and every row that points at them (aliases, characteristics, relationships,
 * chronology links from later migrations), children first, so undo — which replays the audit
 * log newest first — re-creates the person before them.
 */
export function removePerson(db: WritableDb, id: number): { removed: boolean } {
  if (!listPeople(db).some((p) => p.id === id)) return { removed: false };
  for (const { table, column } of referencesToPerson(db))
    db.prepare(`DELETE FROM ${table} WHERE ${column} = ?`).run(id);
  db.prepare('DELETE FROM person WHERE id = ?').run(id);
  return { removed: true };
}
