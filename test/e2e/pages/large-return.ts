import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { healthVisitsCsv } from '../../helpers/agency-return';
import { heldWork } from '../../helpers/held-work';
import { tempDir } from '../../helpers/review-file';
import { createReviewInUi, reviewCaller, startBrowserApp } from '../harness';
import { chronologyPage } from './chronology';

/**
 * A fictional health visiting return of `rows` contacts, ten a day from 1 January 1990, large enough
 * for long work (an import) to be watched and interrupted, written as "Westmoor Health visits.csv"
 * in a new temp folder for the page to choose.
 */
export function largeHealthReturn(rows: number): string {
  const file = join(tempDir('cw-e2e-large-return-'), 'Westmoor Health visits.csv');
  writeFileSync(file, healthVisitsCsv(rows));
  return file;
}

/**
 * The browser app with its long work under the test's hold (`work`), a new review called `title`
 * open at the Import view, and the large return of `rows` chosen for Westmoor Health, ready to
 * preview: the start of every test that interrupts a large import.
 */
export async function largeReturnChosenUnderHold(title: string, rows: number) {
  const work = heldWork();
  const app = await startBrowserApp({ viewport: { width: 1024, height: 700 }, jobHold: work });
  const reviewId = await createReviewInUi(app.page, title);
  const chronology = chronologyPage(app.page);
  await chronology.openImport();
  const file = largeHealthReturn(rows);
  await chronology.chooseFile(file, 'Westmoor Health');
  return { work, app, page: app.page, call: reviewCaller(app, reviewId), chronology, file };
}
