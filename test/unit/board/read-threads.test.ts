/**
 * Reading a library on helper threads gives exactly what reading it on one thread gives: the same
 * reviews (digests, in the same order), the same refusals with the same reasons, the same file
 * stamps; and the helpers, like the main thread, leave every file as it was.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBoardService } from '@board/board-service';
import type { Library } from '@board/library/load-library';
import { createReviewFile, tempDir } from '../../helpers/review-file';
import { childAReview, reviewWriter } from '../../helpers/board-library';

const TEMPLATES = join(__dirname, '../../../templates');

function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((name) => {
      const path = join(dir, name);
      return [name, `${statSync(path).mtimeMs}|${createHash('sha256').update(readFileSync(path)).digest('hex')}`];
    }),
  );
}

function comparable(library: Library) {
  return { reviews: library.reviews, refused: library.refused, stamps: [...library.stamps.entries()] };
}

describe('reading a library on helper threads', () => {
  const library = tempDir('board-threads-library-');

  beforeAll(async () => {
    const writer = reviewWriter(tempDir('board-threads-writer-'));
    await writer.write(library, childAReview);
    await writer.write(library, {
      fileName: 'adult-b.cwr',
      title: 'Adult B',
      kind: 'dhr',
      scopeEnd: '2023-03-31',
      recommendations: [{ text: 'Housing to share tenancy warnings', owner: 'Housing' }],
    });
    // Copies are separate files to read, so the helpers get a share of them.
    for (let i = 1; i <= 6; i += 1) copyFileSync(join(library, 'child-a.cwr'), join(library, `child-a-copy-${i}.cwr`));
    // Files the board refuses, each with its reason.
    writeFileSync(join(library, 'notes.txt'), 'Panel notes');
    const newer = createReviewFile(library, { name: 'newer.cwr' });
    newer.db.pragma('user_version = 999');
    newer.db.close();
    copyFileSync(join(library, 'adult-b.cwr'), join(library, 'cut-short.cwr'));
    truncateSync(join(library, 'cut-short.cwr'), 8192);
  }, 120_000);

  it('gives the same reviews, refusals and stamps as one thread, with the helpers reading some of the files', () => {
    const before = fingerprint(library);
    const oneThread = createBoardService({
      home: tempDir('board-threads-home-'),
      templatesDir: TEMPLATES,
      reading: { threads: 1 },
    });
    // The helper is started before reading, so that it takes a share even of a dozen files.
    const threaded = createBoardService({
      home: tempDir('board-threads-home-'),
      templatesDir: TEMPLATES,
      reading: { threads: 2, helpersFirst: true },
    });
    try {
      const single = oneThread.load([library]);
      const shared = threaded.load([library]);
      expect(single.readByHelpers).toBe(0);
      expect(shared.readByHelpers).toBeGreaterThan(0);
      expect(comparable(shared)).toEqual(comparable(single));
      expect(single.reviews).toHaveLength(8);
      expect(single.refused.map((r) => r.kind).sort()).toEqual(['damaged', 'newer-format', 'not-a-review']);
      // Read again from the index, the threaded scan's cache holds the same outcomes.
      const again = threaded.load([library]);
      expect(again.fromIndex).toBe(11);
      expect(comparable(again)).toEqual(comparable(single));
    } finally {
      oneThread.close();
      threaded.close();
    }
    expect(fingerprint(library)).toEqual(before);
  }, 120_000);
});
