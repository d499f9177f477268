/**
 * Long work can be followed and stopped. A reviewer imports a large agency return with the
 * keyboard: the Import button keeps focus while it runs, a determinate progress bar counts the
 * rows, Cancel stops it, and the review is left exactly as it was (no entries, no import listed).
 * The same for reading the file, opening a board library and running insight.
 *
 * Each test holds the work part-way (`heldWork`) while it checks the bar and presses Cancel: work
 * left to run would race the page, finishing before it looks on a quiet machine.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/review-file';
import { createDispatcher } from '../../electron/api/dispatcher';
import { libraryIndexPath } from '../../electron/board/library/library-index';
import { reviewWriter } from '../helpers/board-library';
import { dayFirstDate } from '../helpers/agency-return';
import { largeReturnChosenUnderHold } from './pages/large-return';
import { heldWork } from '../helpers/held-work';
import { createReviewInUi, expectNoAxeViolations, reviewCaller, startBrowserApp, saveDownload } from './harness';
import { openArea } from './pages/review';

/** Rows in the agency return: several batches to read and to write, so that both can be held part-way. */
const ROWS = 5_000;

/** Reviews in the library: enough to be read on helper threads, as a real library is. */
const LIBRARY_REVIEWS = 200;

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

/** Entries in the review whose insight run is cancelled. */
const INSIGHT_ENTRIES = 2_000;

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

/** What the progress bar's name and value say, and the focused control's name and availability. */
async function barAndFocus(
  page: Page,
): Promise<{ name: string; text: string | null; max: string | null; focused: readonly unknown[] }> {
  const bar = page.getByRole('progressbar');
  return {
    name: await bar.evaluate(
      (element) => document.getElementById(element.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
    ),
    text: await bar.getAttribute('aria-valuetext'),
    max: await bar.getAttribute('aria-valuemax'),
    focused: await page.evaluate(() => [
      document.activeElement?.textContent,
      document.activeElement?.getAttribute('aria-disabled'),
    ]),
  };
}

/**
 * Presses the button that stops long work, then waits for the status message saying so and for the
 * progress bar to go, and checks the page for accessibility problems.
 */
async function stopAndExpectNothingChanged(page: Page, button: string, status: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await page.getByRole('status').filter({ hasText: status }).waitFor({ timeout: 60_000 });
  await expect.poll(() => page.getByRole('progressbar').count()).toBe(0);
  await expectNoAxeViolations(page);
}

describe('progress and cancel', () => {
  it('shows the file read and the rows imported on progress bars, and a cancelled read or import leaves the review unchanged', async () => {
    const { work, page, call } = await largeReturnChosenUnderHold('Child W', ROWS);

    // Reading the file counts how much of it has been read, and Stop reading leaves the wizard where it was.
    work.hold((report) => report.step === 'Reading the spreadsheet' && report.done > 0);
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect
      .poll(() => barAndFocus(page))
      .toMatchObject({
        name: expect.stringMatching(/^Reading Westmoor Health visits\.csv\s*Reading the spreadsheet/),
        text: expect.stringMatching(/^Reading the spreadsheet: \d+ KB of \d+ KB$/),
      });
    await page.getByRole('button', { name: 'Stop reading' }).click();
    await page.getByRole('status').filter({ hasText: 'Reading stopped. Nothing was changed.' }).waitFor();
    await expectNoAxeViolations(page);
    work.release();
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('heading', { name: 'Westmoor Health visits.csv for Westmoor Health' }).waitFor({
      timeout: 60_000,
    });

    // Enter on the Import button: it stays focused (not dropped to the page) while the rows are written.
    work.hold((report) => report.step === 'Importing rows' && report.done > 0);
    const importAll = page.getByRole('button', { name: `Import all ${ROWS} rows` });
    await importAll.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => barAndFocus(page))
      .toEqual({
        name: expect.stringMatching(/^Importing Westmoor Health visits\.csv\s*Importing rows/),
        text: 'Importing rows: 500 of 5,000 rows',
        max: String(ROWS),
        focused: [`Import all ${ROWS} rows`, 'true'],
      });
    await expectNoAxeViolations(page);
    await stopAndExpectNothingChanged(
      page,
      'Cancel import',
      'Import cancelled. Nothing was changed: no entries were added.',
    );

    // Nothing reached the review, and it takes changes again at once.
    expect(await call('chronology.list', { limit: 1 })).toMatchObject({ total: 0 });
    expect(await call('chronology.listImports', {})).toEqual([]);
    await expect.poll(() => importAll.getAttribute('aria-disabled')).toBe(null);
  }, 300_000);

  it('counts the reviews read while a library opens in Boards, and Stop reading leaves the index as it was', async () => {
    const library = await largeLibrary();
    const work = heldWork();
    const app = await startBrowserApp({ viewport: { width: 1024, height: 700 }, jobHold: work });
    const { page } = app;
    await page.getByRole('link', { name: 'Boards: learning across many reviews' }).click();
    await page.getByLabel('Folders and review files (one per line)').fill(library);
    // Keyboard only: Enter on Open library starts the read.
    work.hold((report) => report.unit === 'reviews' && report.done > 0 && report.done < report.total);
    await page.getByRole('button', { name: 'Open library' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => barAndFocus(page))
      .toMatchObject({
        name: expect.stringMatching(/^Reading the reviews \(read-only\)\s*Reading reviews/),
        max: String(LIBRARY_REVIEWS),
        text: expect.stringMatching(/^Reading reviews: [\d,]+ of 200 reviews$/),
      });
    await stopAndExpectNothingChanged(
      page,
      'Stop reading',
      'Reading stopped. Nothing was changed: the library was not opened.',
    );
    // The cancelled read wrote nothing to the library index.
    expect(indexedFiles(app.edition.app.home)).toBe(0);
    work.release();

    // Read again, to the end: every review is listed, and the index now holds them all.
    await page.getByRole('button', { name: 'Read the reviews again' }).click();
    await page.getByText(`${LIBRARY_REVIEWS} reviews read.`).waitFor({ timeout: 120_000 });
    expect(indexedFiles(app.edition.app.home)).toBe(LIBRARY_REVIEWS);
  }, 300_000);

  it('shows insight reading the entries on a progress bar, and Cancel stops the run with nothing changed', async () => {
    const work = heldWork();
    const app = await startBrowserApp({ viewport: { width: 1024, height: 700 }, jobHold: work });
    const { page } = app;
    const reviewId = await createReviewInUi(page, 'Child V');
    const call = reviewCaller(app, reviewId);
    await call('chronology.importApply', {
      fileName: 'Westmoor Police log.csv',
      bytesBase64: Buffer.from(policeLog()).toString('base64'),
      agency: 'Westmoor Police',
    });
    const auditBefore = await call('review.listAudit', { limit: 1000 });

    work.hold((report) => report.done > 0 && report.done < report.total);
    await openArea(page, 'Insight');
    await expect
      .poll(() => barAndFocus(page))
      .toMatchObject({
        name: expect.stringMatching(/^Looking for patterns/),
        max: '100',
        text: 'Reading 1,000 of 2,000 chronology entries: 30%',
      });
    await stopAndExpectNothingChanged(
      page,
      'Cancel insight',
      'Insight was stopped before it finished. Nothing was changed.',
    );
    expect(await call('review.listAudit', { limit: 1000 })).toEqual(auditBefore);
    work.release();

    // Asked again, the run goes to the end and shows its patterns.
    await page.getByRole('button', { name: 'Look for patterns again' }).click();
    await page.getByText(/found in 2,000 chronology entries, strongest first/).waitFor({ timeout: 120_000 });
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

    const saved = join(tempDir('cw-e2e-chronology-export-'), 'chronology.csv');
    await saveDownload(
      page,
      () => section.getByRole('button', { name: 'Export chronology as a CSV file…' }).click(),
      / - chronology\.csv$/,
      saved,
    );
    await section.getByText(`Saved ${total} entries as the download`).waitFor();
    const rows = Papa.parse<string[]>(readFileSync(saved, 'utf8').replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(rows[0]?.[0]).toBe('Entry');
    expect(rows.length - 1).toBe(total);
    await expectNoAxeViolations(page);
  });
});
