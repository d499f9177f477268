/** The Report area: checks, glossary, briefing, and exports (downloads in the browser edition). */
import type { Page } from 'playwright-core';
import { saveDownload } from '../harness';

/**
 * Exports one document; the browser edition hands it over as a download with the document's own
 * name. False when no download came.
 */
export async function exportAsDownload(
  page: Page,
  button: string,
  expectedName: string,
  target: string,
): Promise<boolean> {
  return saveDownload(page, () => page.getByRole('button', { name: button }).click(), expectedName, target, {
    timeout: 120_000,
    mayNotCome: true,
  });
}

/** Runs the leak check of the publication version. */
export async function checkPublication(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Check the publication version' }).click();
}
