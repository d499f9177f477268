import { describe, expect, it } from 'vitest';
import { fileAtMigration, migrateTo, insertPerson, openChangeGroup } from '@test/helpers/migration';

const before = 11;
const after = 12;

describe('migration 012 characteristic-detail', () => {
  it('keeps existing characteristics, adds an empty detail, and audits changes to it', () => {
    const db = fileAtMigration(before);
    insertPerson(db, { id: 1 });
    db.prepare(
      `INSERT INTO characteristic (person_id, characteristic, state, value_option_id, source, list_version, value_label)
       VALUES (1, 'disability', 'recorded', 'yes-limited-a-lot', 'GP records', '2021.1', 'Yes, limited a lot')`,
    ).run();
    expect(migrateTo(db, after)).toBe(after);
    expect(db.prepare(`SELECT value_option_id, source, value_label, detail FROM characteristic`).get()).toEqual({
      value_option_id: 'yes-limited-a-lot',
      source: 'GP records',
      value_label: 'Yes, limited a lot',
      detail: null,
    });

    openChangeGroup(db, 'Record');
    db.prepare(`UPDATE characteristic SET detail = 'Multiple sclerosis, diagnosed 2019'`).run();
    const audit = db
      .prepare(`SELECT before_json, after_json FROM audit_log WHERE table_name = 'characteristic' ORDER BY id DESC`)
      .get() as {
      before_json: string;
      after_json: string;
    };
    expect(JSON.parse(audit.before_json)).toMatchObject({ detail: null });
    expect(JSON.parse(audit.after_json)).toMatchObject({ detail: 'Multiple sclerosis, diagnosed 2019' });
  });

  it('refuses a blank detail', () => {
    const db = fileAtMigration(after);
    insertPerson(db, { id: 1 });
    const insert = db.prepare(
      `INSERT INTO characteristic (person_id, characteristic, state, detail) VALUES (1, 'religion-belief', 'declined', ?)`,
    );
    expect(() => insert.run('   ')).toThrow(/CHECK/);
  });
});
