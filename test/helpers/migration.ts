import type Database from 'better-sqlite3';
import { migrate } from '../../electron/core/store/migrate';
import { createReviewFile, tempDir } from './review-file';

/**
 * Set-ups for migration tests: open a file whose schema stops at migration N, put in the rows an
 * older Casewright would have written (raw SQL, since today's services expect today's schema), then
 * migrate it and check what the migration kept and added.
 */

/** A review file in a fresh temp directory, migrated up to `version` and no further. */
export function fileAtMigration(version: number): Database.Database {
  return createReviewFile(tempDir(), { version }).db;
}

/** Runs the migrations up to `target` and returns the schema version the file then reports. */
export function migrateTo(db: Database.Database, target: number): number {
  migrate(db, { target });
  return db.pragma('user_version', { simple: true }) as number;
}

/** The one review record (id 1), as migration 001 defines it. */
export function insertReview(db: Database.Database, title = 'Child R', kind = 'lcspr'): void {
  db.prepare(`INSERT INTO review (id, title, kind, created_at, updated_at) VALUES (1, ?, ?, 'x', 'x')`).run(
    title,
    kind,
  );
}

/** The review record's title, to show a migration kept it. */
export function reviewTitle(db: Database.Database): string {
  return db.prepare('SELECT title FROM review').pluck().get() as string;
}

/** A family member as migration 002 defines a person; returns the person's id. */
export function insertPerson(
  db: Database.Database,
  person: { id?: number; realName?: string; pseudonym?: string } = {},
): number {
  return Number(
    db
      .prepare(`INSERT INTO person (id, real_name, pseudonym, category, created_at) VALUES (?, ?, ?, 'family', 'x')`)
      .run(person.id ?? null, person.realName ?? 'Kerry Ashdown', person.pseudonym ?? 'RM').lastInsertRowid,
  );
}

/**
 * Opens a change group and makes it current, as the review handle does before a write, so that the
 * audit triggers record the rows that follow under it; returns the group's id.
 */
export function openChangeGroup(db: Database.Database, label: string, kind = 'edit'): number {
  const id = Number(
    db
      .prepare(`INSERT INTO change_group (at, actor, label, kind) VALUES ('2026-01-01T00:00:00Z', 'Reviewer A', ?, ?)`)
      .run(label, kind).lastInsertRowid,
  );
  db.prepare(`UPDATE current_change SET group_id = ? WHERE id = 1`).run(id);
  return id;
}

/**
 * A closed review file an early Casewright wrote (schema version 1, the review "Child P"), as a user
 * brings it to a newer version; returns its path (`<dir>/old.cwr`).
 */
export function olderReviewFile(dir: string, kind = 'scr'): string {
  const { path, db } = createReviewFile(dir, { version: 1, name: 'old.cwr' });
  insertReview(db, 'Child P', kind);
  db.close();
  return path;
}
