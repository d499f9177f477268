import type Database from 'better-sqlite3';
import CipherDatabase from 'better-sqlite3-multiple-ciphers';
import type { SqliteConnection } from './cipher';

/**
 * The one place a SQLite connection is made: better-sqlite3-multiple-ciphers (better-sqlite3 with
 * SQLCipher-compatible encryption), with the native build chosen for this runtime.
 */
export function connect(source: string | Buffer, options: Database.Options = {}): SqliteConnection {
  return new CipherDatabase(source, { ...sqliteOptions(), ...options }) as unknown as SqliteConnection;
}

/**
 * better-sqlite3 is a native module built for one runtime. In a checkout, node_modules holds the
 * build for Node (CLI, tests, browser edition); `npm start` in desktop mode builds a second copy
 * for Electron elsewhere and names it here, so neither runtime breaks the other.
 */
export function sqliteOptions(): Database.Options {
  const binding = process.env.CASEWRIGHT_SQLITE_BINDING;
  return binding === undefined || binding === '' ? {} : { nativeBinding: binding };
}
