import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { addEntry } from '@core/chronology/entries';
import { seedChronology } from '@core/sample/chronology';
import { EXPORT_HEADERS, exportChronology, neutraliseCell } from '@export/chronology';
import { reviewWithPeople } from '@test/helpers/review';

const dangerous = ['=HYPERLINK("http://x","click")', '+44 1234', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'];

function reviewWithInjection() {
  const fx = reviewWithPeople();
  fx.review.write('Seed', (db) => {
    seedChronology(db);
    dangerous.forEach((summary, n) =>
      addEntry(db, { date: `0${n + 1}/01/2023`, agency: '=Evil agency', summary, tags: ['@tag'] }),
    );
  });
  return fx;
}

describe('chronology export', () => {
  it('neutralises cells that could become formulas', () => {
    expect(dangerous.map(neutraliseCell)).toEqual(dangerous.map((d) => `'${d}`));
    expect(neutraliseCell('Police call-out')).toBe('Police call-out');
    expect(neutraliseCell('')).toBe('');
  });

  it('writes CSV sorted by date, with dates as given and no live formulas', async () => {
    const fx = reviewWithInjection();
    const path = join(fx.dir, 'chronology.csv');
    const result = await exportChronology(fx.review.db, path, 'csv');
    expect(result.rows).toBe(49);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...EXPORT_HEADERS]);
    const body = rows.slice(1);
    const earliest = body.map((r) => r[EXPORT_HEADERS.indexOf('Earliest')]!);
    expect([...earliest].sort()).toEqual(earliest);
    const dates = body.map((r) => r[1]);
    expect(dates).toEqual(
      expect.arrayContaining([
        'Summer 2019',
        'c. April 2020',
        'Winter 2021/22',
        '?October 2022',
        'Jan-Mar 2023',
        '3rd November 2021',
      ]),
    );
    for (const row of body) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(body.filter((r) => r[4] === "'=Evil agency")).toHaveLength(dangerous.length);
  });

  it('writes XLSX that reads back with the same rows', async () => {
    const fx = reviewWithInjection();
    const path = join(fx.dir, 'chronology.xlsx');
    await exportChronology(fx.review.db, path, 'xlsx');
    const [sheet] = await readXlsxFile(path);
    expect(sheet!.sheet).toBe('Chronology');
    const data = sheet!.data as unknown as (string | null)[][];
    expect(data[0]).toEqual([...EXPORT_HEADERS]);
    expect(data).toHaveLength(50);
    const summaries = data.map((r) => r[6]);
    expect(summaries).toEqual(expect.arrayContaining(dangerous.map((d) => `'${d}`)));
    for (const row of data.slice(1))
      for (const cell of row) if (typeof cell === 'string') expect(cell).not.toMatch(/^[=+\-@\t]/);
    const people = data.find((r) => r[1] === '12/09/2019')![EXPORT_HEADERS.indexOf('People involved')];
    expect(people).toBe('RM (victim); Sibling R (present); Child R (present)');
  });

  it('filters like the grid', async () => {
    const fx = reviewWithInjection();
    const path = join(fx.dir, 'key.csv');
    const result = await exportChronology(fx.review.db, path, 'csv', { keyOnly: true });
    expect(result.rows).toBeGreaterThan(10);
    expect(result.rows).toBeLessThan(49);
  });
});
