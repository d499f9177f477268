import { describe, expect, it } from 'vitest';
import { fileAtMigration, migrateTo, insertReview, reviewTitle, openChangeGroup } from '@test/helpers/migration';

describe('migration 006 insight', () => {
  it("adds audited tables for dismissed patterns and the review's own thresholds", () => {
    const db = fileAtMigration(5);
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    insertReview(db);
    expect(migrateTo(db, 6)).toBe(6);
    expect(reviewTitle(db)).toBe('Child R');

    openChangeGroup(db, 'Dismiss pattern');
    db.prepare(
      `INSERT INTO insight_dismissal (id, rule_id, title, evidence_json, reason, dismissed_at, dismissed_by)
       VALUES ('repeated-incidents:00ff', 'repeated-incidents', 'Repeated incidents', '["1","2"]', 'Known and analysed in KPE 2', 't', 'Reviewer A')`,
    ).run();
    db.prepare(
      `UPDATE insight_dismissal SET restored_at = 't2', restored_by = 'Reviewer A' WHERE id = 'repeated-incidents:00ff'`,
    ).run();
    db.prepare(
      `INSERT INTO insight_threshold_override (id, thresholds_json, updated_at, updated_by) VALUES (1, '{"version":"1.0.0"}', 't', 'Reviewer A')`,
    ).run();

    const audit = db
      .prepare(
        `SELECT table_name, action, row_key, before_json FROM audit_log WHERE table_name LIKE 'insight_%' ORDER BY id`,
      )
      .all() as {
      table_name: string;
      action: string;
      row_key: string;
      before_json: string | null;
    }[];
    expect(audit.map((row) => `${row.table_name}:${row.action}`)).toEqual([
      'insight_dismissal:insert',
      'insight_dismissal:update',
      'insight_threshold_override:insert',
    ]);
    expect(audit[0]!.row_key).toBe('repeated-incidents:00ff');
    expect(JSON.parse(audit[1]!.before_json!).reason).toBe('Known and analysed in KPE 2');
  });

  it('refuses a dismissal without a reason, bad JSON, and a second thresholds row', () => {
    const db = fileAtMigration(6);
    const insert = db.prepare(
      `INSERT INTO insight_dismissal (id, rule_id, title, evidence_json, reason, dismissed_at, dismissed_by) VALUES (?, 'r', 't', ?, ?, 't', 'a')`,
    );
    expect(() => insert.run('p1', '[]', '   ')).toThrow(/CHECK/);
    expect(() => insert.run('p2', 'not json', 'reason')).toThrow(/CHECK/);
    const override = db.prepare(
      `INSERT INTO insight_threshold_override (id, thresholds_json, updated_at, updated_by) VALUES (?, '{}', 't', 'a')`,
    );
    override.run(1);
    expect(() => override.run(2)).toThrow(/CHECK/);
  });
});
