import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REVIEW_APPLICATION_ID } from '../../electron/shared/version';
import { configure } from '../../electron/core/store/open-review-file';
import { migrate } from '../../electron/core/store/migrate';

/** A fresh temp directory for one test's files. */
export function tempDir(prefix = 'casewright-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A review file migrated to `version` (default: latest), as raw better-sqlite3, for migration
 * tests: migrate to N−1, insert rows, then call `migrate(db, { target: N })`.
 */
export function createReviewFile(
  dir: string,
  options: { version?: number; name?: string } = {},
): { path: string; db: Database.Database } {
  const path = join(dir, options.name ?? 'review.cwr');
  const db = new Database(path);
  db.pragma(`application_id = ${REVIEW_APPLICATION_ID}`);
  configure(db);
  migrate(db, options.version === undefined ? {} : { target: options.version });
  return { path, db };
}
