/**
 * Encryption at rest, against real files: the bytes on disk (the review, its journal while a write
 * is under way, a migration backup, a Save As copy) never hold a planted name; a missing or wrong
 * passphrase is refused with a plain message; encrypt / rekey / decrypt in place keep the data.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppContext } from '@core/app/app-context';
import { createReview, openReview, saveReviewAs } from '@core/review/lifecycle';
import { updateReviewMeta } from '@core/review/review-meta';
import { applyKey, type SqliteConnection } from '@core/store/cipher';
import { decryptReviewFile, encryptReviewFile, rekeyReviewFile } from '@core/store/encryption';
import { migrate } from '@core/store/migrate';
import { openReviewFile } from '@core/store/open-review-file';
import { connect } from '@core/store/sqlite-options';
import { REVIEW_APPLICATION_ID } from '@shared/version';
import { filesHolding } from '@test/helpers/file-bytes';
import { tempDir } from '@test/helpers/review-file';

const PLANTED = 'Zebedee Plantname';
const PASSPHRASE = 'correct horse battery staple';

function codeOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

describe('encryption at rest', () => {
  it('writes no planted name to the review, its journal, or a Save As copy, and needs the passphrase to open', () => {
    const home = tempDir();
    const app = createAppContext({ home });
    const created = createReview(app, {
      title: `${PLANTED} review`,
      kind: 'lcspr',
      path: join(home, 'q.cwr'),
      passphrase: PASSPHRASE,
    });
    const handle = app.reviews.get(created.reviewId);
    for (let i = 0; i < 20; i += 1) {
      handle.write('Edit', (db) => {
        updateReviewMeta(db, { author: `${PLANTED} ${i}`, partnership: `NHS 943 476 ${String(5919 + i)}` });
        // Mid-transaction the rollback journal is on disk beside the review: encrypted pages only.
        expect(existsSync(join(home, 'q.cwr-journal'))).toBe(true);
        expect(filesHolding(home, PLANTED)).toEqual([]);
      });
      expect(filesHolding(home, PLANTED)).toEqual([]);
    }
    saveReviewAs(app, handle, join(home, 'copy.cwr'));
    app.reviews.closeAll();
    expect(filesHolding(home, PLANTED)).toEqual([]);
    expect(filesHolding(home, 'NHS 943')).toEqual([]);
    expect(
      readdirSync(home)
        .filter((name) => name.endsWith('.cwr'))
        .sort(),
    ).toEqual(['copy.cwr', 'q.cwr']);

    expect(codeOf(() => openReviewFile(join(home, 'q.cwr')))).toBe('passphrase-needed');
    expect(codeOf(() => openReviewFile(join(home, 'q.cwr'), { passphrase: 'not the passphrase' }))).toBe(
      'passphrase-wrong',
    );
    const reopened = openReview(app, join(home, 'copy.cwr'), { passphrase: PASSPHRASE });
    expect(reopened.meta.author).toBe(`${PLANTED} 19`);
  });

  it('encrypts a plain review in place, changes its passphrase, and decrypts it, keeping every change', () => {
    const home = tempDir();
    const app = createAppContext({ home });
    const path = join(home, 'r.cwr');
    const created = createReview(app, { title: `${PLANTED} review`, kind: 'dhr', path });
    app.reviews.close(created.reviewId);
    expect(readFileSync(path).includes(PLANTED)).toBe(true);

    encryptReviewFile(path, PASSPHRASE);
    expect(readFileSync(path).includes(PLANTED)).toBe(false);
    expect(codeOf(() => encryptReviewFile(path, 'another passphrase'))).toBe('passphrase-needed');

    rekeyReviewFile(path, PASSPHRASE, 'a brand new passphrase');
    expect(codeOf(() => openReviewFile(path, { passphrase: PASSPHRASE }))).toBe('passphrase-wrong');
    const opened = openReviewFile(path, { passphrase: 'a brand new passphrase' });
    expect((opened.db.prepare('SELECT title FROM review').get() as { title: string }).title).toBe(`${PLANTED} review`);
    opened.db.close();

    decryptReviewFile(path, 'a brand new passphrase');
    expect(readFileSync(path).includes(PLANTED)).toBe(true);
    expect(openReviewFile(path).encrypted).toBe(false);
  });

  it('encrypts the backup made before migrating an older encrypted file, owner-only, and says where it is', () => {
    const dir = tempDir();
    const path = join(dir, 'old.cwr');
    const db = connect(path) as SqliteConnection;
    applyKey(db, PASSPHRASE);
    db.pragma(`application_id = ${REVIEW_APPLICATION_ID}`);
    migrate(db, { target: 1 });
    db.prepare(`INSERT INTO review (id, title, kind, created_at, updated_at) VALUES (1, ?, 'scr', 'x', 'x')`).run(
      `${PLANTED} review`,
    );
    db.close();

    // Reading it (as `casewright info` does) writes nothing: no backup, no migration.
    const before = readFileSync(path);
    const read = openReviewFile(path, { passphrase: PASSPHRASE, readOnly: true });
    expect((read.db.prepare('SELECT title FROM review').get() as { title: string }).title).toBe(`${PLANTED} review`);
    read.db.close();
    expect(readdirSync(dir)).toEqual(['old.cwr']);
    expect(readFileSync(path).equals(before)).toBe(true);

    const opened = openReviewFile(path, { passphrase: PASSPHRASE });
    expect(opened.migratedFrom?.backupPath).toBe(join(dir, 'old.format-1-backup.cwr'));
    opened.db.close();
    expect(filesHolding(dir, PLANTED)).toEqual([]);
    expect(statSync(join(dir, 'old.format-1-backup.cwr')).mode & 0o777).toBe(0o600);
    const backup = openReviewFile(join(dir, 'old.format-1-backup.cwr'), { passphrase: PASSPHRASE, readOnly: true });
    expect(backup.encrypted).toBe(true);
    backup.db.close();
  });
});
