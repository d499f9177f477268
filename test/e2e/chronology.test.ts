import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, startBrowserApp } from './harness';
import { addPoliceReturn, addSchoolReturn, chronologyPage, POLICE_CSV, SCHOOL_CSV } from './pages/chronology';
import { createReview, statusSays } from './pages/review';

/** A new review, open on the Chronology, with nothing in it. */
async function emptyChronology(title: string) {
  const app = await startBrowserApp();
  await createReview(app, title);
  const chronology = chronologyPage(app.page);
  await chronology.open();
  return { page: app.page, chronology };
}

/**
 * A new review with the police return imported (5 entries) and, when asked, a health visiting
 * entry typed in or the school's return; then open on the Chronology's entries.
 */
async function chronologyWith(options: { healthVisit?: boolean; schoolReturn?: boolean } = {}) {
  const app = await startBrowserApp();
  const { call } = await createReview(app, 'Child R chronology');
  await addPoliceReturn(call);
  if (options.healthVisit === true) {
    await call('chronology.add', {
      date: 'Spring 2020',
      agency: 'Health Visiting',
      summary: 'HV1 home visit; Child R seen with mother.',
      significance: 'key',
    });
  }
  if (options.schoolReturn === true) await addSchoolReturn(call);
  const chronology = chronologyPage(app.page);
  await chronology.open();
  return { page: app.page, chronology, call };
}

/** The wizard test runs five full-page accessibility scans (each screen of the wizard), more than any other here. */
const WIZARD_BUDGET_MS = 240_000;

describe('chronology in the browser edition: importing', () => {
  it(
    'previews a CSV with the detected mapping, takes corrections, imports all rows and shows them with their dates as given',
    async () => {
      const { page, chronology } = await emptyChronology('Child R chronology');
      await expectNoAxeViolations(page);

      await chronology.view('Import').click();
      await chronology.previewFile(POLICE_CSV, 'Westmoor Police');
      await expect
        .poll(() => page.getByRole('table', { name: 'Columns in the file and what they import as' }).isVisible())
        .toBe(true);
      // Correct the mapping where detection did not know a header; each change previews again.
      await chronology.mapTo('Details of contact', 'summary');
      await chronology.mapTo('Officer role', 'sourceRole');
      await chronology.mapTo('Event type', 'eventType');
      await expect.poll(() => page.getByLabel('Date', { exact: true }).inputValue()).toBe('date');
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Import all 5 rows' }).click();
      await page.getByRole('heading', { name: 'Import report: police-return.csv' }).waitFor();
      await expectNoAxeViolations(page);

      await chronology.view('Entries').click();
      await chronology.expectRowCount(6);
      await expect.poll(() => chronology.cell('Spring 2022').isVisible()).toBe(true);
      await expect.poll(() => chronology.cell('May 2021').isVisible()).toBe(true);
      await expectNoAxeViolations(page);
    },
    WIZARD_BUDGET_MS,
  );

  it('imports only the valid rows of a file with problems, and the duplicate it offers can be linked', async () => {
    const { page, chronology } = await chronologyWith();
    await chronology.view('Import').click();
    // A school return with an impossible date and a missing date: nothing imports by default.
    await chronology.previewFile(SCHOOL_CSV, 'Westmoor Primary School');
    await chronology.mapTo('Summary', 'summary');
    await chronology.mapTo('Type', 'eventType');
    const problems = page.getByRole('table', { name: /^Problems/ });
    await expect
      .poll(() => problems.getByRole('row').filter({ hasText: 'school-return-with-problems.csv' }).count())
      .toBe(2);
    await expect.poll(() => problems.getByRole('cell', { name: '3', exact: true }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: 'Import all 4 rows' }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Import only the 2 valid rows' }).click();
    await page.getByRole('heading', { name: 'Import report: school-return-with-problems.csv' }).waitFor();
    await expect.poll(() => page.getByRole('table', { name: 'Rejected rows' }).getByRole('row').count()).toBe(3);

    // The school's record of the police notification is offered as a possible duplicate.
    const duplicates = page.getByRole('region', { name: /Possible duplicates/ });
    await duplicates.getByRole('button', { name: 'Link as the same event' }).first().click();
    await statusSays(page, 'Possible duplicate linked');
    await expectNoAxeViolations(page);
  });
});

describe('chronology in the browser edition: finding entries', () => {
  it('searches the entries and highlights the matches', async () => {
    const { page, chronology } = await chronologyWith();
    await chronology.expectRowCount(6);
    await page.getByLabel('Search entries').fill('bruise');
    await chronology.expectRowCount(2);
    await expect.poll(() => chronology.grid.locator('mark').first().innerText()).toMatch(/bruise/i);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: /Clear filters/ }).click();
    await chronology.expectRowCount(6);
  });

  it('filters by event type from the one-line filter bar, and clears the filters', async () => {
    const { page, chronology } = await chronologyWith();
    await chronology.expectRowCount(6);
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.getByText('Event type (any)').click();
    await page.getByRole('group', { name: 'Event type' }).getByLabel('incident').check();
    await chronology.expectRowCount(4);
    await page.getByRole('button', { name: /Clear filters/ }).click();
    await chronology.expectRowCount(6);
  });

  it('sorts by a column, says so with aria-sort, and sorts back by date', async () => {
    const { page, chronology } = await chronologyWith();
    await page.getByRole('button', { name: 'Agency' }).click();
    await expect
      .poll(() => chronology.grid.getByRole('columnheader', { name: 'Agency' }).getAttribute('aria-sort'))
      .toBe('ascending');
    await page.getByRole('button', { name: 'Date', exact: true }).click();
    await expect
      .poll(() => chronology.grid.getByRole('columnheader', { name: 'Date' }).getAttribute('aria-sort'))
      .toBe('ascending');
    await expect
      .poll(() => chronology.grid.locator('[aria-rowindex="2"][data-entry-id] .cw-col-date').innerText())
      .toBe('14 Mar 2021');
  });
});

describe('chronology in the browser edition: editing', () => {
  it('edits a summary in the grid by keyboard, and Undo puts it back', async () => {
    const { page, chronology } = await chronologyWith();
    const firstSummary = chronology.summaryAt(2);
    await expect.poll(() => firstSummary.innerText()).toContain('Call to 14 Larkspur Close');
    await chronology.grid.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const editor = page.getByRole('textbox', { name: 'Edit summary' });
    await editor.fill('Call to the family home after shouting was heard.');
    await editor.press('Enter');
    await statusSays(page, 'Summary saved');
    await expect.poll(() => firstSummary.innerText()).toBe('Call to the family home after shouting was heard.');
    await chronology.undo();
    await expect.poll(() => firstSummary.innerText()).toContain('Call to 14 Larkspur Close');
  });

  it('saves a changed cell when the reviewer clicks away, rather than losing what was typed', async () => {
    const { page, chronology } = await chronologyWith();
    const firstSummary = chronology.summaryAt(2);
    await expect.poll(() => firstSummary.innerText()).toContain('Call to 14 Larkspur Close');
    await firstSummary.dblclick();
    await page
      .getByRole('textbox', { name: 'Edit summary' })
      .fill('Call to the family home; neighbour reported shouting.');
    await page.getByRole('heading', { level: 1, name: 'Chronology' }).click();
    await expect.poll(() => firstSummary.innerText()).toBe('Call to the family home; neighbour reported shouting.');
    await chronology.undo();
    await expect.poll(() => firstSummary.innerText()).toContain('Call to 14 Larkspur Close');
  });

  it('adds an entry with a vague date, saying how it reads the words', async () => {
    const { page, chronology } = await chronologyWith();
    await chronology.expectRowCount(6);
    await page.getByRole('button', { name: 'Add entry' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an entry' });
    await dialog.getByLabel('Date (required)').fill('Spring 2020');
    await expect
      .poll(() => dialog.getByText('Understood as Spring 2020 (any day from 1 Mar 2020 to 31 May 2020)').isVisible())
      .toBe(true);
    await dialog.getByLabel('Agency (required)').fill('Health Visiting');
    await dialog.getByLabel('Summary').fill('HV1 home visit; Child R seen with mother.');
    await dialog.getByLabel('Key entry').check();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Add entry' }).click();
    await chronology.expectRowCount(7);
    await expect.poll(() => chronology.cell('Spring 2020').isVisible()).toBe(true);
  });

  it('deletes an entry only after confirmation (Keep first), and Undo brings it back', async () => {
    const { page, chronology } = await chronologyWith();
    await chronology.cell('May 2021').click();
    await page.getByRole('heading', { name: /^Entry: May 2021, Westmoor Police/ }).waitFor();
    await chronology.grid.focus();
    await page.keyboard.press('Delete');
    const confirm = page.getByRole('dialog', { name: 'Delete this entry?' });
    await confirm.waitFor();
    await expectNoAxeViolations(page);
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await chronology.expectRowCount(5);
    await chronology.undo();
    await chronology.expectRowCount(6);
  });

  it('records who an entry was shared with and when, fields the grid has no columns for', async () => {
    const { page, chronology } = await chronologyWith();
    await chronology.cell('May 2021').click();
    await page.getByRole('heading', { name: /^Entry: May 2021, Westmoor Police/ }).waitFor();
    await page.getByRole('button', { name: 'Edit all fields…' }).click();
    const editor = page.getByRole('dialog', { name: /^Entry of May 2021, Westmoor Police/ });
    await editor.getByRole('button', { name: 'Add an agency' }).click();
    const shared = editor.getByRole('group', { name: 'Shared with 1' });
    await shared.getByLabel('Agency').fill("Children's Social Care");
    await shared.getByLabel('When').fill('Summer 2021');
    await expect.poll(() => shared.getByText('Understood as Summer 2021').isVisible()).toBe(true);
    await shared.getByLabel('How').fill('phone call');
    await editor.getByLabel('Analysis or comment').fill('Shared weeks later.');
    await expectNoAxeViolations(page);
    await editor.getByRole('button', { name: 'Save entry' }).click();
    await statusSays(page, 'Entry saved');
    // The details refresh when the saved entry has been fetched again.
    await page
      .getByRole('region', { name: /^Entry: May 2021/ })
      .getByText("Children's Social Care (Summer 2021), phone call")
      .waitFor();
  });
});

describe('chronology in the browser edition: other views', () => {
  it('draws the timeline with one swimlane per agency; choosing an event shows its entry in the grid', async () => {
    const { page, chronology } = await chronologyWith({ healthVisit: true });
    await chronology.view('Timeline').click();
    const timeline = page.getByRole('group', { name: /^Timeline, 2 agencies/ });
    await timeline.waitFor();
    await expect.poll(() => timeline.locator('text').filter({ hasText: 'Westmoor Police' }).count()).toBe(1);
    await expect.poll(() => timeline.locator('text').filter({ hasText: 'Health Visiting' }).count()).toBe(1);
    await expect.poll(() => timeline.getByRole('button').count()).toBe(6);
    await expectNoAxeViolations(page);
    await timeline.getByRole('button', { name: /pushed her/ }).click();
    await page.getByRole('heading', { name: 'Entry: 30 Nov 2022 23:05, Westmoor Police' }).waitFor();
    await expect.poll(() => chronology.grid.locator('.cw-grid-cell.is-active').first().innerText()).toBe('30 Nov 2022');
  });

  it('moves through the timeline by keyboard: + zooms, arrows move, Enter opens the entry in the grid', async () => {
    const { page, chronology } = await chronologyWith({ schoolReturn: true });
    await chronology.view('Timeline').click();
    const timeline = page.getByRole('group', { name: /^Timeline, 2 agencies/ });
    await timeline.waitFor();
    await timeline.getByRole('button').first().focus();
    const countLine = page.locator('.cw-timeline .cw-count-line');
    const zoomBefore = await countLine.innerText();
    await page.keyboard.press('+');
    await expect.poll(() => countLine.innerText()).not.toBe(zoomBefore);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    // 14 Mar 2021 is first; "May 2021" (any day in May) starts before 2 May 2021.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toMatch(/^May 2021, Westmoor Police, contact/i);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Entry: May 2021, Westmoor Police/ }).waitFor();
  });

  it('shows who knew what, and when', async () => {
    const { page, chronology } = await chronologyWith({ healthVisit: true });
    await chronology.view('Who knew what, when').click();
    await page.getByLabel('Known by').fill('2023-01-01');
    await page.getByLabel('Key entries only').uncheck();
    const whoKnew = page.getByRole('table', { name: /What each agency knew by 1 Jan 2023/ });
    await whoKnew.waitFor();
    await expect.poll(() => whoKnew.getByRole('columnheader', { name: 'Health Visiting' }).isVisible()).toBe(true);
    await expect.poll(() => whoKnew.getByText('Not known').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
  });

  it('groups selected rows (checkbox, then Shift+click for a range) into a key practice episode', async () => {
    const { page, chronology } = await chronologyWith({ healthVisit: true });
    await chronology.expectRowCount(7);
    await chronology.grid.getByLabel('Select entry of 14 Mar 2021').click();
    await chronology.grid.getByLabel('Select entry of 2 May 2021').click({ modifiers: ['Shift'] });
    await page.getByRole('button', { name: 'Group 3 into episode…' }).click();
    const episodeDialog = page.getByRole('dialog', { name: 'Group into a key practice episode' });
    await episodeDialog.getByLabel('Title (required)').fill('Spring 2021: call-out and referral');
    await episodeDialog.getByLabel('Period from').fill('March 2021');
    await episodeDialog.getByLabel('Period to').fill('May 2021');
    await episodeDialog.getByLabel('Analysis').fill('The call-out reached children’s services seven weeks later.');
    await episodeDialog.getByRole('button', { name: 'Create episode' }).click();
    await chronology.view('Key practice episodes').click();
    await page.getByRole('heading', { name: 'Spring 2021: call-out and referral' }).waitFor();
    await expect.poll(() => page.getByText('Mar 2021 to May 2021 · 3 entries').isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Show entries in the grid' }).click();
    await chronology.expectRowCount(4);
    await page.getByRole('button', { name: 'Show entries of every episode' }).click();
    await chronology.expectRowCount(7);
  });
});
