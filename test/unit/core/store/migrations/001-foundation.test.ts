import { describe, expect, it } from 'vitest';
import { migrate } from '@core/store/migrate';
import { createReviewFile, tempDir } from '@test/helpers/review-file';

describe('migration 001 foundation', () => {
  it('creates the review record table and an audit trail that records who changed what', () => {
    const { db } = createReviewFile(tempDir(), { version: 0 });
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    migrate(db, { target: 1 });
    expect(db.pragma('user_version', { simple: true })).toBe(1);

    db.prepare(
      `INSERT INTO change_group (at, actor, label, kind) VALUES ('2026-01-01T00:00:00Z', 'Reviewer A', 'Create', 'create')`,
    ).run();
    db.prepare(`UPDATE current_change SET group_id = 1 WHERE id = 1`).run();
    db.prepare(
      `INSERT INTO review (id, title, kind, created_at, updated_at) VALUES (1, 'Child Q', 'lcspr', 'x', 'x')`,
    ).run();
    db.prepare(`UPDATE review SET title = 'Child Q review' WHERE id = 1`).run();

    const audit = db
      .prepare('SELECT table_name, action, before_json, after_json, group_id FROM audit_log ORDER BY id')
      .all() as {
      table_name: string;
      action: string;
      before_json: string | null;
      after_json: string;
      group_id: number;
    }[];
    expect(audit.map((row) => row.action)).toEqual(['insert', 'update']);
    expect(audit.every((row) => row.group_id === 1 && row.table_name === 'review')).toBe(true);
    expect(JSON.parse(audit[1]!.before_json!).title).toBe('Child Q');
    expect(JSON.parse(audit[1]!.after_json).title).toBe('Child Q review');
  });

  it('allows exactly one review record per file', () => {
    const { db } = createReviewFile(tempDir(), { version: 1 });
    db.prepare(`INSERT INTO review (id, title, kind, created_at, updated_at) VALUES (1, 'A', 'dhr', 'x', 'x')`).run();
    expect(() =>
      db.prepare(`INSERT INTO review (id, title, kind, created_at, updated_at) VALUES (2, 'B', 'dhr', 'x', 'x')`).run(),
    ).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE review SET kind = 'novel' WHERE id = 1`).run()).toThrow(/CHECK/);
  });
});
