import type Database from 'better-sqlite3';

/**
 * Read and write handles as distinct types (after Signal Desktop): a function that changes data
 * takes a `WritableDb`, and the only way to get one is inside `ReviewHandle.write`, which wraps the
 * work in one synchronous transaction and one audited, undoable change group.
 */
declare const readable: unique symbol;
declare const writable: unique symbol;

export type ReadableDb = Database.Database & { readonly [readable]: true };
export type WritableDb = ReadableDb & { readonly [writable]: true };

/** Only the store may mint handles; everything else receives them. */
export function asReadable(db: Database.Database): ReadableDb {
  return db as ReadableDb;
}

export function asWritable(db: Database.Database): WritableDb {
  return db as WritableDb;
}
