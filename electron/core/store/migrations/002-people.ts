import { installAuditTriggers } from '../audit-triggers';
import type { Migration } from './migration';

/**
 * The people register: family, household members and professionals, their other names,
 * households over time, agencies, relationships, protected characteristics (state kept apart
 * from value, enforced by CHECKs so a file edited elsewhere cannot hold a value for an
 * unrecorded characteristic), the identifiers the reviewer wants redacted, and the names the
 * reviewer dismissed from the unregistered-name warnings.
 *
 * Child rows do not cascade: the service deletes them first, so undo (which replays the audit
 * log newest first) re-creates the person before its aliases.
 */
const characteristicIds = `'age', 'disability', 'gender-reassignment', 'marriage-civil-partnership', 'pregnancy-maternity', 'race', 'religion-belief', 'sex', 'sexual-orientation'`;
const states = `'recorded', 'not-recorded-by-agencies', 'not-asked', 'declined', 'not-applicable', 'unknown'`;
const isoDay = (column: string): string => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;

const migration: Migration = {
  version: 2,
  name: 'people',
  up(db) {
    db.exec(`
      CREATE TABLE person (
        id INTEGER PRIMARY KEY,
        real_name TEXT NOT NULL CHECK (trim(real_name) <> ''),
        pseudonym TEXT NOT NULL CHECK (trim(pseudonym) <> ''),
        category TEXT NOT NULL CHECK (category IN ('family', 'household', 'professional')),
        role TEXT NOT NULL DEFAULT '',
        relationship_to_child TEXT NOT NULL DEFAULT '',
        date_of_birth TEXT CHECK (date_of_birth IS NULL OR ${isoDay('date_of_birth')}),
        sort_order INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX person_pseudonym_unique ON person (pseudonym COLLATE NOCASE);

      CREATE TABLE person_alias (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person (id),
        alias TEXT NOT NULL CHECK (trim(alias) <> ''),
        UNIQUE (person_id, alias)
      ) STRICT;

      CREATE TABLE household_period (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person (id),
        from_date TEXT NOT NULL CHECK (${isoDay('from_date')}),
        to_date TEXT CHECK (to_date IS NULL OR (${isoDay('to_date')} AND to_date >= from_date))
      ) STRICT;
      CREATE INDEX household_period_by_person ON household_period (person_id);

      CREATE TABLE person_agency (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person (id),
        agency TEXT NOT NULL CHECK (trim(agency) <> ''),
        UNIQUE (person_id, agency)
      ) STRICT;

      CREATE TABLE relationship (
        id INTEGER PRIMARY KEY,
        from_person_id INTEGER NOT NULL REFERENCES person (id),
        to_person_id INTEGER NOT NULL REFERENCES person (id),
        kind TEXT NOT NULL CHECK (kind IN ('parent-of', 'partner-of', 'ex-partner-of', 'sibling-of', 'half-sibling-of', 'grandparent-of', 'other')),
        from_date TEXT CHECK (from_date IS NULL OR ${isoDay('from_date')}),
        to_date TEXT CHECK (to_date IS NULL OR ${isoDay('to_date')}),
        note TEXT NOT NULL DEFAULT '',
        CHECK (from_person_id <> to_person_id),
        CHECK (from_date IS NULL OR to_date IS NULL OR to_date >= from_date)
      ) STRICT;
      CREATE INDEX relationship_by_from ON relationship (from_person_id);
      CREATE INDEX relationship_by_to ON relationship (to_person_id);

      CREATE TABLE characteristic (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person (id),
        characteristic TEXT NOT NULL CHECK (characteristic IN (${characteristicIds})),
        state TEXT NOT NULL CHECK (state IN (${states})),
        value_option_id TEXT,
        value_write_in TEXT,
        reason TEXT,
        source TEXT NOT NULL DEFAULT '',
        UNIQUE (person_id, characteristic),
        CHECK (state = 'recorded' OR (value_option_id IS NULL AND value_write_in IS NULL)),
        CHECK (state <> 'recorded' OR value_option_id IS NOT NULL OR trim(coalesce(value_write_in, '')) <> ''),
        CHECK (state = 'not-applicable' OR reason IS NULL),
        CHECK (state <> 'not-applicable' OR trim(coalesce(reason, '')) <> '')
      ) STRICT;

      CREATE TABLE identifier (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL CHECK (trim(text) <> ''),
        kind TEXT NOT NULL CHECK (kind IN ('address', 'postcode', 'nhs-number', 'school', 'professional', 'other'))
      ) STRICT;
      CREATE UNIQUE INDEX identifier_unique ON identifier (text COLLATE NOCASE, kind);

      CREATE TABLE name_warning_dismissal (
        id INTEGER PRIMARY KEY,
        name_key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        dismissed_at TEXT NOT NULL,
        dismissed_by TEXT NOT NULL
      ) STRICT;
    `);
    for (const table of [
      'person',
      'person_alias',
      'household_period',
      'person_agency',
      'relationship',
      'characteristic',
      'identifier',
      'name_warning_dismissal',
    ]) {
      installAuditTriggers(db, table);
    }
  },
};

export default migration;
