-- Casewright review file format 13

CREATE TABLE agency (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
        created_at TEXT NOT NULL
      ) STRICT;

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

CREATE TABLE annotation (
        id INTEGER PRIMARY KEY,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('finding', 'paragraph', 'entry', 'unplaced')),
        finding_id INTEGER REFERENCES finding (id) ON DELETE SET NULL,
        entry_id INTEGER REFERENCES entry (id) ON DELETE SET NULL,
        anchor TEXT,
        quoted_text TEXT NOT NULL DEFAULT '',
        parent_id INTEGER REFERENCES annotation (id) ON DELETE CASCADE,
        author_name TEXT NOT NULL,
        author_agency TEXT NOT NULL DEFAULT '',
        author_role TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        body TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected', 'resolved')),
        source_fingerprint TEXT,
        source_comment_id TEXT,
        CHECK ((source_fingerprint IS NULL) = (source_comment_id IS NULL))
      ) STRICT;

CREATE TABLE app_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
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

CREATE TABLE change_group (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        label TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('edit', 'undo', 'redo', 'import', 'migration', 'create')),
        reverts_group_id INTEGER REFERENCES change_group (id)
      ) STRICT;

CREATE TABLE characteristic (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person (id),
        characteristic TEXT NOT NULL CHECK (characteristic IN ('age', 'disability', 'gender-reassignment', 'marriage-civil-partnership', 'pregnancy-maternity', 'race', 'religion-belief', 'sex', 'sexual-orientation')),
        state TEXT NOT NULL CHECK (state IN ('recorded', 'not-recorded-by-agencies', 'not-asked', 'declined', 'not-applicable', 'unknown')),
        value_option_id TEXT,
        value_write_in TEXT,
        reason TEXT,
        source TEXT NOT NULL DEFAULT '', list_version TEXT CHECK (list_version IS NULL OR trim(list_version) <> ''), value_label TEXT CHECK (value_label IS NULL OR trim(value_label) <> ''), detail TEXT CHECK (detail IS NULL OR trim(detail) <> ''),
        UNIQUE (person_id, characteristic),
        CHECK (state = 'recorded' OR (value_option_id IS NULL AND value_write_in IS NULL)),
        CHECK (state <> 'recorded' OR value_option_id IS NOT NULL OR trim(coalesce(value_write_in, '')) <> ''),
        CHECK (state = 'not-applicable' OR reason IS NULL),
        CHECK (state <> 'not-applicable' OR trim(coalesce(reason, '')) <> '')
      ) STRICT;

CREATE TABLE column_mapping (
        id INTEGER PRIMARY KEY,
        agency_id INTEGER NOT NULL UNIQUE REFERENCES agency (id),
        mapping_json TEXT NOT NULL CHECK (json_valid(mapping_json)),
        updated_at TEXT NOT NULL
      ) STRICT;

CREATE TABLE current_change (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        group_id INTEGER,
        row_audit INTEGER NOT NULL DEFAULT 1 CHECK (row_audit IN (0, 1))
      ) STRICT;

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
      , location TEXT, risk_tool TEXT, risk_level TEXT) STRICT;

CREATE TABLE "entry_child_contact" (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
        person_id INTEGER REFERENCES person (id) ON DELETE CASCADE,
        seen TEXT NOT NULL DEFAULT 'unknown' CHECK (seen IN ('yes', 'no', 'unknown')),
        seen_alone TEXT NOT NULL DEFAULT 'unknown' CHECK (seen_alone IN ('yes', 'no', 'unknown')),
        spoken_to TEXT NOT NULL DEFAULT 'unknown' CHECK (spoken_to IN ('yes', 'no', 'unknown')),
        views_recorded TEXT NOT NULL DEFAULT 'unknown' CHECK (views_recorded IN ('yes', 'no', 'unknown')),
        UNIQUE (entry_id, person_id)
      ) STRICT;

CREATE TABLE entry_extra_field (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        value TEXT NOT NULL,
        raw TEXT
      ) STRICT;

CREATE VIRTUAL TABLE entry_extra_fts USING fts5 (
        name, value,
        content = 'entry_extra_field', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '3'
      );

CREATE TABLE 'entry_extra_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'entry_extra_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'entry_extra_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'entry_extra_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE VIRTUAL TABLE entry_fts USING fts5 (
        summary, action_taken, outcome, analysis, source_document, source_role, source_reference,
        content = 'entry', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '3'
      );

CREATE TABLE 'entry_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'entry_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'entry_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'entry_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE entry_label (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
        label TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(label)) > 0),
        UNIQUE (entry_id, label)
      ) STRICT;

CREATE TABLE entry_person (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        role TEXT NOT NULL
          CHECK (role IN ('present', 'alleged-perpetrator', 'victim', 'witness', 'subject', 'other')),
        UNIQUE (entry_id, person_id, role)
      ) STRICT;

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

CREATE TABLE entry_tag (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
        taxonomy_version_id INTEGER NOT NULL REFERENCES taxonomy_version (id),
        term_id TEXT NOT NULL,
        direction TEXT CHECK (direction IS NULL OR direction IN ('supports', 'hinders'))
      ) STRICT;

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

CREATE TABLE event_type (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
        sort_order INTEGER NOT NULL
      ) STRICT;

CREATE TABLE finding (
        id INTEGER PRIMARY KEY,
        number INTEGER NOT NULL CHECK (number >= 1),
        title TEXT NOT NULL,
        body_json TEXT CHECK (body_json IS NULL OR json_valid(body_json)),
        type TEXT NOT NULL DEFAULT 'new-learning'
          CHECK (type IN ('new-learning', 'established-learning', 'good-practice')),
        in_briefing INTEGER NOT NULL DEFAULT 0 CHECK (in_briefing IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

CREATE TABLE finding_evidence (
        id INTEGER PRIMARY KEY,
        finding_id INTEGER NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
        entry_id INTEGER REFERENCES entry (id) ON DELETE CASCADE,
        episode_id INTEGER REFERENCES episode (id) ON DELETE CASCADE,
        note TEXT NOT NULL DEFAULT '',
        CHECK ((entry_id IS NULL) <> (episode_id IS NULL))
      ) STRICT;

CREATE TABLE finding_tag (
        id INTEGER PRIMARY KEY,
        finding_id INTEGER NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
        taxonomy_version_id INTEGER NOT NULL REFERENCES taxonomy_version (id),
        term_id TEXT NOT NULL,
        direction TEXT CHECK (direction IS NULL OR direction IN ('supports', 'hinders'))
      ) STRICT;

CREATE TABLE glossary_term (
        id INTEGER PRIMARY KEY,
        term TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(term) BETWEEN 1 AND 20),
        definition TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

CREATE TABLE household_period (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person (id),
        from_date TEXT NOT NULL CHECK (from_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        to_date TEXT CHECK (to_date IS NULL OR (to_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND to_date >= from_date))
      ) STRICT;

CREATE TABLE identifier (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL CHECK (trim(text) <> ''),
        kind TEXT NOT NULL CHECK (kind IN ('address', 'postcode', 'nhs-number', 'school', 'professional', 'other'))
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
      , columns_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(columns_json)), removed_at TEXT, removed_by TEXT, removed_group_id INTEGER) STRICT;

CREATE TABLE import_rejected_row (
        id INTEGER PRIMARY KEY,
        import_id INTEGER NOT NULL REFERENCES import_batch (id),
        source_row INTEGER NOT NULL,
        column_name TEXT,
        field TEXT,
        reason TEXT NOT NULL,
        raw TEXT NOT NULL
      ) STRICT;

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

CREATE TABLE insight_threshold_override (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        thresholds_json TEXT NOT NULL CHECK (json_valid(thresholds_json)),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;

CREATE TABLE name_warning_dismissal (
        id INTEGER PRIMARY KEY,
        name_key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        dismissed_at TEXT NOT NULL,
        dismissed_by TEXT NOT NULL
      ) STRICT;

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

CREATE TABLE person (
        id INTEGER PRIMARY KEY,
        real_name TEXT NOT NULL CHECK (trim(real_name) <> ''),
        pseudonym TEXT NOT NULL CHECK (trim(pseudonym) <> ''),
        category TEXT NOT NULL CHECK (category IN ('family', 'household', 'professional')),
        role TEXT NOT NULL DEFAULT '',
        relationship_to_child TEXT NOT NULL DEFAULT '',
        date_of_birth TEXT CHECK (date_of_birth IS NULL OR date_of_birth GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        sort_order INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      ) STRICT;

CREATE TABLE person_agency (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person (id),
        agency TEXT NOT NULL CHECK (trim(agency) <> ''),
        UNIQUE (person_id, agency)
      ) STRICT;

CREATE TABLE person_alias (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person (id),
        alias TEXT NOT NULL CHECK (trim(alias) <> ''),
        UNIQUE (person_id, alias)
      ) STRICT;

CREATE TABLE recommendation (
        id INTEGER PRIMARY KEY,
        number INTEGER NOT NULL CHECK (number >= 1),
        text TEXT NOT NULL,
        owner_agency TEXT,
        success_measure TEXT NOT NULL DEFAULT '',
        due_date TEXT CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        priority TEXT CHECK (priority IS NULL OR priority IN ('high', 'medium', 'low')),
        status TEXT NOT NULL DEFAULT 'proposed'
          CHECK (status IN ('proposed', 'agreed', 'in-progress', 'done', 'not-accepted')),
        board_response TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

CREATE TABLE recommendation_finding (
        id INTEGER PRIMARY KEY,
        recommendation_id INTEGER NOT NULL REFERENCES recommendation (id) ON DELETE CASCADE,
        finding_id INTEGER NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
        UNIQUE (recommendation_id, finding_id)
      ) STRICT;

CREATE TABLE relationship (
        id INTEGER PRIMARY KEY,
        from_person_id INTEGER NOT NULL REFERENCES person (id),
        to_person_id INTEGER NOT NULL REFERENCES person (id),
        kind TEXT NOT NULL CHECK (kind IN ('parent-of', 'partner-of', 'ex-partner-of', 'sibling-of', 'half-sibling-of', 'grandparent-of', 'other')),
        from_date TEXT CHECK (from_date IS NULL OR from_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        to_date TEXT CHECK (to_date IS NULL OR to_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        note TEXT NOT NULL DEFAULT '',
        CHECK (from_person_id <> to_person_id),
        CHECK (from_date IS NULL OR to_date IS NULL OR to_date >= from_date)
      ) STRICT;

CREATE TABLE report_section (
        id INTEGER PRIMARY KEY,
        section_key TEXT NOT NULL UNIQUE,
        body_json TEXT CHECK (body_json IS NULL OR json_valid(body_json)),
        updated_at TEXT NOT NULL
      ) STRICT;

CREATE TABLE report_setting (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        template_id TEXT,
        briefing_template_id TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;

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

CREATE TABLE taxonomy_version (
        id INTEGER PRIMARY KEY,
        taxonomy_id TEXT NOT NULL,
        version TEXT NOT NULL,
        title TEXT NOT NULL,
        requires_direction INTEGER NOT NULL CHECK (requires_direction IN (0, 1)),
        content_json TEXT NOT NULL CHECK (json_valid(content_json)),
        pinned_at TEXT NOT NULL,
        UNIQUE (taxonomy_id, version)
      ) STRICT;

CREATE INDEX agency_request_agency ON agency_request (agency_id);

CREATE INDEX annotation_by_finding ON annotation (finding_id);

CREATE INDEX annotation_by_parent ON annotation (parent_id);

CREATE UNIQUE INDEX annotation_source_unique
        ON annotation (source_fingerprint, source_comment_id) WHERE source_fingerprint IS NOT NULL;

CREATE INDEX audit_log_by_group ON audit_log (group_id);

CREATE INDEX duplicate_candidate_by_b ON duplicate_candidate (entry_b);

CREATE INDEX entry_by_agency ON entry (agency_id, date_earliest);

CREATE INDEX entry_by_date ON entry (date_earliest, date_latest, id);

CREATE INDEX entry_by_event_type ON entry (event_type_id);

CREATE INDEX entry_by_import ON entry (import_id);

CREATE INDEX entry_child_contact_by_person ON entry_child_contact (person_id);

CREATE INDEX entry_child_contact_not_seen ON entry_child_contact (entry_id) WHERE seen = 'no';

CREATE UNIQUE INDEX entry_child_contact_unnamed ON entry_child_contact (entry_id) WHERE person_id IS NULL;

CREATE INDEX entry_extra_field_by_entry ON entry_extra_field (entry_id, position);

CREATE INDEX entry_label_by_label ON entry_label (label);

CREATE INDEX entry_merged ON entry (merged_into) WHERE merged_into IS NOT NULL;

CREATE INDEX entry_person_by_person ON entry_person (person_id);

CREATE INDEX entry_shared_with_by_entry ON entry_shared_with (entry_id);

CREATE UNIQUE INDEX entry_tag_unique
        ON entry_tag (entry_id, taxonomy_version_id, term_id, coalesce(direction, ''));

CREATE INDEX episode_entry_by_entry ON episode_entry (entry_id);

CREATE INDEX finding_by_number ON finding (number);

CREATE INDEX finding_evidence_by_entry ON finding_evidence (entry_id);

CREATE INDEX finding_evidence_by_episode ON finding_evidence (episode_id);

CREATE UNIQUE INDEX finding_evidence_unique
        ON finding_evidence (finding_id, coalesce(entry_id, 0), coalesce(episode_id, 0));

CREATE UNIQUE INDEX finding_tag_unique
        ON finding_tag (finding_id, taxonomy_version_id, term_id, coalesce(direction, ''));

CREATE INDEX household_period_by_person ON household_period (person_id);

CREATE UNIQUE INDEX identifier_unique ON identifier (text COLLATE NOCASE, kind);

CREATE INDEX import_rejected_row_by_import ON import_rejected_row (import_id);

CREATE INDEX insight_dismissal_by_rule ON insight_dismissal (rule_id);

CREATE UNIQUE INDEX insight_false_match_active ON insight_false_match (rule_id, entry_id) WHERE restored_at IS NULL;

CREATE UNIQUE INDEX person_pseudonym_unique ON person (pseudonym COLLATE NOCASE);

CREATE INDEX relationship_by_from ON relationship (from_person_id);

CREATE INDEX relationship_by_to ON relationship (to_person_id);

CREATE TRIGGER audit_agency_delete AFTER DELETE ON agency WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'agency', OLD.id, 'delete', json_object('id', OLD."id", 'name', OLD."name", 'created_at', OLD."created_at"), NULL);
    END;

CREATE TRIGGER audit_agency_insert AFTER INSERT ON agency WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'agency', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'name', NEW."name", 'created_at', NEW."created_at"));
    END;

CREATE TRIGGER audit_agency_request_delete AFTER DELETE ON agency_request WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'agency_request', OLD.id, 'delete', json_object('id', OLD."id", 'request_key', OLD."request_key", 'agency_id', OLD."agency_id", 'agency_name', OLD."agency_name", 'created_at', OLD."created_at", 'created_by', OLD."created_by", 'due_date', OLD."due_date", 'naming', OLD."naming", 'subjects_json', OLD."subjects_json", 'contact', OLD."contact", 'template_version', OLD."template_version", 'import_id', OLD."import_id", 'returned_at', OLD."returned_at"), NULL);
    END;

CREATE TRIGGER audit_agency_request_insert AFTER INSERT ON agency_request WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'agency_request', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'request_key', NEW."request_key", 'agency_id', NEW."agency_id", 'agency_name', NEW."agency_name", 'created_at', NEW."created_at", 'created_by', NEW."created_by", 'due_date', NEW."due_date", 'naming', NEW."naming", 'subjects_json', NEW."subjects_json", 'contact', NEW."contact", 'template_version', NEW."template_version", 'import_id', NEW."import_id", 'returned_at', NEW."returned_at"));
    END;

CREATE TRIGGER audit_agency_request_update AFTER UPDATE ON agency_request WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'agency_request', OLD.id, 'update', json_object('id', OLD."id", 'request_key', OLD."request_key", 'agency_id', OLD."agency_id", 'agency_name', OLD."agency_name", 'created_at', OLD."created_at", 'created_by', OLD."created_by", 'due_date', OLD."due_date", 'naming', OLD."naming", 'subjects_json', OLD."subjects_json", 'contact', OLD."contact", 'template_version', OLD."template_version", 'import_id', OLD."import_id", 'returned_at', OLD."returned_at"), json_object('id', NEW."id", 'request_key', NEW."request_key", 'agency_id', NEW."agency_id", 'agency_name', NEW."agency_name", 'created_at', NEW."created_at", 'created_by', NEW."created_by", 'due_date', NEW."due_date", 'naming', NEW."naming", 'subjects_json', NEW."subjects_json", 'contact', NEW."contact", 'template_version', NEW."template_version", 'import_id', NEW."import_id", 'returned_at', NEW."returned_at"));
    END;

CREATE TRIGGER audit_agency_update AFTER UPDATE ON agency WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'agency', OLD.id, 'update', json_object('id', OLD."id", 'name', OLD."name", 'created_at', OLD."created_at"), json_object('id', NEW."id", 'name', NEW."name", 'created_at', NEW."created_at"));
    END;

CREATE TRIGGER audit_annotation_delete AFTER DELETE ON annotation WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'annotation', OLD.id, 'delete', json_object('id', OLD."id", 'target_kind', OLD."target_kind", 'finding_id', OLD."finding_id", 'entry_id', OLD."entry_id", 'anchor', OLD."anchor", 'quoted_text', OLD."quoted_text", 'parent_id', OLD."parent_id", 'author_name', OLD."author_name", 'author_agency', OLD."author_agency", 'author_role', OLD."author_role", 'created_at', OLD."created_at", 'body', OLD."body", 'status', OLD."status", 'source_fingerprint', OLD."source_fingerprint", 'source_comment_id', OLD."source_comment_id"), NULL);
    END;

CREATE TRIGGER audit_annotation_insert AFTER INSERT ON annotation WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'annotation', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'target_kind', NEW."target_kind", 'finding_id', NEW."finding_id", 'entry_id', NEW."entry_id", 'anchor', NEW."anchor", 'quoted_text', NEW."quoted_text", 'parent_id', NEW."parent_id", 'author_name', NEW."author_name", 'author_agency', NEW."author_agency", 'author_role', NEW."author_role", 'created_at', NEW."created_at", 'body', NEW."body", 'status', NEW."status", 'source_fingerprint', NEW."source_fingerprint", 'source_comment_id', NEW."source_comment_id"));
    END;

CREATE TRIGGER audit_annotation_update AFTER UPDATE ON annotation WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'annotation', OLD.id, 'update', json_object('id', OLD."id", 'target_kind', OLD."target_kind", 'finding_id', OLD."finding_id", 'entry_id', OLD."entry_id", 'anchor', OLD."anchor", 'quoted_text', OLD."quoted_text", 'parent_id', OLD."parent_id", 'author_name', OLD."author_name", 'author_agency', OLD."author_agency", 'author_role', OLD."author_role", 'created_at', OLD."created_at", 'body', OLD."body", 'status', OLD."status", 'source_fingerprint', OLD."source_fingerprint", 'source_comment_id', OLD."source_comment_id"), json_object('id', NEW."id", 'target_kind', NEW."target_kind", 'finding_id', NEW."finding_id", 'entry_id', NEW."entry_id", 'anchor', NEW."anchor", 'quoted_text', NEW."quoted_text", 'parent_id', NEW."parent_id", 'author_name', NEW."author_name", 'author_agency', NEW."author_agency", 'author_role', NEW."author_role", 'created_at', NEW."created_at", 'body', NEW."body", 'status', NEW."status", 'source_fingerprint', NEW."source_fingerprint", 'source_comment_id', NEW."source_comment_id"));
    END;

CREATE TRIGGER audit_briefing_content_delete AFTER DELETE ON briefing_content WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'briefing_content', OLD.id, 'delete', json_object('id', OLD."id", 'background', OLD."background", 'why_it_matters', OLD."why_it_matters", 'learning_points_json', OLD."learning_points_json", 'things_to_note', OLD."things_to_note", 'what_to_do', OLD."what_to_do", 'reflective_questions_json', OLD."reflective_questions_json", 'updated_at', OLD."updated_at"), NULL);
    END;

CREATE TRIGGER audit_briefing_content_insert AFTER INSERT ON briefing_content WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'briefing_content', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'background', NEW."background", 'why_it_matters', NEW."why_it_matters", 'learning_points_json', NEW."learning_points_json", 'things_to_note', NEW."things_to_note", 'what_to_do', NEW."what_to_do", 'reflective_questions_json', NEW."reflective_questions_json", 'updated_at', NEW."updated_at"));
    END;

CREATE TRIGGER audit_briefing_content_update AFTER UPDATE ON briefing_content WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'briefing_content', OLD.id, 'update', json_object('id', OLD."id", 'background', OLD."background", 'why_it_matters', OLD."why_it_matters", 'learning_points_json', OLD."learning_points_json", 'things_to_note', OLD."things_to_note", 'what_to_do', OLD."what_to_do", 'reflective_questions_json', OLD."reflective_questions_json", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'background', NEW."background", 'why_it_matters', NEW."why_it_matters", 'learning_points_json', NEW."learning_points_json", 'things_to_note', NEW."things_to_note", 'what_to_do', NEW."what_to_do", 'reflective_questions_json', NEW."reflective_questions_json", 'updated_at', NEW."updated_at"));
    END;

CREATE TRIGGER audit_characteristic_delete AFTER DELETE ON characteristic WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'characteristic', OLD.id, 'delete', json_object('id', OLD."id", 'person_id', OLD."person_id", 'characteristic', OLD."characteristic", 'state', OLD."state", 'value_option_id', OLD."value_option_id", 'value_write_in', OLD."value_write_in", 'reason', OLD."reason", 'source', OLD."source", 'list_version', OLD."list_version", 'value_label', OLD."value_label", 'detail', OLD."detail"), NULL);
    END;

CREATE TRIGGER audit_characteristic_insert AFTER INSERT ON characteristic WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'characteristic', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'person_id', NEW."person_id", 'characteristic', NEW."characteristic", 'state', NEW."state", 'value_option_id', NEW."value_option_id", 'value_write_in', NEW."value_write_in", 'reason', NEW."reason", 'source', NEW."source", 'list_version', NEW."list_version", 'value_label', NEW."value_label", 'detail', NEW."detail"));
    END;

CREATE TRIGGER audit_characteristic_update AFTER UPDATE ON characteristic WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'characteristic', OLD.id, 'update', json_object('id', OLD."id", 'person_id', OLD."person_id", 'characteristic', OLD."characteristic", 'state', OLD."state", 'value_option_id', OLD."value_option_id", 'value_write_in', OLD."value_write_in", 'reason', OLD."reason", 'source', OLD."source", 'list_version', OLD."list_version", 'value_label', OLD."value_label", 'detail', OLD."detail"), json_object('id', NEW."id", 'person_id', NEW."person_id", 'characteristic', NEW."characteristic", 'state', NEW."state", 'value_option_id', NEW."value_option_id", 'value_write_in', NEW."value_write_in", 'reason', NEW."reason", 'source', NEW."source", 'list_version', NEW."list_version", 'value_label', NEW."value_label", 'detail', NEW."detail"));
    END;

CREATE TRIGGER audit_column_mapping_delete AFTER DELETE ON column_mapping WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'column_mapping', OLD.id, 'delete', json_object('id', OLD."id", 'agency_id', OLD."agency_id", 'mapping_json', OLD."mapping_json", 'updated_at', OLD."updated_at"), NULL);
    END;

CREATE TRIGGER audit_column_mapping_insert AFTER INSERT ON column_mapping WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'column_mapping', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'agency_id', NEW."agency_id", 'mapping_json', NEW."mapping_json", 'updated_at', NEW."updated_at"));
    END;

CREATE TRIGGER audit_column_mapping_update AFTER UPDATE ON column_mapping WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'column_mapping', OLD.id, 'update', json_object('id', OLD."id", 'agency_id', OLD."agency_id", 'mapping_json', OLD."mapping_json", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'agency_id', NEW."agency_id", 'mapping_json', NEW."mapping_json", 'updated_at', NEW."updated_at"));
    END;

CREATE TRIGGER audit_duplicate_candidate_delete AFTER DELETE ON duplicate_candidate WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'duplicate_candidate', OLD.id, 'delete', json_object('id', OLD."id", 'entry_a', OLD."entry_a", 'entry_b', OLD."entry_b", 'score', OLD."score", 'reason', OLD."reason", 'status', OLD."status", 'decided_at', OLD."decided_at"), NULL);
    END;

CREATE TRIGGER audit_duplicate_candidate_insert AFTER INSERT ON duplicate_candidate WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'duplicate_candidate', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'entry_a', NEW."entry_a", 'entry_b', NEW."entry_b", 'score', NEW."score", 'reason', NEW."reason", 'status', NEW."status", 'decided_at', NEW."decided_at"));
    END;

CREATE TRIGGER audit_duplicate_candidate_update AFTER UPDATE ON duplicate_candidate WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'duplicate_candidate', OLD.id, 'update', json_object('id', OLD."id", 'entry_a', OLD."entry_a", 'entry_b', OLD."entry_b", 'score', OLD."score", 'reason', OLD."reason", 'status', OLD."status", 'decided_at', OLD."decided_at"), json_object('id', NEW."id", 'entry_a', NEW."entry_a", 'entry_b', NEW."entry_b", 'score', NEW."score", 'reason', NEW."reason", 'status', NEW."status", 'decided_at', NEW."decided_at"));
    END;

CREATE TRIGGER audit_entry_child_contact_delete AFTER DELETE ON entry_child_contact WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'entry_child_contact', OLD.id, 'delete', json_object('id', OLD."id", 'entry_id', OLD."entry_id", 'person_id', OLD."person_id", 'seen', OLD."seen", 'seen_alone', OLD."seen_alone", 'spoken_to', OLD."spoken_to", 'views_recorded', OLD."views_recorded"), NULL);
    END;

CREATE TRIGGER audit_entry_child_contact_insert AFTER INSERT ON entry_child_contact WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'entry_child_contact', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'entry_id', NEW."entry_id", 'person_id', NEW."person_id", 'seen', NEW."seen", 'seen_alone', NEW."seen_alone", 'spoken_to', NEW."spoken_to", 'views_recorded', NEW."views_recorded"));
    END;

CREATE TRIGGER audit_entry_child_contact_update AFTER UPDATE ON entry_child_contact WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'entry_child_contact', OLD.id, 'update', json_object('id', OLD."id", 'entry_id', OLD."entry_id", 'person_id', OLD."person_id", 'seen', OLD."seen", 'seen_alone', OLD."seen_alone", 'spoken_to', OLD."spoken_to", 'views_recorded', OLD."views_recorded"), json_object('id', NEW."id", 'entry_id', NEW."entry_id", 'person_id', NEW."person_id", 'seen', NEW."seen", 'seen_alone', NEW."seen_alone", 'spoken_to', NEW."spoken_to", 'views_recorded', NEW."views_recorded"));
    END;

CREATE TRIGGER audit_entry_delete AFTER DELETE ON entry WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'entry', OLD.id, 'delete', json_object('id', OLD."id", 'date_original', OLD."date_original", 'date_edtf', OLD."date_edtf", 'date_earliest', OLD."date_earliest", 'date_latest', OLD."date_latest", 'date_precision', OLD."date_precision", 'date_approximate', OLD."date_approximate", 'date_uncertain', OLD."date_uncertain", 'time', OLD."time", 'end_original', OLD."end_original", 'end_edtf', OLD."end_edtf", 'end_earliest', OLD."end_earliest", 'end_latest', OLD."end_latest", 'end_precision', OLD."end_precision", 'end_approximate', OLD."end_approximate", 'end_uncertain', OLD."end_uncertain", 'agency_id', OLD."agency_id", 'source_document', OLD."source_document", 'source_role', OLD."source_role", 'source_reference', OLD."source_reference", 'event_type_id', OLD."event_type_id", 'summary', OLD."summary", 'action_taken', OLD."action_taken", 'outcome', OLD."outcome", 'analysis', OLD."analysis", 'significance', OLD."significance", 'import_id', OLD."import_id", 'source_sheet', OLD."source_sheet", 'source_row', OLD."source_row", 'merged_into', OLD."merged_into", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'location', OLD."location", 'risk_tool', OLD."risk_tool", 'risk_level', OLD."risk_level"), NULL);
    END;

CREATE TRIGGER audit_entry_extra_field_delete AFTER DELETE ON entry_extra_field WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'entry_extra_field', OLD.id, 'delete', json_object('id', OLD."id", 'entry_id', OLD."entry_id", 'position', OLD."position", 'name', OLD."name", 'value', OLD."value", 'raw', OLD."raw"), NULL);
    END;

CREATE TRIGGER audit_entry_extra_field_insert AFTER INSERT ON entry_extra_field WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'entry_extra_field', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'entry_id', NEW."entry_id", 'position', NEW."position", 'name', NEW."name", 'value', NEW."value", 'raw', NEW."raw"));
    END;

CREATE TRIGGER audit_entry_extra_field_update AFTER UPDATE ON entry_extra_field WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'entry_extra_field', OLD.id, 'update', json_object('id', OLD."id", 'entry_id', OLD."entry_id", 'position', OLD."position", 'name', OLD."name", 'value', OLD."value", 'raw', OLD."raw"), json_object('id', NEW."id", 'entry_id', NEW."entry_id", 'position', NEW."position", 'name', NEW."name", 'value', NEW."value", 'raw', NEW."raw"));
    END;

CREATE TRIGGER audit_entry_insert AFTER INSERT ON entry WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'entry', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'date_original', NEW."date_original", 'date_edtf', NEW."date_edtf", 'date_earliest', NEW."date_earliest", 'date_latest', NEW."date_latest", 'date_precision', NEW."date_precision", 'date_approximate', NEW."date_approximate", 'date_uncertain', NEW."date_uncertain", 'time', NEW."time", 'end_original', NEW."end_original", 'end_edtf', NEW."end_edtf", 'end_earliest', NEW."end_earliest", 'end_latest', NEW."end_latest", 'end_precision', NEW."end_precision", 'end_approximate', NEW."end_approximate", 'end_uncertain', NEW."end_uncertain", 'agency_id', NEW."agency_id", 'source_document', NEW."source_document", 'source_role', NEW."source_role", 'source_reference', NEW."source_reference", 'event_type_id', NEW."event_type_id", 'summary', NEW."summary", 'action_taken', NEW."action_taken", 'outcome', NEW."outcome", 'analysis', NEW."analysis", 'significance', NEW."significance", 'import_id', NEW."import_id", 'source_sheet', NEW."source_sheet", 'source_row', NEW."source_row", 'merged_into', NEW."merged_into", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'location', NEW."location", 'risk_tool', NEW."risk_tool", 'risk_level', NEW."risk_level"));
    END;

CREATE TRIGGER audit_entry_label_delete AFTER DELETE ON entry_label WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'entry_label', OLD.id, 'delete', json_object('id', OLD."id", 'entry_id', OLD."entry_id", 'label', OLD."label"), NULL);
    END;

CREATE TRIGGER audit_entry_label_insert AFTER INSERT ON entry_label WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'entry_label', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'entry_id', NEW."entry_id", 'label', NEW."label"));
    END;

CREATE TRIGGER audit_entry_label_update AFTER UPDATE ON entry_label WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'entry_label', OLD.id, 'update', json_object('id', OLD."id", 'entry_id', OLD."entry_id", 'label', OLD."label"), json_object('id', NEW."id", 'entry_id', NEW."entry_id", 'label', NEW."label"));
    END;

CREATE TRIGGER audit_entry_person_delete AFTER DELETE ON entry_person WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'entry_person', OLD.id, 'delete', json_object('id', OLD."id", 'entry_id', OLD."entry_id", 'person_id', OLD."person_id", 'role', OLD."role"), NULL);
    END;

CREATE TRIGGER audit_entry_person_insert AFTER INSERT ON entry_person WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'entry_person', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'entry_id', NEW."entry_id", 'person_id', NEW."person_id", 'role', NEW."role"));
    END;

CREATE TRIGGER audit_entry_person_update AFTER UPDATE ON entry_person WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'entry_person', OLD.id, 'update', json_object('id', OLD."id", 'entry_id', OLD."entry_id", 'person_id', OLD."person_id", 'role', OLD."role"), json_object('id', NEW."id", 'entry_id', NEW."entry_id", 'person_id', NEW."person_id", 'role', NEW."role"));
    END;

CREATE TRIGGER audit_entry_shared_with_delete AFTER DELETE ON entry_shared_with WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'entry_shared_with', OLD.id, 'delete', json_object('id', OLD."id", 'entry_id', OLD."entry_id", 'agency_id', OLD."agency_id", 'when_original', OLD."when_original", 'when_edtf', OLD."when_edtf", 'when_earliest', OLD."when_earliest", 'when_latest', OLD."when_latest", 'when_precision', OLD."when_precision", 'when_approximate', OLD."when_approximate", 'when_uncertain', OLD."when_uncertain", 'how', OLD."how"), NULL);
    END;

CREATE TRIGGER audit_entry_shared_with_insert AFTER INSERT ON entry_shared_with WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'entry_shared_with', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'entry_id', NEW."entry_id", 'agency_id', NEW."agency_id", 'when_original', NEW."when_original", 'when_edtf', NEW."when_edtf", 'when_earliest', NEW."when_earliest", 'when_latest', NEW."when_latest", 'when_precision', NEW."when_precision", 'when_approximate', NEW."when_approximate", 'when_uncertain', NEW."when_uncertain", 'how', NEW."how"));
    END;

CREATE TRIGGER audit_entry_shared_with_update AFTER UPDATE ON entry_shared_with WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'entry_shared_with', OLD.id, 'update', json_object('id', OLD."id", 'entry_id', OLD."entry_id", 'agency_id', OLD."agency_id", 'when_original', OLD."when_original", 'when_edtf', OLD."when_edtf", 'when_earliest', OLD."when_earliest", 'when_latest', OLD."when_latest", 'when_precision', OLD."when_precision", 'when_approximate', OLD."when_approximate", 'when_uncertain', OLD."when_uncertain", 'how', OLD."how"), json_object('id', NEW."id", 'entry_id', NEW."entry_id", 'agency_id', NEW."agency_id", 'when_original', NEW."when_original", 'when_edtf', NEW."when_edtf", 'when_earliest', NEW."when_earliest", 'when_latest', NEW."when_latest", 'when_precision', NEW."when_precision", 'when_approximate', NEW."when_approximate", 'when_uncertain', NEW."when_uncertain", 'how', NEW."how"));
    END;

CREATE TRIGGER audit_entry_tag_delete AFTER DELETE ON entry_tag WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'entry_tag', OLD.id, 'delete', json_object('id', OLD."id", 'entry_id', OLD."entry_id", 'taxonomy_version_id', OLD."taxonomy_version_id", 'term_id', OLD."term_id", 'direction', OLD."direction"), NULL);
    END;

CREATE TRIGGER audit_entry_tag_insert AFTER INSERT ON entry_tag WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'entry_tag', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'entry_id', NEW."entry_id", 'taxonomy_version_id', NEW."taxonomy_version_id", 'term_id', NEW."term_id", 'direction', NEW."direction"));
    END;

CREATE TRIGGER audit_entry_tag_update AFTER UPDATE ON entry_tag WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'entry_tag', OLD.id, 'update', json_object('id', OLD."id", 'entry_id', OLD."entry_id", 'taxonomy_version_id', OLD."taxonomy_version_id", 'term_id', OLD."term_id", 'direction', OLD."direction"), json_object('id', NEW."id", 'entry_id', NEW."entry_id", 'taxonomy_version_id', NEW."taxonomy_version_id", 'term_id', NEW."term_id", 'direction', NEW."direction"));
    END;

CREATE TRIGGER audit_entry_update AFTER UPDATE ON entry WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'entry', OLD.id, 'update', json_object('id', OLD."id", 'date_original', OLD."date_original", 'date_edtf', OLD."date_edtf", 'date_earliest', OLD."date_earliest", 'date_latest', OLD."date_latest", 'date_precision', OLD."date_precision", 'date_approximate', OLD."date_approximate", 'date_uncertain', OLD."date_uncertain", 'time', OLD."time", 'end_original', OLD."end_original", 'end_edtf', OLD."end_edtf", 'end_earliest', OLD."end_earliest", 'end_latest', OLD."end_latest", 'end_precision', OLD."end_precision", 'end_approximate', OLD."end_approximate", 'end_uncertain', OLD."end_uncertain", 'agency_id', OLD."agency_id", 'source_document', OLD."source_document", 'source_role', OLD."source_role", 'source_reference', OLD."source_reference", 'event_type_id', OLD."event_type_id", 'summary', OLD."summary", 'action_taken', OLD."action_taken", 'outcome', OLD."outcome", 'analysis', OLD."analysis", 'significance', OLD."significance", 'import_id', OLD."import_id", 'source_sheet', OLD."source_sheet", 'source_row', OLD."source_row", 'merged_into', OLD."merged_into", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'location', OLD."location", 'risk_tool', OLD."risk_tool", 'risk_level', OLD."risk_level"), json_object('id', NEW."id", 'date_original', NEW."date_original", 'date_edtf', NEW."date_edtf", 'date_earliest', NEW."date_earliest", 'date_latest', NEW."date_latest", 'date_precision', NEW."date_precision", 'date_approximate', NEW."date_approximate", 'date_uncertain', NEW."date_uncertain", 'time', NEW."time", 'end_original', NEW."end_original", 'end_edtf', NEW."end_edtf", 'end_earliest', NEW."end_earliest", 'end_latest', NEW."end_latest", 'end_precision', NEW."end_precision", 'end_approximate', NEW."end_approximate", 'end_uncertain', NEW."end_uncertain", 'agency_id', NEW."agency_id", 'source_document', NEW."source_document", 'source_role', NEW."source_role", 'source_reference', NEW."source_reference", 'event_type_id', NEW."event_type_id", 'summary', NEW."summary", 'action_taken', NEW."action_taken", 'outcome', NEW."outcome", 'analysis', NEW."analysis", 'significance', NEW."significance", 'import_id', NEW."import_id", 'source_sheet', NEW."source_sheet", 'source_row', NEW."source_row", 'merged_into', NEW."merged_into", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'location', NEW."location", 'risk_tool', NEW."risk_tool", 'risk_level', NEW."risk_level"));
    END;

CREATE TRIGGER audit_episode_delete AFTER DELETE ON episode WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'episode', OLD.id, 'delete', json_object('id', OLD."id", 'title', OLD."title", 'period_from_json', OLD."period_from_json", 'period_to_json', OLD."period_to_json", 'period_earliest', OLD."period_earliest", 'period_latest', OLD."period_latest", 'analysis', OLD."analysis", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL);
    END;

CREATE TRIGGER audit_episode_entry_delete AFTER DELETE ON episode_entry WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'episode_entry', OLD.id, 'delete', json_object('id', OLD."id", 'episode_id', OLD."episode_id", 'entry_id', OLD."entry_id"), NULL);
    END;

CREATE TRIGGER audit_episode_entry_insert AFTER INSERT ON episode_entry WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'episode_entry', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'episode_id', NEW."episode_id", 'entry_id', NEW."entry_id"));
    END;

CREATE TRIGGER audit_episode_entry_update AFTER UPDATE ON episode_entry WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'episode_entry', OLD.id, 'update', json_object('id', OLD."id", 'episode_id', OLD."episode_id", 'entry_id', OLD."entry_id"), json_object('id', NEW."id", 'episode_id', NEW."episode_id", 'entry_id', NEW."entry_id"));
    END;

CREATE TRIGGER audit_episode_insert AFTER INSERT ON episode WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'episode', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'title', NEW."title", 'period_from_json', NEW."period_from_json", 'period_to_json', NEW."period_to_json", 'period_earliest', NEW."period_earliest", 'period_latest', NEW."period_latest", 'analysis', NEW."analysis", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
    END;

CREATE TRIGGER audit_episode_update AFTER UPDATE ON episode WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'episode', OLD.id, 'update', json_object('id', OLD."id", 'title', OLD."title", 'period_from_json', OLD."period_from_json", 'period_to_json', OLD."period_to_json", 'period_earliest', OLD."period_earliest", 'period_latest', OLD."period_latest", 'analysis', OLD."analysis", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'title', NEW."title", 'period_from_json', NEW."period_from_json", 'period_to_json', NEW."period_to_json", 'period_earliest', NEW."period_earliest", 'period_latest', NEW."period_latest", 'analysis', NEW."analysis", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
    END;

CREATE TRIGGER audit_event_type_delete AFTER DELETE ON event_type WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'event_type', OLD.id, 'delete', json_object('id', OLD."id", 'name', OLD."name", 'sort_order', OLD."sort_order"), NULL);
    END;

CREATE TRIGGER audit_event_type_insert AFTER INSERT ON event_type WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'event_type', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'name', NEW."name", 'sort_order', NEW."sort_order"));
    END;

CREATE TRIGGER audit_event_type_update AFTER UPDATE ON event_type WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'event_type', OLD.id, 'update', json_object('id', OLD."id", 'name', OLD."name", 'sort_order', OLD."sort_order"), json_object('id', NEW."id", 'name', NEW."name", 'sort_order', NEW."sort_order"));
    END;

CREATE TRIGGER audit_finding_delete AFTER DELETE ON finding WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'finding', OLD.id, 'delete', json_object('id', OLD."id", 'number', OLD."number", 'title', OLD."title", 'body_json', OLD."body_json", 'type', OLD."type", 'in_briefing', OLD."in_briefing", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL);
    END;

CREATE TRIGGER audit_finding_evidence_delete AFTER DELETE ON finding_evidence WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'finding_evidence', OLD.id, 'delete', json_object('id', OLD."id", 'finding_id', OLD."finding_id", 'entry_id', OLD."entry_id", 'episode_id', OLD."episode_id", 'note', OLD."note"), NULL);
    END;

CREATE TRIGGER audit_finding_evidence_insert AFTER INSERT ON finding_evidence WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'finding_evidence', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'finding_id', NEW."finding_id", 'entry_id', NEW."entry_id", 'episode_id', NEW."episode_id", 'note', NEW."note"));
    END;

CREATE TRIGGER audit_finding_evidence_update AFTER UPDATE ON finding_evidence WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'finding_evidence', OLD.id, 'update', json_object('id', OLD."id", 'finding_id', OLD."finding_id", 'entry_id', OLD."entry_id", 'episode_id', OLD."episode_id", 'note', OLD."note"), json_object('id', NEW."id", 'finding_id', NEW."finding_id", 'entry_id', NEW."entry_id", 'episode_id', NEW."episode_id", 'note', NEW."note"));
    END;

CREATE TRIGGER audit_finding_insert AFTER INSERT ON finding WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'finding', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'number', NEW."number", 'title', NEW."title", 'body_json', NEW."body_json", 'type', NEW."type", 'in_briefing', NEW."in_briefing", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
    END;

CREATE TRIGGER audit_finding_tag_delete AFTER DELETE ON finding_tag WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'finding_tag', OLD.id, 'delete', json_object('id', OLD."id", 'finding_id', OLD."finding_id", 'taxonomy_version_id', OLD."taxonomy_version_id", 'term_id', OLD."term_id", 'direction', OLD."direction"), NULL);
    END;

CREATE TRIGGER audit_finding_tag_insert AFTER INSERT ON finding_tag WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'finding_tag', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'finding_id', NEW."finding_id", 'taxonomy_version_id', NEW."taxonomy_version_id", 'term_id', NEW."term_id", 'direction', NEW."direction"));
    END;

CREATE TRIGGER audit_finding_tag_update AFTER UPDATE ON finding_tag WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'finding_tag', OLD.id, 'update', json_object('id', OLD."id", 'finding_id', OLD."finding_id", 'taxonomy_version_id', OLD."taxonomy_version_id", 'term_id', OLD."term_id", 'direction', OLD."direction"), json_object('id', NEW."id", 'finding_id', NEW."finding_id", 'taxonomy_version_id', NEW."taxonomy_version_id", 'term_id', NEW."term_id", 'direction', NEW."direction"));
    END;

CREATE TRIGGER audit_finding_update AFTER UPDATE ON finding WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'finding', OLD.id, 'update', json_object('id', OLD."id", 'number', OLD."number", 'title', OLD."title", 'body_json', OLD."body_json", 'type', OLD."type", 'in_briefing', OLD."in_briefing", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'number', NEW."number", 'title', NEW."title", 'body_json', NEW."body_json", 'type', NEW."type", 'in_briefing', NEW."in_briefing", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
    END;

CREATE TRIGGER audit_glossary_term_delete AFTER DELETE ON glossary_term WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'glossary_term', OLD.id, 'delete', json_object('id', OLD."id", 'term', OLD."term", 'definition', OLD."definition", 'updated_at', OLD."updated_at"), NULL);
    END;

CREATE TRIGGER audit_glossary_term_insert AFTER INSERT ON glossary_term WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'glossary_term', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'term', NEW."term", 'definition', NEW."definition", 'updated_at', NEW."updated_at"));
    END;

CREATE TRIGGER audit_glossary_term_update AFTER UPDATE ON glossary_term WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'glossary_term', OLD.id, 'update', json_object('id', OLD."id", 'term', OLD."term", 'definition', OLD."definition", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'term', NEW."term", 'definition', NEW."definition", 'updated_at', NEW."updated_at"));
    END;

CREATE TRIGGER audit_household_period_delete AFTER DELETE ON household_period WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'household_period', OLD.id, 'delete', json_object('id', OLD."id", 'person_id', OLD."person_id", 'from_date', OLD."from_date", 'to_date', OLD."to_date"), NULL);
    END;

CREATE TRIGGER audit_household_period_insert AFTER INSERT ON household_period WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'household_period', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'person_id', NEW."person_id", 'from_date', NEW."from_date", 'to_date', NEW."to_date"));
    END;

CREATE TRIGGER audit_household_period_update AFTER UPDATE ON household_period WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'household_period', OLD.id, 'update', json_object('id', OLD."id", 'person_id', OLD."person_id", 'from_date', OLD."from_date", 'to_date', OLD."to_date"), json_object('id', NEW."id", 'person_id', NEW."person_id", 'from_date', NEW."from_date", 'to_date', NEW."to_date"));
    END;

CREATE TRIGGER audit_identifier_delete AFTER DELETE ON identifier WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'identifier', OLD.id, 'delete', json_object('id', OLD."id", 'text', OLD."text", 'kind', OLD."kind"), NULL);
    END;

CREATE TRIGGER audit_identifier_insert AFTER INSERT ON identifier WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'identifier', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'text', NEW."text", 'kind', NEW."kind"));
    END;

CREATE TRIGGER audit_identifier_update AFTER UPDATE ON identifier WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'identifier', OLD.id, 'update', json_object('id', OLD."id", 'text', OLD."text", 'kind', OLD."kind"), json_object('id', NEW."id", 'text', NEW."text", 'kind', NEW."kind"));
    END;

CREATE TRIGGER audit_import_batch_delete AFTER DELETE ON import_batch WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'import_batch', OLD.id, 'delete', json_object('id', OLD."id", 'file_name', OLD."file_name", 'agency_id', OLD."agency_id", 'agency_name', OLD."agency_name", 'format', OLD."format", 'encoding', OLD."encoding", 'delimiter', OLD."delimiter", 'sheet', OLD."sheet", 'header_row', OLD."header_row", 'mapping_json', OLD."mapping_json", 'imported_at', OLD."imported_at", 'actor', OLD."actor", 'imported_count', OLD."imported_count", 'rejected_count', OLD."rejected_count", 'skip_invalid', OLD."skip_invalid", 'new_event_types_json', OLD."new_event_types_json", 'duplicates_json', OLD."duplicates_json", 'fts_pending', OLD."fts_pending", 'columns_json', OLD."columns_json", 'removed_at', OLD."removed_at", 'removed_by', OLD."removed_by", 'removed_group_id', OLD."removed_group_id"), NULL);
    END;

CREATE TRIGGER audit_import_batch_insert AFTER INSERT ON import_batch WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'import_batch', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'file_name', NEW."file_name", 'agency_id', NEW."agency_id", 'agency_name', NEW."agency_name", 'format', NEW."format", 'encoding', NEW."encoding", 'delimiter', NEW."delimiter", 'sheet', NEW."sheet", 'header_row', NEW."header_row", 'mapping_json', NEW."mapping_json", 'imported_at', NEW."imported_at", 'actor', NEW."actor", 'imported_count', NEW."imported_count", 'rejected_count', NEW."rejected_count", 'skip_invalid', NEW."skip_invalid", 'new_event_types_json', NEW."new_event_types_json", 'duplicates_json', NEW."duplicates_json", 'fts_pending', NEW."fts_pending", 'columns_json', NEW."columns_json", 'removed_at', NEW."removed_at", 'removed_by', NEW."removed_by", 'removed_group_id', NEW."removed_group_id"));
    END;

CREATE TRIGGER audit_import_batch_update AFTER UPDATE ON import_batch WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'import_batch', OLD.id, 'update', json_object('id', OLD."id", 'file_name', OLD."file_name", 'agency_id', OLD."agency_id", 'agency_name', OLD."agency_name", 'format', OLD."format", 'encoding', OLD."encoding", 'delimiter', OLD."delimiter", 'sheet', OLD."sheet", 'header_row', OLD."header_row", 'mapping_json', OLD."mapping_json", 'imported_at', OLD."imported_at", 'actor', OLD."actor", 'imported_count', OLD."imported_count", 'rejected_count', OLD."rejected_count", 'skip_invalid', OLD."skip_invalid", 'new_event_types_json', OLD."new_event_types_json", 'duplicates_json', OLD."duplicates_json", 'fts_pending', OLD."fts_pending", 'columns_json', OLD."columns_json", 'removed_at', OLD."removed_at", 'removed_by', OLD."removed_by", 'removed_group_id', OLD."removed_group_id"), json_object('id', NEW."id", 'file_name', NEW."file_name", 'agency_id', NEW."agency_id", 'agency_name', NEW."agency_name", 'format', NEW."format", 'encoding', NEW."encoding", 'delimiter', NEW."delimiter", 'sheet', NEW."sheet", 'header_row', NEW."header_row", 'mapping_json', NEW."mapping_json", 'imported_at', NEW."imported_at", 'actor', NEW."actor", 'imported_count', NEW."imported_count", 'rejected_count', NEW."rejected_count", 'skip_invalid', NEW."skip_invalid", 'new_event_types_json', NEW."new_event_types_json", 'duplicates_json', NEW."duplicates_json", 'fts_pending', NEW."fts_pending", 'columns_json', NEW."columns_json", 'removed_at', NEW."removed_at", 'removed_by', NEW."removed_by", 'removed_group_id', NEW."removed_group_id"));
    END;

CREATE TRIGGER audit_import_rejected_row_delete AFTER DELETE ON import_rejected_row WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'import_rejected_row', OLD.id, 'delete', json_object('id', OLD."id", 'import_id', OLD."import_id", 'source_row', OLD."source_row", 'column_name', OLD."column_name", 'field', OLD."field", 'reason', OLD."reason", 'raw', OLD."raw"), NULL);
    END;

CREATE TRIGGER audit_import_rejected_row_insert AFTER INSERT ON import_rejected_row WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'import_rejected_row', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'import_id', NEW."import_id", 'source_row', NEW."source_row", 'column_name', NEW."column_name", 'field', NEW."field", 'reason', NEW."reason", 'raw', NEW."raw"));
    END;

CREATE TRIGGER audit_import_rejected_row_update AFTER UPDATE ON import_rejected_row WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'import_rejected_row', OLD.id, 'update', json_object('id', OLD."id", 'import_id', OLD."import_id", 'source_row', OLD."source_row", 'column_name', OLD."column_name", 'field', OLD."field", 'reason', OLD."reason", 'raw', OLD."raw"), json_object('id', NEW."id", 'import_id', NEW."import_id", 'source_row', NEW."source_row", 'column_name', NEW."column_name", 'field', NEW."field", 'reason', NEW."reason", 'raw', NEW."raw"));
    END;

CREATE TRIGGER audit_insight_dismissal_delete AFTER DELETE ON insight_dismissal WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'insight_dismissal', OLD.id, 'delete', json_object('id', OLD."id", 'rule_id', OLD."rule_id", 'title', OLD."title", 'evidence_json', OLD."evidence_json", 'reason', OLD."reason", 'dismissed_at', OLD."dismissed_at", 'dismissed_by', OLD."dismissed_by", 'restored_at', OLD."restored_at", 'restored_by', OLD."restored_by"), NULL);
    END;

CREATE TRIGGER audit_insight_dismissal_insert AFTER INSERT ON insight_dismissal WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'insight_dismissal', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'rule_id', NEW."rule_id", 'title', NEW."title", 'evidence_json', NEW."evidence_json", 'reason', NEW."reason", 'dismissed_at', NEW."dismissed_at", 'dismissed_by', NEW."dismissed_by", 'restored_at', NEW."restored_at", 'restored_by', NEW."restored_by"));
    END;

CREATE TRIGGER audit_insight_dismissal_update AFTER UPDATE ON insight_dismissal WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'insight_dismissal', OLD.id, 'update', json_object('id', OLD."id", 'rule_id', OLD."rule_id", 'title', OLD."title", 'evidence_json', OLD."evidence_json", 'reason', OLD."reason", 'dismissed_at', OLD."dismissed_at", 'dismissed_by', OLD."dismissed_by", 'restored_at', OLD."restored_at", 'restored_by', OLD."restored_by"), json_object('id', NEW."id", 'rule_id', NEW."rule_id", 'title', NEW."title", 'evidence_json', NEW."evidence_json", 'reason', NEW."reason", 'dismissed_at', NEW."dismissed_at", 'dismissed_by', NEW."dismissed_by", 'restored_at', NEW."restored_at", 'restored_by', NEW."restored_by"));
    END;

CREATE TRIGGER audit_insight_false_match_delete AFTER DELETE ON insight_false_match WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'insight_false_match', OLD.id, 'delete', json_object('id', OLD."id", 'rule_id', OLD."rule_id", 'entry_id', OLD."entry_id", 'words_json', OLD."words_json", 'reason', OLD."reason", 'marked_at', OLD."marked_at", 'marked_by', OLD."marked_by", 'restored_at', OLD."restored_at", 'restored_by', OLD."restored_by"), NULL);
    END;

CREATE TRIGGER audit_insight_false_match_insert AFTER INSERT ON insight_false_match WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'insight_false_match', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'rule_id', NEW."rule_id", 'entry_id', NEW."entry_id", 'words_json', NEW."words_json", 'reason', NEW."reason", 'marked_at', NEW."marked_at", 'marked_by', NEW."marked_by", 'restored_at', NEW."restored_at", 'restored_by', NEW."restored_by"));
    END;

CREATE TRIGGER audit_insight_false_match_update AFTER UPDATE ON insight_false_match WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'insight_false_match', OLD.id, 'update', json_object('id', OLD."id", 'rule_id', OLD."rule_id", 'entry_id', OLD."entry_id", 'words_json', OLD."words_json", 'reason', OLD."reason", 'marked_at', OLD."marked_at", 'marked_by', OLD."marked_by", 'restored_at', OLD."restored_at", 'restored_by', OLD."restored_by"), json_object('id', NEW."id", 'rule_id', NEW."rule_id", 'entry_id', NEW."entry_id", 'words_json', NEW."words_json", 'reason', NEW."reason", 'marked_at', NEW."marked_at", 'marked_by', NEW."marked_by", 'restored_at', NEW."restored_at", 'restored_by', NEW."restored_by"));
    END;

CREATE TRIGGER audit_insight_threshold_override_delete AFTER DELETE ON insight_threshold_override WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'insight_threshold_override', OLD.id, 'delete', json_object('id', OLD."id", 'thresholds_json', OLD."thresholds_json", 'updated_at', OLD."updated_at", 'updated_by', OLD."updated_by"), NULL);
    END;

CREATE TRIGGER audit_insight_threshold_override_insert AFTER INSERT ON insight_threshold_override WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'insight_threshold_override', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'thresholds_json', NEW."thresholds_json", 'updated_at', NEW."updated_at", 'updated_by', NEW."updated_by"));
    END;

CREATE TRIGGER audit_insight_threshold_override_update AFTER UPDATE ON insight_threshold_override WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'insight_threshold_override', OLD.id, 'update', json_object('id', OLD."id", 'thresholds_json', OLD."thresholds_json", 'updated_at', OLD."updated_at", 'updated_by', OLD."updated_by"), json_object('id', NEW."id", 'thresholds_json', NEW."thresholds_json", 'updated_at', NEW."updated_at", 'updated_by', NEW."updated_by"));
    END;

CREATE TRIGGER audit_name_warning_dismissal_delete AFTER DELETE ON name_warning_dismissal WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'name_warning_dismissal', OLD.id, 'delete', json_object('id', OLD."id", 'name_key', OLD."name_key", 'name', OLD."name", 'dismissed_at', OLD."dismissed_at", 'dismissed_by', OLD."dismissed_by"), NULL);
    END;

CREATE TRIGGER audit_name_warning_dismissal_insert AFTER INSERT ON name_warning_dismissal WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'name_warning_dismissal', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'name_key', NEW."name_key", 'name', NEW."name", 'dismissed_at', NEW."dismissed_at", 'dismissed_by', NEW."dismissed_by"));
    END;

CREATE TRIGGER audit_name_warning_dismissal_update AFTER UPDATE ON name_warning_dismissal WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'name_warning_dismissal', OLD.id, 'update', json_object('id', OLD."id", 'name_key', OLD."name_key", 'name', OLD."name", 'dismissed_at', OLD."dismissed_at", 'dismissed_by', OLD."dismissed_by"), json_object('id', NEW."id", 'name_key', NEW."name_key", 'name', NEW."name", 'dismissed_at', NEW."dismissed_at", 'dismissed_by', NEW."dismissed_by"));
    END;

CREATE TRIGGER audit_panel_member_delete AFTER DELETE ON panel_member WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'panel_member', OLD.id, 'delete', json_object('id', OLD."id", 'position', OLD."position", 'name', OLD."name", 'role', OLD."role", 'agency', OLD."agency", 'independence_note', OLD."independence_note", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL);
    END;

CREATE TRIGGER audit_panel_member_insert AFTER INSERT ON panel_member WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'panel_member', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'position', NEW."position", 'name', NEW."name", 'role', NEW."role", 'agency', NEW."agency", 'independence_note', NEW."independence_note", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
    END;

CREATE TRIGGER audit_panel_member_update AFTER UPDATE ON panel_member WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'panel_member', OLD.id, 'update', json_object('id', OLD."id", 'position', OLD."position", 'name', OLD."name", 'role', OLD."role", 'agency', OLD."agency", 'independence_note', OLD."independence_note", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'position', NEW."position", 'name', NEW."name", 'role', NEW."role", 'agency', NEW."agency", 'independence_note', NEW."independence_note", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
    END;

CREATE TRIGGER audit_person_agency_delete AFTER DELETE ON person_agency WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'person_agency', OLD.id, 'delete', json_object('id', OLD."id", 'person_id', OLD."person_id", 'agency', OLD."agency"), NULL);
    END;

CREATE TRIGGER audit_person_agency_insert AFTER INSERT ON person_agency WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'person_agency', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'person_id', NEW."person_id", 'agency', NEW."agency"));
    END;

CREATE TRIGGER audit_person_agency_update AFTER UPDATE ON person_agency WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'person_agency', OLD.id, 'update', json_object('id', OLD."id", 'person_id', OLD."person_id", 'agency', OLD."agency"), json_object('id', NEW."id", 'person_id', NEW."person_id", 'agency', NEW."agency"));
    END;

CREATE TRIGGER audit_person_alias_delete AFTER DELETE ON person_alias WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'person_alias', OLD.id, 'delete', json_object('id', OLD."id", 'person_id', OLD."person_id", 'alias', OLD."alias"), NULL);
    END;

CREATE TRIGGER audit_person_alias_insert AFTER INSERT ON person_alias WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'person_alias', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'person_id', NEW."person_id", 'alias', NEW."alias"));
    END;

CREATE TRIGGER audit_person_alias_update AFTER UPDATE ON person_alias WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'person_alias', OLD.id, 'update', json_object('id', OLD."id", 'person_id', OLD."person_id", 'alias', OLD."alias"), json_object('id', NEW."id", 'person_id', NEW."person_id", 'alias', NEW."alias"));
    END;

CREATE TRIGGER audit_person_delete AFTER DELETE ON person WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'person', OLD.id, 'delete', json_object('id', OLD."id", 'real_name', OLD."real_name", 'pseudonym', OLD."pseudonym", 'category', OLD."category", 'role', OLD."role", 'relationship_to_child', OLD."relationship_to_child", 'date_of_birth', OLD."date_of_birth", 'sort_order', OLD."sort_order", 'created_at', OLD."created_at"), NULL);
    END;

CREATE TRIGGER audit_person_insert AFTER INSERT ON person WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'person', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'real_name', NEW."real_name", 'pseudonym', NEW."pseudonym", 'category', NEW."category", 'role', NEW."role", 'relationship_to_child', NEW."relationship_to_child", 'date_of_birth', NEW."date_of_birth", 'sort_order', NEW."sort_order", 'created_at', NEW."created_at"));
    END;

CREATE TRIGGER audit_person_update AFTER UPDATE ON person WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'person', OLD.id, 'update', json_object('id', OLD."id", 'real_name', OLD."real_name", 'pseudonym', OLD."pseudonym", 'category', OLD."category", 'role', OLD."role", 'relationship_to_child', OLD."relationship_to_child", 'date_of_birth', OLD."date_of_birth", 'sort_order', OLD."sort_order", 'created_at', OLD."created_at"), json_object('id', NEW."id", 'real_name', NEW."real_name", 'pseudonym', NEW."pseudonym", 'category', NEW."category", 'role', NEW."role", 'relationship_to_child', NEW."relationship_to_child", 'date_of_birth', NEW."date_of_birth", 'sort_order', NEW."sort_order", 'created_at', NEW."created_at"));
    END;

CREATE TRIGGER audit_recommendation_delete AFTER DELETE ON recommendation WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'recommendation', OLD.id, 'delete', json_object('id', OLD."id", 'number', OLD."number", 'text', OLD."text", 'owner_agency', OLD."owner_agency", 'success_measure', OLD."success_measure", 'due_date', OLD."due_date", 'priority', OLD."priority", 'status', OLD."status", 'board_response', OLD."board_response", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL);
    END;

CREATE TRIGGER audit_recommendation_finding_delete AFTER DELETE ON recommendation_finding WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'recommendation_finding', OLD.id, 'delete', json_object('id', OLD."id", 'recommendation_id', OLD."recommendation_id", 'finding_id', OLD."finding_id"), NULL);
    END;

CREATE TRIGGER audit_recommendation_finding_insert AFTER INSERT ON recommendation_finding WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'recommendation_finding', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'recommendation_id', NEW."recommendation_id", 'finding_id', NEW."finding_id"));
    END;

CREATE TRIGGER audit_recommendation_finding_update AFTER UPDATE ON recommendation_finding WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'recommendation_finding', OLD.id, 'update', json_object('id', OLD."id", 'recommendation_id', OLD."recommendation_id", 'finding_id', OLD."finding_id"), json_object('id', NEW."id", 'recommendation_id', NEW."recommendation_id", 'finding_id', NEW."finding_id"));
    END;

CREATE TRIGGER audit_recommendation_insert AFTER INSERT ON recommendation WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'recommendation', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'number', NEW."number", 'text', NEW."text", 'owner_agency', NEW."owner_agency", 'success_measure', NEW."success_measure", 'due_date', NEW."due_date", 'priority', NEW."priority", 'status', NEW."status", 'board_response', NEW."board_response", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
    END;

CREATE TRIGGER audit_recommendation_update AFTER UPDATE ON recommendation WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'recommendation', OLD.id, 'update', json_object('id', OLD."id", 'number', OLD."number", 'text', OLD."text", 'owner_agency', OLD."owner_agency", 'success_measure', OLD."success_measure", 'due_date', OLD."due_date", 'priority', OLD."priority", 'status', OLD."status", 'board_response', OLD."board_response", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'number', NEW."number", 'text', NEW."text", 'owner_agency', NEW."owner_agency", 'success_measure', NEW."success_measure", 'due_date', NEW."due_date", 'priority', NEW."priority", 'status', NEW."status", 'board_response', NEW."board_response", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
    END;

CREATE TRIGGER audit_relationship_delete AFTER DELETE ON relationship WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'relationship', OLD.id, 'delete', json_object('id', OLD."id", 'from_person_id', OLD."from_person_id", 'to_person_id', OLD."to_person_id", 'kind', OLD."kind", 'from_date', OLD."from_date", 'to_date', OLD."to_date", 'note', OLD."note"), NULL);
    END;

CREATE TRIGGER audit_relationship_insert AFTER INSERT ON relationship WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'relationship', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'from_person_id', NEW."from_person_id", 'to_person_id', NEW."to_person_id", 'kind', NEW."kind", 'from_date', NEW."from_date", 'to_date', NEW."to_date", 'note', NEW."note"));
    END;

CREATE TRIGGER audit_relationship_update AFTER UPDATE ON relationship WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'relationship', OLD.id, 'update', json_object('id', OLD."id", 'from_person_id', OLD."from_person_id", 'to_person_id', OLD."to_person_id", 'kind', OLD."kind", 'from_date', OLD."from_date", 'to_date', OLD."to_date", 'note', OLD."note"), json_object('id', NEW."id", 'from_person_id', NEW."from_person_id", 'to_person_id', NEW."to_person_id", 'kind', NEW."kind", 'from_date', NEW."from_date", 'to_date', NEW."to_date", 'note', NEW."note"));
    END;

CREATE TRIGGER audit_report_section_delete AFTER DELETE ON report_section WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'report_section', OLD.id, 'delete', json_object('id', OLD."id", 'section_key', OLD."section_key", 'body_json', OLD."body_json", 'updated_at', OLD."updated_at"), NULL);
    END;

CREATE TRIGGER audit_report_section_insert AFTER INSERT ON report_section WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'report_section', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'section_key', NEW."section_key", 'body_json', NEW."body_json", 'updated_at', NEW."updated_at"));
    END;

CREATE TRIGGER audit_report_section_update AFTER UPDATE ON report_section WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'report_section', OLD.id, 'update', json_object('id', OLD."id", 'section_key', OLD."section_key", 'body_json', OLD."body_json", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'section_key', NEW."section_key", 'body_json', NEW."body_json", 'updated_at', NEW."updated_at"));
    END;

CREATE TRIGGER audit_report_setting_delete AFTER DELETE ON report_setting WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'report_setting', OLD.id, 'delete', json_object('id', OLD."id", 'template_id', OLD."template_id", 'briefing_template_id', OLD."briefing_template_id", 'updated_at', OLD."updated_at"), NULL);
    END;

CREATE TRIGGER audit_report_setting_insert AFTER INSERT ON report_setting WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'report_setting', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'template_id', NEW."template_id", 'briefing_template_id', NEW."briefing_template_id", 'updated_at', NEW."updated_at"));
    END;

CREATE TRIGGER audit_report_setting_update AFTER UPDATE ON report_setting WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'report_setting', OLD.id, 'update', json_object('id', OLD."id", 'template_id', OLD."template_id", 'briefing_template_id', OLD."briefing_template_id", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'template_id', NEW."template_id", 'briefing_template_id', NEW."briefing_template_id", 'updated_at', NEW."updated_at"));
    END;

CREATE TRIGGER audit_review_delete AFTER DELETE ON review WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'review', OLD.id, 'delete', json_object('id', OLD."id", 'title', OLD."title", 'kind', OLD."kind", 'partnership', OLD."partnership", 'author', OLD."author", 'status', OLD."status", 'scope_start', OLD."scope_start", 'scope_end', OLD."scope_end", 'terms_of_reference_json', OLD."terms_of_reference_json", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL);
    END;

CREATE TRIGGER audit_review_insert AFTER INSERT ON review WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'review', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'title', NEW."title", 'kind', NEW."kind", 'partnership', NEW."partnership", 'author', NEW."author", 'status', NEW."status", 'scope_start', NEW."scope_start", 'scope_end', NEW."scope_end", 'terms_of_reference_json', NEW."terms_of_reference_json", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
    END;

CREATE TRIGGER audit_review_update AFTER UPDATE ON review WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'review', OLD.id, 'update', json_object('id', OLD."id", 'title', OLD."title", 'kind', OLD."kind", 'partnership', OLD."partnership", 'author', OLD."author", 'status', OLD."status", 'scope_start', OLD."scope_start", 'scope_end', OLD."scope_end", 'terms_of_reference_json', OLD."terms_of_reference_json", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'title', NEW."title", 'kind', NEW."kind", 'partnership', NEW."partnership", 'author', NEW."author", 'status', NEW."status", 'scope_start', NEW."scope_start", 'scope_end', NEW."scope_end", 'terms_of_reference_json', NEW."terms_of_reference_json", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
    END;

CREATE TRIGGER audit_taxonomy_version_delete AFTER DELETE ON taxonomy_version WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'taxonomy_version', OLD.id, 'delete', json_object('id', OLD."id", 'taxonomy_id', OLD."taxonomy_id", 'version', OLD."version", 'title', OLD."title", 'requires_direction', OLD."requires_direction", 'content_json', OLD."content_json", 'pinned_at', OLD."pinned_at"), NULL);
    END;

CREATE TRIGGER audit_taxonomy_version_insert AFTER INSERT ON taxonomy_version WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'taxonomy_version', NEW.id, 'insert', NULL, json_object('id', NEW."id", 'taxonomy_id', NEW."taxonomy_id", 'version', NEW."version", 'title', NEW."title", 'requires_direction', NEW."requires_direction", 'content_json', NEW."content_json", 'pinned_at', NEW."pinned_at"));
    END;

CREATE TRIGGER audit_taxonomy_version_update AFTER UPDATE ON taxonomy_version WHEN coalesce((SELECT row_audit FROM current_change WHERE id = 1), 1) = 1
    BEGIN
      INSERT INTO audit_log (group_id, table_name, row_key, action, before_json, after_json)
      VALUES ((SELECT group_id FROM current_change WHERE id = 1), 'taxonomy_version', OLD.id, 'update', json_object('id', OLD."id", 'taxonomy_id', OLD."taxonomy_id", 'version', OLD."version", 'title', OLD."title", 'requires_direction', OLD."requires_direction", 'content_json', OLD."content_json", 'pinned_at', OLD."pinned_at"), json_object('id', NEW."id", 'taxonomy_id', NEW."taxonomy_id", 'version', NEW."version", 'title', NEW."title", 'requires_direction', NEW."requires_direction", 'content_json', NEW."content_json", 'pinned_at', NEW."pinned_at"));
    END;

CREATE TRIGGER entry_extra_fts_delete AFTER DELETE ON entry_extra_field BEGIN
        INSERT INTO entry_extra_fts (entry_extra_fts, rowid, name, value) VALUES ('delete', OLD.id, OLD.name, OLD.value);
      END;

CREATE TRIGGER entry_extra_fts_insert AFTER INSERT ON entry_extra_field
      WHEN NOT EXISTS (
        SELECT 1 FROM entry x JOIN import_batch b ON b.id = x.import_id WHERE x.id = NEW.entry_id AND b.fts_pending = 1
      )
      BEGIN
        INSERT INTO entry_extra_fts (rowid, name, value) VALUES (NEW.id, NEW.name, NEW.value);
      END;

CREATE TRIGGER entry_extra_fts_update AFTER UPDATE OF name, value ON entry_extra_field BEGIN
        INSERT INTO entry_extra_fts (entry_extra_fts, rowid, name, value) VALUES ('delete', OLD.id, OLD.name, OLD.value);
        INSERT INTO entry_extra_fts (rowid, name, value) VALUES (NEW.id, NEW.name, NEW.value);
      END;

CREATE TRIGGER entry_fts_delete AFTER DELETE ON entry BEGIN
        INSERT INTO entry_fts (entry_fts, rowid, summary, action_taken, outcome, analysis, source_document, source_role, source_reference)
        VALUES ('delete', OLD.id, OLD.summary, OLD.action_taken, OLD.outcome, OLD.analysis, OLD.source_document, OLD.source_role, OLD.source_reference);
      END;

CREATE TRIGGER entry_fts_insert AFTER INSERT ON entry
      WHEN NEW.import_id IS NULL OR NOT EXISTS (SELECT 1 FROM import_batch b WHERE b.id = NEW.import_id AND b.fts_pending = 1)
      BEGIN
        INSERT INTO entry_fts (rowid, summary, action_taken, outcome, analysis, source_document, source_role, source_reference)
        VALUES (NEW.id, NEW.summary, NEW.action_taken, NEW.outcome, NEW.analysis, NEW.source_document, NEW.source_role, NEW.source_reference);
      END;

CREATE TRIGGER entry_fts_update
      AFTER UPDATE OF summary, action_taken, outcome, analysis, source_document, source_role, source_reference ON entry BEGIN
        INSERT INTO entry_fts (entry_fts, rowid, summary, action_taken, outcome, analysis, source_document, source_role, source_reference)
        VALUES ('delete', OLD.id, OLD.summary, OLD.action_taken, OLD.outcome, OLD.analysis, OLD.source_document, OLD.source_role, OLD.source_reference);
        INSERT INTO entry_fts (rowid, summary, action_taken, outcome, analysis, source_document, source_role, source_reference)
        VALUES (NEW.id, NEW.summary, NEW.action_taken, NEW.outcome, NEW.analysis, NEW.source_document, NEW.source_role, NEW.source_reference);
      END;
