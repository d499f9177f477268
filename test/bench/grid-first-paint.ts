/**
 * Benchmark: time to the first rows of the chronology grid in the browser edition, for a review
 * of 20,000 entries, for each shape of text in chronology-shapes.ts. Builds the renderer, creates a real review file, imports a synthetic
 * (fictional) 20,000-row CSV through the real import, opens the review's chronology in Debian's
 * Chromium and measures, inside the page, the time from navigation start until grid rows are on
 * screen; then the time to show rows after jumping to the middle of the list.
 *
 * Run alone: `npx tsx test/bench/grid-first-paint.ts` (prints JSON). `run()` returns the numbers.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { createDispatcher } from '../../electron/api/dispatcher';
import { startBrowserEdition } from '../../electron/server/browser-edition';
import type { ImportReport } from '../../electron/shared/domain/chronology';
import type { ReviewSession } from '../../electron/shared/domain/review';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium';
import { AGENCIES, CHRONOLOGY_SHAPES, chronologyRows, toCsv, type ChronologyShape } from './chronology-shapes';

const GRID_AGENCIES = [...AGENCIES, 'Housing'];
const TYPES = ['incident', 'contact', 'home visit', 'referral', 'assessment', 'meeting', 'did not attend'];
const PHRASES = [
  'Call to the family home after a neighbour reported shouting',
  'Mother attended the surgery with Child R for a routine review',
  'School raised a concern about attendance and tiredness',
  'Health visitor saw Child R at home with mother present',
  'Strategy discussion held about the latest incident',
  'Mr C seen leaving the address by the visiting worker',
];

export interface GridFirstPaintResult {
  readonly entries: number;
  /** Building the review: CSV import of all entries through the import service. */
  readonly importMs: number;
  /** Opening the review's chronology from the start screen (app loaded) → first grid rows on screen. */
  readonly openMs: number;
  /** A full page load straight into the chronology: navigation start → first grid rows on screen. */
  readonly firstRowsMs: number;
  /** From the test's side: goto() called → first rows seen (adds process round trips). */
  readonly wallMs: number;
  /** Jump to the middle of the list (row 10,000) → its rows on screen. */
  readonly jumpToMiddleMs: number;
  /** Switching to the timeline → every event drawn (all 20,000, zoomed out to fit). */
  readonly timelineMs: number;
}

/** A fictional agency return of `count` rows, dates spread over 2015–2023, some vague. */
export function syntheticCsv(count: number): string {
  const lines = ['Date,Time,Agency,Event type,Summary,Action taken,Outcome'];
  for (let i = 0; i < count; i++) {
    const day = ((i * 7) % 28) + 1;
    const month = (Math.floor(i / 28) % 12) + 1;
    const year = 2015 + (i % 9);
    const date =
      i % 50 === 0
        ? `Spring ${year}`
        : i % 23 === 0
          ? `${['Jan', 'Mar', 'Jun', 'Oct'][i % 4]} ${year}`
          : `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
    const phrase = PHRASES[i % PHRASES.length] ?? '';
    lines.push(
      [
        date,
        i % 3 === 0 ? `${String(8 + (i % 12)).padStart(2, '0')}:${String((i * 13) % 60).padStart(2, '0')}` : '',
        GRID_AGENCIES[i % GRID_AGENCIES.length],
        TYPES[i % TYPES.length],
        `${phrase} (record ${i + 1})`,
        'Recorded on file',
        'No further action',
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The grid on a review of the given shape of text (chronology-shapes.ts), or of this file's own phrases. */
export async function runShape(
  options: { entries?: number; shape?: ChronologyShape } = {},
): Promise<GridFirstPaintResult> {
  const entries = options.entries ?? 20_000;
  const work = mkdtempSync(join(tmpdir(), 'casewright-bench-grid-'));
  const home = join(work, 'home');
  const dist = join(work, 'renderer');
  mkdirSync(home, { recursive: true });
  writeFileSync(join(home, 'settings.json'), JSON.stringify({ displayName: 'Bench', recent: [], sampleOffered: true }));
  const previousReviewsDir = process.env.CASEWRIGHT_REVIEWS_DIR;
  process.env.CASEWRIGHT_REVIEWS_DIR = join(home, 'Reviews');
  await build({
    configFile: fileURLToPath(new URL('../../renderer/vite.config.ts', import.meta.url)),
    logLevel: 'error',
    build: { outDir: dist, emptyOutDir: true },
  });
  const edition = await startBrowserEdition({ home, staticDir: dist });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const dispatch = createDispatcher(edition.app);
    const call = async <T>(method: string, args: unknown, reviewId?: string): Promise<T> => {
      const response = await dispatch({ method, args, ...(reviewId === undefined ? {} : { reviewId }) });
      if (!response.ok) throw new Error(`${method}: ${response.error.message}`);
      return response.result as T;
    };
    const session = await call<ReviewSession>('review.create', { title: 'Bench chronology', kind: 'lcspr' });
    const csv = (
      options.shape === undefined
        ? Buffer.from(syntheticCsv(entries), 'utf8')
        : Buffer.from(toCsv(chronologyRows(options.shape, entries)))
    ).toString('base64');
    const started = performance.now();
    const report = await call<ImportReport>(
      'chronology.importApply',
      {
        fileName: 'synthetic.csv',
        bytesBase64: csv,
        agency: 'Westmoor Police',
        mapping: {
          date: 'Date',
          time: 'Time',
          agency: 'Agency',
          eventType: 'Event type',
          summary: 'Summary',
          actionTaken: 'Action taken',
          outcome: 'Outcome',
        },
      },
      session.reviewId,
    );
    const importMs = performance.now() - started;
    if (report.imported !== entries) throw new Error(`imported ${report.imported} of ${entries} rows`);

    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' })
    ).newPage();
    await page.goto(edition.bridge.launchUrl);
    await page.getByRole('heading', { level: 1, name: 'Casewright' }).waitFor();
    // As a reviewer opens a review: the app is running, the route changes to the chronology.
    const openStart = await page.evaluate(
      (hash) => {
        const t = performance.now();
        window.location.hash = hash;
        return t;
      },
      `#/review/${encodeURIComponent(session.reviewId)}/chronology`,
    );
    await page.waitForFunction(() => document.querySelector('[role="grid"] [data-entry-id]') !== null, undefined, {
      polling: 'raf',
      timeout: 60_000,
    });
    const openMs = (await page.evaluate(() => performance.now())) - openStart;
    // The launch page has loaded the app once (as a user's start screen does). A query string makes
    // the measured visit a full page load, not a same-document hash change.
    const chronologyUrl = `${edition.bridge.origin}/?opened=1#/review/${encodeURIComponent(session.reviewId)}/chronology`;
    const wallStart = performance.now();
    await page.goto(chronologyUrl);
    await page.waitForFunction(() => document.querySelector('[role="grid"] [data-entry-id]') !== null, undefined, {
      polling: 'raf',
      timeout: 60_000,
    });
    const wallMs = performance.now() - wallStart;
    const firstRowsMs = await page.evaluate(() => performance.now());

    // Jump to the middle: focus the grid and page down by scrolling its element.
    const jumpStart = await page.evaluate(() => {
      const gridElement = document.querySelector<HTMLElement>('[role="grid"]');
      if (gridElement === null) throw new Error('no grid');
      gridElement.scrollTop = gridElement.scrollHeight / 2;
      return performance.now();
    });
    await page.waitForFunction(
      (middle) => document.querySelector(`[role="grid"] [aria-rowindex="${middle}"][data-entry-id]`) !== null,
      Math.floor(entries / 2),
      { polling: 'raf', timeout: 60_000 },
    );
    const jumpToMiddleMs = (await page.evaluate(() => performance.now())) - jumpStart;

    const timelineStart = await page.evaluate(
      (hash) => {
        const t = performance.now();
        window.location.hash = hash;
        return t;
      },
      `#/review/${encodeURIComponent(session.reviewId)}/chronology/timeline`,
    );
    await page.waitForFunction(
      (count) =>
        (document.querySelector('.cw-timeline .cw-count-line')?.textContent ?? '').includes(
          `of ${count.toLocaleString('en-GB')} events`,
        ) && document.querySelector('.cw-timeline-svg') !== null,
      entries,
      { polling: 'raf', timeout: 60_000 },
    );
    const timelineMs = (await page.evaluate(() => performance.now())) - timelineStart;
    return {
      entries,
      importMs: Math.round(importMs),
      openMs: Math.round(openMs),
      firstRowsMs: Math.round(firstRowsMs),
      wallMs: Math.round(wallMs),
      jumpToMiddleMs: Math.round(jumpToMiddleMs),
      timelineMs: Math.round(timelineMs),
    };
  } finally {
    await browser.close();
    await edition.close();
    rmSync(work, { recursive: true, force: true });
    // Other benchmarks run in the same process (`npm run bench`).
    if (previousReviewsDir === undefined) delete process.env.CASEWRIGHT_REVIEWS_DIR;
    else process.env.CASEWRIGHT_REVIEWS_DIR = previousReviewsDir;
  }
}

/** Every shape of text, one after another. */
export async function run(): Promise<(GridFirstPaintResult & { shape: ChronologyShape })[]> {
  const results: (GridFirstPaintResult & { shape: ChronologyShape })[] = [];
  for (const shape of CHRONOLOGY_SHAPES) results.push({ shape, ...(await runShape({ shape })) });
  return results;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  run().then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
