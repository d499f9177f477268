import { installAuditTriggers } from '../audit-triggers';
import type { Migration } from './migration';

/**
 * The review panel of a domestic homicide review: each member's name, role and agency, in the
 * order the report's panel table lists them. The Home Office guidance asks the overview report to
 * name the panel and say how its members' independence was assured, so each member carries a
 * short independence note (empty when the chair's statement covers the whole panel).
 * `position` orders the table; it is unique so two members never tie.
 */
const migration: Migration = {
  version: 10,
  name: 'panel-members',
  up(db) {
    db.exec(`
      CREATE TABLE panel_member (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL UNIQUE CHECK (position >= 1),
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        role TEXT NOT NULL CHECK (length(trim(role)) BETWEEN 1 AND 200),
        agency TEXT NOT NULL CHECK (length(trim(agency)) BETWEEN 1 AND 200),
        independence_note TEXT NOT NULL DEFAULT '' CHECK (length(independence_note) <= 2000),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
    installAuditTriggers(db, 'panel_member');
  },
};

export default migration;
