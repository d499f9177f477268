import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocxStructure } from '../../electron/export/verify/ooxml-structure';
import { tempDir } from '../helpers/review-file';
import { expectNoAxeViolations, saveDownload } from './harness';
import { checkPublication } from './pages/report';
import { openArea, startWithNewReview } from './pages/review';

describe('browser edition: the Report area', () => {
  it('checks for leaks, edits the glossary and briefing, and exports through the in-app save dialog', async () => {
    const { page, call } = await startWithNewReview('Child R');
    await call('chronology.add', {
      date: '12/03/2021',
      agency: 'Westmoor Police',
      summary: 'Call-out; the MARAC was not told',
    });

    await openArea(page, 'Report');
    await expectNoAxeViolations(page);

    // Leak check: nothing registered, nothing identifying.
    await checkPublication(page);
    await page.getByText('No identifying information found').waitFor();

    // Glossary: MARAC is used in the chronology; give it the review's own definition.
    await page.getByLabel('Definition of MARAC').fill('Westmoor risk conference');
    await page.getByRole('button', { name: 'Save definition of MARAC' }).click();
    await page.getByText('Your definition').waitFor();

    // Briefing edits are stored in the review.
    await page.getByLabel('Reflective questions (one a line)').fill('Who saw the child alone?');
    await page.getByRole('button', { name: 'Save briefing' }).click();
    await page.getByRole('status').filter({ hasText: 'Briefing saved' }).waitFor();
    expect(
      ((await call('report.getBriefing', {})) as { content: { reflectiveQuestions: string[] } }).content
        .reflectiveQuestions,
    ).toEqual(['Who saw the child alone?']);

    // Export: in the browser edition the finished document is a download; the page names no path.
    const target = join(tempDir('cw-e2e-report-'), 'Child R.docx');
    await saveDownload(
      page,
      () => page.getByRole('button', { name: 'Export internal draft…' }).click(),
      'Child R — draft.docx',
      target,
    );
    await page.getByText(/Saved draft as the download/).waitFor({ timeout: 60_000 });
    await expectNoAxeViolations(page);
    expect(existsSync(target)).toBe(true);
    const structure = await readDocxStructure(readFileSync(target));
    expect(structure.watermark).toBe(true);
    expect(structure.hasTocField).toBe(true);
  });
});
