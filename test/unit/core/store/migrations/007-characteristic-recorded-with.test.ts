import { describe, expect, it } from 'vitest';
import { fileAtMigration, migrateTo, insertPerson, openChangeGroup } from '@test/helpers/migration';

const before = 6;
const after = 7;

describe('migration 007 characteristic-recorded-with', () => {
  it('keeps existing values, adds the list version and wording, and audits them', () => {
    const db = fileAtMigration(before);
    insertPerson(db, { id: 1 });
    db.prepare(
      `INSERT INTO characteristic (person_id, characteristic, state, value_option_id, source) VALUES (1, 'religion-belief', 'recorded', 'christian', 'GP records')`,
    ).run();
    expect(migrateTo(db, after)).toBe(after);
    expect(db.prepare(`SELECT value_option_id, source, list_version, value_label FROM characteristic`).get()).toEqual({
      value_option_id: 'christian',
      source: 'GP records',
      list_version: null,
      value_label: null,
    });

    openChangeGroup(db, 'Record');
    db.prepare(
      `UPDATE characteristic SET list_version = '2021.2', value_label = 'Christian (all denominations)'`,
    ).run();
    const audit = db
      .prepare(`SELECT before_json, after_json FROM audit_log WHERE table_name = 'characteristic' ORDER BY id DESC`)
      .get() as {
      before_json: string;
      after_json: string;
    };
    expect(JSON.parse(audit.before_json)).toMatchObject({ list_version: null, value_label: null });
    expect(JSON.parse(audit.after_json)).toMatchObject({
      list_version: '2021.2',
      value_label: 'Christian (all denominations)',
    });
  });

  it('refuses blank wording or version', () => {
    const db = fileAtMigration(after);
    insertPerson(db, { id: 1 });
    const insert = db.prepare(
      `INSERT INTO characteristic (person_id, characteristic, state, value_option_id, list_version, value_label) VALUES (1, 'sex', 'recorded', 'female', ?, ?)`,
    );
    expect(() => insert.run('  ', 'Female')).toThrow(/CHECK/);
    expect(() => insert.run('2021.2', '')).toThrow(/CHECK/);
  });
});
