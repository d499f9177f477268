/**
 * The Chronology area as a reviewer sees it: its views, the entries grid, the import wizard, and
 * agency returns put in through the import service (for tests that are about something else).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Call } from './review';
import { openArea } from './review';

export const POLICE_CSV = fileURLToPath(new URL('../../fixtures/chronology-ui/police-return.csv', import.meta.url));
export const SCHOOL_CSV = fileURLToPath(
  new URL('../../fixtures/chronology-ui/school-return-with-problems.csv', import.meta.url),
);

/** The police return's columns, mapped as a reviewer corrects them in the wizard. */
const POLICE_MAPPING = {
  date: 'Date',
  time: 'Time',
  sourceRole: 'Officer role',
  eventType: 'Event type',
  summary: 'Details of contact',
  actionTaken: 'Action taken',
  outcome: 'Outcome',
};

const SCHOOL_MAPPING = {
  date: 'Date',
  sourceRole: 'Staff role',
  eventType: 'Type',
  summary: 'Summary',
  actionTaken: 'Action',
  outcome: 'Outcome',
};

/** Puts an agency's file in through the import service, with its columns mapped as the reviewer would map them. */
async function importReturn(
  call: Call,
  file: string,
  agency: string,
  options: { readonly mapping: Readonly<Record<string, string>>; readonly skipInvalid?: boolean },
): Promise<void> {
  await call('chronology.importApply', {
    fileName: basename(file),
    bytesBase64: readFileSync(file).toString('base64'),
    agency,
    ...options,
  });
}

/** Imports the police return (5 entries: 14 Mar 2021, 2 May 2021, May 2021, Spring 2022, 30 Nov 2022). */
export async function addPoliceReturn(call: Call): Promise<void> {
  await importReturn(call, POLICE_CSV, 'Westmoor Police', { mapping: POLICE_MAPPING });
}

/** Imports the two valid rows of the school's return (the others have no date or an impossible one). */
export async function addSchoolReturn(call: Call): Promise<void> {
  await importReturn(call, SCHOOL_CSV, 'Westmoor Primary School', { mapping: SCHOOL_MAPPING, skipInvalid: true });
}

export function chronologyPage(page: Page) {
  const grid = page.getByRole('grid', { name: 'Chronology entries' });
  const view = (name: string) => page.getByRole('navigation', { name: 'Chronology views' }).getByRole('link', { name });
  const chooseFile = async (file: string, agency: string): Promise<void> => {
    await page.getByLabel('Chronology file (CSV or Excel .xlsx)').setInputFiles(file);
    await page.getByLabel('Agency that sent it').fill(agency);
  };
  const preview = async (file: string, agency: string): Promise<void> => {
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('heading', { name: `${basename(file)} for ${agency}` }).waitFor();
  };
  return {
    grid,
    view,
    async open(): Promise<void> {
      await openArea(page, 'Chronology');
    },
    /** Waits until the grid holds `rows` rows, the header row included (its aria-rowcount). */
    async expectRowCount(rows: number): Promise<void> {
      await expect.poll(() => grid.getAttribute('aria-rowcount')).toBe(String(rows));
    },
    /** The grid cell showing exactly `text` (a date as precisely as given, an agency…). */
    cell: (text: string) => grid.getByRole('gridcell', { name: text, exact: true }),
    /** The summary cell of the row at `rowIndex` (2 is the first entry; 1 is the header). */
    summaryAt: (rowIndex: number) => grid.locator(`[aria-rowindex="${rowIndex}"] .cw-col-summary`),
    /** Opens the Chronology area's Import view. */
    async openImport(): Promise<void> {
      await openArea(page, 'Chronology');
      await view('Import').click();
    },
    /** Chooses the file to import and names the agency that sent it, ready to preview. */
    chooseFile,
    /** Previews the file already chosen for `agency`, and waits for its preview. */
    preview,
    async previewFile(file: string, agency: string): Promise<void> {
      await chooseFile(file, agency);
      await preview(file, agency);
    },
    /** Sets the field a source column imports as, and waits for the new preview. */
    async mapTo(header: string, field: string): Promise<void> {
      const select = page.getByLabel(header, { exact: true });
      if ((await select.inputValue()) === field) return;
      await select.selectOption(field);
      await expect.poll(() => select.inputValue()).toBe(field);
    },
    undo: () => page.getByRole('button', { name: 'Undo', exact: true }).click(),
  };
}

export type ChronologyPage = ReturnType<typeof chronologyPage>;
