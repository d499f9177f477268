import { describe, expect, it } from 'vitest';
import panelMembers from '@core/store/migrations/010-panel-members';
import { fileAtMigration, migrateTo, insertReview, reviewTitle, openChangeGroup } from '@test/helpers/migration';

const before = panelMembers.version - 1;

describe('migration 010 review panel members', () => {
  it('adds an audited panel table that keeps the review and refuses blank fields or shared positions', () => {
    const db = fileAtMigration(before);
    insertReview(db, 'Adult D', 'dhr');
    expect(migrateTo(db, panelMembers.version)).toBe(panelMembers.version);
    expect(reviewTitle(db)).toBe('Adult D');

    openChangeGroup(db, 'Add panel member');
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
