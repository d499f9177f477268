import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REVIEW_APPLICATION_ID } from '@shared/version';
import { configure } from '@core/store/open-review-file';
import { migrate } from '@core/store/migrate';
import foundation from '@core/store/migrations/001-foundation';
import people from '@core/store/migrations/002-people';
import chronology from '@core/store/migrations/003-chronology';
import findings from '@core/store/migrations/004-findings';
import { tempDir } from '@test/helpers/review-file';

const migrations = [foundation, people, chronology, findings];
let db: Database.Database | undefined;
afterEach(() => db?.close());

function at3(): Database.Database {
  db = new Database(join(tempDir(), 'review.cwr'));
  db.pragma(`application_id = ${REVIEW_APPLICATION_ID}`);
  configure(db);
  migrate(db, { migrations, target: 3 });
  return db;
}

const now = '2026-01-01T00:00:00.000Z';

describe('migration 004 findings', () => {
  it('adds the findings tables to a file with a chronology, which keeps its rows', () => {
    const db = at3();
    db.prepare(`INSERT INTO agency (id, name, created_at) VALUES (1, 'Housing', ?)`).run(now);
    db.prepare(
      `INSERT INTO entry (id, date_original, date_edtf, date_earliest, date_latest, date_precision, agency_id, summary, created_at, updated_at)
       VALUES (5, 'May 2021', '2021-05', '2021-05-01', '2021-05-31', 'month', 1, 'Tenancy visit', ?, ?)`,
    ).run(now, now);
    db.prepare(`INSERT INTO episode (id, title, created_at, updated_at) VALUES (2, 'Housing moves', ?, ?)`).run(
      now,
      now,
    );
    expect(db.pragma('user_version', { simple: true })).toBe(3);

    migrate(db, { migrations, target: 4 });
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect((db.prepare(`SELECT summary FROM entry WHERE id = 5`).get() as { summary: string }).summary).toBe(
      'Tenancy visit',
    );

    db.prepare(
      `INSERT INTO taxonomy_version (id, taxonomy_id, version, title, requires_direction, content_json, pinned_at) VALUES (1, 't', '1', 'T', 1, '{}', ?)`,
    ).run(now);
    db.prepare(`INSERT INTO finding (id, number, title, created_at, updated_at) VALUES (1, 1, 'A finding', ?, ?)`).run(
      now,
      now,
    );
    db.prepare(
      `INSERT INTO finding_tag (finding_id, taxonomy_version_id, term_id, direction) VALUES (1, 1, 'x', 'supports')`,
    ).run();
    db.prepare(`INSERT INTO finding_evidence (finding_id, entry_id) VALUES (1, 5)`).run();
    db.prepare(`INSERT INTO finding_evidence (finding_id, episode_id) VALUES (1, 2)`).run();
    db.prepare(`INSERT INTO entry_tag (entry_id, taxonomy_version_id, term_id) VALUES (5, 1, 'x')`).run();
    db.prepare(
      `INSERT INTO recommendation (id, number, text, created_at, updated_at) VALUES (1, 1, 'Do better', ?, ?)`,
    ).run(now, now);
    db.prepare(`INSERT INTO recommendation_finding (recommendation_id, finding_id) VALUES (1, 1)`).run();
    db.prepare(
      `INSERT INTO annotation (id, target_kind, finding_id, author_name, created_at, body, source_fingerprint, source_comment_id)
       VALUES (1, 'finding', 1, 'Panel', ?, 'Comment', 'abc', '0')`,
    ).run(now);

    const finding = db.prepare(`SELECT type, in_briefing FROM finding WHERE id = 1`).get();
    expect(finding).toEqual({ type: 'new-learning', in_briefing: 0 });
    expect(db.prepare(`SELECT status FROM recommendation`).get()).toEqual({ status: 'proposed' });
    expect(db.prepare(`SELECT status FROM annotation`).get()).toEqual({ status: 'open' });
  });

  it('enforces the rules the services rely on', () => {
    const db = at3();
    migrate(db, { migrations, target: 4 });
    db.prepare(`INSERT INTO finding (id, number, title, created_at, updated_at) VALUES (1, 1, 'A', ?, ?)`).run(
      now,
      now,
    );
    const bad = [
      `INSERT INTO finding (number, title, type, created_at, updated_at) VALUES (2, 'B', 'learning', '${now}', '${now}')`,
      `INSERT INTO finding_evidence (finding_id) VALUES (1)`,
      `INSERT INTO finding_evidence (finding_id, entry_id) VALUES (1, 99)`,
      `INSERT INTO recommendation (number, text, status, created_at, updated_at) VALUES (1, 'x', 'maybe', '${now}', '${now}')`,
      `INSERT INTO recommendation (number, text, due_date, created_at, updated_at) VALUES (1, 'x', 'soon', '${now}', '${now}')`,
      `INSERT INTO annotation (target_kind, author_name, created_at, body) VALUES ('page', 'a', '${now}', 'b')`,
      `INSERT INTO annotation (target_kind, author_name, created_at, body, source_fingerprint) VALUES ('unplaced', 'a', '${now}', 'b', 'f')`,
    ];
    for (const sql of bad) expect(() => db.prepare(sql).run(), sql).toThrow();
    db.prepare(
      `INSERT INTO annotation (target_kind, author_name, created_at, body, source_fingerprint, source_comment_id) VALUES ('unplaced', 'a', ?, 'b', 'f', '1')`,
    ).run(now);
    expect(() =>
      db
        .prepare(
          `INSERT INTO annotation (target_kind, author_name, created_at, body, source_fingerprint, source_comment_id) VALUES ('unplaced', 'c', ?, 'd', 'f', '1')`,
        )
        .run(now),
    ).toThrow(/UNIQUE/);
  });

  it('audits every table users edit', () => {
    const db = at3();
    migrate(db, { migrations, target: 4 });
    const triggers = (
      db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit_%_insert'`).all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    for (const table of [
      'taxonomy_version',
      'finding',
      'finding_tag',
      'finding_evidence',
      'entry_tag',
      'recommendation',
      'recommendation_finding',
      'annotation',
    ]) {
      expect(triggers).toContain(`audit_${table}_insert`);
    }
  });
});
