import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../helpers/review-file';

/** 3 February 2021 as an agency's spreadsheet writes it: "03/02/2021". */
export function dayFirstDate(day: Date): string {
  return `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/${day.getUTCFullYear()}`;
}

/**
 * A fictional health visiting return of `rows` contacts, ten a day from 1 January 1990, large enough
 * for long work (an import) to be watched and interrupted. Written to a new temp folder.
 */
export function largeHealthReturn(rows: number): string {
  const file = join(tempDir('cw-e2e-large-return-'), 'Westmoor Health visits.csv');
  const lines = ['Date,Time,Event Type,Details,Action Taken'];
  for (let i = 0; i < rows; i += 1) {
    const date = dayFirstDate(new Date(Date.UTC(1990, 0, 1 + Math.floor(i / 10))));
    lines.push(`${date},10:00,Home visit,Health visitor visit ${i + 1}; mother and baby seen at home,Records updated`);
  }
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  return file;
}
