import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { fileAtMigration, migrateTo, insertPerson, openChangeGroup } from '@test/helpers/migration';

function insertEntry(db: Database.Database): number {
  db.prepare(`INSERT INTO agency (id, name, created_at) VALUES (1, 'Health Visiting', 't')`).run();
  return Number(
    db
      .prepare(
        `INSERT INTO entry (date_original, date_edtf, date_earliest, date_latest, date_precision, agency_id, summary, created_at, updated_at)
         VALUES ('3 February 2021', '2021-02-03', '2021-02-03', '2021-02-03', 'day', 1, 'Home visit', 't', 't')`,
      )
      .run().lastInsertRowid,
  );
}

describe('migration 008 import fidelity', () => {
  it('keeps existing child contact rows and lets a contact be recorded before the child is named', () => {
    const db = fileAtMigration(7);
    const entryId = insertEntry(db);
    insertPerson(db, { id: 1, realName: 'Child A', pseudonym: 'Child A' });
    db.prepare(`INSERT INTO entry_child_contact (entry_id, person_id, seen) VALUES (?, 1, 'no')`).run(entryId);
    expect(migrateTo(db, 8)).toBe(8);
    expect(db.prepare('SELECT person_id, seen FROM entry_child_contact').all()).toEqual([{ person_id: 1, seen: 'no' }]);

    db.prepare(
      `INSERT INTO entry_child_contact (entry_id, person_id, seen, seen_alone) VALUES (?, NULL, 'yes', 'no')`,
    ).run(entryId);
    // Only one "child (not named)" row per entry.
    expect(() =>
      db.prepare(`INSERT INTO entry_child_contact (entry_id, person_id) VALUES (?, NULL)`).run(entryId),
    ).toThrow(/UNIQUE/);
  });

  it('stores extra fields, finds them by full-text search and audits them', () => {
    const db = fileAtMigration(8);
    const entryId = insertEntry(db);
    openChangeGroup(db, 'Edit');
    db.prepare(
      `INSERT INTO entry_extra_field (entry_id, position, name, value) VALUES (?, 4, 'Conveyed (Y/N)', 'Declined conveyance')`,
    ).run(entryId);
    db.prepare(`UPDATE entry SET location = 'Family home', risk_tool = 'DASH', risk_level = 'high' WHERE id = ?`).run(
      entryId,
    );
    expect(
      db.prepare(`SELECT rowid FROM entry_extra_fts WHERE entry_extra_fts MATCH 'conveyance'`).pluck().all(),
    ).toHaveLength(1);
    const audit = db
      .prepare(`SELECT table_name, action, after_json FROM audit_log WHERE group_id IS NOT NULL ORDER BY id`)
      .all() as { table_name: string; action: string; after_json: string }[];
    expect(audit.map((row) => `${row.table_name}:${row.action}`)).toEqual(['entry_extra_field:insert', 'entry:update']);
    expect(JSON.parse(audit[1]!.after_json).risk_level).toBe('high');
    db.prepare('DELETE FROM entry WHERE id = ?').run(entryId);
    expect(
      db.prepare(`SELECT rowid FROM entry_extra_fts WHERE entry_extra_fts MATCH 'conveyance'`).pluck().all(),
    ).toHaveLength(0);
  });
});
