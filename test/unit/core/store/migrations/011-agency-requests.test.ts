import { describe, expect, it } from 'vitest';
import agencyRequests from '@core/store/migrations/011-agency-requests';
import { fileAtMigration, migrateTo, insertReview, reviewTitle, openChangeGroup } from '@test/helpers/migration';

const before = agencyRequests.version - 1;

describe('migration 011 agency chronology requests', () => {
  it('gives the review an id of its own and adds an audited request table that refuses bad dates and namings', () => {
    const db = fileAtMigration(before);
    insertReview(db);
    db.prepare(`INSERT INTO agency (name, created_at) VALUES ('Westmoor Police', 'x')`).run();
    expect(migrateTo(db, agencyRequests.version)).toBe(agencyRequests.version);
    expect(reviewTitle(db)).toBe('Child R');
    const uid = db.prepare(`SELECT value FROM app_meta WHERE key = 'review_uid'`).pluck().get() as string;
    expect(uid).toMatch(/^[0-9a-f]{32}$/);

    openChangeGroup(db, 'Chronology request');
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
