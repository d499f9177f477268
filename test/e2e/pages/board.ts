/** Boards: learning across many reviews, read from a library folder. */
import type { Page } from 'playwright-core';

/** From the start screen, opens the Boards area on a library folder and waits for the scan's summary. */
export async function openLibrary(page: Page, folder: string, summary: string): Promise<void> {
  await page.getByRole('link', { name: 'Boards: learning across many reviews' }).click();
  await page.getByRole('heading', { level: 1, name: 'Boards: learning across reviews' }).waitFor();
  await page.getByLabel('Folders and review files (one per line)').fill(folder);
  await page.getByRole('button', { name: 'Open library' }).click();
  await page.getByText(summary).waitFor();
}

/** The themes table's body rows (one per taxonomy term found). */
export const themeRows = (page: Page) =>
  page.getByRole('table', { name: 'Themes: findings and reviews for each term' }).locator('tbody tr');
