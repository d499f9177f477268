import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, onTestFinished } from 'vitest';
import { createDispatcher } from '../../electron/api/dispatcher';
import { startBrowserEdition, type BrowserEdition } from '../../electron/server/browser-edition';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium';
import { tempDir } from '../helpers/review-file';
import type { JobHold } from '../../electron/core/jobs/registry';

export interface BrowserApp {
  readonly page: Page;
  readonly url: string;
  readonly home: string;
  readonly edition: BrowserEdition;
  readonly browser: Browser;
  close(): Promise<void>;
}

/**
 * The browser edition as a user gets it: the real bridge and services over a real review folder,
 * in Debian's Chromium. `firstStart: false` (the default for tests) skips the automatic opening of
 * the sample review on a brand-new profile.
 *
 * Started inside a test, it closes itself when the test ends (the one set-up hook every file
 * shares); started in `beforeAll`, the caller closes it in `afterAll`. `close()` is safe to call twice.
 */
export async function startBrowserApp(
  options: {
    home?: string;
    firstStart?: boolean;
    displayName?: string;
    viewport?: { width: number; height: number };
    /** Holds long work at a point the test chooses (see `heldWork`). */
    jobHold?: JobHold;
  } = {},
): Promise<BrowserApp> {
  // Capitalised: the start screen shows this folder, and a random all-lowercase suffix would read
  // as a kebab-case identifier to the screen checks (a failure in about 1 run in 26).
  const home = options.home ?? tempDir('Casewright-E2E-');
  if (options.firstStart !== true) {
    mkdirSync(home, { recursive: true });
    writeFileSync(
      join(home, 'settings.json'),
      JSON.stringify({ displayName: options.displayName ?? 'Test Reviewer', recent: [], sampleOffered: true }),
    );
  }
  process.env.CASEWRIGHT_REVIEWS_DIR = join(home, 'Reviews');
  const edition = await startBrowserEdition({
    home,
    staticDir: inject('rendererDist'),
    ...(options.jobHold === undefined ? {} : { jobHold: options.jobHold }),
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'en-GB',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  let closing: Promise<void> | undefined;
  const app: BrowserApp = {
    page,
    url: edition.bridge.origin,
    home,
    edition,
    browser,
    close() {
      closing ??= (async () => {
        await browser.close();
        await edition.close();
      })();
      return closing;
    },
  };
  try {
    onTestFinished(() => app.close());
  } catch {
    // Started outside a test (beforeAll): the caller closes it.
  }
  await page.goto(edition.bridge.launchUrl);
  return app;
}

/** axe-core over the current page against WCAG 2.0/2.1/2.2 A and AA; fails listing each violation. */
export async function expectNoAxeViolations(page: Page, options: { exclude?: readonly string[] } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** The passphrase the end-to-end tests give the reviews they create (new reviews are encrypted by default). */
export const E2E_PASSPHRASE = 'westmoor practice review 2026';

/** Fills the new-review form's encryption part as a reviewer would: passphrase twice, and the confirmation. */
export async function fillReviewPassphrase(page: Page, passphrase = E2E_PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type the passphrase again').fill(passphrase);
  await page.getByLabel('I have written the passphrase down or printed the recovery sheet').check();
}

/**
 * Creates a review from the start screen, as a reviewer would, and returns its id once it is open.
 * Encrypted, as by default, unless the test reads the file's bytes (`encrypted: false`).
 */
export async function createReviewInUi(
  page: Page,
  title: string,
  { encrypted = true }: { readonly encrypted?: boolean } = {},
): Promise<string> {
  await page.getByLabel('Title').fill(title);
  if (encrypted) await fillReviewPassphrase(page);
  else await page.getByLabel('Encrypt this review with a passphrase (recommended)').uncheck();
  await page.getByRole('button', { name: 'Create review' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  return decodeURIComponent(/#\/review\/([^/]+)/.exec(page.url())![1]!);
}

/**
 * Calls the API of one open review straight through the dispatcher, for setting up data that a
 * test is not about (the screens under test still go through the browser).
 */
export function reviewCaller(app: BrowserApp, reviewId: string): (method: string, args: unknown) => Promise<unknown> {
  const dispatch = createDispatcher(app.edition.app, () => undefined);
  return async (method, args) => {
    const response = await dispatch({ method, args, reviewId });
    if (!response.ok) throw new Error(`${method}: ${response.error.message}`);
    return response.result;
  };
}

/**
 * Does what starts a download (`start`: a click, a key press), checks the name the browser is
 * offered and saves the file to `target`, as a user saving it would. With `mayNotCome`, a download
 * that never comes is an answer (false), not a failure.
 */
export async function saveDownload(
  page: Page,
  start: () => Promise<unknown>,
  expectedName: string | RegExp,
  target: string,
  { timeout = 60_000, mayNotCome = false }: { readonly timeout?: number; readonly mayNotCome?: boolean } = {},
): Promise<boolean> {
  const downloading = page.waitForEvent('download', { timeout }).catch((error: unknown) => {
    if (mayNotCome) return null;
    throw error;
  });
  await start();
  const download = await downloading;
  if (download === null) return false;
  if (typeof expectedName === 'string') expect(download.suggestedFilename()).toBe(expectedName);
  else expect(download.suggestedFilename()).toMatch(expectedName);
  await download.saveAs(target);
  return true;
}
