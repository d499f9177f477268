import { describe, expect, it } from 'vitest';
import { migrate } from '@core/store/migrate';
import { createReviewFile, tempDir } from '@test/helpers/review-file';

const before = 6;
const after = 7;

describe('migration 007 characteristic-recorded-with', () => {
  it('keeps existing values, adds the list version and wording, and audits them', () => {
    const { db } = createReviewFile(tempDir(), { version: before });
    db.prepare(
      `INSERT INTO person (id, real_name, pseudonym, category, created_at) VALUES (1, 'Kerry Ashdown', 'RM', 'family', 'x')`,
    ).run();
    db.prepare(
      `INSERT INTO characteristic (person_id, characteristic, state, value_option_id, source) VALUES (1, 'religion-belief', 'recorded', 'christian', 'GP records')`,
    ).run();
    migrate(db, { target: after });
    expect(db.pragma('user_version', { simple: true })).toBe(after);
    expect(db.prepare(`SELECT value_option_id, source, list_version, value_label FROM characteristic`).get()).toEqual({
      value_option_id: 'christian',
      source: 'GP records',
      list_version: null,
      value_label: null,
    });

    db.prepare(
      `INSERT INTO change_group (at, actor, label, kind) VALUES ('2026-01-01T00:00:00Z', 'Reviewer A', 'Record', 'edit')`,
    ).run();
    db.prepare(`UPDATE current_change SET group_id = (SELECT max(id) FROM change_group) WHERE id = 1`).run();
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
    const { db } = createReviewFile(tempDir(), { version: after });
    db.prepare(
      `INSERT INTO person (id, real_name, pseudonym, category, created_at) VALUES (1, 'Kerry Ashdown', 'RM', 'family', 'x')`,
    ).run();
    const insert = db.prepare(
      `INSERT INTO characteristic (person_id, characteristic, state, value_option_id, list_version, value_label) VALUES (1, 'sex', 'recorded', 'female', ?, ?)`,
    );
    expect(() => insert.run('  ', 'Female')).toThrow(/CHECK/);
    expect(() => insert.run('2021.2', '')).toThrow(/CHECK/);
  });
});
