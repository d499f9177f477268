import { installAuditTriggers } from '../audit-triggers';
import type { Migration } from './migration';

/**
 * Agency chronology requests. Each request is a workbook sent to one agency; its hidden marker
 * carries this review's id (`app_meta` key `review_uid`, random, made once here) and the request's
 * own random key, so a returned workbook is recognised and one made for another review refused.
 * `naming` and `subjects_json` record whom the request named (real names and dates of birth, or
 * pseudonyms only) and exactly what was sent; the audit trigger keeps that in the audit log.
 * `import_id` points at the import of the returned workbook (the latest, when it came back twice).
 */
const migration: Migration = {
  version: 11,
  name: 'agency-requests',
  up(db) {
    db.exec(`
      INSERT OR IGNORE INTO app_meta (key, value) VALUES ('review_uid', lower(hex(randomblob(16))));

      CREATE TABLE agency_request (
        id INTEGER PRIMARY KEY,
        request_key TEXT NOT NULL UNIQUE CHECK (length(request_key) BETWEEN 8 AND 64),
        agency_id INTEGER NOT NULL REFERENCES agency(id),
        agency_name TEXT NOT NULL CHECK (length(trim(agency_name)) BETWEEN 1 AND 200),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        due_date TEXT CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        naming TEXT NOT NULL CHECK (naming IN ('real-names', 'pseudonyms')),
        subjects_json TEXT NOT NULL DEFAULT '[]',
        contact TEXT NOT NULL DEFAULT '' CHECK (length(contact) <= 500),
        template_version INTEGER NOT NULL,
        import_id INTEGER REFERENCES import_batch(id),
        returned_at TEXT
      ) STRICT;
      CREATE INDEX agency_request_agency ON agency_request (agency_id);
    `);
    installAuditTriggers(db, 'agency_request');
  },
};

export default migration;
