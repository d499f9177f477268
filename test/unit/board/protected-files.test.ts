/**
 * Reviews the board cannot read as they are, told apart from the bytes on disk: a real review
 * encrypted with a passphrase, a review another program is part-way through saving (it holds the
 * write lock and has changed some pages), a write-ahead log left by a crash, and the cases that
 * only look alike (a log already copied into the file, a stray log, a document renamed .cwr).
 * Each is listed in plain words or read, the scan never fails, and nothing beside them changes.
 */
import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoardService, type BoardService } from '@board/board-service';
import { chiSquaredOfBytes, pendingWrites } from '@board/library/file-evidence';
import { createAppContext } from '@core/app/app-context';
import { createReview, openReview } from '@core/review/lifecycle';
import { tempDir } from '../../helpers/review-file';
import { reviewWriter } from '../../helpers/board-library';

const PASSPHRASE = 'correct horse battery staple';

function snapshot(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir).map((name) => {
      const path = join(dir, name);
      return [
        name,
        `${statSync(path).size}|${statSync(path).mtimeMs}|${createHash('sha256').update(readFileSync(path)).digest('hex')}`,
      ];
    }),
  );
}

/** Another program's connection in write-ahead-log mode with one saved change still in the log. */
function walWriter(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec(`CREATE TABLE other_tool_notes (note TEXT); INSERT INTO other_tool_notes VALUES ('checked')`);
  return db;
}

describe('encrypted and locked reviews in a library', () => {
  const library = tempDir('board-protected-');
  const home = tempDir('board-protected-home-');
  const writers: Database.Database[] = [];
  let service: BoardService;

  beforeAll(async () => {
    const writer = reviewWriter(tempDir('board-protected-writer-'));
    await writer.write(library, { fileName: 'plain.cwr', title: 'Child Plain', kind: 'lcspr' });

    const app = createAppContext({ home: tempDir('board-protected-app-') });
    createReview(app, {
      title: 'Child Secret',
      kind: 'lcspr',
      path: join(library, 'secret.cwr'),
      passphrase: PASSPHRASE,
    });
    app.reviews.closeAll();

    // Part-way through a save: with a cache of two pages SQLite must write changed pages into the
    // file before the transaction ends, so it takes the write lock and makes its journal hot.
    const midSave = await writer.write(library, { fileName: 'mid-save.cwr', title: 'Child Saving', kind: 'lcspr' });
    const saving = new Database(midSave);
    saving.pragma('cache_size = 2');
    saving.exec('BEGIN IMMEDIATE');
    saving.exec(
      `CREATE TABLE other_tool_pad (x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) INSERT INTO other_tool_pad SELECT randomblob(2000) FROM n`,
    );
    writers.push(saving);

    // A write-ahead log with its index, still holding a change: open and being edited.
    const walOpen = await writer.write(library, { fileName: 'wal-open.cwr', title: 'Child Wal Open', kind: 'dhr' });
    writers.push(walWriter(walOpen));
    // The same log with its index gone, as a crash leaves it.
    copyFileSync(walOpen, join(library, 'not-closed.cwr'));
    copyFileSync(`${walOpen}-wal`, join(library, 'not-closed.cwr-wal'));
    // A log whose changes are all copied into the file already: the file is whole.
    const copied = await writer.write(library, { fileName: 'wal-copied.cwr', title: 'Child Wal Copied', kind: 'dhr' });
    const copiedWriter = walWriter(copied);
    copiedWriter.pragma('wal_checkpoint(PASSIVE)');
    writers.push(copiedWriter);
    // A stray log that does not belong to the file (no valid header).
    const stray = await writer.write(library, { fileName: 'stray-log.cwr', title: 'Child Stray Log', kind: 'cpr' });
    writeFileSync(`${stray}-wal`, randomBytes(8192));

    // Look-alikes: a Word document and a zeroed file named like reviews.
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document>Minutes of the panel</w:document>');
    writeFileSync(join(library, 'minutes.cwr'), await zip.generateAsync({ type: 'nodebuffer' }));
    writeFileSync(join(library, 'zeroed.cwr'), Buffer.alloc(8192));

    service = createBoardService({ home, templatesDir: join(__dirname, '../../../templates') });
  }, 120_000);

  afterAll(() => {
    for (const db of writers) db.close();
    service.close();
  });

  it('says in plain words which reviews are protected or mid-save, reads the rest, and changes nothing', () => {
    const before = snapshot(library);
    const loaded = service.load([library]);
    expect(snapshot(library)).toEqual(before);
    expect(loaded.reviews.map((r) => r.title).sort()).toEqual(['Child Plain', 'Child Stray Log', 'Child Wal Copied']);
    const reasons = Object.fromEntries(loaded.refused.map((r) => [basename(r.file), r]));
    expect(reasons['secret.cwr']).toMatchObject({
      kind: 'encrypted',
      reason: 'secret.cwr: this review is protected with a passphrase; open it in Casewright to include it',
    });
    expect(reasons['mid-save.cwr']).toMatchObject({
      kind: 'locked',
      reason:
        'mid-save.cwr: another program is part-way through saving this review, so the file does not hold the whole review just now; close the review there (or open and close it once in Casewright), then scan again',
    });
    expect(reasons['wal-open.cwr']?.kind).toBe('locked');
    expect(reasons['not-closed.cwr']).toMatchObject({
      kind: 'locked',
      reason:
        'not-closed.cwr: this review was not closed properly, so its latest changes are still in a working file beside it; open and close it once in Casewright, then scan again',
    });
    expect(reasons['minutes.cwr']?.kind).toBe('damaged');
    expect(reasons['zeroed.cwr']?.kind).toBe('damaged');
  });

  it('includes the protected review once it is open in Casewright with its passphrase', () => {
    const app = createAppContext({ home: tempDir('board-protected-open-') });
    try {
      openReview(app, join(library, 'secret.cwr'), { passphrase: PASSPHRASE });
      const loaded = service.load([join(library, 'secret.cwr')], app.reviews);
      expect(loaded.reviews.map((r) => r.title)).toEqual(['Child Secret']);
      expect(loaded.refused).toEqual([]);
    } finally {
      app.reviews.closeAll();
    }
  });

  it('reads the review again once the other program has finished saving', () => {
    const saving = writers[0]!;
    saving.exec('COMMIT');
    expect(pendingWrites(join(library, 'mid-save.cwr'))).toBe('none');
    expect(service.load([join(library, 'mid-save.cwr')]).reviews.map((r) => r.title)).toEqual(['Child Saving']);
  });

  it('tells random bytes from structured ones by their spread, not by a guess at the first few', () => {
    expect(chiSquaredOfBytes(randomBytes(4096))).toBeLessThan(400);
    expect(chiSquaredOfBytes(readFileSync(join(library, 'secret.cwr')).subarray(0, 4096))).toBeLessThan(400);
    expect(chiSquaredOfBytes(readFileSync(join(library, 'minutes.cwr')))).toBeGreaterThan(1000);
    expect(
      chiSquaredOfBytes(Buffer.from('Kerry called the health visitor about a referral. '.repeat(80))),
    ).toBeGreaterThan(1000);
  });
});
