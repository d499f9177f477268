import type { ReadableDb } from '../store/db-types';

/**
 * Read-only lookups into the chronology tables (migration 003), kept in one place so the
 * findings side depends on their column names here only.
 */
export interface EntryDescription {
  readonly id: number;
  readonly date: string;
  readonly agency: string;
  readonly summary: string;
  /** "12 March 2021 · Westmoor Police · Call-out to …", for lists and annotation targets. */
  readonly label: string;
}

export function describeEntries(db: ReadableDb, ids: readonly number[]): Map<number, EntryDescription> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT e.id, e.date_original AS date, a.name AS agency, e.summary
       FROM entry e JOIN agency a ON a.id = e.agency_id
       WHERE e.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as { id: number; date: string; agency: string; summary: string }[];
  return new Map(
    rows.map((row) => [
      row.id,
      { ...row, label: [row.date, row.agency, shorten(row.summary, 90)].filter((part) => part !== '').join(' · ') },
    ]),
  );
}

export function describeEpisodes(
  db: ReadableDb,
  ids: readonly number[],
): Map<number, { id: number; title: string; entryCount: number }> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT ep.id, ep.title, (SELECT count(*) FROM episode_entry ee WHERE ee.episode_id = ep.id) AS entryCount
       FROM episode ep WHERE ep.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as { id: number; title: string; entryCount: number }[];
  return new Map(rows.map((row) => [row.id, row]));
}

export function entryExists(db: ReadableDb, id: number): boolean {
  return db.prepare(`SELECT 1 FROM entry WHERE id = ?`).get(id) !== undefined;
}

export function episodeExists(db: ReadableDb, id: number): boolean {
  return db.prepare(`SELECT 1 FROM episode WHERE id = ?`).get(id) !== undefined;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
