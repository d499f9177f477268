import type Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { CasewrightError } from '../../shared/errors';
import { APP_VERSION, REVIEW_APPLICATION_ID } from '../../shared/version';
import { migrate } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { createEmptyOwnerFile } from '../files/owner-only';
import { applyKey, looksEncrypted } from './cipher';
import { connect } from './sqlite-options';

export interface OpenedFile {
  readonly db: Database.Database;
  readonly schemaVersion: number;
  readonly migratedFrom: { readonly version: number; readonly backupPath: string } | null;
  /** Whether the file is encrypted (and so are its journal and any backup made here). */
  readonly encrypted: boolean;
}

export interface OpenOptions {
  /** The passphrase of an encrypted review; refused cleanly when missing or wrong. */
  readonly passphrase?: string;
  /**
   * Only to read (`casewright info`): nothing is written — no migration, no backup, no change of
   * journal mode. An older file is brought up to date in memory only.
   */
  readonly readOnly?: boolean;
}

/**
 * Opens an existing review file, refusing (with a message that names the file) anything that is not
 * a Casewright review, is damaged, was written by a newer version, or is encrypted and the
 * passphrase is missing or wrong. Older files opened for writing are copied beside themselves
 * (encrypted with the same key) before they are migrated, so a reviewer can always go back.
 */
export function openReviewFile(path: string, options: OpenOptions = {}): OpenedFile {
  const name = basename(path);
  if (!existsSync(path)) throw new CasewrightError('not-found', `${name}: there is no such file (${path})`);

  let encrypted: boolean;
  let db: Database.Database;
  try {
    encrypted = looksEncrypted(path);
    db = connect(path, { fileMustExist: true, readonly: options.readOnly === true });
  } catch (error) {
    throw new CasewrightError('io', `${name}: the file could not be opened (${describeSqliteError(error)})`);
  }
  try {
    if (encrypted) unlock(db, name, options.passphrase);
    const { version, writtenBy } = identify(
      db,
      name,
      options.readOnly === true ? () => sizeIsWhole(db, path) : () => false,
    );
    if (version > LATEST_SCHEMA_VERSION) {
      throw new CasewrightError(
        'newer-version',
        `${name} was saved by a newer version of Casewright (${writtenBy ?? 'unknown version'}, file format ${version}). ` +
          `This is Casewright ${APP_VERSION}, which reads file formats up to ${LATEST_SCHEMA_VERSION}. Update Casewright to open it.`,
        { fileVersion: version, appVersion: APP_VERSION, supportedVersion: LATEST_SCHEMA_VERSION },
      );
    }
    if (options.readOnly === true) {
      db.pragma('foreign_keys = ON');
      if (version === LATEST_SCHEMA_VERSION) return { db, schemaVersion: version, migratedFrom: null, encrypted };
      // Read an older format through an up-to-date copy held in memory; the file is not touched.
      const inMemory = connect(db.serialize());
      db.close();
      configureInMemory(inMemory);
      migrate(inMemory);
      return { db: inMemory, schemaVersion: LATEST_SCHEMA_VERSION, migratedFrom: null, encrypted };
    }
    configure(db);
    let migratedFrom: OpenedFile['migratedFrom'] = null;
    if (version < LATEST_SCHEMA_VERSION) {
      const backupPath = backupBeside(db, path, version);
      migrate(db);
      stampWriter(db);
      migratedFrom = { version, backupPath };
    }
    return { db, schemaVersion: LATEST_SCHEMA_VERSION, migratedFrom, encrypted };
  } catch (error) {
    if (db.open) db.close();
    throw asOpenError(error, name);
  }
}

/** Keys the connection and proves the key by reading the first page. */
function unlock(db: Database.Database, name: string, passphrase: string | undefined): void {
  if (passphrase === undefined || passphrase === '') {
    throw new CasewrightError('passphrase-needed', `${name} is encrypted; enter its passphrase to open it`);
  }
  applyKey(db as Parameters<typeof applyKey>[0], passphrase);
  try {
    db.pragma('application_id', { simple: true });
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB') {
      throw new CasewrightError(
        'passphrase-wrong',
        `That passphrase does not open ${name} (or ${name} is not a Casewright review)`,
      );
    }
    throw error;
  }
}

function configureInMemory(db: Database.Database): void {
  db.pragma('foreign_keys = ON');
}

/**
 * A failure while reading an open review, in the words the open would have used: a damaged page
 * met after a read-only open (which skipped the whole-file check) refuses the file as damaged.
 */
export function asReadError(error: unknown, name: string): unknown {
  return asOpenError(error, name);
}

/** Damage can surface at any read (a page deep in the file), not only in the checks above. */
function asOpenError(error: unknown, name: string): unknown {
  if (error instanceof CasewrightError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_CORRUPT')) return corrupt(name);
  if (code === 'SQLITE_NOTADB')
    return new CasewrightError('not-a-review', `${name} is not a Casewright review (it is not a database file)`);
  if (code.startsWith('SQLITE_'))
    return new CasewrightError('io', `${name}: the file could not be read (${describeSqliteError(error)})`);
  return error;
}

/**
 * Creates a new, empty review file at the latest format, owner-only (0600), encrypted from the first
 * page when a passphrase is given. Refuses to overwrite.
 */
export function createReviewFile(path: string, options: { readonly passphrase?: string } = {}): Database.Database {
  const name = basename(path);
  if (existsSync(path)) throw new CasewrightError('conflict', `${name} already exists; choose another name`);
  let db: Database.Database;
  try {
    createEmptyOwnerFile(path);
    db = connect(path, { fileMustExist: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new CasewrightError('conflict', `${name} already exists; choose another name`);
    throw new CasewrightError('io', `${name}: the file could not be created (${code ?? describeSqliteError(error)})`);
  }
  if (options.passphrase !== undefined) applyKey(db as Parameters<typeof applyKey>[0], options.passphrase);
  db.pragma(`application_id = ${REVIEW_APPLICATION_ID}`);
  configure(db);
  migrate(db);
  stampWriter(db);
  return db;
}

/**
 * A rollback journal with FULL sync: when a write returns, it is in the .cwr itself, so the file
 * alone (copied, synced, e-mailed) is always the whole review, and closing leaves one file. (WAL
 * kept recent changes in a `-wal` file beside it until a checkpoint.) `secure_delete` overwrites
 * deleted content with zeros rather than leaving it in free pages.
 */
export function configure(db: Database.Database): void {
  // A journal left by a write that was killed before it changed the file is not "hot", so SQLite
  // ignores it but leaves it beside the review; passing through PERSIST deletes it (a hot journal
  // was already rolled back by the first read), so an open, and then closed, review is one file.
  db.pragma('journal_mode = PERSIST');
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
  db.pragma('secure_delete = ON');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/**
 * Whether the file is exactly as long as its pages say (page count × page size): a file cut short
 * in a copy or a download is not. Reading this is instant, where checking every page of a
 * 20,000-entry review (135 MB with long narratives) took over a second.
 */
function sizeIsWhole(db: Database.Database, path: string): boolean {
  const pages = db.pragma('page_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  return pages * pageSize === statSync(path).size;
}

/**
 * `skipFullCheck`: when it says so, the whole-file check is left out. Only a read-only open
 * (`casewright info`) asks that, and only for a file of the length its pages say: it reads a few
 * counts and the review's details, and a damaged page it does read still refuses the file (see
 * `asReadError`). Opening a review to work on it always checks every page first, so that no change
 * is ever written into a damaged file.
 */
function identify(
  db: Database.Database,
  name: string,
  skipFullCheck: () => boolean,
): { version: number; writtenBy: string | null } {
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
  if (!skipFullCheck()) {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw corrupt(name);
  }
  let writtenBy: string | null = null;
  try {
    const row = db.prepare(`SELECT value FROM app_meta WHERE key = 'written_by'`).get() as
      { value: string } | undefined;
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
  // Created owner-only first; VACUUM INTO fills the empty file with a consistent copy, encrypted
  // with the same key as the source when the source is encrypted.
  createEmptyOwnerFile(backupPath);
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
