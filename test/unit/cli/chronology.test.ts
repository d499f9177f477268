import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import { HOUSE_STYLES } from '../../fixtures/house-styles/house-styles';
import { cliReview } from '../../helpers/cli-review';
import { INVALID_ROWS_REJECTED } from '@test/fixtures/chronology/invalid-rows';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/chronology/${name}`, import.meta.url));

const newReview = () => cliReview({ prefix: 'casewright-cli-chronology-' });

/** A new review with a fixture put in by `casewright import`: the review, and the command's result. */
async function importIntoNewReview(name: string, agency: string, ...flags: string[]) {
  const review = await newReview();
  const result = await runCli(['import', review.file, fixture(name), '--agency', agency, ...flags], {
    home: review.home,
  });
  return { ...review, result };
}

function entryCount(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM entry').pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('casewright import', () => {
  it('imports a CSV and prints the JSON report the issue describes', async () => {
    const { file, result } = await importIntoNewReview('police-return.csv', 'Westmoor Police', '--json');
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { imported: number; rejected: unknown[]; duplicates: unknown[] };
    expect(report).toMatchObject({ imported: 4, rejected: [], duplicates: [] });
    expect(entryCount(file)).toBe(4);
  });

  it('keeps and reports the title above the headings and the cover sheet of a workbook', async () => {
    const { dir, home, file } = await newReview();
    const style = HOUSE_STYLES.find((s) => s.name === 'community-health-workbook.xlsx')!;
    const source = join(dir, style.name);
    writeFileSync(source, await style.bytes());
    const json = await runCli(['import', file, source, '--agency', style.agency, '--json', '--dry-run'], { home });
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      notesAboveHeader: ['Community Health chronology – Child R'],
      otherSheets: [
        { sheet: 'Cover', lines: ['About this return', 'Prepared for the Westmoor safeguarding partnership review.'] },
      ],
    });
    const text = await runCli(['import', file, source, '--agency', style.agency], { home });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(
      'Text above the column headings, kept with this import:\n  Community Health chronology – Child R',
    );
    expect(text.stdout).toContain(
      'Other sheets in the workbook, kept with this import:\n  Cover:\n    About this return',
    );
  });

  it('imports nothing and exits 1 when any row is invalid, naming row, field and reason', async () => {
    const { file, result } = await importIntoNewReview('invalid-rows.csv', 'Housing', '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      imported: number;
      rejected: { row: number; field: string; reason: string }[];
    };
    expect(report.imported).toBe(0);
    expect(report.rejected.map((r) => [r.row, r.field])).toEqual(INVALID_ROWS_REJECTED);
    expect(report.rejected[0]!.reason).toMatch(/31 February 2022 does not exist/);
    expect(result.stderr).toMatch(/child-r\.cwr: invalid-rows\.csv: 4 of 5 rows are invalid, so nothing was imported/);
    expect(result.stderr).toMatch(/invalid-rows\.csv, row 3, Date: /);
    expect(entryCount(file)).toBe(0);
  });

  it('with --skip-invalid imports the valid rows and reports the rejected ones', async () => {
    const { file, result } = await importIntoNewReview('invalid-rows.csv', 'Housing', '--skip-invalid');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Imported 1 entries from invalid-rows\.csv \(Housing\); 4 rows rejected/);
    expect(result.stdout).toMatch(/- row 6, Key event: "maybe" is neither key nor routine/);
    expect(entryCount(file)).toBe(1);
  });

  it('--dry-run changes nothing', async () => {
    const { file, result } = await importIntoNewReview('police-return.csv', 'Westmoor Police', '--dry-run');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Would import 4 entries/);
    expect(entryCount(file)).toBe(0);
  });

  it('--mapping accepts field → header (and header → field) JSON', async () => {
    const { dir, home, file } = await newReview();
    const forward = await runCli(
      [
        'import',
        file,
        fixture('health-custom-headers.csv'),
        '--agency',
        'Health Visiting',
        '--mapping',
        fixture('mapping-health.json'),
      ],
      { home },
    );
    expect(forward.code, forward.stderr).toBe(0);
    const reversed = join(dir, 'reversed.json');
    writeFileSync(reversed, JSON.stringify({ When: 'date', 'What happened': 'summary' }));
    const again = await runCli(
      [
        'import',
        file,
        fixture('health-custom-headers.csv'),
        '--agency',
        'GP Practice',
        '--mapping',
        reversed,
        '--json',
      ],
      { home },
    );
    expect(again.code, again.stderr).toBe(0);
    expect(entryCount(file)).toBe(2);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ colour: 'Date' }));
    const refused = await runCli(
      ['import', file, fixture('health-custom-headers.csv'), '--agency', 'GP Practice', '--mapping', bad],
      { home },
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/a mapping is a JSON object from field to column header/);
  });

  it('refuses a missing source file and a missing --agency', async () => {
    const { dir, home, file } = await newReview();
    const missing = await runCli(['import', file, join(dir, 'nope.csv'), '--agency', 'Housing'], { home });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.csv: there is no such file/);
    expect((await runCli(['import', file, fixture('tab.csv')], { home })).code).toBe(2);
  });
});

describe('casewright chronology list and export', () => {
  it('lists entries in date order with dates as given, as text and JSON', async () => {
    const { home, file } = await importIntoNewReview('police-return.csv', 'Westmoor Police');
    const text = await runCli(['chronology', 'list', file], { home });
    expect(text.code, text.stderr).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\s+\d+\s+c\. 2014\s+Westmoor Police\s+Earlier call/);
    expect(lines[2]).toMatch(/22\/02\/2020\s+Westmoor Police\s+Second domestic incident\. RF damaged/);
    expect(lines.at(-1)).toBe('4 entries (dates as given; c. 2014 to Spring 2021)');
    const json = await runCli(['chronology', 'list', file, '--json'], { home });
    const entries = JSON.parse(json.stdout) as {
      id: number;
      date: string;
      agency: string;
      summary: string;
      edtf: string;
    }[];
    expect(entries.map((e) => [e.date, e.edtf])).toEqual([
      ['c. 2014', '2014~'],
      ['12/09/2019', '2019-09-12'],
      ['22/02/2020', '2020-02-22'],
      ['Spring 2021', '2021-21'],
    ]);
  });

  it('exports the chronology to CSV and XLSX, and refuses other extensions', async () => {
    const { dir, home, file } = await importIntoNewReview('police-return.csv', 'Westmoor Police');
    const csv = join(dir, 'out.csv');
    const result = await runCli(['export', file, '--chronology', csv], { home });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`Wrote 4 chronology entries to ${csv}\n`);
    expect(readFileSync(csv, 'utf8')).toContain('Spring 2021');
    const xlsx = join(dir, 'out.xlsx');
    expect((await runCli(['export', file, '--chronology', xlsx], { home })).code).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const wrong = await runCli(['export', file, '--chronology', join(dir, 'out.docx')], { home });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/must end in \.xlsx or \.csv/);
    expect((await runCli(['export', file], { home })).code).toBe(2);
  });
});
