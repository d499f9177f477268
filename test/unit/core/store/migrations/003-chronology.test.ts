import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { fileAtMigration, insertPerson, migrateTo } from '@test/helpers/migration';

function addEntry(db: Database.Database, summary: string): number {
  const agency = Number(
    db.prepare(`INSERT INTO agency (name, created_at) VALUES ('Westmoor Police', 'x')`).run().lastInsertRowid,
  );
  return Number(
    db
      .prepare(
        `INSERT INTO entry (date_original, date_edtf, date_earliest, date_latest, date_precision, agency_id, summary, created_at, updated_at)
         VALUES ('Spring 2013', '2013-21', '2013-03-01', '2013-05-31', 'season', ?, ?, 'x', 'x')`,
      )
      .run(agency, summary).lastInsertRowid,
  );
}

/** The chronology tables a reviewer's edits write to, each of which the audit trail must record. */
const reviewerEditedTables = [
  'agency',
  'event_type',
  'entry',
  'entry_person',
  'entry_child_contact',
  'entry_shared_with',
  'entry_label',
  'episode',
  'episode_entry',
  'duplicate_candidate',
  'column_mapping',
];

describe('migration 003 chronology', () => {
  it('adds the chronology to a version 2 file and keeps its people', () => {
    const db = fileAtMigration(2);
    insertPerson(db, { realName: 'Ruby Ashdown', pseudonym: 'Child R' });
    expect(migrateTo(db, 3)).toBe(3);
    expect(db.prepare('SELECT pseudonym FROM person').pluck().get()).toBe('Child R');
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining([
        ...reviewerEditedTables,
        // Beside them: the record of each import and the full-text index.
        'import_batch',
        'import_rejected_row',
        'entry_fts',
      ]),
    );
    expect(db.prepare('SELECT name FROM event_type ORDER BY sort_order').pluck().all()).toContain('Did not attend');
  });

  it('keeps the date as given beside EDTF and bounds, and links people by person id', () => {
    const db = fileAtMigration(3);
    const person = insertPerson(db, { realName: 'Ruby Ashdown', pseudonym: 'Child R' });
    const entry = addEntry(db, 'Police attended a report of shouting');
    db.prepare(`INSERT INTO entry_person (entry_id, person_id, role) VALUES (?, ?, 'present')`).run(entry, person);
    db.prepare(`INSERT INTO entry_child_contact (entry_id, person_id, seen) VALUES (?, ?, 'no')`).run(entry, person);
    expect(db.prepare('SELECT date_original, date_edtf, date_earliest FROM entry').get()).toEqual({
      date_original: 'Spring 2013',
      date_edtf: '2013-21',
      date_earliest: '2013-03-01',
    });
    expect(() =>
      db.prepare(`INSERT INTO entry_person (entry_id, person_id, role) VALUES (?, 999, 'victim')`).run(entry),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.prepare(`INSERT INTO entry_person (entry_id, person_id, role) VALUES (?, ?, 'bystander')`).run(entry, person),
    ).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE entry SET date_precision = 'week' WHERE id = ?`).run(entry)).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE entry SET time = '9am' WHERE id = ?`).run(entry)).toThrow(/CHECK/);
  });

  it('keeps the full-text index in step with entries, without auditing it', () => {
    const db = fileAtMigration(3);
    const id = addEntry(db, 'Mother disclosed controlling behaviour');
    const match = (q: string) => db.prepare('SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?').pluck().all(q);
    expect(match('controlling')).toEqual([id]);
    db.prepare(`UPDATE entry SET summary = 'Home visit, no concerns' WHERE id = ?`).run(id);
    expect(match('controlling')).toEqual([]);
    expect(match('visit')).toEqual([id]);
    db.prepare('DELETE FROM entry WHERE id = ?').run(id);
    expect(match('visit')).toEqual([]);
    const audited = db.prepare('SELECT DISTINCT table_name FROM audit_log').pluck().all();
    expect(audited).toEqual(expect.arrayContaining(['agency', 'entry']));
    expect(audited).not.toContain('entry_fts');
  });

  it('leaves the rows of an import marked fts_pending for the import to index in bulk', () => {
    const db = fileAtMigration(3);
    const agency = addEntry(db, 'Typed by hand');
    const batch = Number(
      db
        .prepare(
          `INSERT INTO import_batch (file_name, agency_id, agency_name, format, header_row, mapping_json, imported_at, actor,
                  imported_count, rejected_count, skip_invalid, fts_pending) VALUES ('p.csv', 1, 'Westmoor Police', 'csv', 1, '{}', 'x', 'x', 0, 0, 0, 1)`,
        )
        .run().lastInsertRowid,
    );
    db.prepare(
      `INSERT INTO entry (date_original, date_edtf, date_earliest, date_latest, date_precision, agency_id, summary, import_id, created_at, updated_at)
                VALUES ('2014', '2014', '2014-01-01', '2014-12-31', 'year', 1, 'Imported row', ?, 'x', 'x')`,
    ).run(batch);
    const match = (q: string) => db.prepare('SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?').pluck().all(q);
    expect(match('typed')).toEqual([agency]);
    expect(match('imported')).toEqual([]);
  });

  it('audits every table a reviewer edits', () => {
    const db = fileAtMigration(3);
    const triggers = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit_%_insert'`)
      .pluck()
      .all();
    for (const table of reviewerEditedTables) {
      expect(triggers).toContain(`audit_${table}_insert`);
    }
  });

  it('refuses a duplicate pair stored the wrong way round', () => {
    const db = fileAtMigration(3);
    const a = addEntry(db, 'one');
    const b = Number(
      db
        .prepare(
          `INSERT INTO entry (date_original, date_edtf, date_earliest, date_latest, date_precision, agency_id, created_at, updated_at)
                  VALUES ('2013', '2013', '2013-01-01', '2013-12-31', 'year', 1, 'x', 'x')`,
        )
        .run().lastInsertRowid,
    );
    expect(() =>
      db.prepare(`INSERT INTO duplicate_candidate (entry_a, entry_b, score, reason) VALUES (?, ?, 0.5, 'r')`).run(b, a),
    ).toThrow(/CHECK/);
    db.prepare(`INSERT INTO duplicate_candidate (entry_a, entry_b, score, reason) VALUES (?, ?, 0.5, 'r')`).run(a, b);
  });
});
