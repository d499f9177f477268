/**
 * Closing a review while its import is still being written is refused in words the reviewer can act
 * on, the review stays open, and once the import has finished the review closes as usual.
 */
import { describe, expect, it } from 'vitest';
import { largeReturnChosenUnderHold } from './pages/large-return';
import { expectNoAxeViolations } from './harness';

/** Several batches of rows, so that the import can be held while it writes them. */
const ROWS = 5_000;

describe('closing a review during an import', () => {
  it('is refused with a plain message while the rows are written, and the review closes once the import is done', async () => {
    // The import is held part-way while the reviewer presses Close review: left to run, it could
    // finish before the page presses it.
    const { work, page, call, chronology, file } = await largeReturnChosenUnderHold('Child W', ROWS);
    await chronology.preview(file, 'Westmoor Health');

    work.hold((report) => report.step === 'Importing rows' && report.done > 0);
    await page.getByRole('button', { name: `Import all ${ROWS} rows` }).click();
    await expect
      .poll(() => page.getByRole('progressbar').getAttribute('aria-valuetext'))
      .toBe('Importing rows: 500 of 5,000 rows');
    await page.getByRole('button', { name: 'Close review' }).click();

    const refusal = page.getByRole('alert').filter({ hasText: 'Not closed' });
    await expect
      .poll(() => refusal.textContent())
      .toMatch(
        /^Not closed: The review stays open while Casewright is still working on it \(.+\)\. Cancel it, or wait for it to finish, then close the review\.$/,
      );
    await expectNoAxeViolations(page);

    // The import was not disturbed: it finishes and its rows are all in the review, which is still open.
    work.release();
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
