import { describe, expect, it } from 'vitest';
import { migrate } from '@core/store/migrate';
import agencyRequests from '@core/store/migrations/011-agency-requests';
import { createReviewFile, tempDir } from '@test/helpers/review-file';

const before = agencyRequests.version - 1;

describe('migration 011 agency chronology requests', () => {
  it('gives the review an id of its own and adds an audited request table that refuses bad dates and namings', () => {
    const { db } = createReviewFile(tempDir(), { version: before });
    db.prepare(
      `INSERT INTO review (id, title, kind, created_at, updated_at) VALUES (1, 'Child R', 'lcspr', 'x', 'x')`,
    ).run();
    db.prepare(`INSERT INTO agency (name, created_at) VALUES ('Westmoor Police', 'x')`).run();
    migrate(db, { target: agencyRequests.version });
    expect(db.pragma('user_version', { simple: true })).toBe(agencyRequests.version);
    expect((db.prepare('SELECT title FROM review').get() as { title: string }).title).toBe('Child R');
    const uid = db.prepare(`SELECT value FROM app_meta WHERE key = 'review_uid'`).pluck().get() as string;
    expect(uid).toMatch(/^[0-9a-f]{32}$/);

    db.prepare(
      `INSERT INTO change_group (at, actor, label, kind) VALUES ('2026-01-01T00:00:00Z', 'Reviewer A', 'Chronology request', 'edit')`,
    ).run();
    db.prepare(`UPDATE current_change SET group_id = (SELECT max(id) FROM change_group) WHERE id = 1`).run();
    const insert = db.prepare(
      `INSERT INTO agency_request (request_key, agency_id, agency_name, created_at, created_by, due_date, naming, subjects_json, template_version) VALUES (?, 1, 'Westmoor Police', 't', 'Reviewer A', ?, ?, ?, 1)`,
    );
    insert.run(
      'a1b2c3d4e5f6a7b8',
      '2026-12-20',
      'pseudonyms',
      JSON.stringify([{ name: 'Child R', dateOfBirth: null, role: 'subject child' }]),
    );
    expect(() => insert.run('a1b2c3d4e5f6a7b8', null, 'pseudonyms', '[]')).toThrow(/UNIQUE/);
    expect(() => insert.run('ffffffffffffffff', '20/12/2026', 'pseudonyms', '[]')).toThrow(/CHECK/);
    expect(() => insert.run('eeeeeeeeeeeeeeee', null, 'everyone', '[]')).toThrow(/CHECK/);

    const audit = db.prepare(`SELECT action, after_json FROM audit_log WHERE table_name = 'agency_request'`).all() as {
      action: string;
      after_json: string;
    }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after_json)).toMatchObject({
      naming: 'pseudonyms',
      subjects_json: expect.stringContaining('Child R'),
    });
  });
});
