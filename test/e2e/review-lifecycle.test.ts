import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations, startBrowserApp, type BrowserApp } from './harness';

let app: BrowserApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('browser edition: a review from creation to reopening', () => {
  it('creates a review, edits the terms of reference, closes, reopens and shows the text', async () => {
    app = await startBrowserApp();
    const { page } = app;
    await expect(page.getByRole('heading', { level: 1, name: 'Casewright' }).isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);

    await page.getByLabel('Title').fill('Child Q');
    await page.getByRole('group', { name: 'Kind of review' }).getByRole('radio', { name: 'Domestic Homicide Review' }).check();
    await page.getByRole('button', { name: 'Create review' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    expect(existsSync(join(app.home, 'Reviews', 'Child Q.cwr'))).toBe(true);
    await expectNoAxeViolations(page);

    const editor = page.getByRole('textbox', { name: 'Terms of reference' });
    await editor.click();
    await page.keyboard.type('How did agencies share information about Child Q?');
    await page.getByLabel('Lead reviewer').click(); // leaving the editor saves it
    await page.getByRole('status').filter({ hasText: 'Terms of reference saved' }).waitFor();

    await page.getByRole('button', { name: 'Close review' }).click();
    await page.getByRole('heading', { level: 2, name: 'Recent reviews' }).waitFor();
    await page.getByRole('button', { name: 'Child Q' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await expect(page.getByRole('textbox', { name: 'Terms of reference' }).innerText()).resolves.toContain(
      'How did agencies share information about Child Q?',
    );
    await expect(page.getByLabel('Kind of review').inputValue()).resolves.toBe('dhr');
  });

  it('undoes and redoes a saved change with the toolbar and the keyboard', async () => {
    app = await startBrowserApp();
    const { page } = app;
    await page.getByLabel('Title').fill('Child T');
    await page.getByRole('button', { name: 'Create review' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();

    const partnership = page.getByLabel('Safeguarding partnership');
    await partnership.fill('Northfold Partnership');
    await partnership.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => partnership.inputValue()).toBe('');
    await page.getByRole('link', { name: 'Overview' }).focus();
    await page.keyboard.press('Control+Y');
    await expect.poll(() => partnership.inputValue()).toBe('Northfold Partnership');
  });

  it('opens the built-in sample review on first start', async () => {
    app = await startBrowserApp({ firstStart: true });
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await expect(page.getByLabel('Title').inputValue()).resolves.toContain('Child R');
    await expect(page.getByRole('textbox', { name: 'Terms of reference' }).innerText()).resolves.toContain('Key lines of enquiry');
    await expectNoAxeViolations(page);
  });
});
