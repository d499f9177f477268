import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createReviewInUi, expectNoAxeViolations, reviewCaller, startBrowserApp } from './harness';

/** A name no fixture or sample uses, so finding it in the file can only mean the deleted person. */
const PLANTED_NAME = 'Quillborough Zephyrine-Vantablake';

/** Every byte of the review and of anything SQLite keeps beside it (journal, WAL). */
function bytesOfReview(folder: string, fileName: string): Buffer {
  const parts = readdirSync(folder)
    .filter((name) => name.startsWith(fileName))
    .map((name) => readFileSync(join(folder, name)));
  return Buffer.concat(parts);
}

describe('browser edition: protecting a review', () => {
  it('erases a deleted person permanently: their name is in no byte of the file', async () => {
    const app = await startBrowserApp();
    const { page } = app;
    // Unencrypted, so that the file's bytes would show the name if it were still there.
    const reviewId = await createReviewInUi(page, 'Erasure check', { encrypted: false });
    const folder = join(app.home, 'Reviews');
    expect(existsSync(join(folder, 'Erasure check.cwr'))).toBe(true);

    const call = reviewCaller(app, reviewId);
    const person = (await call('people.add', { realName: PLANTED_NAME, pseudonym: 'Adult K' })) as { id: number };
    expect(bytesOfReview(folder, 'Erasure check.cwr').includes(PLANTED_NAME)).toBe(true);
    await call('people.remove', { id: person.id });
    // Deleting alone leaves the name in the audit trail's copy of the deleted row.
    expect(bytesOfReview(folder, 'Erasure check.cwr').includes(PLANTED_NAME)).toBe(true);

    await page.getByRole('heading', { level: 2, name: 'Protect this review' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Erase deleted information permanently…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Erase deleted information permanently?' });
    await dialog.waitFor();
    await expect.poll(() => dialog.innerText()).toContain('This cannot be undone.');
    await expect
      .poll(() => dialog.innerText())
      .toContain('The history will still show that information was erased, when, and by whom.');
    await expectNoAxeViolations(page);
    // Keeping it changes nothing.
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(bytesOfReview(folder, 'Erasure check.cwr').includes(PLANTED_NAME)).toBe(true);

    await page.getByRole('button', { name: 'Erase deleted information permanently…' }).click();
    await page
      .getByRole('dialog', { name: 'Erase deleted information permanently?' })
      .getByRole('button', { name: 'Erase permanently' })
      .click();
    await page.getByRole('status').filter({ hasText: 'Deleted information erased permanently' }).waitFor();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => bytesOfReview(folder, 'Erasure check.cwr').includes(PLANTED_NAME)).toBe(false);

    // The history still says that something was erased, and by whom.
    await page.getByRole('button', { name: 'Close review' }).click();
    await page.getByRole('heading', { level: 2, name: 'Recent reviews' }).waitFor();
    expect(bytesOfReview(folder, 'Erasure check.cwr').includes(PLANTED_NAME)).toBe(false);
    expect(bytesOfReview(folder, 'Erasure check.cwr').includes('Erase deleted data permanently')).toBe(true);
  });

  it('shows and saves how long copies of earlier versions are kept', async () => {
    const app = await startBrowserApp();
    const { page } = app;
    const reviewId = await createReviewInUi(page, 'Retention check', { encrypted: false });
    const call = reviewCaller(app, reviewId);

    const setting = page.getByRole('group', { name: 'How long to keep copies of earlier versions' });
    await expect.poll(() => setting.innerText()).toContain('Now kept for the life of the review.');
    await setting.getByRole('radio', { name: 'For a set number of days' }).check();
    const days = setting.getByRole('textbox', { name: 'Number of days' });
    await days.fill('ninety');
    await page.getByRole('button', { name: 'Save how long copies are kept' }).click();
    await expect.poll(() => setting.innerText()).toContain('Enter a whole number of days, such as 90.');
    await expect.poll(() => days.getAttribute('aria-invalid')).toBe('true');
    expect(await call('review.getAuditRetention', {})).toEqual({ days: null });
    await expectNoAxeViolations(page);

    await days.fill('30');
    await page.getByRole('button', { name: 'Save how long copies are kept' }).click();
    await page.getByRole('status').filter({ hasText: 'Copies of earlier versions will be kept for 30 days' }).waitFor();
    await expect.poll(() => setting.innerText()).toContain('Now kept for 30 days.');
    await expect.poll(() => call('review.getAuditRetention', {})).toEqual({ days: 30 });

    // Reopened, the screen shows the saved setting.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await expect
      .poll(() => page.getByRole('group', { name: 'How long to keep copies of earlier versions' }).innerText())
      .toContain('Now kept for 30 days.');
    await expect.poll(() => page.getByRole('textbox', { name: 'Number of days' }).inputValue()).toBe('30');

    await page.getByRole('radio', { name: 'For the life of the review' }).check();
    await page.getByRole('button', { name: 'Save how long copies are kept' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Copies of earlier versions will be kept for the life of the review' })
      .waitFor();
    await expect.poll(() => call('review.getAuditRetention', {})).toEqual({ days: null });
  });
});
