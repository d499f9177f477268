import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_PASSPHRASE, expectNoAxeViolations, fillReviewPassphrase, startBrowserApp } from './harness';
import { closeReview, openRecent, statusSays } from './pages/review';

describe('browser edition: a review from creation to reopening', () => {
  it('creates a review, edits the terms of reference, closes, reopens and shows the text', async () => {
    const app = await startBrowserApp();
    const { page } = app;
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Casewright' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    await page.getByLabel('Title').fill('Child Q');
    await page
      .getByRole('group', { name: 'Kind of review' })
      .getByRole('radio', { name: 'Domestic Homicide Review' })
      .check();
    // Encrypted by default: a passphrase that differs from its confirmation is caught first.
    await page.getByLabel('Passphrase', { exact: true }).fill(E2E_PASSPHRASE);
    await page.getByLabel('Type the passphrase again').fill(`${E2E_PASSPHRASE}x`);
    await page.getByRole('button', { name: 'Create review' }).click();
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'The two passphrases are not the same' }).count())
      .toBe(1);
    await fillReviewPassphrase(page);
    await page.getByRole('button', { name: 'Create review' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    expect(existsSync(join(app.home, 'Reviews', 'Child Q.cwr'))).toBe(true);
    await expectNoAxeViolations(page);

    const editor = page.getByRole('textbox', { name: 'Terms of reference' });
    await editor.click();
    await page.keyboard.type('How did agencies share information about Child Q?');
    await page.getByLabel('Lead reviewer').click(); // leaving the editor saves it
    await statusSays(page, 'Terms of reference saved');

    await closeReview(page);
    // Nothing readable on disk: not the title, not the terms of reference; and settings keep no title.
    const bytes = readFileSync(join(app.home, 'Reviews', 'Child Q.cwr'));
    expect(bytes.includes('How did agencies share')).toBe(false);
    expect(bytes.includes('Child Q')).toBe(false);
    expect(readFileSync(join(app.home, 'settings.json'), 'utf8')).not.toContain('"title"');
    await openRecent(page, 'Child Q', 'not the passphrase');
    await page.getByRole('alert').filter({ hasText: 'That passphrase does not open this review' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Passphrase for this review').fill(E2E_PASSPHRASE);
    await page.getByRole('button', { name: 'Open with passphrase' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Terms of reference' }).innerText())
      .toContain('How did agencies share information about Child Q?');
    await expect.poll(() => page.getByLabel('Kind of review').inputValue()).toBe('dhr');
  });

  it('undoes and redoes a saved change with the toolbar and the keyboard', async () => {
    const app = await startBrowserApp();
    const { page } = app;
    await page.getByLabel('Title').fill('Child T');
    await fillReviewPassphrase(page);
    await page.getByRole('button', { name: 'Create review' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();

    const partnership = page.getByLabel('Safeguarding partnership');
    await partnership.fill('Northfold Partnership');
    await partnership.press('Enter');
    await statusSays(page, 'Saved');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => partnership.inputValue()).toBe('');
    await page.getByRole('link', { name: 'Overview' }).focus();
    await page.keyboard.press('Control+Y');
    await expect.poll(() => partnership.inputValue()).toBe('Northfold Partnership');
  });

  it('opens the built-in sample review on first start', async () => {
    const app = await startBrowserApp({ firstStart: true });
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await expect.poll(() => page.getByLabel('Title').inputValue()).toContain('Child R');
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Terms of reference' }).innerText())
      .toContain('Key lines of enquiry');
    await expectNoAxeViolations(page);
  });
});
