/**
 * Closing a review while its import is still being written is refused in words the reviewer can act
 * on, the review stays open, and once the import has finished the review closes as usual.
 */
import { describe, expect, it } from 'vitest';
import { largeHealthReturn } from './pages/large-return';
import { createReviewInUi, expectNoAxeViolations, reviewCaller, startBrowserApp } from './harness';

/** Large enough that the rows are still being written when the page presses Close review. */
const ROWS = 60_000;

/**
 * Runs in the page: presses the Import button, waits for the progress bar to count the rows written,
 * then presses Close review. Resolves with whether the close was pressed while the bar counted.
 * (The bridge runs in the test's own process, where a browser command gets through only between
 * two batches of rows, so the page acts itself.)
 */
function importThenClose({ importLabel }: { importLabel: string }): Promise<boolean> {
  const button = (label: string): HTMLButtonElement | undefined =>
    [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === label);
  return new Promise((resolve) => {
    const look = (): boolean => {
      const bar = document.querySelector('[role="progressbar"][aria-valuenow]');
      if (bar !== null && Number(bar.getAttribute('aria-valuenow')) > 0) {
        button('Close review')?.click();
        resolve(true);
        return true;
      }
      if (document.body.textContent?.includes('Import report:') === true) {
        resolve(false);
        return true;
      }
      return false;
    };
    const observer = new MutationObserver(() => {
      if (look()) observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    button(importLabel)?.click();
  });
}

describe('closing a review during an import', () => {
  it('is refused with a plain message while the rows are written, and the review closes once the import is done', async () => {
    const app = await startBrowserApp({ viewport: { width: 1024, height: 700 } });
    const { page } = app;
    const reviewId = await createReviewInUi(page, 'Child W');
    const call = reviewCaller(app, reviewId);
    await page.getByRole('navigation', { name: 'Review areas' }).getByRole('link', { name: 'Chronology' }).click();
    await page.getByRole('navigation', { name: 'Chronology views' }).getByRole('link', { name: 'Import' }).click();
    await page.getByLabel('Chronology file (CSV or Excel .xlsx)').setInputFiles(largeHealthReturn(ROWS));
    await page.getByLabel('Agency that sent it').fill('Westmoor Health');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page
      .getByRole('heading', { name: 'Westmoor Health visits.csv for Westmoor Health' })
      .waitFor({ timeout: 60_000 });

    const closedWhileWriting = await page.evaluate(importThenClose, { importLabel: `Import all ${ROWS} rows` });
    expect(closedWhileWriting).toBe(true);

    const refusal = page.getByRole('alert').filter({ hasText: 'Not closed' });
    await refusal.waitFor({ timeout: 60_000 });
    await expect
      .poll(() => refusal.textContent())
      .toMatch(
        /^Not closed: The review stays open while Casewright is still working on it \(.+\)\. Cancel it, or wait for it to finish, then close the review\.$/,
      );

    // The import was not disturbed: it finishes and its rows are all in the review, which is still open.
    await page.getByText('Import report:').first().waitFor({ timeout: 120_000 });
    expect(await call('chronology.list', { limit: 1 })).toMatchObject({ total: ROWS });
    await expectNoAxeViolations(page);

    // Now the review closes, back to the start screen.
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => refusal.count()).toBe(0);
    await page.getByRole('button', { name: 'Close review' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Close review' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: 'Create review' }).count()).toBe(1);
  }, 300_000);
});
