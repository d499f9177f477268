import type { Agency, EventType } from '../../shared/domain/chronology';
import { CasewrightError } from '../../shared/errors';
import { nowIso } from '../store/clock';
import type { ReadableDb, WritableDb } from '../store/db-types';

/** Agencies and event types: small editable lists, matched by name without regard to case. */

export function listAgencies(db: ReadableDb): Agency[] {
  return db
    .prepare(
      `SELECT a.id, a.name, (SELECT count(*) FROM entry e WHERE e.agency_id = a.id AND e.merged_into IS NULL) AS entryCount
       FROM agency a ORDER BY a.name COLLATE NOCASE`,
    )
    .all() as Agency[];
}

export function findAgencyId(db: ReadableDb, name: string): number | undefined {
  const row = db.prepare('SELECT id FROM agency WHERE name = ? COLLATE NOCASE').get(name.trim()) as
    { id: number } | undefined;
  return row?.id;
}

/** The agency with this name, created when new (agencies are named by the reviewer or the import). */
export function ensureAgency(db: WritableDb, name: string): number {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed === '')
    throw new CasewrightError('validation', 'An agency needs a name', {
      problems: [{ field: 'agency', reason: 'empty' }],
    });
  const existing = findAgencyId(db, trimmed);
  if (existing !== undefined) return existing;
  return Number(
    db.prepare('INSERT INTO agency (name, created_at) VALUES (?, ?)').run(trimmed, nowIso()).lastInsertRowid,
  );
}

export function getAgency(db: ReadableDb, id: number): Agency {
  const agency = listAgencies(db).find((a) => a.id === id);
  if (!agency) throw new CasewrightError('not-found', `There is no agency ${id}`);
  return agency;
}

export function listEventTypes(db: ReadableDb): EventType[] {
  return db
    .prepare(
      `SELECT t.id, t.name, t.sort_order AS sortOrder,
              (SELECT count(*) FROM entry e WHERE e.event_type_id = t.id AND e.merged_into IS NULL) AS entryCount
       FROM event_type t ORDER BY t.sort_order, t.id`,
    )
    .all() as EventType[];
}

/** A name as the lists store it: trimmed, runs of spaces made one. */
export function tidyName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/**
 * Every event type's id by its tidied name in lower case, read in one query: an import resolves
 * 20,000 rows' event types against it rather than asking the file row by row.
 */
export function eventTypeIdsByName(db: ReadableDb): Map<string, number> {
  const ids = new Map<string, number>();
  for (const row of db.prepare('SELECT id, name FROM event_type ORDER BY id').all() as { id: number; name: string }[]) {
    const key = tidyName(row.name).toLowerCase();
    if (!ids.has(key)) ids.set(key, row.id);
  }
  return ids;
}

/**
 * Adds event types not yet in the list, after the existing ones and in the order given (names
 * already there, in any case, are left as they are). Returns the ids of all the names given, by
 * tidied name in lower case.
 */
export function ensureEventTypes(db: WritableDb, names: readonly string[]): Map<string, number> {
  const ids = eventTypeIdsByName(db);
  let next = (db.prepare('SELECT coalesce(max(sort_order), 0) + 10 AS n FROM event_type').get() as { n: number }).n;
  const insert = db.prepare('INSERT INTO event_type (name, sort_order) VALUES (?, ?)');
  for (const name of names) {
    const tidy = tidyName(name);
    const key = tidy.toLowerCase();
    if (tidy === '' || ids.has(key)) continue;
    ids.set(key, Number(insert.run(tidy, next).lastInsertRowid));
    next += 10;
  }
  return ids;
}

export function findEventTypeId(db: ReadableDb, name: string): number | undefined {
  const row = db.prepare('SELECT id FROM event_type WHERE name = ? COLLATE NOCASE').get(name.trim()) as
    { id: number } | undefined;
  return row?.id;
}

export function getEventType(db: ReadableDb, id: number): EventType {
  const type = listEventTypes(db).find((t) => t.id === id);
  if (!type) throw new CasewrightError('not-found', `There is no event type ${id}`);
  return type;
}

export function addEventType(db: WritableDb, name: string): EventType {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (findEventTypeId(db, trimmed) !== undefined)
    throw new CasewrightError('conflict', `There is already an event type called "${trimmed}"`);
  const next = (db.prepare('SELECT coalesce(max(sort_order), 0) + 10 AS n FROM event_type').get() as { n: number }).n;
  const id = Number(
    db.prepare('INSERT INTO event_type (name, sort_order) VALUES (?, ?)').run(trimmed, next).lastInsertRowid,
  );
  return getEventType(db, id);
}

export function renameEventType(db: WritableDb, id: number, name: string): EventType {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  getEventType(db, id);
  const clash = findEventTypeId(db, trimmed);
  if (clash !== undefined && clash !== id)
    throw new CasewrightError('conflict', `There is already an event type called "${trimmed}"`);
  db.prepare('UPDATE event_type SET name = ? WHERE id = ?').run(trimmed, id);
  return getEventType(db, id);
}

export function addAgency(db: WritableDb, name: string): Agency {
  if (findAgencyId(db, name) !== undefined)
    throw new CasewrightError('conflict', `There is already an agency called "${name.trim()}"`);
  return getAgency(db, ensureAgency(db, name));
}
