/**
 * Large fictional agency returns (CSV, as an agency's spreadsheet saves it: day-first dates, CRLF),
 * for tests of long work a reviewer can follow and cancel: imports over the CLI, the API and the bridge.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HEADINGS = 'Date,Time,Event Type,Details,Action Taken';

/** 3 February 2021 as an agency's spreadsheet writes it: "03/02/2021". */
export function dayFirstDate(day: Date): string {
  return `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/${day.getUTCFullYear()}`;
}

function csv(rows: number, row: (index: number) => string): string {
  const lines = [HEADINGS];
  for (let i = 0; i < rows; i += 1) lines.push(row(i));
  return `${lines.join('\r\n')}\r\n`;
}

/** `rows` home visits, one a day from 1 January of `fromYear`. */
export function dailyVisitsCsv(rows: number, fromYear = 2019): string {
  return csv(rows, (i) => {
    const date = dayFirstDate(new Date(Date.UTC(fromYear, 0, 1 + i)));
    return `${date},09:30,Home visit,Visit number ${i + 1} to the family home,Notes written up`;
  });
}

/** `dailyVisitsCsv` written as `<dir>/<fileName>`; returns the path. */
export function writeDailyVisits(dir: string, fileName: string, rows: number, fromYear?: number): string {
  const path = join(dir, fileName);
  writeFileSync(path, dailyVisitsCsv(rows, fromYear));
  return path;
}

/** `rows` health visitor contacts, ten a day from 1 January 1990. */
export function healthVisitsCsv(rows: number): string {
  return csv(rows, (i) => {
    const date = dayFirstDate(new Date(Date.UTC(1990, 0, 1 + Math.floor(i / 10))));
    return `${date},10:00,Home visit,Health visitor visit ${i + 1}; mother and baby seen,Records updated`;
  });
}
