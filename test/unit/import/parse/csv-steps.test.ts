/**
 * Reading a CSV as a job the reviewer follows gives exactly the table the one-go read gives (rows,
 * problems located by line, quoted cells over many lines), reports how far into the file it has
 * read, and stops at the next batch of rows when cancelled.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvInSteps } from '@import/parse/csv';
import { parseChronology } from '@import/parse';
import { CasewrightError } from '@shared/errors';
import type { ProgressReport } from '@shared/progress';

/** A return with quoted cells over several lines, a stray quote and a quote left open near the end. */
function awkwardReturn(rows: number): string {
  const lines = ['Westmoor Police chronology', 'Date,Time,Details,Action'];
  for (let i = 1; i <= rows; i += 1) {
    if (i % 7 === 0)
      lines.push(`0${(i % 9) + 1}/02/2021,10:00,"Visit ${i}: mother said ""fine""\r\nchild seen\r\nasleep",Noted`);
    else if (i % 11 === 0) lines.push(`0${(i % 9) + 1}/03/2021,11:00,Call ${i} from "a neighbour,None`);
    else lines.push(`0${(i % 9) + 1}/04/2021,,Contact ${i} — “letter” £5,Filed`);
  }
  lines.push('09/05/2021,12:00,"Left open at the end,None');
  return `${lines.join('\r\n')}\r\n`;
}

describe('reading a CSV in steps', () => {
  it.each([1, 2, 3, 50])('gives the same table as the one-go read, pausing every %i rows', async (every) => {
    const text = awkwardReturn(300);
    const whole = parseCsv(text, ',', 'police.csv');
    const read: number[] = [];
    const stepped = await parseCsvInSteps(text, ',', 'police.csv', {
      rowsPerStep: every,
      onRead: (at) => read.push(at),
    });
    expect(stepped).toEqual(whole);
    expect(whole.rowProblems.size).toBeGreaterThan(0);
    // Where it had got to only ever moves on, and never past the end of the text.
    expect(read).toEqual([...read].sort((a, b) => a - b));
    expect(read.at(-1)!).toBeLessThanOrEqual(text.length);
    expect(read.length).toBeGreaterThan(300 / every - 1);
  });

  it('gives the same answer for an empty text and for a refused file', async () => {
    expect(await parseCsvInSteps('', ',', 'empty.csv', {})).toEqual(parseCsv('', ',', 'empty.csv'));
    const huge = `Date,Details\r\n01/02/2021,"${'x'.repeat(200_000)}\r\n`;
    expect(() => parseCsv(huge, ',', 'huge.csv')).toThrow(/characters, more than/);
    await expect(parseCsvInSteps(huge, ',', 'huge.csv', { rowsPerStep: 1 })).rejects.toThrow(/characters, more than/);
  });

  it('counts the bytes read and the rows checked of an import, and stops when cancelled', async () => {
    const lines = ['Date,Details'];
    for (let i = 0; i < 9000; i += 1) lines.push(`03/02/2021,Home visit ${i}`);
    const bytes = new TextEncoder().encode(lines.join('\n'));
    const reports: ProgressReport[] = [];
    const parsed = await parseChronology({
      fileName: 'visits.csv',
      bytes,
      hooks: { onProgress: (r) => reports.push(r) },
    });
    expect(parsed.rows).toHaveLength(9000);
    const reading = reports.filter((r) => r.step === 'Reading the spreadsheet');
    expect(reading.every((r) => r.unit === 'bytes' && r.total === bytes.length)).toBe(true);
    expect(reading.map((r) => r.done)).toEqual([
      0,
      expect.any(Number),
      expect.any(Number),
      expect.any(Number),
      expect.any(Number),
      bytes.length,
    ]);
    const checking = reports.filter((r) => r.step === 'Checking rows');
    expect(checking.map((r) => `${r.done} of ${r.total} ${r.unit}`)).toEqual([
      '0 of 9000 rows',
      '2000 of 9000 rows',
      '4000 of 9000 rows',
      '6000 of 9000 rows',
      '8000 of 9000 rows',
      '9000 of 9000 rows',
    ]);

    // Cancelled while the file is read, and again while its rows are checked.
    for (const [step, at] of [
      ['Reading the spreadsheet', 1],
      ['Checking rows', 4000],
    ] as const) {
      const controller = new AbortController();
      const seen: ProgressReport[] = [];
      const stopped = parseChronology({
        fileName: 'visits.csv',
        bytes,
        hooks: {
          signal: controller.signal,
          onProgress(report) {
            seen.push(report);
            if (report.step === step && report.done >= at) controller.abort();
          },
        },
      });
      await expect(stopped).rejects.toEqual(new CasewrightError('cancelled', 'Cancelled. Nothing was changed.'));
      expect(seen.at(-1)!.step).toBe(step);
      expect(seen.at(-1)!.done).toBeLessThan(seen.at(-1)!.total);
    }
  });
});
