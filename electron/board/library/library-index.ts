/**
 * The cached library index: one SQLite file in the app's home folder (never beside the reviews)
 * holding each file's digest or refusal, keyed by path, size and modification time. A file whose
 * size or time changed is read again; the index is a cache, so a damaged or outdated index is
 * simply deleted and rebuilt.
 */
import Database from 'better-sqlite3';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RefusedFile, ReviewDigest } from '../../shared/domain/board';
import { sqliteOptions } from '../../core/store/sqlite-options';
import type { FileStamp } from './read-review';

/** Bump when the digest's shape changes: every cached digest is then read again. */
const INDEX_FORMAT = 4;

export type CachedOutcome =
  | { readonly kind: 'review'; readonly digest: ReviewDigest }
  | { readonly kind: 'refused'; readonly refused: RefusedFile };

export interface LibraryIndex {
  readonly db: Database.Database;
  get(path: string, stamp: FileStamp): CachedOutcome | undefined;
  putMany(rows: readonly { readonly path: string; readonly stamp: FileStamp; readonly outcome: CachedOutcome }[]): void;
  close(): void;
}

export function libraryIndexPath(home: string): string {
  return join(home, 'board', 'library-index.sqlite');
}

function openIndexDb(path: string): Database.Database {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, sqliteOptions());
  db.pragma('journal_mode = WAL');
  if ((db.pragma('user_version', { simple: true }) as number) !== INDEX_FORMAT) {
    db.exec(`
      DROP TABLE IF EXISTS library_file;
      DROP TABLE IF EXISTS search_state;
      DROP TABLE IF EXISTS search_doc;
      CREATE TABLE library_file (path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ms REAL NOT NULL, outcome_json TEXT NOT NULL);
      CREATE TABLE search_state (path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ms REAL NOT NULL, first_rowid INTEGER, last_rowid INTEGER);
      CREATE VIRTUAL TABLE search_doc USING fts5 (
        path UNINDEXED, kind UNINDEXED, ref UNINDEXED, label UNINDEXED, body,
        prefix = '2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
    db.pragma(`user_version = ${INDEX_FORMAT}`);
  }
  // Where each review's passages are in the search index, so that a changed review's old ones are
  // removed by rowid rather than by a look at every passage. An index from before this keeps its
  // passages (rebuilding it takes minutes); its reviews are found by path until indexed again.
  const stateColumns = db.prepare(`SELECT name FROM pragma_table_info('search_state')`).pluck().all() as string[];
  if (!stateColumns.includes('first_rowid'))
    db.exec(
      `ALTER TABLE search_state ADD COLUMN first_rowid INTEGER; ALTER TABLE search_state ADD COLUMN last_rowid INTEGER;`,
    );
  return db;
}

export function openLibraryIndex(home: string): LibraryIndex {
  const path = libraryIndexPath(home);
  let db: Database.Database;
  try {
    db = openIndexDb(path);
  } catch {
    // A cache that cannot be opened is rebuilt, never repaired.
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    db = openIndexDb(path);
  }
  const memory = new Map<string, { stamp: FileStamp; outcome: CachedOutcome }>();
  const select = db.prepare(`SELECT size, mtime_ms, outcome_json FROM library_file WHERE path = ?`);
  const upsert = db.prepare(
    `INSERT INTO library_file (path, size, mtime_ms, outcome_json) VALUES (?, ?, ?, ?)
     ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, outcome_json = excluded.outcome_json`,
  );
  const same = (a: FileStamp, b: FileStamp): boolean => a.size === b.size && a.mtimeMs === b.mtimeMs;
  return {
    db,
    get(path, stamp) {
      const held = memory.get(path);
      if (held !== undefined) return same(held.stamp, stamp) ? held.outcome : undefined;
      const row = select.get(path) as { size: number; mtime_ms: number; outcome_json: string } | undefined;
      if (row === undefined || !same({ size: row.size, mtimeMs: row.mtime_ms }, stamp)) return undefined;
      const outcome = JSON.parse(row.outcome_json) as CachedOutcome;
      memory.set(path, { stamp, outcome });
      return outcome;
    },
    putMany(rows) {
      db.transaction(() => {
        for (const row of rows) {
          upsert.run(row.path, row.stamp.size, row.stamp.mtimeMs, JSON.stringify(row.outcome));
          memory.set(row.path, { stamp: row.stamp, outcome: row.outcome });
        }
      })();
    },
    close() {
      db.close();
    },
  };
}
