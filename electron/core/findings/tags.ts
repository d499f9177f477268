import { CasewrightError } from '../../shared/errors';
import { findTerm } from '../../shared/domain/taxonomy';
import type { EntryTag, Tag } from '../../shared/domain/findings';
import type { ReadableDb, WritableDb } from '../store/db-types';
import { checkTag, listPinned, type DirectionInput, type PinnedVersion } from '../taxonomy/pinning';

interface TagRow {
  readonly id: number;
  readonly owner_id: number;
  readonly taxonomy_version_id: number;
  readonly term_id: string;
  readonly direction: 'supports' | 'hinders' | null;
}

type TagTable = 'finding_tag' | 'entry_tag';
const ownerColumn: Readonly<Record<TagTable, string>> = { finding_tag: 'finding_id', entry_tag: 'entry_id' };

/** Tags of many owners at once, with labels from the review's pinned copies. */
export function tagsByOwner(db: ReadableDb, table: TagTable, ownerIds?: readonly number[]): Map<number, Tag[]> {
  const pinned = new Map(listPinned(db).map((p) => [p.rowId, p]));
  const where = ownerIds === undefined ? '' : `WHERE ${ownerColumn[table]} IN (SELECT value FROM json_each(?))`;
  const rows = db
    .prepare(
      `SELECT id, ${ownerColumn[table]} AS owner_id, taxonomy_version_id, term_id, direction FROM ${table} ${where} ORDER BY id`,
    )
    .all(...(ownerIds === undefined ? [] : [JSON.stringify(ownerIds)])) as TagRow[];
  const byOwner = new Map<number, Tag[]>();
  for (const row of rows) {
    const version = pinned.get(row.taxonomy_version_id);
    const term = version ? findTerm(version.taxonomy, row.term_id) : undefined;
    const tag: Tag = {
      id: row.id,
      taxonomyId: version?.taxonomy.id ?? 'unknown',
      taxonomyVersion: version?.taxonomy.version ?? '',
      termId: row.term_id,
      termLabel: term?.label ?? row.term_id,
      direction: row.direction,
    };
    const list = byOwner.get(row.owner_id) ?? [];
    list.push(tag);
    byOwner.set(row.owner_id, list);
  }
  return byOwner;
}

function requireOwner(db: ReadableDb, table: 'finding' | 'entry', id: number): void {
  if (!db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id)) {
    throw new CasewrightError(
      'not-found',
      `There is no ${table === 'finding' ? 'finding' : 'chronology entry'} with id ${id}.`,
    );
  }
}

function insertTag(
  db: WritableDb,
  table: TagTable,
  ownerId: number,
  pinned: PinnedVersion,
  termId: string,
  direction: DirectionInput,
): number {
  const checked = checkTag(pinned, termId, direction);
  const existing = db
    .prepare(
      `SELECT id FROM ${table} WHERE ${ownerColumn[table]} = ? AND taxonomy_version_id = ? AND term_id = ? AND coalesce(direction, '') = ?`,
    )
    .get(ownerId, pinned.rowId, termId, checked ?? '') as { id: number } | undefined;
  if (existing) return existing.id;
  const result = db
    .prepare(
      `INSERT INTO ${table} (${ownerColumn[table]}, taxonomy_version_id, term_id, direction) VALUES (?, ?, ?, ?)`,
    )
    .run(ownerId, pinned.rowId, termId, checked);
  return Number(result.lastInsertRowid);
}

export function addFindingTag(
  db: WritableDb,
  findingId: number,
  pinned: PinnedVersion,
  termId: string,
  direction: DirectionInput,
): number {
  requireOwner(db, 'finding', findingId);
  return insertTag(db, 'finding_tag', findingId, pinned, termId, direction);
}

export function addEntryTag(
  db: WritableDb,
  entryId: number,
  pinned: PinnedVersion,
  termId: string,
  direction: DirectionInput,
): number {
  requireOwner(db, 'entry', entryId);
  return insertTag(db, 'entry_tag', entryId, pinned, termId, direction);
}

export function removeTag(db: WritableDb, table: TagTable, tagId: number): void {
  const result = db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(tagId);
  if (result.changes === 0) throw new CasewrightError('not-found', `There is no tag with id ${tagId}.`);
}

export function listEntryTags(db: ReadableDb, entryIds?: readonly number[]): readonly EntryTag[] {
  const byOwner = tagsByOwner(db, 'entry_tag', entryIds);
  return [...byOwner.entries()].flatMap(([entryId, tags]) => tags.map((tag) => ({ ...tag, entryId })));
}
