import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOUSE_STYLES } from '../fixtures/house-styles/house-styles';
import { expectNoAxeViolations } from './harness';
import { chronologyPage } from './pages/chronology';
import { startWithNewReview } from './pages/review';

const HOUSING_CSV = fileURLToPath(new URL('../fixtures/chronology-ui/housing-note.csv', import.meta.url));

describe('import keeps every word', () => {
  it('reads a narrative headed "Note" into the Summary, and records a column the reviewer leaves out', async () => {
    const { page } = await startWithNewReview('Child H housing');
    const chronology = chronologyPage(page);
    await chronology.openImport();
    await chronology.previewFile(HOUSING_CSV, 'Westmoor Homes');

    // The preview says which column fills the Summary, and shows the Note text there (not the Action).
    const rows = page.getByRole('table', { name: /rows as they would be imported/ });
    await rows.getByRole('columnheader', { name: 'Summary (from “Note”)' }).waitFor();
    await rows.getByRole('cell', { name: /Repairs operative saw a hole in the bedroom door/ }).waitFor();
    await page.getByText('Kept word for word on each entry: “Tenancy status”.').waitFor();
    await expectNoAxeViolations(page);

    // Leaving a column out is an explicit choice, and the import report records it.
    const tenancy = page.getByLabel('Tenancy status', { exact: true });
    await tenancy.selectOption('leave-out');
    await page.getByText('(left out by you; recorded in the import report)').waitFor();
    await page.getByRole('button', { name: 'Import all 3 rows' }).click();
    await page.getByRole('heading', { name: 'Import report: housing-note.csv' }).waitFor();
    await page.getByText('Columns left out at your request: “Tenancy status”').waitFor();
    await expectNoAxeViolations(page);

    // The Note text is in the grid and found by search.
    await chronology.view('Entries').click();
    const { grid } = chronology;
    await expect.poll(() => grid.getAttribute('aria-rowcount')).toBe('4');
    await page.getByLabel('Search entries').fill('repairs operative');
    await expect.poll(() => grid.getAttribute('aria-rowcount')).toBe('2');
    await grid
      .getByRole('gridcell', { name: /Repairs operative saw a hole in the bedroom door at child height/ })
      .waitFor();
  });

  it('shows the title above the headings and the cover sheet of a workbook in the import report', async () => {
    const style = HOUSE_STYLES.find((s) => s.name === 'community-health-workbook.xlsx')!;
    const source = join(mkdtempSync(join(tmpdir(), 'casewright-e2e-workbook-')), style.name);
    writeFileSync(source, await style.bytes());
    const { page } = await startWithNewReview('Child R health');
    const chronology = chronologyPage(page);
    await chronology.openImport();
    await chronology.chooseFile(source, style.agency);
    await page.getByRole('button', { name: 'Preview' }).click();
    await page
      .getByText(
        '1 line of text above the column headings and the other sheet of the workbook (“Cover”) will be kept with this import and shown in the import report.',
      )
      .waitFor();
    await page.getByRole('button', { name: 'Import all 2 rows' }).click();
    await page.getByRole('heading', { name: `Import report: ${style.name}` }).waitFor();
    await page.getByText('Text above the column headings, kept with this import:').waitFor();
    await page.getByText('Community Health chronology – Child R', { exact: true }).waitFor();
    await page.getByText('Other sheets in the workbook, kept with this import:').waitFor();
    await page.getByText('Prepared for the Westmoor safeguarding partnership review.', { exact: true }).waitFor();
    await expectNoAxeViolations(page);
  });
});
