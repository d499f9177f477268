import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReviewFile as createFreshReview, openReviewFile } from '@core/store/open-review-file';
import { LATEST_SCHEMA_VERSION } from '@core/store/migrations';
import { APP_VERSION } from '@shared/version';
import { createReviewFile, tempDir } from '@test/helpers/review-file';
import { olderReviewFile } from '@test/helpers/migration';

function expectRefusal(path: string, code: string, message: RegExp): void {
  try {
    openReviewFile(path);
  } catch (error) {
    expect((error as { code: string }).code).toBe(code);
    expect((error as Error).message).toMatch(message);
    return;
  }
  throw new Error('expected the file to be refused');
}

describe('opening review files', () => {
  it('opens a new review with a rollback journal, secure delete and foreign keys enforced', () => {
    const path = join(tempDir(), 'a.cwr');
    createFreshReview(path).close();
    const opened = openReviewFile(path);
    expect(opened.db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(opened.db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(opened.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(opened.migratedFrom).toBeNull();
    opened.db.close();
  });

  it('refuses to create over an existing file', () => {
    const path = join(tempDir(), 'a.cwr');
    createFreshReview(path).close();
    expect(() => createFreshReview(path)).toThrow(/already exists/);
  });

  it('names a missing file', () => {
    expectRefusal(join(tempDir(), 'missing.cwr'), 'not-found', /missing\.cwr: there is no such file/);
  });

  it('refuses a file that is not a database', () => {
    const path = join(tempDir(), 'notes.cwr');
    writeFileSync(path, 'These are my notes, not a database.'.repeat(200));
    expectRefusal(path, 'not-a-review', /notes\.cwr is not a Casewright review/);
  });

  it('refuses a SQLite database made by another program', () => {
    const path = join(tempDir(), 'other.cwr');
    const db = new Database(path);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expectRefusal(path, 'not-a-review', /other\.cwr is a database, but not a Casewright review/);
  });

  it('refuses a damaged review without crashing', () => {
    const path = join(tempDir(), 'damaged.cwr');
    const db = createFreshReview(path);
    db.exec(
      `CREATE TABLE filler (x TEXT); INSERT INTO filler SELECT hex(randomblob(500)) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) SELECT i FROM n);`,
    );
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = readFileSync(path);
    // Overwrite the middle pages (keeping the header) with garbage.
    bytes.fill(0x5a, 8192, bytes.length - 4096);
    writeFileSync(path, bytes);
    expectRefusal(path, 'corrupt', /damaged\.cwr is damaged/);
  });

  it('refuses a file from a newer version, naming both versions', () => {
    const { path, db } = createReviewFile(tempDir());
    db.prepare(`INSERT OR REPLACE INTO app_meta (key, value) VALUES ('written_by', '9.2.0')`).run();
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.close();
    expectRefusal(
      path,
      'newer-version',
      new RegExp(
        `Casewright 9\\.2\\.0, file format ${LATEST_SCHEMA_VERSION + 5}.*Casewright ${APP_VERSION.replace(/\./g, '\\.')}, which reads file formats up to ${LATEST_SCHEMA_VERSION}`,
      ),
    );
  });

  it('keeps a copy of an older file beside it before migrating', () => {
    const dir = tempDir();
    const path = olderReviewFile(dir);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThan(1);

    const opened = openReviewFile(path);
    expect(opened.migratedFrom).toEqual({ version: 1, backupPath: join(dir, 'old.format-1-backup.cwr') });
    expect(opened.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    opened.db.close();

    expect(existsSync(join(dir, 'old.format-1-backup.cwr'))).toBe(true);
    const backup = new Database(join(dir, 'old.format-1-backup.cwr'), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect((backup.prepare('SELECT title FROM review').get() as { title: string }).title).toBe('Child P');
    backup.close();
  });
});
