/** Relationships between people in the register (parent of, partner of with dates, siblings). */
import type { RelationshipInput } from '../../shared/api/people';
import type { Relationship, RelationshipKind } from '../../shared/domain/people';
import { CasewrightError } from '../../shared/errors';
import type { ReadableDb, WritableDb } from '../store/db-types';

interface RelationshipRow {
  readonly id: number;
  readonly from_person_id: number;
  readonly to_person_id: number;
  readonly kind: RelationshipKind;
  readonly from_date: string | null;
  readonly to_date: string | null;
  readonly note: string;
}

const toRelationship = (row: RelationshipRow): Relationship => ({
  id: row.id,
  from: row.from_person_id,
  to: row.to_person_id,
  kind: row.kind,
  fromDate: row.from_date,
  toDate: row.to_date,
  note: row.note,
});

export function listRelationships(db: ReadableDb): Relationship[] {
  return (db.prepare('SELECT * FROM relationship ORDER BY from_person_id, id').all() as RelationshipRow[]).map(
    toRelationship,
  );
}

export function addRelationship(db: WritableDb, input: RelationshipInput): Relationship {
  const known = db.prepare('SELECT id FROM person WHERE id IN (?, ?)').all(input.from, input.to) as { id: number }[];
  for (const [field, personId] of [
    ['from', input.from],
    ['to', input.to],
  ] as const) {
    if (!known.some((k) => k.id === personId)) {
      throw new CasewrightError('not-found', `No person with id ${personId} in this review`, {
        problems: [{ field, reason: `no person with id ${personId}` }],
      });
    }
  }
  const id = Number(
    db
      .prepare(
        'INSERT INTO relationship (from_person_id, to_person_id, kind, from_date, to_date, note) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(input.from, input.to, input.kind, input.fromDate, input.toDate, input.note).lastInsertRowid,
  );
  return toRelationship(db.prepare('SELECT * FROM relationship WHERE id = ?').get(id) as RelationshipRow);
}

export function removeRelationship(db: WritableDb, id: number): { removed: boolean } {
  return { removed: db.prepare('DELETE FROM relationship WHERE id = ?').run(id).changes > 0 };
}
