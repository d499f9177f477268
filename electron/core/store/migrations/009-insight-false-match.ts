import { installAuditTriggers } from '../audit-triggers';
import type { Migration } from './migration';

/**
 * Practice insight: entries the reviewer marked as false matches for a rule ("the words matched,
 * but this entry is not what the rule is about"). The rule no longer matches that entry in this
 * review, so the correction improves every later run. Unmarking keeps the row (sets
 * `restored_at`) so the reviewer's reason stays readable; the audit triggers record both.
 * The matched words are copied so the mark still reads sensibly after the entry is edited.
 */
const migration: Migration = {
  version: 9,
  name: 'insight-false-match',
  up(db) {
    db.exec(`
      CREATE TABLE insight_false_match (
        id INTEGER PRIMARY KEY,
        rule_id TEXT NOT NULL CHECK (length(rule_id) BETWEEN 1 AND 60),
        entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
        words_json TEXT NOT NULL CHECK (json_valid(words_json)),
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        marked_at TEXT NOT NULL,
        marked_by TEXT NOT NULL,
        restored_at TEXT,
        restored_by TEXT
      ) STRICT;
      CREATE UNIQUE INDEX insight_false_match_active ON insight_false_match (rule_id, entry_id) WHERE restored_at IS NULL;
    `);
    installAuditTriggers(db, 'insight_false_match');
  },
};

export default migration;
