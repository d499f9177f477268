/**
 * The review lifecycle as a reviewer goes through it: the start screen (new review, sample, recent
 * reviews), moving between areas, status messages, and closing.
 */
import type { Page } from 'playwright-core';
import { createReviewInUi, E2E_PASSPHRASE, reviewCaller, startBrowserApp, type BrowserApp } from '../harness';

/** Calls one open review's API straight through the dispatcher, for data a test is not about. */
export type Call = (method: string, args: unknown) => Promise<unknown>;

export interface OpenedReview {
  readonly reviewId: string;
  readonly call: Call;
}

/** Creates a review from the start screen (encrypted, as by default) and returns its id and API. */
export async function createReview(app: BrowserApp, title: string): Promise<OpenedReview> {
  const reviewId = await createReviewInUi(app.page, title);
  return { reviewId, call: reviewCaller(app, reviewId) };
}

/**
 * Starts the browser app (closed when the test ends) and creates a review from its start screen:
 * the app, its page, and the new review's id and API.
 */
export async function startWithNewReview(title: string, options?: Parameters<typeof startBrowserApp>[0]) {
  const app = await startBrowserApp(options);
  return { app, page: app.page, ...(await createReview(app, title)) };
}

export async function openSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open the sample review' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
}

/** The link to one area in the review's navigation. */
export const areaLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Review areas' }).getByRole('link', { name, exact: true });

/** Goes to an area and waits for its page heading. */
export async function openArea(page: Page, name: string): Promise<void> {
  await areaLink(page, name).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Waits for the status message (the polite live region) that says `text`. */
export async function statusSays(page: Page, text: string | RegExp): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).waitFor();
}

export async function closeReview(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Close review' }).click();
  await page.getByRole('heading', { level: 2, name: 'Recent reviews' }).waitFor();
}

/** Opens a recent (encrypted) review from the start screen with its passphrase. */
export async function openRecent(page: Page, title: string, passphrase = E2E_PASSPHRASE): Promise<void> {
  await page.getByRole('button', { name: title }).click();
  await page.getByLabel('Passphrase for this review').fill(passphrase);
  await page.getByRole('button', { name: 'Open with passphrase' }).click();
}
