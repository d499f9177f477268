/**
 * Boards in Chromium: open a library folder, filter themes, drill into a finding and open its
 * review there, update a recommendation (written to the review through its audit log), and export
 * the board report.
 */
import Database from 'better-sqlite3';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/review-file';
import { childAReview, kerryAshdown, reviewWriter } from '../helpers/board-library';
import { expectNoAxeViolations, startBrowserApp, type BrowserApp, saveDownload } from './harness';
import { openLibrary, themeRows } from './pages/board';

const DA = 'domestic-abuse-themes';

describe('Boards', () => {
  const library = tempDir('e2e-board-library-');
  const out = tempDir('e2e-board-out-');
  let app: BrowserApp;

  beforeAll(async () => {
    const writer = reviewWriter(tempDir('e2e-board-writer-'));
    await writer.write(library, {
      ...childAReview,
      people: [{ ...kerryAshdown, characteristics: [{ id: 'religion-belief', state: 'declined' }] }],
      findings: [
        {
          title: 'The baby was not seen at home',
          body: 'Visits took place at the clinic only.',
          tags: [
            { taxonomyId: DA, termId: 'child-voice-absent' },
            { taxonomyId: DA, termId: 'no-coordinated-response' },
          ],
        },
      ],
      recommendations: [
        {
          text: 'Health visiting to see babies at home',
          owner: 'Health Visiting',
          due: '2023-01-31',
          status: 'agreed',
        },
      ],
    });
    await writer.write(library, {
      fileName: 'adult-b.cwr',
      title: 'Adult B',
      kind: 'dhr',
      scopeEnd: '2023-03-31',
      findings: [
        {
          title: 'Nobody asked about coercive control',
          tags: [{ taxonomyId: DA, termId: 'coercive-control-unrecognised' }],
        },
      ],
      recommendations: [{ text: 'Police to train call handlers' }],
    });
    writeFileSync(join(library, 'minutes.txt'), 'Board minutes, not a review');
    app = await startBrowserApp({ displayName: 'Priya Board-Manager' });
  }, 120_000);

  afterAll(async () => {
    await app.close();
  });

  it('opens a library, filters and drills into themes, updates a recommendation and exports the report', async () => {
    const { page } = app;
    await openLibrary(page, library, '2 reviews read; 1 file left out.');
    await page.getByText('Files left out, and why').click();
    await page.getByText('minutes.txt: not a Casewright review').waitFor();

    // Themes: all three terms, then only the Domestic Homicide Review's.
    const rows = themeRows(page);
    await expect.poll(() => rows.count()).toBe(3);
    await expect.poll(() => page.getByRole('img', { name: /Bar chart of the 3 most frequent themes/ }).count()).toBe(1);
    await page.getByLabel('Domestic Homicide Review').check();
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => rows.first().locator('th').textContent()).toBe('Coercive control not recognised');
    await page.getByLabel('Domestic Homicide Review').uncheck();
    await expect.poll(() => rows.count()).toBe(3);
    await expectNoAxeViolations(page);

    // Drill down to the finding and open its review there.
    await page.getByRole('button', { name: "Show the findings tagged Child's voice absent" }).click();
    await page.getByRole('heading', { level: 3, name: /Findings tagged .Child's voice absent./ }).waitFor();
    await page.getByText('Visits took place at the clinic only.').waitFor();
    await page.getByRole('button', { name: 'Open Child A at finding 1' }).click();
    await page.getByRole('heading', { level: 2, name: 'Finding 1: The baby was not seen at home' }).waitFor();
    await expect.poll(() => page.url()).toMatch(/#\/review\/[^/]+\/findings\/\d+$/);

    // Back to the board, with Child A still open for editing: it is read through the open
    // review (its newest changes are not in the file yet), and updates go through that review.
    await page.goto(`${app.url}/#/board`);
    await page.getByText('2 reviews read; 1 file left out.').waitFor();
    await page.getByRole('button', { name: 'Recommendations' }).click();
    await page.getByText('2 recommendations: 1 overdue, 1 without an owner.').waitFor();
    await page.getByText('No owner', { exact: true }).waitFor();
    await page.getByText('Overdue', { exact: true }).waitFor();
    await page.getByLabel('Status of Child A recommendation 1').selectOption('done');
    await page
      .getByLabel('Board response to Child A recommendation 1')
      .fill('Accepted at the March board; audit shows home visits.');
    await page.getByRole('button', { name: 'Save Child A recommendation 1' }).click();
    await page.getByText('2 recommendations: 0 overdue, 1 without an owner.').waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: 'Saved in the review file child-a.cwr, in its audit log under Priya Board-Manager.' })
      .waitFor();
    const db = new Database(join(library, 'child-a.cwr'), { readonly: true });
    try {
      expect(db.prepare(`SELECT status, board_response FROM recommendation WHERE id = 1`).get()).toEqual({
        status: 'done',
        board_response: 'Accepted at the March board; audit shows home visits.',
      });
    } finally {
      db.close();
    }

    // Export the board report.
    await page.getByRole('button', { name: 'Board outputs' }).click();
    // The browser edition hands the finished file to the browser as a download; the page names no path.
    const target = join(out, 'Westmoor board report.docx');
    await saveDownload(
      page,
      () => page.getByRole('button', { name: 'Export board report (Word)…' }).click(),
      'Board report.docx',
      target,
    );
    await page.getByText('Saved as the download Board report.docx', { exact: false }).first().waitFor();
    expect(existsSync(target)).toBe(true);
    await expectNoAxeViolations(page);
  });
});
