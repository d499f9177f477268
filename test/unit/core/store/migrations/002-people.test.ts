import { describe, expect, it } from 'vitest';
import { fileAtMigration, migrateTo, insertPerson, insertReview, reviewTitle } from '@test/helpers/migration';

describe('migration 002 people', () => {
  it('adds the people tables to a version 1 file without touching the review record', () => {
    const db = fileAtMigration(1);
    insertReview(db);
    expect(migrateTo(db, 2)).toBe(2);
    expect(reviewTitle(db)).toBe('Child R');
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map(
      (t) => t.name,
    );
    expect(tables).toEqual(
      expect.arrayContaining([
        'person',
        'person_alias',
        'household_period',
        'person_agency',
        'relationship',
        'characteristic',
        'identifier',
        'name_warning_dismissal',
      ]),
    );
  });

  it('audits every people table', () => {
    const db = fileAtMigration(2);
    const id = insertPerson(db);
    db.prepare(`INSERT INTO person_alias (person_id, alias) VALUES (?, 'Kez')`).run(id);
    db.prepare(`INSERT INTO identifier (text, kind) VALUES ('WM4 7QT', 'postcode')`).run();
    db.prepare(
      `INSERT INTO characteristic (person_id, characteristic, state) VALUES (?, 'religion-belief', 'not-asked')`,
    ).run(id);
    const audited = (
      db.prepare('SELECT table_name, action FROM audit_log ORDER BY id').all() as {
        table_name: string;
        action: string;
      }[]
    ).map((r) => `${r.table_name}:${r.action}`);
    expect(audited).toEqual(['person:insert', 'person_alias:insert', 'identifier:insert', 'characteristic:insert']);
  });

  it('keeps characteristic state apart from value', () => {
    const db = fileAtMigration(2);
    const id = insertPerson(db);
    const insert = db.prepare(
      `INSERT INTO characteristic (person_id, characteristic, state, value_option_id, value_write_in, reason) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    insert.run(id, 'race', 'recorded', 'white-british', null, null);
    insert.run(id, 'sexual-orientation', 'declined', null, null, null);
    insert.run(id, 'pregnancy-maternity', 'not-applicable', null, null, 'not pregnant in period');
    expect(() => insert.run(id, 'sex', 'declined', 'female', null, null)).toThrow(/CHECK/);
    expect(() => insert.run(id, 'sex', 'recorded', null, null, null)).toThrow(/CHECK/);
    expect(() => insert.run(id, 'sex', 'not-applicable', null, null, null)).toThrow(/CHECK/);
    expect(() => insert.run(id, 'sex', 'not-asked', null, null, 'why')).toThrow(/CHECK/);
    expect(() => insert.run(id, 'eye-colour', 'not-asked', null, null, null)).toThrow(/CHECK/);
    expect(() => insert.run(id, 'race', 'unknown', null, null, null)).toThrow(/UNIQUE/);
  });

  it('refuses bad dates, self-relationships and duplicate pseudonyms', () => {
    const db = fileAtMigration(2);
    const id = insertPerson(db);
    expect(() => db.prepare(`UPDATE person SET date_of_birth = '21/09/1994' WHERE id = ?`).run(id)).toThrow(/CHECK/);
    db.prepare(`UPDATE person SET date_of_birth = '1994-09-21' WHERE id = ?`).run(id);
    expect(() =>
      db
        .prepare(`INSERT INTO relationship (from_person_id, to_person_id, kind) VALUES (?, ?, 'parent-of')`)
        .run(id, id),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO person (real_name, pseudonym, category, created_at) VALUES ('Other', 'rm', 'family', 'x')`,
        )
        .run(),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(`INSERT INTO household_period (person_id, from_date, to_date) VALUES (?, '2021-01-01', '2020-01-01')`)
        .run(id),
    ).toThrow(/CHECK/);
  });
});
