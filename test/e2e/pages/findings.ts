/** The Findings area: the numbered list, one finding's editor, recommendations. */
import type { Page } from 'playwright-core';

/** The list of findings (each with its select button and flags). */
export const findingsList = (page: Page) => page.getByRole('list').filter({ has: page.locator('.finding-select') });

/** Adds a finding by title from the list's form and waits for the confirmation. */
export async function addFinding(page: Page, title: string): Promise<void> {
  await page.getByLabel('New finding title').fill(title);
  await page.getByRole('button', { name: 'Add finding' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /Finding \d+ added/ })
    .waitFor();
}

/** Opens finding `number` in the editor. */
export async function selectFinding(page: Page, number: number, title: string): Promise<void> {
  await page.getByRole('button', { name: `${number}. ${title}` }).click();
  await page.getByRole('heading', { level: 2, name: `Finding ${number}: ${title}` }).waitFor();
}
