import { installAuditTriggers } from '../audit-triggers';
import type { Migration } from './migration';

/**
 * The multi-agency chronology: entries, the agencies and event types they use, who took part,
 * whether each child was seen, who the information was shared with, free tags, key practice
 * episodes, and the imports they came from (with each import's report and rejected rows).
 *
 * Dates are stored four ways side by side: the words as given (`*_original`, shown back and
 * exported unchanged), EDTF, inclusive ISO-day bounds (for sorting and overlap filters) and the
 * precision/qualifiers. Bounds use UK seasons (see electron/shared/dates/calendar.ts).
 *
 * `entry_fts` is an external-content FTS5 index over the entry's text columns, kept in step by
 * triggers. It is derived data, so it is not audited; undo re-runs the triggers and stays in step.
 * A bulk import marks its batch `fts_pending` and indexes its rows in one statement before it
 * commits: row-by-row FTS5 inserts cost about four times as much for 20,000 rows.
 *
 * Free tags live in `entry_label`: `entry_tag` (migration 004) holds taxonomy tags.
 */
const migration: Migration = {
  version: 3,
  name: 'chronology',
  up(db) {
    db.exec(`
      CREATE TABLE agency (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE event_type (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
        sort_order INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE import_batch (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        agency_id INTEGER NOT NULL REFERENCES agency (id),
        agency_name TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('csv', 'xlsx')),
        encoding TEXT,
        delimiter TEXT,
        sheet TEXT,
        header_row INTEGER NOT NULL,
        mapping_json TEXT NOT NULL CHECK (json_valid(mapping_json)),
        imported_at TEXT NOT NULL,
        actor TEXT NOT NULL,
        imported_count INTEGER NOT NULL,
        rejected_count INTEGER NOT NULL,
        skip_invalid INTEGER NOT NULL CHECK (skip_invalid IN (0, 1)),
        new_event_types_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(new_event_types_json)),
        duplicates_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(duplicates_json)),
        fts_pending INTEGER NOT NULL DEFAULT 0 CHECK (fts_pending IN (0, 1))
      ) STRICT;

      CREATE TABLE import_rejected_row (
        id INTEGER PRIMARY KEY,
        import_id INTEGER NOT NULL REFERENCES import_batch (id),
        source_row INTEGER NOT NULL,
        column_name TEXT,
        field TEXT,
        reason TEXT NOT NULL,
        raw TEXT NOT NULL
      ) STRICT;
      CREATE INDEX import_rejected_row_by_import ON import_rejected_row (import_id);

      CREATE TABLE column_mapping (
        id INTEGER PRIMARY KEY,
        agency_id INTEGER NOT NULL UNIQUE REFERENCES agency (id),
        mapping_json TEXT NOT NULL CHECK (json_valid(mapping_json)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE entry (
        id INTEGER PRIMARY KEY,
        date_original TEXT NOT NULL,
        date_edtf TEXT NOT NULL,
        date_earliest TEXT NOT NULL,
        date_latest TEXT NOT NULL,
        date_precision TEXT NOT NULL
          CHECK (date_precision IN ('day', 'month', 'season', 'part-of-year', 'year', 'range')),
        date_approximate INTEGER NOT NULL DEFAULT 0 CHECK (date_approximate IN (0, 1)),
        date_uncertain INTEGER NOT NULL DEFAULT 0 CHECK (date_uncertain IN (0, 1)),
        time TEXT CHECK (time IS NULL OR time GLOB '[0-2][0-9]:[0-5][0-9]'),
        end_original TEXT,
        end_edtf TEXT,
        end_earliest TEXT,
        end_latest TEXT,
        end_precision TEXT
          CHECK (end_precision IS NULL OR end_precision IN ('day', 'month', 'season', 'part-of-year', 'year', 'range')),
        end_approximate INTEGER CHECK (end_approximate IS NULL OR end_approximate IN (0, 1)),
        end_uncertain INTEGER CHECK (end_uncertain IS NULL OR end_uncertain IN (0, 1)),
        agency_id INTEGER NOT NULL REFERENCES agency (id),
        source_document TEXT,
        source_role TEXT,
        source_reference TEXT,
        event_type_id INTEGER REFERENCES event_type (id),
        summary TEXT NOT NULL DEFAULT '',
        action_taken TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT '',
        analysis TEXT NOT NULL DEFAULT '',
        significance TEXT NOT NULL DEFAULT 'routine' CHECK (significance IN ('key', 'routine')),
        import_id INTEGER REFERENCES import_batch (id),
        source_sheet TEXT,
        source_row INTEGER,
        merged_into INTEGER REFERENCES entry (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX entry_by_date ON entry (date_earliest, date_latest, id);
      CREATE INDEX entry_by_agency ON entry (agency_id, date_earliest);
      CREATE INDEX entry_by_event_type ON entry (event_type_id);
      CREATE INDEX entry_by_import ON entry (import_id);
      CREATE INDEX entry_merged ON entry (merged_into) WHERE merged_into IS NOT NULL;

      CREATE TABLE entry_person (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        role TEXT NOT NULL
          CHECK (role IN ('present', 'alleged-perpetrator', 'victim', 'witness', 'subject', 'other')),
        UNIQUE (entry_id, person_id, role)
      ) STRICT;
      CREATE INDEX entry_person_by_person ON entry_person (person_id);

      CREATE TABLE entry_child_contact (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        seen TEXT NOT NULL DEFAULT 'unknown' CHECK (seen IN ('yes', 'no', 'unknown')),
        seen_alone TEXT NOT NULL DEFAULT 'unknown' CHECK (seen_alone IN ('yes', 'no', 'unknown')),
        spoken_to TEXT NOT NULL DEFAULT 'unknown' CHECK (spoken_to IN ('yes', 'no', 'unknown')),
        views_recorded TEXT NOT NULL DEFAULT 'unknown' CHECK (views_recorded IN ('yes', 'no', 'unknown')),
        UNIQUE (entry_id, person_id)
      ) STRICT;
      CREATE INDEX entry_child_contact_not_seen ON entry_child_contact (entry_id) WHERE seen = 'no';

      CREATE TABLE entry_shared_with (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
        agency_id INTEGER NOT NULL REFERENCES agency (id),
        when_original TEXT,
        when_edtf TEXT,
        when_earliest TEXT,
        when_latest TEXT,
        when_precision TEXT
          CHECK (when_precision IS NULL OR when_precision IN ('day', 'month', 'season', 'part-of-year', 'year', 'range')),
        when_approximate INTEGER CHECK (when_approximate IS NULL OR when_approximate IN (0, 1)),
        when_uncertain INTEGER CHECK (when_uncertain IS NULL OR when_uncertain IN (0, 1)),
        how TEXT
      ) STRICT;
      CREATE INDEX entry_shared_with_by_entry ON entry_shared_with (entry_id);

      CREATE TABLE entry_label (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
        label TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(label)) > 0),
        UNIQUE (entry_id, label)
      ) STRICT;
      CREATE INDEX entry_label_by_label ON entry_label (label);

      CREATE TABLE episode (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        period_from_json TEXT CHECK (period_from_json IS NULL OR json_valid(period_from_json)),
        period_to_json TEXT CHECK (period_to_json IS NULL OR json_valid(period_to_json)),
        period_earliest TEXT,
        period_latest TEXT,
        analysis TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE episode_entry (
        id INTEGER PRIMARY KEY,
        episode_id INTEGER NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
        entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
        UNIQUE (episode_id, entry_id)
      ) STRICT;
      CREATE INDEX episode_entry_by_entry ON episode_entry (entry_id);

      CREATE TABLE duplicate_candidate (
        id INTEGER PRIMARY KEY,
        entry_a INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
        entry_b INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
        score REAL NOT NULL,
        reason TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'linked', 'merged', 'dismissed')),
        decided_at TEXT,
        CHECK (entry_a < entry_b),
        UNIQUE (entry_a, entry_b)
      ) STRICT;
      CREATE INDEX duplicate_candidate_by_b ON duplicate_candidate (entry_b);

      CREATE VIRTUAL TABLE entry_fts USING fts5 (
        summary, action_taken, outcome, analysis, source_document, source_role, source_reference,
        content = 'entry', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      CREATE TRIGGER entry_fts_insert AFTER INSERT ON entry
      WHEN NEW.import_id IS NULL OR NOT EXISTS (SELECT 1 FROM import_batch b WHERE b.id = NEW.import_id AND b.fts_pending = 1)
      BEGIN
        INSERT INTO entry_fts (rowid, summary, action_taken, outcome, analysis, source_document, source_role, source_reference)
        VALUES (NEW.id, NEW.summary, NEW.action_taken, NEW.outcome, NEW.analysis, NEW.source_document, NEW.source_role, NEW.source_reference);
      END;
      CREATE TRIGGER entry_fts_delete AFTER DELETE ON entry BEGIN
        INSERT INTO entry_fts (entry_fts, rowid, summary, action_taken, outcome, analysis, source_document, source_role, source_reference)
        VALUES ('delete', OLD.id, OLD.summary, OLD.action_taken, OLD.outcome, OLD.analysis, OLD.source_document, OLD.source_role, OLD.source_reference);
      END;
      CREATE TRIGGER entry_fts_update
      AFTER UPDATE OF summary, action_taken, outcome, analysis, source_document, source_role, source_reference ON entry BEGIN
        INSERT INTO entry_fts (entry_fts, rowid, summary, action_taken, outcome, analysis, source_document, source_role, source_reference)
        VALUES ('delete', OLD.id, OLD.summary, OLD.action_taken, OLD.outcome, OLD.analysis, OLD.source_document, OLD.source_role, OLD.source_reference);
        INSERT INTO entry_fts (rowid, summary, action_taken, outcome, analysis, source_document, source_role, source_reference)
        VALUES (NEW.id, NEW.summary, NEW.action_taken, NEW.outcome, NEW.analysis, NEW.source_document, NEW.source_role, NEW.source_reference);
      END;
    `);

    // The editable list starts with the event types agencies' chronologies use most.
    const seed = db.prepare('INSERT INTO event_type (name, sort_order) VALUES (?, ?)');
    [
      'Incident',
      'Contact',
      'Home visit',
      'Office visit',
      'Telephone call',
      'Referral',
      'Notification',
      'Assessment',
      'Strategy discussion',
      'Conference',
      'Meeting',
      'Decision',
      'Case closure',
      'Did not attend',
      'Disclosure',
      'Appointment',
      'Hospital attendance',
      'Police call-out',
      'Information shared',
      'Letter',
      'Other',
    ].forEach((name, index) => seed.run(name, (index + 1) * 10));

    for (const table of [
      'agency',
      'event_type',
      'import_batch',
      'import_rejected_row',
      'column_mapping',
      'entry',
      'entry_person',
      'entry_child_contact',
      'entry_shared_with',
      'entry_label',
      'episode',
      'episode_entry',
      'duplicate_candidate',
    ]) {
      installAuditTriggers(db, table);
    }
  },
};

export default migration;
