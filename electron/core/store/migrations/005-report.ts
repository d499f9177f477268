import { installAuditTriggers } from '../audit-triggers';
import type { Migration } from './migration';

/**
 * Report and briefing settings kept in the review, so every export of the same review has the
 * same shape and the reviewer's edits travel with the file:
 * - `report_setting`: one row, the chosen report and briefing templates;
 * - `report_section`: the reviewer's own text for each template section (by section key);
 * - `glossary_term`: definitions the reviewer wrote or changed (built-in ones are not copied in);
 * - `briefing_content`: one row, the edited briefing text (NULL fields are generated on export).
 * All are edited by users, so all are audited (undo/redo, history).
 */
const migration: Migration = {
  version: 5,
  name: 'report',
  up(db) {
    db.exec(`
      CREATE TABLE report_setting (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        template_id TEXT,
        briefing_template_id TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE report_section (
        id INTEGER PRIMARY KEY,
        section_key TEXT NOT NULL UNIQUE,
        body_json TEXT CHECK (body_json IS NULL OR json_valid(body_json)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE glossary_term (
        id INTEGER PRIMARY KEY,
        term TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(term) BETWEEN 1 AND 20),
        definition TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE briefing_content (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        background TEXT,
        why_it_matters TEXT,
        learning_points_json TEXT CHECK (learning_points_json IS NULL OR json_valid(learning_points_json)),
        things_to_note TEXT,
        what_to_do TEXT,
        reflective_questions_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(reflective_questions_json)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
    for (const table of ['report_setting', 'report_section', 'glossary_term', 'briefing_content']) installAuditTriggers(db, table);
  },
};

export default migration;
