import { describe, expect, it } from 'vitest';
import { migrate } from '@core/store/migrate';
import { createReviewFile, tempDir } from '@test/helpers/review-file';

describe('migration 005 report', () => {
  it('adds audited report settings, section texts, glossary definitions and briefing content, keeping earlier data', () => {
    const { db } = createReviewFile(tempDir(), { version: 4 });
    db.prepare(
      `INSERT INTO review (id, title, kind, created_at, updated_at) VALUES (1, 'Child R', 'lcspr', 'x', 'x')`,
    ).run();
    migrate(db, { target: 5 });
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect((db.prepare('SELECT title FROM review').get() as { title: string }).title).toBe('Child R');

    db.prepare(
      `INSERT INTO change_group (at, actor, label, kind) VALUES ('2026-01-01T00:00:00Z', 'Reviewer A', 'Edit', 'edit')`,
    ).run();
    db.prepare(`UPDATE current_change SET group_id = 1 WHERE id = 1`).run();
    db.prepare(`INSERT INTO report_setting (id, template_id, updated_at) VALUES (1, 'dhr', 'x')`).run();
    db.prepare(
      `INSERT INTO glossary_term (term, definition, updated_at) VALUES ('MARAC', 'Risk conference', 'x')`,
    ).run();
    db.prepare(
      `INSERT INTO report_section (section_key, body_json, updated_at) VALUES ('introduction', '{"lexicalVersion":"0.52.0"}', 'x')`,
    ).run();
    db.prepare(
      `INSERT INTO briefing_content (id, reflective_questions_json, updated_at) VALUES (1, '["Who saw the child?"]', 'x')`,
    ).run();

    const audited = db.prepare('SELECT DISTINCT table_name FROM audit_log ORDER BY table_name').pluck().all();
    expect(audited).toEqual(
      expect.arrayContaining(['briefing_content', 'glossary_term', 'report_section', 'report_setting']),
    );
    // One settings row, case-insensitive unique terms, valid JSON only.
    expect(() => db.prepare(`INSERT INTO report_setting (id, updated_at) VALUES (2, 'x')`).run()).toThrow(/CHECK/);
    expect(() =>
      db.prepare(`INSERT INTO glossary_term (term, definition, updated_at) VALUES ('marac', 'again', 'x')`).run(),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(`INSERT INTO report_section (section_key, body_json, updated_at) VALUES ('scope', 'not json', 'x')`)
        .run(),
    ).toThrow(/CHECK/);
  });
});
