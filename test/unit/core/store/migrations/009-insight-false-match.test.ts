import { describe, expect, it } from 'vitest';
import falseMatch from '@core/store/migrations/009-insight-false-match';
import { fileAtMigration, migrateTo, insertReview, reviewTitle, openChangeGroup } from '@test/helpers/migration';

const before = falseMatch.version - 1;

describe('migration 009 insight false matches', () => {
  it('adds an audited table of false matches, one active mark per rule and entry, kept when unmarked', () => {
    const db = fileAtMigration(before);
    insertReview(db);
    db.prepare(`INSERT INTO agency (id, name, created_at) VALUES (1, 'Westmoor Police', 'x')`).run();
    db.prepare(
      `INSERT INTO entry (id, date_original, date_edtf, date_earliest, date_latest, date_precision, agency_id, summary, created_at, updated_at)
       VALUES (1, '03/01/2022', '2022-01-03', '2022-01-03', '2022-01-03', 'day', 1, 'Concern for welfare', 'x', 'x')`,
    ).run();
    expect(migrateTo(db, falseMatch.version)).toBe(falseMatch.version);
    expect(reviewTitle(db)).toBe('Child R');

    openChangeGroup(db, 'Mark false match');
    const insert = db.prepare(
      `INSERT INTO insight_false_match (rule_id, entry_id, words_json, reason, marked_at, marked_by) VALUES (?, 1, '["threatened to kill"]', ?, 't', 'Reviewer A')`,
    );
    insert.run('trigger-events', 'He threatened to kill himself');
    expect(() => insert.run('trigger-events', 'again')).toThrow(/UNIQUE/);
    expect(() => insert.run('repeated-incidents', '  ')).toThrow(/CHECK/);
    db.prepare(`UPDATE insight_false_match SET restored_at = 't2', restored_by = 'Reviewer A'`).run();
    insert.run('trigger-events', 'Marked again after review');

    const audit = db
      .prepare(`SELECT action FROM audit_log WHERE table_name = 'insight_false_match' ORDER BY id`)
      .all() as { action: string }[];
    expect(audit.map((row) => row.action)).toEqual(['insert', 'update', 'insert']);
    // Deleting the entry removes its marks with it.
    db.prepare(`DELETE FROM entry WHERE id = 1`).run();
    expect(db.prepare(`SELECT count(*) AS n FROM insight_false_match`).get()).toEqual({ n: 0 });
  });
});
