import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { CasewrightError } from '../../shared/errors';
import { APP_VERSION, REVIEW_APPLICATION_ID } from '../../shared/version';
import { migrate } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { sqliteOptions } from './sqlite-options';

export interface OpenedFile {
  readonly db: Database.Database;
  readonly schemaVersion: number;
  readonly migratedFrom: { readonly version: number; readonly backupPath: string } | null;
}

/**
 * Opens an existing review file, refusing (with a message that names the file) anything that is not
 * a Casewright review, is damaged, or was written by a newer version. Older files are copied beside
 * themselves before they are migrated, so a reviewer can always go back.
 */
export function openReviewFile(path: string): OpenedFile {
  const name = basename(path);
  if (!existsSync(path)) throw new CasewrightError('not-found', `${name}: there is no such file (${path})`);

  let db: Database.Database;
  try {
    db = new Database(path, { ...sqliteOptions(), fileMustExist: true });
  } catch (error) {
    throw new CasewrightError('io', `${name}: the file could not be opened (${describeSqliteError(error)})`);
  }
  try {
    const { version, writtenBy } = identify(db, name);
    if (version > LATEST_SCHEMA_VERSION) {
      throw new CasewrightError(
        'newer-version',
        `${name} was saved by a newer version of Casewright (${writtenBy ?? 'unknown version'}, file format ${version}). ` +
          `This is Casewright ${APP_VERSION}, which reads file formats up to ${LATEST_SCHEMA_VERSION}. Update Casewright to open it.`,
        { fileVersion: version, appVersion: APP_VERSION, supportedVersion: LATEST_SCHEMA_VERSION },
      );
    }
    configure(db);
    let migratedFrom: OpenedFile['migratedFrom'] = null;
    if (version < LATEST_SCHEMA_VERSION) {
      const backupPath = backupBeside(db, path, version);
      migrate(db);
      stampWriter(db);
      migratedFrom = { version, backupPath };
    }
    return { db, schemaVersion: LATEST_SCHEMA_VERSION, migratedFrom };
  } catch (error) {
    db.close();
    throw asOpenError(error, name);
  }
}

/** Damage can surface at any read (a page deep in the file), not only in the checks above. */
function asOpenError(error: unknown, name: string): unknown {
  if (error instanceof CasewrightError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_CORRUPT')) return corrupt(name);
  if (code === 'SQLITE_NOTADB') return new CasewrightError('not-a-review', `${name} is not a Casewright review (it is not a database file)`);
  if (code.startsWith('SQLITE_')) return new CasewrightError('io', `${name}: the file could not be read (${describeSqliteError(error)})`);
  return error;
}

/** Creates a new, empty review file at the latest format. Refuses to overwrite. */
export function createReviewFile(path: string): Database.Database {
  const name = basename(path);
  if (existsSync(path)) throw new CasewrightError('conflict', `${name} already exists; choose another name`);
  let db: Database.Database;
  try {
    db = new Database(path, sqliteOptions());
  } catch (error) {
    throw new CasewrightError('io', `${name}: the file could not be created (${describeSqliteError(error)})`);
  }
  db.pragma(`application_id = ${REVIEW_APPLICATION_ID}`);
  configure(db);
  migrate(db);
  stampWriter(db);
  return db;
}

/** WAL for crash safety and concurrent readers; FULL sync because a lost edit is worse than a slow one. */
export function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

function identify(db: Database.Database, name: string): { version: number; writtenBy: string | null } {
  let applicationId: number;
  let version: number;
  try {
    applicationId = db.pragma('application_id', { simple: true }) as number;
    version = db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') {
      throw new CasewrightError('not-a-review', `${name} is not a Casewright review (it is not a database file)`);
    }
    if (code === 'SQLITE_CORRUPT') throw corrupt(name);
    throw new CasewrightError('io', `${name}: the file could not be read (${describeSqliteError(error)})`);
  }
  if (applicationId !== REVIEW_APPLICATION_ID) {
    throw new CasewrightError(
      'not-a-review',
      `${name} is a database, but not a Casewright review; open a .cwr file made by Casewright`,
    );
  }
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') throw corrupt(name);
  let writtenBy: string | null = null;
  try {
    const row = db.prepare(`SELECT value FROM app_meta WHERE key = 'written_by'`).get() as { value: string } | undefined;
    writtenBy = row === undefined ? null : `Casewright ${row.value}`;
  } catch {
    writtenBy = null;
  }
  return { version, writtenBy };
}

function corrupt(name: string): CasewrightError {
  return new CasewrightError(
    'corrupt',
    `${name} is damaged and cannot be opened safely. Use the copy you keep beside it or restore it from a backup.`,
  );
}

function backupBeside(db: Database.Database, path: string, version: number): string {
  const stem = basename(path, extname(path));
  let backupPath = join(dirname(path), `${stem}.format-${version}-backup.cwr`);
  for (let attempt = 2; existsSync(backupPath); attempt += 1) {
    backupPath = join(dirname(path), `${stem}.format-${version}-backup-${attempt}.cwr`);
  }
  // VACUUM INTO writes a consistent copy even while the WAL holds recent pages.
  db.prepare('VACUUM INTO ?').run(backupPath);
  return backupPath;
}

function stampWriter(db: Database.Database): void {
  db.prepare(
    `INSERT INTO app_meta (key, value) VALUES ('written_by', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(APP_VERSION);
}

function describeSqliteError(error: unknown): string {
  return error instanceof Error ? error.message : 'unknown error';
}
