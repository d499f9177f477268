import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type Database from 'better-sqlite3';

/** The calls better-sqlite3-multiple-ciphers adds to a connection. */
export interface CipherConnection {
  key(key: Buffer): number;
  rekey(key: Buffer): number;
}
export type SqliteConnection = Database.Database & CipherConnection;

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Encrypted reviews use the SQLCipher 4 format (AES-256 per page with an HMAC, key derived from the
 * passphrase with PBKDF2-HMAC-SHA512 over 256,000 rounds, a random salt in the first 16 bytes), so
 * other SQLCipher tools can open them with the passphrase. Every page — schema, data, free pages —
 * and the rollback journal are encrypted; nothing in the file reads as text without the key.
 */
function useSqlCipherFormat(db: SqliteConnection): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
}

export function passphraseKey(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

/** Must run before anything else reads the file. */
export function applyKey(db: SqliteConnection, passphrase: string): void {
  useSqlCipherFormat(db);
  db.key(passphraseKey(passphrase));
}

/** Encrypts a plain file, re-keys an encrypted one, or (with null) decrypts, rewriting every page. */
export function changeKey(db: SqliteConnection, passphrase: string | null): void {
  useSqlCipherFormat(db);
  db.rekey(passphrase === null ? Buffer.alloc(0) : passphraseKey(passphrase));
}

/**
 * A plain SQLite file starts with its 16-byte header; an encrypted one starts with random salt and
 * is whole pages (a multiple of 512 bytes). Anything else — an empty file is a new, plain database —
 * is left to SQLite, which refuses what is not a database.
 */
export function looksEncrypted(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size < 512 || size % 512 !== 0) return false;
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, 16, 0);
    return !head.equals(PLAIN_HEADER);
  } finally {
    closeSync(fd);
  }
}
