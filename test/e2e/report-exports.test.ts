/**
 * Every document from the Report area, as a reviewer makes them: each kind exported as the browser
 * edition's download (the briefings used to fail for every review), and a readiness problem
 * fixed from the checklist before the publication export is allowed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocxStructure } from '../../electron/export/verify/ooxml-structure';
import { fillCompleteReview } from '../helpers/complete-review';
import { tempDir } from '../helpers/review-file';
import { expectNoAxeViolations } from './harness';
import { checkPublication, exportAsDownload } from './pages/report';
import { openArea, startWithNewReview } from './pages/review';

describe('browser edition: exporting every document', () => {
  it('exports the draft, panel draft, both briefings and, once the checklist is done, the publication report', async () => {
    const { page, call } = await startWithNewReview('Child T');
    await fillCompleteReview(call);
    // The one thing left to do: the partnership is not named, so the title page would say "Safeguarding partnership".
    await call('review.updateMeta', { partnership: '' });
    const out = tempDir('cw-e2e-exports-');

    await openArea(page, 'Report');

    const documents = [
      { button: 'Export internal draft…', name: 'Child T — draft.docx', done: /Saved draft as the download .*draft/ },
      {
        button: 'Export panel draft…',
        name: 'Child T — panel draft.docx',
        done: /Saved draft as the download .*panel draft/,
      },
      {
        button: 'Export 7-minute briefing…',
        name: 'Child T — 7-minute briefing.docx',
        done: /Saved publication version as the download .*7-minute briefing/,
      },
      {
        button: 'Export one-page learning brief…',
        name: 'Child T — one-page brief.docx',
        done: /Saved publication version as the download .*one-page brief/,
      },
    ];
    for (const doc of documents) {
      const target = join(out, doc.name);
      expect(await exportAsDownload(page, doc.button, doc.name, target)).toBe(true);
      await expect.poll(() => page.getByText(doc.done).count(), { timeout: 90_000 }).toBe(1);
      expect(existsSync(target)).toBe(true);
      const structure = await readDocxStructure(readFileSync(target));
      expect(structure.watermark).toBe(doc.name.includes('draft'));
    }

    // The publication export is refused, listing the problem and where to fix it.
    const publication = join(out, 'Child T — publication report.docx');
    const refusedDownload = page.waitForEvent('download', { timeout: 5_000 }).catch(() => null);
    await page.getByRole('button', { name: 'Export report for publication…' }).click();
    await page
      .getByText(/Title page: The partnership is not set/)
      .first()
      .waitFor({ timeout: 90_000 });
    expect(await refusedDownload).toBeNull();
    expect(existsSync(publication)).toBe(false);

    // The checklist shows the same problem with a link to the place to fix it.
    await checkPublication(page);
    const checklist = page.getByRole('list', { name: 'Things to finish before publication' });
    await checklist.waitFor({ timeout: 90_000 });
    await expect.poll(() => checklist.getByRole('listitem').count()).toBe(1);
    await expectNoAxeViolations(page);
    await checklist.getByRole('link', { name: 'Fix it in Overview: Safeguarding partnership' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await page.getByLabel('Safeguarding partnership').fill('Westmoor Safeguarding Children Partnership');
    await page.getByLabel('Safeguarding partnership').press('Tab');
    await expect
      .poll(async () => ((await call('review.getSession', {})) as { meta: { partnership: string } }).meta.partnership)
      .toBe('Westmoor Safeguarding Children Partnership');

    await page.getByRole('link', { name: 'Report' }).click();
    await checkPublication(page);
    await page.getByText('No identifying information found. The report can be published.').waitFor({ timeout: 90_000 });
    expect(
      await exportAsDownload(page, 'Export report for publication…', 'Child T — publication report.docx', publication),
    ).toBe(true);
    await page.getByText(/Saved publication version as the download .*publication report/).waitFor({ timeout: 90_000 });
    const structure = await readDocxStructure(readFileSync(publication));
    expect(structure.watermark).toBe(false);
    expect(structure.hasTocField).toBe(true);
  }, 480_000);
});
