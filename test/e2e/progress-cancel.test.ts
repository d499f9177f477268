/**
 * Long work can be followed and stopped. A reviewer imports a large agency return with the
 * keyboard: the Import button keeps focus while it runs, a determinate progress bar counts the
 * rows, Cancel stops it, and the review is left exactly as it was (no entries, no import listed).
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/review-file';
import { createDispatcher } from '../../electron/api/dispatcher';
import { libraryIndexPath } from '../../electron/board/library/library-index';
import { reviewWriter } from '../helpers/board-library';
import { dayFirstDate, largeHealthReturn } from './pages/large-return';
import { createReviewInUi, expectNoAxeViolations, reviewCaller, startBrowserApp } from './harness';
import { openArea } from './pages/review';

/**
 * Large enough that the import is still writing when the reviewer reaches Cancel: 30,000 rows were
 * all written within about two seconds on this machine, so this is twice that. (The bridge runs in
 * the test's own process, so the test's browser commands go through between batches of rows, as the
 * page's own calls do.)
 */
const ROWS = 60_000;

/**
 * Reviews in the library: enough that the first read is still going when the page presses Stop
 * (each review is a real file, read in full, at a few milliseconds each).
 */
const LIBRARY_REVIEWS = 600;

/** A library folder of one fictional review copied many times (each copy is its own file to read). */
async function largeLibrary(): Promise<string> {
  const library = tempDir('cw-e2e-large-library-');
  const first = await reviewWriter(tempDir('cw-e2e-library-writer-')).write(library, {
    fileName: 'review-001.cwr',
    title: 'Child N',
    kind: 'lcspr',
    findings: [{ title: 'Nobody asked the child', tags: [] }],
  });
  for (let i = 2; i <= LIBRARY_REVIEWS; i += 1)
    copyFileSync(first, join(library, `review-${String(i).padStart(3, '0')}.cwr`));
  return library;
}

/** Files the library index holds (none: it does not exist yet). */
function indexedFiles(home: string): number {
  if (!existsSync(libraryIndexPath(home))) return 0;
  const db = new Database(libraryIndexPath(home), { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM library_file').pluck().get() as number;
  } finally {
    db.close();
  }
}

/** Entries in the review whose insight run is cancelled: enough that the run is still reading them when the page presses Cancel. */
const INSIGHT_ENTRIES = 20_000;

/** A fictional police log, every entry worded a little differently (as real logs are), with the words insight looks for. */
function policeLog(): string {
  const lines = ['Date,Time,Details'];
  for (let i = 0; i < INSIGHT_ENTRIES; i += 1) {
    const date = dayFirstDate(new Date(Date.UTC(2000, 0, 1 + Math.floor(i / 4))));
    lines.push(
      `${date},1${i % 10}:15,"Call ${i + 1} to ${(i % 97) + 1} Mill Lane. Verbal argument between mother and partner, children asleep upstairs. Officer ${(i % 31) + 1} completed DASH: standard risk. No further action."`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

interface SeenBar {
  readonly name: string;
  readonly now: number;
  readonly max: string | null;
  readonly text: string | null;
  readonly focused: string;
  readonly focusedUnavailable: string | null | undefined;
}

/**
 * Runs in the page: waits for the progress bar to show a count, notes what it and the focused
 * control say, and presses the Cancel button named. Null if the work ended first (`endText` shows).
 */
function watchThenCancel({ cancelLabel, endText }: { cancelLabel: string; endText: string }): Promise<SeenBar | null> {
  return new Promise((resolve) => {
    const look = (): boolean => {
      const bar = document.querySelector('[role="progressbar"][aria-valuenow]');
      if (bar !== null && Number(bar.getAttribute('aria-valuenow')) > 0) {
        const focused = document.activeElement;
        resolve({
          name: document.getElementById(bar.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
          now: Number(bar.getAttribute('aria-valuenow')),
          max: bar.getAttribute('aria-valuemax'),
          text: bar.getAttribute('aria-valuetext'),
          focused: focused?.textContent ?? '',
          focusedUnavailable: focused?.getAttribute('aria-disabled'),
        });
        [...document.querySelectorAll('button')].find((button) => button.textContent === cancelLabel)?.click();
        return true;
      }
      if (document.body.textContent?.includes(endText) === true) {
        resolve(null);
        return true;
      }
      return false;
    };
    if (look()) return;
    const observer = new MutationObserver(() => {
      if (look()) observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

describe('progress and cancel', () => {
  it('shows the rows imported on a progress bar, and a cancelled import leaves the review unchanged', async () => {
    const app = await startBrowserApp({ viewport: { width: 1024, height: 700 } });
    const { page } = app;
    const reviewId = await createReviewInUi(page, 'Child W');
    const call = reviewCaller(app, reviewId);
    await page.getByRole('navigation', { name: 'Review areas' }).getByRole('link', { name: 'Chronology' }).click();
    await page.getByRole('navigation', { name: 'Chronology views' }).getByRole('link', { name: 'Import' }).click();
    await page.getByLabel('Chronology file (CSV or Excel .xlsx)').setInputFiles(largeHealthReturn(ROWS));
    await page.getByLabel('Agency that sent it').fill('Westmoor Health');
    // Reading the file counts how much of it has been read, and Stop reading leaves the wizard where it was.
    // The page starts watching before Preview is pressed: the bridge shares this test's process, so
    // a command sent while the file is read could arrive only after it has been read.
    const watching = page.evaluate(watchThenCancel, {
      cancelLabel: 'Stop reading',
      endText: 'Westmoor Health visits.csv for Westmoor Health',
    });
    await page.getByRole('button', { name: 'Preview' }).click();
    const reading = await watching;
    expect(reading).toMatchObject({
      name: expect.stringMatching(/^Reading Westmoor Health visits\.csv\s*(Reading the spreadsheet|Checking rows)/),
      text: expect.stringMatching(
        /^(Reading the spreadsheet: [\d.]+ MB of [\d.]+ MB|Checking rows: [\d,]+ of 60,000 rows)$/,
      ),
    });
    await page
      .getByRole('status')
      .filter({ hasText: 'Reading stopped. Nothing was changed.' })
      .waitFor({ timeout: 60_000 });
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('heading', { name: 'Westmoor Health visits.csv for Westmoor Health' }).waitFor({
      timeout: 60_000,
    });

    // Enter on the Import button: it stays focused (not dropped to the page) while the rows are written.
    const importAll = page.getByRole('button', { name: `Import all ${ROWS} rows` });
    await importAll.focus();
    await page.keyboard.press('Enter');
    // The page itself watches for the first count and presses Cancel at once: the bridge runs in this
    // test's process, where a browser command gets through only between two batches of rows.
    const seen = await page.evaluate(watchThenCancel, { cancelLabel: 'Cancel import', endText: 'Import report:' });
    expect(seen).toEqual({
      name: expect.stringMatching(/^Importing Westmoor Health visits\.csv\s*Importing rows/),
      now: expect.any(Number),
      max: String(ROWS),
      text: expect.stringMatching(/^Importing rows: [\d,]+ of 60,000 rows$/),
      focused: `Import all ${ROWS} rows`,
      focusedUnavailable: 'true',
    });
    expect(seen!.now).toBeGreaterThan(0);
    await page
      .getByRole('status')
      .filter({ hasText: 'Import cancelled. Nothing was changed: no entries were added.' })
      .waitFor({ timeout: 60_000 });
    // The import was stopped part-way, and its bar is gone.
    expect(seen!.now).toBeLessThan(ROWS);
    await expect.poll(() => page.getByRole('progressbar').count()).toBe(0);
    await expectNoAxeViolations(page);

    // Nothing reached the review, and it takes changes again at once.
    expect(await call('chronology.list', { limit: 1 })).toMatchObject({ total: 0 });
    expect(await call('chronology.listImports', {})).toEqual([]);
    await expect.poll(() => importAll.getAttribute('aria-disabled')).toBe(null);
  }, 300_000);

  it('counts the reviews read while a library opens in Boards, and Stop reading leaves the index as it was', async () => {
    const library = await largeLibrary();
    const app = await startBrowserApp({ viewport: { width: 1024, height: 700 } });
    const { page } = app;
    await page.getByRole('link', { name: 'Boards: learning across many reviews' }).click();
    await page.getByLabel('Folders and review files (one per line)').fill(library);
    // Keyboard only: Enter on Open library starts the read.
    await page.getByRole('button', { name: 'Open library' }).focus();
    const watching = page.evaluate(watchThenCancel, { cancelLabel: 'Stop reading', endText: 'reviews read' });
    await page.keyboard.press('Enter');
    const seen = await watching;
    expect(seen).toMatchObject({
      name: expect.stringMatching(/^Reading the reviews \(read-only\)\s*Reading reviews/),
      max: String(LIBRARY_REVIEWS),
      text: expect.stringMatching(/^Reading reviews: [\d,]+ of 600 reviews$/),
    });
    expect(seen!.now).toBeGreaterThan(0);
    await page
      .getByRole('status')
      .filter({ hasText: 'Reading stopped. Nothing was changed: the library was not opened.' })
      .waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByRole('progressbar').count()).toBe(0);
    await expectNoAxeViolations(page);
    // The cancelled read wrote nothing to the library index.
    expect(indexedFiles(app.edition.app.home)).toBe(0);

    // Read again, to the end: every review is listed, and the index now holds them all.
    await page.getByRole('button', { name: 'Read the reviews again' }).click();
    await page.getByText(`${LIBRARY_REVIEWS} reviews read.`).waitFor({ timeout: 120_000 });
    expect(indexedFiles(app.edition.app.home)).toBe(LIBRARY_REVIEWS);
    await app.close();
  }, 300_000);

  it('shows insight reading the entries on a progress bar, and Cancel stops the run with nothing changed', async () => {
    const app = await startBrowserApp({ viewport: { width: 1024, height: 700 } });
    const { page } = app;
    const reviewId = await createReviewInUi(page, 'Child V');
    const call = reviewCaller(app, reviewId);
    await call('chronology.importApply', {
      fileName: 'Westmoor Police log.csv',
      bytesBase64: Buffer.from(policeLog()).toString('base64'),
      agency: 'Westmoor Police',
    });
    const auditBefore = await call('review.listAudit', { limit: 1000 });

    // The page itself watches for the first count and presses Cancel: the bridge shares this test's
    // process, where a browser command gets through only between two steps of the run.
    const watching = page.evaluate(watchThenCancel, {
      cancelLabel: 'Cancel insight',
      endText: 'chronology entries, strongest first',
    });
    await openArea(page, 'Insight');
    const seen = await watching;
    expect(seen).toMatchObject({
      name: expect.stringMatching(/^Looking for patterns/),
      max: '100',
    });
    expect(seen!.now).toBeGreaterThan(0);
    expect(seen!.now).toBeLessThan(100);
    await page
      .getByRole('status')
      .filter({ hasText: 'Insight was stopped before it finished. Nothing was changed.' })
      .waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByRole('progressbar').count()).toBe(0);
    await expectNoAxeViolations(page);
    expect(await call('review.listAudit', { limit: 1000 })).toEqual(auditBefore);

    // Asked again, the run goes to the end and shows its patterns.
    await page.getByRole('button', { name: 'Look for patterns again' }).click();
    await page.getByText(/found in 20,000 chronology entries, strongest first/).waitFor({ timeout: 120_000 });
    await app.close();
  }, 300_000);

  it("exports the merged chronology from the Report area as the browser's own download, every entry in it", async () => {
    const app = await startBrowserApp({ viewport: { width: 1024, height: 700 } });
    const { page } = app;
    const opened = (await createDispatcher(
      app.edition.app,
      () => undefined,
    )({
      method: 'review.openSample',
      args: {},
    })) as { ok: true; result: { reviewId: string } };
    const reviewId = opened.result.reviewId;
    const { total } = (await reviewCaller(app, reviewId)('chronology.list', { limit: 1 })) as { total: number };
    await page.goto(`${app.url}/#/review/${encodeURIComponent(reviewId)}/report`);
    const section = page.getByRole('region', { name: 'Merged chronology' });
    await section.getByText('This is a working copy: it is not anonymised.').waitFor();

    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await section.getByRole('button', { name: 'Export chronology as a CSV file…' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/ - chronology\.csv$/);
    const saved = join(tempDir('cw-e2e-chronology-export-'), 'chronology.csv');
    await download.saveAs(saved);
    await section.getByText(`Saved ${total} entries as the download`).waitFor();
    const rows = Papa.parse<string[]>(readFileSync(saved, 'utf8').replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(rows[0]?.[0]).toBe('Entry');
    expect(rows.length - 1).toBe(total);
    await expectNoAxeViolations(page);
  });
});
