/**
 * Scanning a library is work the reviewer can follow and stop: it counts the reviews read ("12 of
 * 40 reviews") and a cancel stops it part-way with the library index exactly as it was, on one
 * thread or with helper threads. Through the API, the page follows the scan by its job id.
 */
import Database from 'better-sqlite3';
import { copyFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLibraryInSteps, type LoadContext } from '@board/library/load-library';
import { libraryIndexPath, openLibraryIndex } from '@board/library/library-index';
import type { ReadOptions } from '@board/library/read-pool';
import { characteristicTemplatesDir, loadCharacteristicTemplates } from '@core/people/characteristic-templates';
import { createAppContext } from '@core/app/app-context';
import { createDispatcher } from '@api/dispatcher';
import { closeBoardService } from '@api/board/handlers';
import { progressText, type ProgressReport } from '@shared/progress';
import type { LibraryView } from '@shared/api/board';
import { tempDir } from '../../helpers/review-file';
import { reviewWriter } from '../../helpers/board-library';

const TEMPLATES = join(__dirname, '../../../templates');
const REVIEWS = 40;

/** Every row of the index's file table, as text: what a scan may or may not have changed. */
function indexRows(home: string): string[] {
  const db = new Database(libraryIndexPath(home), { readonly: true });
  try {
    return (
      db.prepare('SELECT path, size, mtime_ms, outcome_json FROM library_file ORDER BY path').all() as object[]
    ).map((row) => JSON.stringify(row));
  } finally {
    db.close();
  }
}

describe('scanning a library with progress and cancel', () => {
  const library = tempDir('board-scan-library-');
  const templates = loadCharacteristicTemplates(characteristicTemplatesDir(TEMPLATES));

  beforeAll(async () => {
    const writer = reviewWriter(tempDir('board-scan-writer-'));
    const first = await writer.write(library, {
      fileName: 'child-01.cwr',
      title: 'Child A',
      kind: 'lcspr',
      findings: [{ title: 'Nobody asked the child', tags: [] }],
    });
    for (let i = 2; i <= REVIEWS; i += 1) copyFileSync(first, join(library, `child-${String(i).padStart(2, '0')}.cwr`));
  }, 120_000);

  const scan = async (home: string, reading: ReadOptions, hooks: Parameters<typeof loadLibraryInSteps>[2]) => {
    const index = openLibraryIndex(home);
    const ctx: LoadContext = { index, templates, reading };
    try {
      return await loadLibraryInSteps([library], ctx, hooks, 0);
    } finally {
      index.close();
    }
  };

  it('counts the reviews read, never going back, up to every review', async () => {
    const reports: ProgressReport[] = [];
    const read = await scan(tempDir('board-scan-home-'), { threads: 1 }, { onProgress: (r) => reports.push(r) });
    expect(read.reviews).toHaveLength(REVIEWS);
    expect(reports.every((r) => r.step === 'Reading reviews' && r.unit === 'reviews' && r.total === REVIEWS)).toBe(
      true,
    );
    const counts = reports.map((r) => r.done);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts).toContain(1);
    expect(counts.at(-1)).toBe(REVIEWS);
    expect(progressText(reports.find((r) => r.done === 12)!)).toBe('12 of 40 reviews');
  });

  for (const [label, reading] of [
    ['on one thread', { threads: 1 }],
    ['with a helper thread', { threads: 2, helpersFirst: true }],
  ] as const) {
    it(`stops part-way when cancelled ${label}, leaving the index as it was`, async () => {
      const home = tempDir('board-scan-home-');
      // A first full scan fills the index; then ten reviews change on disk, so the next scan reads them again.
      await scan(home, reading, {});
      const before = indexRows(home);
      expect(before).toHaveLength(REVIEWS);
      const later = new Date(Date.now() + 60_000);
      for (let i = 1; i <= 10; i += 1)
        utimesSync(join(library, `child-${String(i).padStart(2, '0')}.cwr`), later, later);

      const controller = new AbortController();
      const reports: ProgressReport[] = [];
      const cancelled = scan(home, reading, {
        signal: controller.signal,
        onProgress(report) {
          reports.push(report);
          if (report.done >= 33) controller.abort();
        },
      });
      await expect(cancelled).rejects.toMatchObject({ code: 'cancelled', message: 'Cancelled. Nothing was changed.' });
      // Thirty files came from the index at once; the scan stopped before the last changed one was read.
      expect(reports[0]).toMatchObject({ done: 30, total: REVIEWS });
      expect(reports.at(-1)!.done).toBeLessThan(REVIEWS);
      expect(indexRows(home)).toEqual(before);

      // The next scan reads the ten changed reviews again and records their new times.
      const again = await scan(home, reading, {});
      expect(again.fromIndex).toBe(30);
      expect(indexRows(home)).not.toEqual(before);
      const restored = new Date();
      for (let i = 1; i <= 10; i += 1)
        utimesSync(join(library, `child-${String(i).padStart(2, '0')}.cwr`), restored, restored);
    }, 60_000);
  }

  it('is followed by its job id through the API and cancelled with jobs.cancel', async () => {
    const app = createAppContext({ edition: 'cli', home: tempDir('board-scan-api-home-') });
    const dispatch = createDispatcher(app, () => undefined);
    try {
      const seen: ProgressReport[] = [];
      const stop = app.jobs.watch('scan-job-0001', (report) => {
        seen.push(report);
        if (seen.length === 1) void dispatch({ method: 'jobs.cancel', args: { jobId: 'scan-job-0001' } });
      });
      const cancelled = await dispatch({
        method: 'board.listReviews',
        args: { roots: [library], jobId: 'scan-job-0001' },
      });
      stop();
      expect(cancelled).toMatchObject({ ok: false, error: { code: 'cancelled' } });
      expect(indexRows(app.home)).toEqual([]);

      const done = await dispatch({ method: 'board.listReviews', args: { roots: [library], jobId: 'scan-job-0002' } });
      expect(done).toMatchObject({ ok: true, result: { reviews: expect.any(Array) } });
      const view = (done as { result: LibraryView }).result;
      expect(view.reviews).toHaveLength(REVIEWS);
      // Frameworks reached through crosswalks are offered by title, never by their id.
      expect(view.crosswalkFrameworks.length).toBeGreaterThan(0);
      for (const framework of view.crosswalkFrameworks) expect(framework.title).not.toBe(framework.id);
      expect(view.crosswalkFrameworks.map((f) => f.title)).toContain(
        'National panel themes (annual report 2022 to 2023)',
      );
      expect(indexRows(app.home)).toHaveLength(REVIEWS);
    } finally {
      closeBoardService(app);
    }
  }, 60_000);
});
