import { describe, expect, it } from 'vitest';
import { migrate } from '@core/store/migrate';
import panelMembers from '@core/store/migrations/010-panel-members';
import { createReviewFile, tempDir } from '@test/helpers/review-file';

const before = panelMembers.version - 1;

describe('migration 010 review panel members', () => {
  it('adds an audited panel table that keeps the review and refuses blank fields or shared positions', () => {
    const { db } = createReviewFile(tempDir(), { version: before });
    db.prepare(
      `INSERT INTO review (id, title, kind, created_at, updated_at) VALUES (1, 'Adult D', 'dhr', 'x', 'x')`,
    ).run();
    migrate(db, { target: panelMembers.version });
    expect(db.pragma('user_version', { simple: true })).toBe(panelMembers.version);
    expect((db.prepare('SELECT title FROM review').get() as { title: string }).title).toBe('Adult D');

    db.prepare(
      `INSERT INTO change_group (at, actor, label, kind) VALUES ('2026-01-01T00:00:00Z', 'Reviewer A', 'Add panel member', 'edit')`,
    ).run();
    db.prepare(`UPDATE current_change SET group_id = (SELECT max(id) FROM change_group) WHERE id = 1`).run();
    const insert = db.prepare(
      `INSERT INTO panel_member (position, name, role, agency, created_at, updated_at) VALUES (?, ?, ?, ?, 't', 't')`,
    );
    insert.run(1, 'Pat Chairwoman', 'Independent chair', 'Independent');
    expect(() => insert.run(1, 'Sam Lead', 'Detective inspector', 'Westmoor Police')).toThrow(/UNIQUE/);
    expect(() => insert.run(2, '  ', 'Detective inspector', 'Westmoor Police')).toThrow(/CHECK/);
    expect(() => insert.run(2, 'Sam Lead', 'Detective inspector', '')).toThrow(/CHECK/);
    db.prepare(`UPDATE panel_member SET role = 'Independent chair and author'`).run();
    db.prepare(`DELETE FROM panel_member`).run();

    const audit = db.prepare(`SELECT action FROM audit_log WHERE table_name = 'panel_member' ORDER BY id`).all() as {
      action: string;
    }[];
    expect(audit.map((row) => row.action)).toEqual(['insert', 'update', 'delete']);
    // The removed member stays readable in the audit trail (and undo can restore them).
    const removed = db
      .prepare(`SELECT before_json FROM audit_log WHERE table_name = 'panel_member' AND action = 'delete'`)
      .get() as { before_json: string };
    expect(JSON.parse(removed.before_json)).toMatchObject({
      name: 'Pat Chairwoman',
      role: 'Independent chair and author',
      independence_note: '',
    });
  });
});
