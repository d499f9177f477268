import { CasewrightError } from '../../shared/errors';
import { findTerm } from '../../shared/domain/taxonomy';
import type { EntryTag, Tag } from '../../shared/domain/findings';
import type { ReadableDb, WritableDb } from '../store/db-types';
import { groupRows } from '../store/group-rows';
import { checkTag, listPinned, type DirectionInput, type PinnedVersion } from '../taxonomy/pinning';

interface TagRow {
  readonly id: number;
  readonly owner_id: number;
  readonly taxonomy_version_id: number;
  readonly term_id: string;
  readonly direction: 'supports' | 'hinders' | null;
}

export type TagTable = 'finding_tag' | 'entry_tag';
const ownerColumn: Readonly<Record<TagTable, string>> = { finding_tag: 'finding_id', entry_tag: 'entry_id' };
/** The table of the records each tag table tags, and what a reviewer calls such a record. */
const owner: Readonly<Record<TagTable, { readonly table: string; readonly noun: string }>> = {
  finding_tag: { table: 'finding', noun: 'finding' },
  entry_tag: { table: 'entry', noun: 'chronology entry' },
};

/** Tags of many owners at once, with labels from the review's pinned copies. */
export function tagsByOwner(db: ReadableDb, table: TagTable, ownerIds?: readonly number[]): Map<number, Tag[]> {
  const pinned = new Map(listPinned(db).map((p) => [p.rowId, p]));
  const where = ownerIds === undefined ? '' : `WHERE ${ownerColumn[table]} IN (SELECT value FROM json_each(?))`;
  const rows = db
    .prepare(
      `SELECT id, ${ownerColumn[table]} AS owner_id, taxonomy_version_id, term_id, direction FROM ${table} ${where} ORDER BY id`,
    )
    .all(...(ownerIds === undefined ? [] : [JSON.stringify(ownerIds)])) as TagRow[];
  const tagOf = (row: TagRow): Tag => {
    const version = pinned.get(row.taxonomy_version_id);
    const term = version ? findTerm(version.taxonomy, row.term_id) : undefined;
    return {
      id: row.id,
      taxonomyId: version?.taxonomy.id ?? 'unknown',
      taxonomyVersion: version?.taxonomy.version ?? '',
      termId: row.term_id,
      termLabel: term?.label ?? row.term_id,
      direction: row.direction,
    };
  };
  return new Map([...groupRows(rows, 'owner_id')].map(([ownerId, group]) => [ownerId, group.map(tagOf)]));
}

/**
 * Tags a finding (`finding_tag`) or a chronology entry (`entry_tag`) with a term of a pinned
 * taxonomy version. The same tag given twice is kept once: the existing tag's id is returned.
 */
export function addTag(
  db: WritableDb,
  table: TagTable,
  ownerId: number,
  pinned: PinnedVersion,
  termId: string,
  direction: DirectionInput,
): number {
  if (!db.prepare(`SELECT 1 FROM ${owner[table].table} WHERE id = ?`).get(ownerId)) {
    throw new CasewrightError('not-found', `There is no ${owner[table].noun} with id ${ownerId}.`);
  }
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

export function removeTag(db: WritableDb, table: TagTable, tagId: number): void {
  const result = db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(tagId);
  if (result.changes === 0) throw new CasewrightError('not-found', `There is no tag with id ${tagId}.`);
}

export function listEntryTags(db: ReadableDb, entryIds?: readonly number[]): readonly EntryTag[] {
  const byOwner = tagsByOwner(db, 'entry_tag', entryIds);
  return [...byOwner.entries()].flatMap(([entryId, tags]) => tags.map((tag) => ({ ...tag, entryId })));
}
