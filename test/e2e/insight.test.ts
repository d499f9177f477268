import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createReviewInUi, expectNoAxeViolations, reviewCaller, startBrowserApp, type BrowserApp } from './harness';

let app: BrowserApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const csvPath = fileURLToPath(new URL('../fixtures/insight/westmoor-merged-chronology.csv', import.meta.url));

/** A new review in the browser with the fixture chronology imported; returns a way to call the API. */
async function reviewWithImportedChronology(started: BrowserApp): Promise<(method: string, args: unknown) => Promise<unknown>> {
  const { page } = started;
  const reviewId = await createReviewInUi(page, 'Child R insight');
  // The merged chronology arrives through the real import service, as the import screen sends it.
  const call = reviewCaller(started, reviewId);
  await call('chronology.importApply', {
    fileName: 'westmoor-merged-chronology.csv',
    bytesBase64: readFileSync(csvPath).toString('base64'),
    agency: 'Westmoor Police',
  });
  return call;
}

describe('browser edition: practice insight', () => {
  it('goes from an imported chronology to a finding created from a pattern, with a dismissal on the way', async () => {
    app = await startBrowserApp();
    const { page } = app;
    const call = await reviewWithImportedChronology(app);

    await page.getByRole('link', { name: 'Insight' }).click();
    await page.getByRole('heading', { level: 1, name: 'Insight' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /Case closures not communicated/ }).waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /Minimising language/ }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /Information not shared before a decision/ }).isVisible()).toBe(true);
    // Evidence shows dates as given and links each entry to the chronology.
    await expect.poll(() => page.getByRole('link', { name: /10\/03\/2022, in the chronology/ }).first().isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    // Dismiss the minimising-language pattern with a reason.
    const minimising = page.getByRole('article', { name: /Minimising language/ });
    await minimising.getByRole('button', { name: 'Dismiss…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dismiss pattern' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Dismiss pattern' }).click();
    await dialog.getByText('Give a reason for dismissing this pattern.').waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByLabel('Reason').fill('GP followed up at the next appointment; discussed with panel');
    await dialog.getByRole('button', { name: 'Dismiss pattern' }).click();
    await page.getByRole('status').filter({ hasText: 'Pattern dismissed' }).waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /Minimising language/ }).count()).toBe(0);
    await page.getByLabel('Show dismissed patterns').check();
    await minimising.getByText(/Dismissed by Test Reviewer .*GP followed up at the next appointment/).waitFor();
    await expect.poll(() => minimising.getByRole('button', { name: 'Restore' }).isVisible()).toBe(true);

    // Turn the unshared-information pattern into a finding draft.
    const unshared = page.getByRole('article', { name: /Information not shared before a decision/ });
    const title = (await unshared.getByRole('heading', { level: 3 }).innerText()).replace(/^(High|Medium|Low)\s+/, '');
    await unshared.getByRole('button', { name: 'Create finding draft' }).click();
    await page.getByRole('status').filter({ hasText: /Finding 1 created/ }).waitFor();
    expect(page.url()).toMatch(/\/findings\/\d+$/);

    const findings = (await call('findings.list', {})) as { title: string; evidence: { targetId: number }[] }[];
    expect(findings).toHaveLength(1);
    expect(findings[0]!.title).toBe(title);
    expect(findings[0]!.evidence).toHaveLength(3);
  });

  it('tunes a threshold for this review, which changes the patterns, and goes back to the defaults', async () => {
    app = await startBrowserApp();
    const { page } = app;
    await reviewWithImportedChronology(app);
    await page.getByRole('link', { name: 'Insight' }).click();
    await page.getByRole('heading', { level: 2, name: /Minimising language/ }).waitFor();

    await page.getByText('Rules and thresholds').click();
    const days = page.getByLabel('Days either side to compare with other agencies');
    await expect.poll(() => days.inputValue()).toBe('7');
    await expectNoAxeViolations(page);
    await days.fill('3');
    await page.getByRole('button', { name: 'Save thresholds for this review' }).click();
    await page.getByRole('status').filter({ hasText: 'Thresholds saved for this review' }).waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /Minimising language/ }).count()).toBe(0);
    await page.getByText("this review's own thresholds").waitFor();

    await page.getByRole('button', { name: 'Use defaults' }).click();
    await page.getByRole('heading', { level: 2, name: /Minimising language/ }).waitFor();
    await expect.poll(() => page.getByLabel('Days either side to compare with other agencies').inputValue()).toBe('7');
  });
});
