import { basename } from 'node:path';
import { CasewrightError } from '../../shared/errors';
import { changeKey, type SqliteConnection } from './cipher';
import { openReviewFile } from './open-review-file';

/**
 * Encrypting, re-keying and decrypting a review file in place. SQLite rewrites every page under the
 * new key inside one transaction (the rollback journal holds the old pages until it commits), so an
 * interruption leaves the file readable with the old key. The review must not be open elsewhere.
 */
export function encryptReviewFile(path: string, passphrase: string): void {
  withFile(path, undefined, (db, encrypted) => {
    if (encrypted)
      throw new CasewrightError(
        'refused',
        `${basename(path)} is already encrypted; use rekey to change its passphrase`,
      );
    changeKey(db, passphrase);
  });
}

export function rekeyReviewFile(path: string, passphrase: string, newPassphrase: string): void {
  withFile(path, passphrase, (db, encrypted) => {
    if (!encrypted)
      throw new CasewrightError('refused', `${basename(path)} is not encrypted; use encrypt to give it a passphrase`);
    changeKey(db, newPassphrase);
  });
}

export function decryptReviewFile(path: string, passphrase: string): void {
  withFile(path, passphrase, (db, encrypted) => {
    if (!encrypted) throw new CasewrightError('refused', `${basename(path)} is not encrypted`);
    changeKey(db, null);
  });
}

function withFile(
  path: string,
  passphrase: string | undefined,
  work: (db: SqliteConnection, encrypted: boolean) => void,
): void {
  const opened = openReviewFile(path, passphrase === undefined ? {} : { passphrase });
  try {
    work(opened.db as SqliteConnection, opened.encrypted);
  } finally {
    opened.db.close();
  }
}
