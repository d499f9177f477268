/**
 * Every document from the Report area, as a reviewer makes them: each kind exported through the
 * in-app save dialog (the briefings used to fail for every review), and a readiness problem
 * fixed from the checklist before the publication export is allowed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readDocxStructure } from '../../electron/export/verify/ooxml-structure';
import { fillCompleteReview } from '../helpers/complete-review';
import { tempDir } from '../helpers/review-file';
import { createReviewInUi, expectNoAxeViolations, reviewCaller, startBrowserApp, type BrowserApp } from './harness';

let app: BrowserApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function exportThroughDialog(page: Page, button: string, dialogName: RegExp, expectedName: string, target: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.waitFor();
  const field = dialog.getByLabel('Save as (a path on this computer)');
  await expect(field.inputValue()).resolves.toMatch(new RegExp(`[\\\\/]${expectedName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await field.fill(target);
  await dialog.getByRole('button', { name: 'Save' }).click();
}

describe('browser edition: exporting every document', () => {
  it('exports the draft, panel draft, both briefings and, once the checklist is done, the publication report', async () => {
    app = await startBrowserApp();
    const { page } = app;
    const reviewId = await createReviewInUi(page, 'Child T');
    const call = reviewCaller(app, reviewId);
    await fillCompleteReview(call);
    // The one thing left to do: the partnership is not named, so the title page would say "Safeguarding partnership".
    await call('review.updateMeta', { partnership: '' });
    const out = tempDir('cw-e2e-exports-');

    await page.getByRole('link', { name: 'Report' }).click();
    await page.getByRole('heading', { level: 1, name: 'Report' }).waitFor();

    const documents = [
      { button: 'Export internal draft…', dialog: /Export report \(draft\)/, name: 'Child T — draft.docx', done: /Saved draft to/ },
      { button: 'Export panel draft…', dialog: /Export panel draft/, name: 'Child T — panel draft.docx', done: /Saved draft to .*panel draft/ },
      { button: 'Export 7-minute briefing…', dialog: /Export learning briefing/, name: 'Child T — 7-minute briefing.docx', done: /Saved publication version to .*7-minute briefing/ },
      { button: 'Export one-page learning brief…', dialog: /Export learning briefing/, name: 'Child T — one-page brief.docx', done: /Saved publication version to .*one-page brief/ },
    ];
    for (const doc of documents) {
      const target = join(out, doc.name);
      await exportThroughDialog(page, doc.button, doc.dialog, doc.name, target);
      await expect.poll(() => page.getByText(doc.done).count(), { timeout: 90_000 }).toBe(1);
      expect(existsSync(target)).toBe(true);
      const structure = await readDocxStructure(readFileSync(target));
      expect(structure.watermark).toBe(doc.name.includes('draft'));
    }

    // The publication export is refused, listing the problem and where to fix it.
    const publication = join(out, 'Child T — publication report.docx');
    await exportThroughDialog(page, 'Export report for publication…', /^Export report$/, 'Child T — publication report.docx', publication);
    await page.getByText(/Title page: The partnership is not set/).first().waitFor({ timeout: 90_000 });
    expect(existsSync(publication)).toBe(false);

    // The checklist shows the same problem with a link to the place to fix it.
    await page.getByRole('button', { name: 'Check the publication version' }).click();
    const checklist = page.getByRole('list', { name: 'Things to finish before publication' });
    await checklist.waitFor({ timeout: 90_000 });
    await expect.poll(() => checklist.getByRole('listitem').count()).toBe(1);
    await expectNoAxeViolations(page);
    await checklist.getByRole('link', { name: 'Fix it in Overview: Safeguarding partnership' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await page.getByLabel('Safeguarding partnership').fill('Westmoor Safeguarding Children Partnership');
    await page.getByLabel('Safeguarding partnership').press('Tab');
    await expect.poll(async () => ((await call('review.session', {})) as { meta: { partnership: string } }).meta.partnership).toBe('Westmoor Safeguarding Children Partnership');

    await page.getByRole('link', { name: 'Report' }).click();
    await page.getByRole('button', { name: 'Check the publication version' }).click();
    await page.getByText('No identifying information found. The report can be published.').waitFor({ timeout: 90_000 });
    await exportThroughDialog(page, 'Export report for publication…', /^Export report$/, 'Child T — publication report.docx', publication);
    await page.getByText(/Saved publication version to .*publication report/).waitFor({ timeout: 90_000 });
    const structure = await readDocxStructure(readFileSync(publication));
    expect(structure.watermark).toBe(false);
    expect(structure.hasTocField).toBe(true);
  }, 480_000);
});
