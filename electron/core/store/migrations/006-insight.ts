import { installAuditTriggers } from '../audit-triggers';
import type { Migration } from './migration';

/**
 * Practice insight keeps two things in a review; the patterns themselves are recomputed from the
 * chronology every time, so they are never stored.
 *
 * `insight_dismissal` — patterns the reviewer dismissed, keyed by the pattern's stable id, with
 * the reason, who and when. Restoring keeps the row (sets `restored_at`) so the reason stays
 * visible; the audit triggers also record every dismissal and restore in `audit_log`. The title
 * and evidence ids are copied so a dismissal still reads sensibly after the chronology changes
 * and the pattern no longer appears.
 *
 * `insight_threshold_override` — the review's own tuning of the rules (one row, the whole
 * thresholds object as validated JSON). No row means the shipped defaults apply.
 */
const migration: Migration = {
  version: 6,
  name: 'insight',
  up(db) {
    db.exec(`
      CREATE TABLE insight_dismissal (
        id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200),
        rule_id TEXT NOT NULL,
        title TEXT NOT NULL,
        evidence_json TEXT NOT NULL CHECK (json_valid(evidence_json)),
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        dismissed_at TEXT NOT NULL,
        dismissed_by TEXT NOT NULL,
        restored_at TEXT,
        restored_by TEXT
      ) STRICT;
      CREATE INDEX insight_dismissal_by_rule ON insight_dismissal (rule_id);

      CREATE TABLE insight_threshold_override (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        thresholds_json TEXT NOT NULL CHECK (json_valid(thresholds_json)),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;
    `);
    installAuditTriggers(db, 'insight_dismissal');
    installAuditTriggers(db, 'insight_threshold_override');
  },
};

export default migration;
