import { closeSync, fsyncSync, mkdirSync, openSync, writeSync, constants } from 'node:fs';

/**
 * Review files, exports, backups and the settings folder hold case data, so they are created for
 * their owner only: files 0600, folders 0700. The mode is passed at creation (never chmod
 * afterwards), so the process umask still applies and a stricter umask stays stricter.
 */
export const OWNER_FILE_MODE = 0o600;
export const OWNER_DIR_MODE = 0o700;

/** Creates a folder (and missing parents) owner-only; existing folders are left as they are. */
export function ensureOwnerDir(path: string): void {
  mkdirSync(path, { recursive: true, mode: OWNER_DIR_MODE });
}

/**
 * Creates an empty file owner-only, refusing if anything is already there (O_EXCL, so a file or
 * link planted at that name between a check and this call is not followed). SQLite then opens the
 * empty file as a new database and keeps its mode for its journal.
 */
export function createEmptyOwnerFile(path: string): void {
  closeSync(openSync(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, OWNER_FILE_MODE));
}

/**
 * Writes bytes to a file owner-only and flushes them to disk. `replace` truncates an existing
 * file (the caller has established that the user agreed); otherwise the file must be new.
 * No temporary file is written beside it, so nothing is left behind if the write fails.
 */
export function writeOwnerFile(path: string, bytes: Uint8Array, options: { readonly replace: boolean }): void {
  const flags =
    constants.O_WRONLY |
    constants.O_CREAT |
    (options.replace ? constants.O_TRUNC : constants.O_EXCL) |
    (constants.O_NOFOLLOW ?? 0);
  const fd = openSync(path, flags, OWNER_FILE_MODE);
  try {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
