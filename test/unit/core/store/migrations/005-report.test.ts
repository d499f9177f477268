import { describe, expect, it } from 'vitest';
import { fileAtMigration, migrateTo, insertReview, reviewTitle, openChangeGroup } from '@test/helpers/migration';

describe('migration 005 report', () => {
  it('adds audited report settings, section texts, glossary definitions and briefing content, keeping earlier data', () => {
    const db = fileAtMigration(4);
    insertReview(db);
    expect(migrateTo(db, 5)).toBe(5);
    expect(reviewTitle(db)).toBe('Child R');

    openChangeGroup(db, 'Edit');
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
