import type Database from 'better-sqlite3';

/**
 * better-sqlite3 is a native module built for one runtime. In a checkout, node_modules holds the
 * build for Node (CLI, tests, browser edition); `npm start` in desktop mode builds a second copy
 * for Electron elsewhere and names it here, so neither runtime breaks the other.
 */
export function sqliteOptions(): Database.Options {
  const binding = process.env.CASEWRIGHT_SQLITE_BINDING;
  return binding === undefined || binding === '' ? {} : { nativeBinding: binding };
}
