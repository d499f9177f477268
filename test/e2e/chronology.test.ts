import { afterEach, describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { createReviewInUi, expectNoAxeViolations, startBrowserApp, type BrowserApp } from './harness';

const POLICE_CSV = fileURLToPath(new URL('../fixtures/chronology-ui/police-return.csv', import.meta.url));
const SCHOOL_CSV = fileURLToPath(new URL('../fixtures/chronology-ui/school-return-with-problems.csv', import.meta.url));

let app: BrowserApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function createReview(page: Page, title: string): Promise<void> {
  await createReviewInUi(page, title);
  await page.getByRole('navigation', { name: 'Review areas' }).getByRole('link', { name: 'Chronology' }).click();
  await page.getByRole('heading', { level: 1, name: 'Chronology' }).waitFor();
}

function view(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Chronology views' }).getByRole('link', { name });
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Chronology entries' });

async function previewFile(page: Page, file: string, agency: string): Promise<void> {
  await page.getByLabel('Chronology file (CSV or Excel .xlsx)').setInputFiles(file);
  await page.getByLabel('Agency that sent it').fill(agency);
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('heading', { name: `${basename(file)} for ${agency}` }).waitFor();
}

async function importPoliceReturn(page: Page): Promise<void> {
  await view(page, 'Import').click();
  await previewFile(page, POLICE_CSV, 'Westmoor Police');
}

/** Sets the field a source column imports as, and waits for the new preview. */
async function mapTo(page: Page, header: string, field: string): Promise<void> {
  const select = page.getByLabel(header, { exact: true });
  if ((await select.inputValue()) === field) return;
  await select.selectOption(field);
  await expect.poll(() => select.inputValue()).toBe(field);
}

describe('chronology in the browser edition', () => {
  it('imports a CSV, searches, filters, edits with undo, adds an entry and shows it on the timeline', async () => {
    app = await startBrowserApp();
    const { page } = app;
    await createReview(page, 'Child R chronology');
    await expectNoAxeViolations(page);

    // Import wizard: preview with the detected mapping, then all or nothing.
    await importPoliceReturn(page);
    await expect.poll(() => page.getByRole('table', { name: 'Columns in the file and what they import as' }).isVisible()).toBe(true);
    // Correct the mapping where detection did not know a header; each change previews again.
    await mapTo(page, 'Details of contact', 'summary');
    await mapTo(page, 'Officer role', 'sourceRole');
    await mapTo(page, 'Event type', 'eventType');
    await expect.poll(() => page.getByLabel('Date', { exact: true }).inputValue()).toBe('date');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Import all 5 rows' }).click();
    await page.getByRole('heading', { name: 'Import report: police-return.csv' }).waitFor();
    await expectNoAxeViolations(page);

    // The grid shows the rows, with dates as precisely as given.
    await view(page, 'Entries').click();
    await expect.poll(() => grid(page).getAttribute('aria-rowcount')).toBe('6');
    await expect.poll(() => grid(page).getByRole('gridcell', { name: 'Spring 2022', exact: true }).isVisible()).toBe(true);
    await expect.poll(() => grid(page).getByRole('gridcell', { name: 'May 2021', exact: true }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    // Full-text search highlights its matches.
    await page.getByLabel('Search entries').fill('bruise');
    await expect.poll(() => grid(page).getAttribute('aria-rowcount')).toBe('2');
    await expect.poll(() => grid(page).locator('mark').first().innerText()).toMatch(/bruise/i);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: /Clear filters/ }).click();
    await expect.poll(() => grid(page).getAttribute('aria-rowcount')).toBe('6');

    // A filter: event type "incident" only (the filters open from their one-line bar).
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.getByText('Event type (any)').click();
    await page.getByRole('group', { name: 'Event type' }).getByLabel('incident').check();
    await expect.poll(() => grid(page).getAttribute('aria-rowcount')).toBe('4');
    await page.getByRole('button', { name: /Clear filters/ }).click();
    await expect.poll(() => grid(page).getAttribute('aria-rowcount')).toBe('6');

    // Sorting by a column says so with aria-sort; sorting back by date restores the order.
    await page.getByRole('button', { name: 'Agency' }).click();
    await expect.poll(() => grid(page).getByRole('columnheader', { name: 'Agency' }).getAttribute('aria-sort')).toBe('ascending');
    await page.getByRole('button', { name: 'Date', exact: true }).click();
    await expect.poll(() => grid(page).getByRole('columnheader', { name: 'Date' }).getAttribute('aria-sort')).toBe('ascending');
    // A new order loads afresh: wait for the first row before working on it.
    await expect.poll(() => grid(page).locator('[aria-rowindex="2"][data-entry-id] .cw-col-date').innerText()).toBe('14 Mar 2021');

    // Inline edit with the keyboard, then undo it.
    await grid(page).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const editor = page.getByRole('textbox', { name: 'Edit summary' });
    await editor.fill('Call to the family home after shouting was heard.');
    await editor.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Summary saved' }).waitFor();
    const firstSummary = grid(page).locator('[aria-rowindex="2"] .cw-col-summary');
    await expect.poll(() => firstSummary.innerText()).toBe('Call to the family home after shouting was heard.');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => firstSummary.innerText()).toContain('Call to 14 Larkspur Close');

    // Clicking away from a changed cell saves it rather than losing what was typed.
    await firstSummary.dblclick();
    const again = page.getByRole('textbox', { name: 'Edit summary' });
    await again.fill('Call to the family home; neighbour reported shouting.');
    await page.getByRole('heading', { level: 1, name: 'Chronology' }).click();
    await expect.poll(() => firstSummary.innerText()).toBe('Call to the family home; neighbour reported shouting.');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => firstSummary.innerText()).toContain('Call to 14 Larkspur Close');

    // Add an entry for a second agency; the date field says how it reads the words.
    await page.getByRole('button', { name: 'Add entry' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an entry' });
    await dialog.getByLabel('Date (required)').fill('Spring 2020');
    await expect.poll(() => dialog.getByText('Understood as Spring 2020 (any day from 1 Mar 2020 to 31 May 2020)').isVisible()).toBe(true);
    await dialog.getByLabel('Agency (required)').fill('Health Visiting');
    await dialog.getByLabel('Summary').fill('HV1 home visit; Child R seen with mother.');
    await dialog.getByLabel('Key entry').check();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Add entry' }).click();
    await expect.poll(() => grid(page).getAttribute('aria-rowcount')).toBe('7');

    // Timeline: one swimlane per agency; choosing an event shows its entry in the grid.
    await view(page, 'Timeline').click();
    const timeline = page.getByRole('group', { name: /^Timeline, 2 agencies/ });
    await timeline.waitFor();
    await expect.poll(() => timeline.locator('text').filter({ hasText: 'Westmoor Police' }).count()).toBe(1);
    await expect.poll(() => timeline.locator('text').filter({ hasText: 'Health Visiting' }).count()).toBe(1);
    await expect.poll(() => timeline.getByRole('button').count()).toBe(6);
    await expectNoAxeViolations(page);
    await timeline.getByRole('button', { name: /pushed her/ }).click();
    await page.getByRole('heading', { name: 'Entry: 30 Nov 2022 23:05, Westmoor Police' }).waitFor();
    await expect.poll(() => grid(page).locator('.cw-grid-cell.is-active').first().innerText()).toBe('30 Nov 2022');

    // Who knew what, when.
    await view(page, 'Who knew what, when').click();
    await page.getByLabel('Known by').fill('2023-01-01');
    await page.getByLabel('Key entries only').uncheck();
    const whoKnew = page.getByRole('table', { name: /What each agency knew by 1 Jan 2023/ });
    await whoKnew.waitFor();
    await expect.poll(() => whoKnew.getByRole('columnheader', { name: 'Health Visiting' }).isVisible()).toBe(true);
    await expect.poll(() => whoKnew.getByText('Not known').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    // Key practice episode from selected rows (checkbox, then Shift+click for a range).
    await view(page, 'Entries').click();
    await grid(page).getByLabel('Select entry of 14 Mar 2021').click();
    await grid(page).getByLabel('Select entry of 2 May 2021').click({ modifiers: ['Shift'] });
    await page.getByRole('button', { name: 'Group 3 into episode…' }).click();
    const episodeDialog = page.getByRole('dialog', { name: 'Group into a key practice episode' });
    await episodeDialog.getByLabel('Title (required)').fill('Spring 2021: call-out and referral');
    await episodeDialog.getByLabel('Period from').fill('March 2021');
    await episodeDialog.getByLabel('Period to').fill('May 2021');
    await episodeDialog.getByLabel('Analysis').fill('The call-out reached children’s services seven weeks later.');
    await episodeDialog.getByRole('button', { name: 'Create episode' }).click();
    await view(page, 'Key practice episodes').click();
    await page.getByRole('heading', { name: 'Spring 2021: call-out and referral' }).waitFor();
    await expect.poll(() => page.getByText('Mar 2021 to May 2021 · 3 entries').isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Show entries in the grid' }).click();
    await expect.poll(() => grid(page).getAttribute('aria-rowcount')).toBe('4');
    await page.getByRole('button', { name: 'Show entries of every episode' }).click();
    await expect.poll(() => grid(page).getAttribute('aria-rowcount')).toBe('7');
  });

  it('imports only the valid rows of a file with problems, decides on a duplicate, and works by keyboard', async () => {
    app = await startBrowserApp();
    const { page } = app;
    await createReview(page, 'Child R keyboard');
    await importPoliceReturn(page);
    await mapTo(page, 'Details of contact', 'summary');
    await mapTo(page, 'Event type', 'eventType');
    await page.getByRole('button', { name: 'Import all 5 rows' }).click();
    await page.getByRole('heading', { name: 'Import report: police-return.csv' }).waitFor();

    // A school return with an impossible date and a missing date: nothing imports by default.
    await page.getByRole('button', { name: 'Import another file' }).click();
    await previewFile(page, SCHOOL_CSV, 'Westmoor Primary School');
    await mapTo(page, 'Summary', 'summary');
    await mapTo(page, 'Type', 'eventType');
    const problems = page.getByRole('table', { name: /^Problems/ });
    await expect.poll(() => problems.getByRole('row').filter({ hasText: 'school-return-with-problems.csv' }).count()).toBe(2);
    await expect.poll(() => problems.getByRole('cell', { name: '3', exact: true }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: 'Import all 4 rows' }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Import only the 2 valid rows' }).click();
    await page.getByRole('heading', { name: 'Import report: school-return-with-problems.csv' }).waitFor();
    await expect.poll(() => page.getByRole('table', { name: 'Rejected rows' }).getByRole('row').count()).toBe(3);

    // The school's record of the police notification is offered as a possible duplicate.
    const duplicates = page.getByRole('region', { name: /Possible duplicates/ });
    await duplicates.getByRole('button', { name: 'Link as the same event' }).first().click();
    await page.getByRole('status').filter({ hasText: 'Possible duplicate linked' }).waitFor();
    await expectNoAxeViolations(page);

    // Timeline by keyboard: zoom with +, move with the arrows, Enter opens the entry in the grid.
    await view(page, 'Timeline').click();
    const timeline = page.getByRole('group', { name: /^Timeline, 2 agencies/ });
    await timeline.waitFor();
    await timeline.getByRole('button').first().focus();
    const zoomBefore = await page.locator('.cw-timeline .cw-count-line').innerText();
    await page.keyboard.press('+');
    await expect.poll(() => page.locator('.cw-timeline .cw-count-line').innerText()).not.toBe(zoomBefore);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    const focusedName = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    // 14 Mar 2021 is first; "May 2021" (any day in May) starts before 2 May 2021.
    expect(focusedName).toMatch(/^May 2021, Westmoor Police, contact/i);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Entry: May 2021, Westmoor Police/ }).waitFor();

    // Delete with confirmation (Keep is the safe first choice), then undo.
    const rowsBefore = await grid(page).getAttribute('aria-rowcount');
    await grid(page).focus();
    await page.keyboard.press('Delete');
    const confirm = page.getByRole('dialog', { name: 'Delete this entry?' });
    await confirm.waitFor();
    await expectNoAxeViolations(page);
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => grid(page).getAttribute('aria-rowcount')).toBe(String(Number(rowsBefore) - 1));
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => grid(page).getAttribute('aria-rowcount')).toBe(rowsBefore);

    // The fields the grid has no columns for: who the information was shared with, and when.
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
    await page.getByRole('status').filter({ hasText: 'Entry saved' }).waitFor();
    // The details refresh when the saved entry has been fetched again.
    await page.getByRole('region', { name: /^Entry: May 2021/ }).getByText("Children's Social Care (Summer 2021), phone call").waitFor();
  });
});
