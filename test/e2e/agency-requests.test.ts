import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { returnRequestWorkbook } from '../helpers/request-workbook';
import { tempDir } from '../helpers/review-file';
import { expectNoAxeViolations, saveDownload } from './harness';
import { chronologyPage } from './pages/chronology';
import { startWithNewReview } from './pages/review';

describe('agency chronology requests', () => {
  it('makes a request workbook, imports the filled-in copy with nothing to map, and the tracking list shows it returned', async () => {
    const dir = tempDir('casewright-e2e-requests-');
    const { page } = await startWithNewReview('Child R');
    const chronology = chronologyPage(page);
    await chronology.open();
    await chronology.view('Agency requests').click();
    await page.getByText('No agency has been asked for its chronology yet.').waitFor();

    await page.getByLabel('Agency', { exact: true }).fill('Westmoor Police');
    await page.getByLabel('Return by').fill('20/12/2099');
    await page.getByLabel('Send it back to').fill('A. Reviewer, reviewer@westmoor.example');
    await page.getByLabel('Pseudonyms only (send real names and dates of birth separately and securely)').check();
    await expectNoAxeViolations(page);
    const sent = join(dir, 'sent.xlsx');
    await saveDownload(
      page,
      () => page.getByRole('button', { name: 'Make the request workbook…' }).click(),
      'Child R - chronology request - Westmoor Police.xlsx',
      sent,
    );
    // The form says where the workbook went, and the status line announces it a moment later: two
    // places with the same words, so each is looked for in its own place.
    const savedWords = /Saved the request for Westmoor Police as the download/;
    await page.locator('#main').getByText(savedWords).waitFor();
    await page.getByRole('status').filter({ hasText: savedWords }).waitFor();

    const table = page.getByRole('table', { name: 'Chronology requests, in the order they were made' });
    const policeRow = table.getByRole('row', { name: /Westmoor Police/ });
    await policeRow.getByRole('cell', { name: '20 December 2099' }).waitFor();
    await policeRow.getByRole('cell', { name: 'Waiting' }).waitFor();

    const returned = join(dir, 'Westmoor Police returned.xlsx');
    returnRequestWorkbook(sent, returned, [
      {
        date: '03/02/2021',
        time: '14:30',
        eventType: 'Police call-out',
        summary: 'Officers attended a reported argument at the family home.',
        actionTaken: 'Words of advice.',
        outcome: 'DASH completed.',
        sourceRole: 'Police constable',
        sourceReference: 'CR-1',
        riskTool: 'DASH',
        riskLevel: 'Medium',
        childSeen: 'Yes',
        childSeenAlone: 'No',
        childSpokenTo: 'No',
        sourceDocument: 'Crime report',
      },
      {
        date: 'Spring 2020',
        eventType: 'Referral',
        summary: 'Referral to children’s social care after a neighbour’s call.',
        sourceRole: 'Call handler',
        sourceReference: 'LOG-2',
        sourceDocument: 'Incident log',
      },
    ]);
    await page.getByLabel('Returned workbook (.xlsx)').setInputFiles(returned);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported 2 entries from Westmoor Police returned.xlsx (Westmoor Police).').waitFor();
    await policeRow.getByRole('cell', { name: /^Returned on \d+ \w+ \d{4}$/ }).waitFor();
    await expect
      .poll(async () => (await policeRow.getByRole('cell').allTextContents()).slice(2, 5))
      .toEqual([expect.stringMatching(/^Returned on/), '2', '0']);
    await expectNoAxeViolations(page);

    // The entries are in the chronology with the agency and the vague date as written.
    await chronology.view('Entries').click();
    const { grid } = chronology;
    await expect.poll(() => grid.getAttribute('aria-rowcount')).toBe('3');
    await grid
      .getByRole('gridcell', { name: /Spring 2020/ })
      .first()
      .waitFor();
  }, 180_000);
});
