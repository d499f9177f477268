/** The Report area: checks, glossary, briefing, and exports (downloads in the browser edition). */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

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
  const downloading = page.waitForEvent('download', { timeout: 120_000 }).catch(() => null);
  await page.getByRole('button', { name: button }).click();
  const download = await downloading;
  if (download === null) return false;
  expect(download.suggestedFilename()).toBe(expectedName);
  await download.saveAs(target);
  return true;
}

/** Runs the leak check of the publication version. */
export async function checkPublication(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Check the publication version' }).click();
}
