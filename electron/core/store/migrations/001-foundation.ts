import { installAuditTriggers } from '../audit-triggers';
import type { Migration } from './migration';

/**
 * The review itself, the app's bookkeeping, and the audit log that every later table feeds.
 * `current_change` is a one-row table rather than a temp table because triggers in the main
 * schema cannot read temp tables.
 */
const migration: Migration = {
  version: 1,
  name: 'foundation',
  up(db) {
    db.exec(`
      CREATE TABLE app_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE change_group (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        label TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('edit', 'undo', 'redo', 'import', 'migration', 'create')),
        reverts_group_id INTEGER REFERENCES change_group (id)
      ) STRICT;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        group_id INTEGER REFERENCES change_group (id),
        table_name TEXT NOT NULL,
        row_key,
        action TEXT NOT NULL,
        before_json TEXT,
        after_json TEXT
      );
      CREATE INDEX audit_log_by_group ON audit_log (group_id);

      CREATE TABLE current_change (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        group_id INTEGER,
        row_audit INTEGER NOT NULL DEFAULT 1 CHECK (row_audit IN (0, 1))
      ) STRICT;
      INSERT INTO current_change (id, group_id, row_audit) VALUES (1, NULL, 1);

      CREATE TABLE review (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        title TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('lcspr', 'scr', 'cpr', 'susr', 'dhr')),
        partnership TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'panel-review', 'final', 'published')),
        scope_start TEXT,
        scope_end TEXT,
        terms_of_reference_json TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
    installAuditTriggers(db, 'review');
  },
};

export default migration;
