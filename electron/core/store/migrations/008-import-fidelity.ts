import { installAuditTriggers } from '../audit-triggers';
import type { Migration } from './migration';

/**
 * An import keeps every word of the agency's file, and entries carry the facts reviewers look for.
 *
 * `entry_extra_field` — a source column that fills no entry field is kept verbatim on each entry
 * as a named extra field (header → value, in the file's column order). `raw` keeps a spreadsheet
 * formula as the agency wrote it when `value` is its visible text. Extra fields are searchable
 * through `entry_extra_fts` (external content, kept in step by triggers; a bulk import defers
 * indexing through its batch's `fts_pending`, like `entry_fts`).
 *
 * `entry`: `location`, `risk_tool` (e.g. "DASH") and `risk_level` (e.g. "high"). The outcome and
 * reference already have columns.
 *
 * `entry_child_contact.person_id` becomes optional: an agency's "Child seen" column says whether a
 * child was seen before the reviewer has linked the entry to anyone in the people register. A row
 * without a person means "the child (not named)"; at most one such row per entry.
 *
 * `import_batch`: `columns_json` records what became of every source column (a field, an extra
 * field, left out by the reviewer, or empty); `removed_at`/`removed_by`/`removed_group_id` mark a
 * batch taken out as a whole ("undo import"), and the change group that did it, so the removal
 * can itself be reverted later, even after the review was closed and reopened.
 */
const migration: Migration = {
  version: 8,
  name: 'import-fidelity',
  up(db) {
    db.exec(`
      ALTER TABLE entry ADD COLUMN location TEXT;
      ALTER TABLE entry ADD COLUMN risk_tool TEXT;
      ALTER TABLE entry ADD COLUMN risk_level TEXT;

      ALTER TABLE import_batch ADD COLUMN columns_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(columns_json));
      ALTER TABLE import_batch ADD COLUMN removed_at TEXT;
      ALTER TABLE import_batch ADD COLUMN removed_by TEXT;
      ALTER TABLE import_batch ADD COLUMN removed_group_id INTEGER;

      CREATE TABLE entry_extra_field (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        value TEXT NOT NULL,
        raw TEXT
      ) STRICT;
      CREATE INDEX entry_extra_field_by_entry ON entry_extra_field (entry_id, position);

      CREATE VIRTUAL TABLE entry_extra_fts USING fts5 (
        name, value,
        content = 'entry_extra_field', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      CREATE TRIGGER entry_extra_fts_insert AFTER INSERT ON entry_extra_field
      WHEN NOT EXISTS (
        SELECT 1 FROM entry x JOIN import_batch b ON b.id = x.import_id WHERE x.id = NEW.entry_id AND b.fts_pending = 1
      )
      BEGIN
        INSERT INTO entry_extra_fts (rowid, name, value) VALUES (NEW.id, NEW.name, NEW.value);
      END;
      CREATE TRIGGER entry_extra_fts_delete AFTER DELETE ON entry_extra_field BEGIN
        INSERT INTO entry_extra_fts (entry_extra_fts, rowid, name, value) VALUES ('delete', OLD.id, OLD.name, OLD.value);
      END;
      CREATE TRIGGER entry_extra_fts_update AFTER UPDATE OF name, value ON entry_extra_field BEGIN
        INSERT INTO entry_extra_fts (entry_extra_fts, rowid, name, value) VALUES ('delete', OLD.id, OLD.name, OLD.value);
        INSERT INTO entry_extra_fts (rowid, name, value) VALUES (NEW.id, NEW.name, NEW.value);
      END;

      CREATE TABLE entry_child_contact_v7 (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
        person_id INTEGER REFERENCES person (id) ON DELETE CASCADE,
        seen TEXT NOT NULL DEFAULT 'unknown' CHECK (seen IN ('yes', 'no', 'unknown')),
        seen_alone TEXT NOT NULL DEFAULT 'unknown' CHECK (seen_alone IN ('yes', 'no', 'unknown')),
        spoken_to TEXT NOT NULL DEFAULT 'unknown' CHECK (spoken_to IN ('yes', 'no', 'unknown')),
        views_recorded TEXT NOT NULL DEFAULT 'unknown' CHECK (views_recorded IN ('yes', 'no', 'unknown')),
        UNIQUE (entry_id, person_id)
      ) STRICT;
      INSERT INTO entry_child_contact_v7 (id, entry_id, person_id, seen, seen_alone, spoken_to, views_recorded)
        SELECT id, entry_id, person_id, seen, seen_alone, spoken_to, views_recorded FROM entry_child_contact;
      DROP TABLE entry_child_contact;
      ALTER TABLE entry_child_contact_v7 RENAME TO entry_child_contact;
      CREATE INDEX entry_child_contact_not_seen ON entry_child_contact (entry_id) WHERE seen = 'no';
      CREATE INDEX entry_child_contact_by_person ON entry_child_contact (person_id);
      CREATE UNIQUE INDEX entry_child_contact_unnamed ON entry_child_contact (entry_id) WHERE person_id IS NULL;
    `);
    // The triggers list a table's columns as they are when installed: reinstall after altering.
    for (const table of ['entry', 'import_batch', 'entry_child_contact', 'entry_extra_field']) installAuditTriggers(db, table);
  },
};

export default migration;
