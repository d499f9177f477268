/**
 * A library is read strictly read-only: every file keeps its bytes and modification time, and no
 * -wal, -shm, -journal or backup file appears beside any of them. Files that cannot be read are
 * listed with their reason; a folder of 10,000 other files is handled without trouble.
 */
import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoardService, type BoardService } from '@board/board-service';
import { createReviewFile, tempDir } from '../../helpers/review-file';
import { childAReview, reviewWriter } from '../../helpers/board-library';

function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stats = statSync(path);
      if (stats.isDirectory()) walk(path);
      else
        out.set(
          relative(root, path),
          `${stats.size}|${stats.mtimeMs}|${createHash('sha256').update(readFileSync(path)).digest('hex')}`,
        );
    }
  };
  walk(root);
  return out;
}

describe('reading a library of reviews', () => {
  const library = tempDir('board-library-');
  const home = tempDir('board-home-');
  let service: BoardService;
  let before: Map<string, string>;

  beforeAll(async () => {
    const writer = reviewWriter(tempDir('board-writer-home-'));
    const good = await writer.write(library, {
      ...childAReview,
      chronologyCsv: {
        agency: 'Westmoor Police',
        csv: 'Date,Summary\n03/02/2021,Kerry Ashdown called about a referral\n',
      },
    });
    await writer.write(library, { fileName: 'adult-b.cwr', title: 'Adult B', kind: 'dhr', scopeEnd: '2023-03-31' });

    // A review open elsewhere: its newest changes sit in a write-ahead log beside it, with the
    // log's index saying they are not copied into the file yet (copied from a live writer).
    const locked = await writer.write(tempDir('board-open-elsewhere-'), {
      fileName: 'open-elsewhere.cwr',
      title: 'Open elsewhere',
      kind: 'lcspr',
    });
    const other = new Database(locked);
    other.pragma('journal_mode = WAL');
    other.pragma('wal_autocheckpoint = 0');
    other.exec(`CREATE TABLE other_tool_notes (note TEXT); INSERT INTO other_tool_notes VALUES ('checked')`);
    for (const suffix of ['', '-wal', '-shm'])
      copyFileSync(`${locked}${suffix}`, join(library, `open-elsewhere.cwr${suffix}`));
    other.close();

    // A review from a newer version of Casewright.
    const newer = await writer.write(library, { fileName: 'from-the-future.cwr', title: 'Future', kind: 'lcspr' });
    const raw = new Database(newer);
    raw.pragma('user_version = 99');
    raw.pragma('journal_mode = DELETE');
    raw.close();

    // An older file format (3: people and chronology, but no findings or recommendations yet).
    const older = createReviewFile(library, { version: 3, name: 'old-format.cwr' });
    older.db
      .prepare(
        `INSERT INTO review (id, title, kind, created_at, updated_at, scope_end) VALUES (1, 'Child O', 'scr', '2018-01-01', '2018-01-01', '2018-12-31')`,
      )
      .run();
    older.db
      .prepare(
        `INSERT INTO person (real_name, pseudonym, category, role, created_at) VALUES ('Olive Grey', 'OM', 'family', 'mother', '2018-01-01')`,
      )
      .run();
    older.db
      .prepare(`INSERT INTO characteristic (person_id, characteristic, state) VALUES (1, 'race', 'not-asked')`)
      .run();
    older.db.close();

    copyFileSync(good, join(library, 'damaged.cwr'));
    truncateSync(join(library, 'damaged.cwr'), 6000);
    // Random bytes in whole pages: exactly what an encrypted review looks like without its passphrase.
    writeFileSync(join(library, 'encrypted.cwr'), randomBytes(16384));
    writeFileSync(join(library, 'empty.cwr'), Buffer.alloc(8192));
    copyFileSync(good, join(library, 'child-a.format-3-backup.cwr'));
    const otherDb = new Database(join(library, 'other.sqlite'));
    otherDb.exec('CREATE TABLE t (x)');
    otherDb.close();
    writeFileSync(join(library, 'minutes.docx'), 'PK not really a document');

    mkdirSync(join(library, 'shared-drive-clutter'));
    for (let i = 0; i < 10_000; i += 1)
      writeFileSync(join(library, 'shared-drive-clutter', `note-${i}.txt`), `note ${i}`);

    // Old modification times make any write visible.
    for (const [name] of snapshot(library)) {
      if (!name.startsWith('shared-drive-clutter'))
        utimesSync(join(library, name), new Date('2024-01-01T09:00:00Z'), new Date('2024-01-01T09:00:00Z'));
    }
    before = snapshot(library);
    service = createBoardService({ home, templatesDir: join(__dirname, '../../../templates') });
  }, 120_000);

  afterAll(() => service.close());

  it('reads current and older formats and lists every other file with its reason', () => {
    const loaded = service.load([library]);
    expect(loaded.reviews.map((r) => r.title).sort()).toEqual(['Adult B', 'Child A', 'Child O']);
    const reasons = new Map(loaded.refused.map((r) => [relative(library, r.file), r]));
    expect(reasons.get('open-elsewhere.cwr')?.kind).toBe('locked');
    expect(reasons.get('open-elsewhere.cwr')?.reason).toContain('part-way through saving');
    expect(reasons.get('from-the-future.cwr')?.kind).toBe('newer-format');
    expect(reasons.get('from-the-future.cwr')?.reason).toContain('file format 99');
    expect(reasons.get('damaged.cwr')?.kind).toBe('damaged');
    expect(reasons.get('empty.cwr')?.kind).toBe('damaged');
    expect(reasons.get('encrypted.cwr')?.kind).toBe('encrypted');
    expect(reasons.get('encrypted.cwr')?.reason).toContain('passphrase');
    expect(reasons.get('other.sqlite')?.reason).toBe('other.sqlite: a database, but not a Casewright review');
    expect(reasons.get('minutes.docx')?.kind).toBe('not-a-review');
    expect(reasons.get('child-a.format-3-backup.cwr')?.kind).toBe('backup-copy');
    // SQLite's working files beside the open review are part of it, not listed as files of their own.
    expect(reasons.has('open-elsewhere.cwr-wal')).toBe(false);
    expect(reasons.has('open-elsewhere.cwr-shm')).toBe(false);
    expect([...reasons.keys()].filter((k) => k.startsWith('shared-drive-clutter'))).toHaveLength(10_000);
  });

  it('reads an older format as it is, without migrating it, noting the parts it does not hold', () => {
    const old = service.load([join(library, 'old-format.cwr')]).reviews[0];
    expect(old).toMatchObject({
      title: 'Child O',
      kind: 'scr',
      year: 2018,
      formatVersion: 3,
      findings: [],
      recommendations: [],
    });
    expect(old?.missingParts).toEqual(['findings', 'recommendations']);
    expect(old?.people).toEqual([expect.objectContaining({ pseudonym: 'OM', role: 'parent' })]);
    expect(old?.people[0]?.characteristics.find((c) => c.characteristicId === 'race')?.state).toBe('not-asked');
  });

  it('keeps only pseudonyms: real names are replaced in every text it holds', () => {
    const review = service.load([join(library, 'child-a.cwr')]).reviews[0];
    expect(JSON.stringify(review)).not.toContain('Kerry');
    expect(review?.findings[0]?.title).toBe('AM was not asked about the baby');
    const groups = service.search(service.load([library]), 'referral');
    expect(groups).toHaveLength(1);
    expect(groups[0]?.hits[0]?.snippet).toContain('AM called about a «referral»');
    expect(JSON.stringify(groups)).not.toContain('Ashdown');
  });

  it('changes no byte, no modification time and creates nothing beside the files', () => {
    service.load([library]);
    service.search(service.load([library]), 'police');
    expect(snapshot(library)).toEqual(before);
  });

  it('takes unchanged files from the cached index and reads changed ones again', () => {
    const fresh = createBoardService({ home, templatesDir: join(__dirname, '../../../templates') });
    try {
      const warm = fresh.load([library]);
      // Locked and unreadable files are never cached, so they are checked again every time.
      expect(warm.fromIndex).toBe(warm.reviews.length + warm.refused.length - 1);
      utimesSync(join(library, 'adult-b.cwr'), new Date(), new Date());
      const again = fresh.load([library]);
      expect(again.fromIndex).toBe(warm.fromIndex - 1);
      expect(again.reviews.map((r) => r.title)).toEqual(warm.reviews.map((r) => r.title));
    } finally {
      fresh.close();
    }
  });

  it('names roots that do not exist', () => {
    const loaded = service.load([join(library, 'no-such-folder')]);
    expect(loaded.reviews).toHaveLength(0);
    expect(loaded.refused[0]?.reason).toContain('there is no such file or folder');
  });
});
