import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { healthVisitsCsv } from '../../helpers/agency-return';
import { tempDir } from '../../helpers/review-file';

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
