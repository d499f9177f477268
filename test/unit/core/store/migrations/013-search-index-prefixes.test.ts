import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { fileAtMigration, migrateTo } from '@test/helpers/migration';

const before = 12;
const after = 13;

function insertEntry(db: Database.Database, summary: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO entry (date_original, date_edtf, date_earliest, date_latest, date_precision, agency_id, summary, created_at, updated_at)
         VALUES ('3 February 2021', '2021-02-03', '2021-02-03', '2021-02-03', 'day', 1, ?, 't', 't')`,
      )
      .run(summary).lastInsertRowid,
  );
}

/** Entry ids whose own text matches, as search asks the index (every typed word a prefix). */
function matching(db: Database.Database, query: string): number[] {
  return db
    .prepare(`SELECT rowid FROM entry_fts WHERE entry_fts MATCH ? ORDER BY rowid`)
    .pluck()
    .all(query) as number[];
}

function matchingExtra(db: Database.Database, query: string): number[] {
  return db
    .prepare(
      `SELECT x.entry_id FROM entry_extra_field x WHERE x.id IN (SELECT rowid FROM entry_extra_fts WHERE entry_extra_fts MATCH ?) ORDER BY x.entry_id`,
    )
    .pluck()
    .all(query) as number[];
}

describe('migration 013 search-index-prefixes', () => {
  it('keeps every entry findable by words, prefixes of any length and phrases, and its kept source columns too', () => {
    const db = fileAtMigration(before);
    db.prepare(`INSERT INTO agency (id, name, created_at) VALUES (1, 'Westmoor Police', 't')`).run();
    const referral = insertEntry(db, 'Referral to children’s social care after a domestic incident');
    const visit = insertEntry(db, 'Home visit. Child seen alone. No concerns raised.');
    db.prepare(
      `INSERT INTO entry_extra_field (entry_id, position, name, value) VALUES (?, 0, 'Officer notes', 'Strangulation disclosed')`,
    ).run(referral);
    const searchedBefore = ['"re"*', '"ref"*', '"refer"*', '"ch"*', '"domestic incident"', '"no" "concerns"'].map((q) =>
      matching(db, q),
    );
    const extraBefore = ['"st"*', '"str"*', '"strangulation"'].map((q) => matchingExtra(db, q));

    expect(migrateTo(db, after)).toBe(after);
    expect(
      ['"re"*', '"ref"*', '"refer"*', '"ch"*', '"domestic incident"', '"no" "concerns"'].map((q) => matching(db, q)),
    ).toEqual(searchedBefore);
    expect(['"st"*', '"str"*', '"strangulation"'].map((q) => matchingExtra(db, q))).toEqual(extraBefore);
    expect(matching(db, '"re"*')).toEqual([referral]);
    expect(matching(db, '"no"*')).toEqual([visit]);
    expect(matching(db, '"refer"*')).toEqual([referral]);
    expect(matchingExtra(db, '"st"*')).toEqual([referral]);

    // Only the 3-letter prefix index is kept.
    const definitions = db
      .prepare(`SELECT sql FROM sqlite_schema WHERE name IN ('entry_fts', 'entry_extra_fts') ORDER BY name`)
      .pluck()
      .all() as string[];
    expect(definitions).toHaveLength(2);
    for (const sql of definitions) expect(sql).toMatch(/prefix = '3'/);
    expect(db.prepare(`SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%prefix = ''2 3''%'`).pluck().get()).toBe(0);
    expect(() => db.exec(`INSERT INTO entry_fts (entry_fts, rank) VALUES ('integrity-check', 1)`)).not.toThrow();
    expect(() =>
      db.exec(`INSERT INTO entry_extra_fts (entry_extra_fts, rank) VALUES ('integrity-check', 1)`),
    ).not.toThrow();
  });

  it('keeps the indexes in step with later edits through the existing triggers', () => {
    const db = fileAtMigration(before);
    db.prepare(`INSERT INTO agency (id, name, created_at) VALUES (1, 'Westmoor Police', 't')`).run();
    const kept = insertEntry(db, 'Strategy discussion held');
    expect(migrateTo(db, after)).toBe(after);

    const added = insertEntry(db, 'Police attended; strangulation disclosed');
    expect(matching(db, '"str"*')).toEqual([kept, added]);
    db.prepare(`UPDATE entry SET summary = 'Home visit' WHERE id = ?`).run(kept);
    expect(matching(db, '"str"*')).toEqual([added]);
    expect(matching(db, '"ho"*')).toEqual([kept]);
    db.prepare(`DELETE FROM entry WHERE id = ?`).run(added);
    expect(matching(db, '"st"*')).toEqual([]);
    const extra = db
      .prepare(
        `INSERT INTO entry_extra_field (entry_id, position, name, value) VALUES (?, 0, 'Notes', 'MARAC referral')`,
      )
      .run(kept).lastInsertRowid;
    expect(matchingExtra(db, '"ma"*')).toEqual([kept]);
    db.prepare(`DELETE FROM entry_extra_field WHERE id = ?`).run(extra);
    expect(matchingExtra(db, '"ma"*')).toEqual([]);
    expect(() => db.exec(`INSERT INTO entry_fts (entry_fts, rank) VALUES ('integrity-check', 1)`)).not.toThrow();
  });
});
