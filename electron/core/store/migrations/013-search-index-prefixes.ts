import type { Migration } from './migration';

/**
 * The full-text indexes keep a prefix index for 3-letter beginnings of words only, no longer for
 * 2-letter ones as well. Every word typed into search is matched as a prefix ("refer" finds
 * "referral"); a prefix index only speeds up a prefix of exactly its length, and the 2-letter one
 * was about a quarter of the cost of indexing an import (20,000 long narratives: 2.2–2.7 s of CPU
 * with both, 1.6–1.7 s with the 3-letter one alone). A 2-letter search still finds the same
 * entries, reading the words that begin so instead: on those 20,000 entries it costs about 2 ms
 * more (p50 17 → 19 ms of CPU, p95 25 → 31 ms for the commonest beginnings); searches of three
 * letters or more are unchanged. Results never depend on the prefix indexes.
 *
 * Both tables are recreated with the same columns, content tables and tokenizer, and rebuilt from
 * their content tables (`entry`, `entry_extra_field`); the triggers that keep them in step name the
 * tables, not their settings, and carry on unchanged.
 */
const migration: Migration = {
  version: 13,
  name: 'search-index-prefixes',
  up(db) {
    db.exec(`
      DROP TABLE entry_fts;
      CREATE VIRTUAL TABLE entry_fts USING fts5 (
        summary, action_taken, outcome, analysis, source_document, source_role, source_reference,
        content = 'entry', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '3'
      );
      INSERT INTO entry_fts (entry_fts) VALUES ('rebuild');

      DROP TABLE entry_extra_fts;
      CREATE VIRTUAL TABLE entry_extra_fts USING fts5 (
        name, value,
        content = 'entry_extra_field', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '3'
      );
      INSERT INTO entry_extra_fts (entry_extra_fts) VALUES ('rebuild');
    `);
  },
};

export default migration;
