import { installAuditTriggers } from '../audit-triggers';
import type { Migration } from './migration';

/**
 * Findings, the taxonomies they are tagged with, recommendations and panel annotations.
 *
 * `taxonomy_version` holds a full copy of each taxonomy version the review uses, so a review
 * opened years later still shows the terms it was tagged with even when the app ships newer
 * versions. Tags point at that copy, never at a file on disk.
 *
 * Evidence and entry tags refer to chronology `entry`/`episode` rows (migration 003) and go with
 * them when they are deleted; the audit triggers record the cascade, so undo brings them back.
 * Annotations outlive the things they comment on (SET NULL): a panel comment is never lost.
 */
const migration: Migration = {
  version: 4,
  name: 'findings',
  up(db) {
    db.exec(`
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
      CREATE INDEX finding_by_number ON finding (number);

      CREATE TABLE finding_tag (
        id INTEGER PRIMARY KEY,
        finding_id INTEGER NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
        taxonomy_version_id INTEGER NOT NULL REFERENCES taxonomy_version (id),
        term_id TEXT NOT NULL,
        direction TEXT CHECK (direction IS NULL OR direction IN ('supports', 'hinders'))
      ) STRICT;
      CREATE UNIQUE INDEX finding_tag_unique
        ON finding_tag (finding_id, taxonomy_version_id, term_id, coalesce(direction, ''));

      CREATE TABLE finding_evidence (
        id INTEGER PRIMARY KEY,
        finding_id INTEGER NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
        entry_id INTEGER REFERENCES entry (id) ON DELETE CASCADE,
        episode_id INTEGER REFERENCES episode (id) ON DELETE CASCADE,
        note TEXT NOT NULL DEFAULT '',
        CHECK ((entry_id IS NULL) <> (episode_id IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX finding_evidence_unique
        ON finding_evidence (finding_id, coalesce(entry_id, 0), coalesce(episode_id, 0));
      CREATE INDEX finding_evidence_by_entry ON finding_evidence (entry_id);
      CREATE INDEX finding_evidence_by_episode ON finding_evidence (episode_id);

      CREATE TABLE entry_tag (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
        taxonomy_version_id INTEGER NOT NULL REFERENCES taxonomy_version (id),
        term_id TEXT NOT NULL,
        direction TEXT CHECK (direction IS NULL OR direction IN ('supports', 'hinders'))
      ) STRICT;
      CREATE UNIQUE INDEX entry_tag_unique
        ON entry_tag (entry_id, taxonomy_version_id, term_id, coalesce(direction, ''));

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
      CREATE UNIQUE INDEX annotation_source_unique
        ON annotation (source_fingerprint, source_comment_id) WHERE source_fingerprint IS NOT NULL;
      CREATE INDEX annotation_by_finding ON annotation (finding_id);
      CREATE INDEX annotation_by_parent ON annotation (parent_id);
    `);
    for (const table of [
      'taxonomy_version',
      'finding',
      'finding_tag',
      'finding_evidence',
      'entry_tag',
      'recommendation',
      'recommendation_finding',
      'annotation',
    ]) {
      installAuditTriggers(db, table);
    }
  },
};

export default migration;
