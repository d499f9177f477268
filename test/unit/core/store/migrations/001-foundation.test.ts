import { describe, expect, it } from 'vitest';
import { fileAtMigration, migrateTo, insertReview, openChangeGroup } from '@test/helpers/migration';

describe('migration 001 foundation', () => {
  it('creates the review record table and an audit trail that records who changed what', () => {
    const db = fileAtMigration(0);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(migrateTo(db, 1)).toBe(1);

    openChangeGroup(db, 'Create', 'create');
    insertReview(db, 'Child Q', 'lcspr');
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
    const db = fileAtMigration(1);
    db.prepare(`INSERT INTO review (id, title, kind, created_at, updated_at) VALUES (1, 'A', 'dhr', 'x', 'x')`).run();
    expect(() =>
      db.prepare(`INSERT INTO review (id, title, kind, created_at, updated_at) VALUES (2, 'B', 'dhr', 'x', 'x')`).run(),
    ).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE review SET kind = 'novel' WHERE id = 1`).run()).toThrow(/CHECK/);
  });
});
