import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import { tempDir } from '@test/helpers/review-file';
import * as generate from '@test/fixtures/hostile/generate';
import { parseChronology } from '@import/parse';
import { checkZipInflatedSize } from '@import/parse/zip-guard';

/**
 * Every hostile file goes through `casewright import` (or `annotations import` for .docx): either a
 * plain refusal that names the file, with the review file byte for byte as it was, or a correct import.
 */
const committed = (name: string) => fileURLToPath(new URL(`../../../fixtures/hostile/${name}`, import.meta.url));

let dir = '';
let home = '';
beforeAll(() => {
  dir = tempDir('casewright-hostile-');
  home = join(dir, 'home');
});

let reviews = 0;
async function newReview(name: string): Promise<string> {
  reviews += 1;
  const file = join(dir, `${name}-${reviews}.cwr`);
  const created = await runCli(['new', file, '--title', 'Child H'], { home });
  expect(created.code, created.stderr).toBe(0);
  return file;
}

function fingerprint(file: string): string {
  const hash = createHash('sha256').update(readFileSync(file));
  for (const side of ['-wal', '-journal']) if (existsSync(file + side)) hash.update(readFileSync(file + side));
  return hash.digest('hex');
}

/** Words a social worker should never be shown. */
const TECHNICAL = /internal error|RangeError|TypeError|stack|utf-8-bom|sourceRole|undefined|null|\bsummary\b(?! \()/;

async function expectRefusal(argv: (file: string) => string[], source: string, reason: RegExp): Promise<string> {
  const review = await newReview(source.split('/').at(-1)!.replace(/\W/g, '-'));
  const before = fingerprint(review);
  const result = await runCli(argv(review), { home });
  expect(result.code, result.stdout).toBe(1);
  const fileName = source.split('/').at(-1)!;
  expect(result.stderr).toContain(fileName);
  expect(result.stderr).toMatch(reason);
  expect(result.stderr).not.toMatch(TECHNICAL);
  expect(fingerprint(review)).toBe(before);
  return result.stderr;
}

const importArgs =
  (source: string, ...extra: string[]) =>
  (review: string) => ['import', review, source, '--agency', "Children's Social Care", ...extra];

describe('hostile import corpus', () => {
  it('refuses a CSV whose unmatched quote would swallow 2,990 rows, naming the row and line', async () => {
    const source = generate.strayQuoteCsv(dir);
    const stderr = await expectRefusal(importArgs(source), source, /quote mark/);
    expect(stderr).toMatch(/line 11/);
    // Even when asked to skip invalid rows, the swallowed rows are never imported as a success.
    await expectRefusal(importArgs(source, '--skip-invalid'), source, /quote mark/);
  });

  // Parsing is where 200,000 rows overflowed the stack; writing them is measured by `npm run bench`.
  it('reads a 200,000-row CSV without running out of stack, every row valid', async () => {
    const source = generate.bigCsv(dir);
    const parsed = await parseChronology({ fileName: 'rows-200000.csv', bytes: new Uint8Array(readFileSync(source)) });
    expect(parsed.fileProblems).toEqual([]);
    expect(parsed.rows).toHaveLength(200_000);
    expect(parsed.rows.every((row) => row.problems.length === 0)).toBe(true);
  }, 240_000);

  it('reads an .xlsx with a stray cell in row 1,048,576: the entries import and that row is reported', async () => {
    const source = generate.lastRowXlsx(dir);
    const review = await newReview('last-row');
    const result = await runCli(['import', review, source, '--agency', 'Health Visiting', '--skip-invalid', '--json'], {
      home,
    });
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as {
      imported: number;
      rejected: { row: number }[];
      extraFields: string[];
    };
    expect(report.imported).toBe(2);
    expect(report.rejected.map((r) => r.row)).toContain(1_048_576);
  }, 120_000);

  it('refuses a 20 MB single-line file by the cell-length limit', async () => {
    const source = generate.singleLine(dir);
    await expectRefusal(importArgs(source), source, /more than the 100,000 one cell may hold/);
  });

  it('refuses random bytes as not a spreadsheet', async () => {
    const source = generate.randomBytes(dir);
    await expectRefusal(importArgs(source), source, /not a spreadsheet or a CSV text file/);
  });

  it('refuses an .xlsx zip bomb, stopping once the unpacked size passes the limit', async () => {
    // The real limit is 400 MB; a 24 MB bomb against an 8 MB limit shows the same stop quickly.
    const source = generate.zipBombXlsx(dir, 24);
    const bytes = new Uint8Array(readFileSync(source));
    expect(() => checkZipInflatedSize('zip-bomb.xlsx', bytes, 8 * 1024 * 1024)).toThrow(
      /zip-bomb\.xlsx: the file unpacks to more than 8 MB/,
    );
    expect(() => checkZipInflatedSize('zip-bomb.xlsx', bytes)).not.toThrow();
  }, 120_000);

  it('refuses a device that never ends (/dev/zero) without reading it', async () => {
    await expectRefusal(importArgs('/dev/zero'), '/dev/zero', /not an ordinary file/);
  });

  it('refuses a header with no rows, an empty file, a fake workbook and a file with no narrative column', async () => {
    await expectRefusal(
      importArgs(committed('header-only.csv')),
      'header-only.csv',
      /no rows under the header \(row 1\)/,
    );
    await expectRefusal(importArgs(committed('empty.csv')), 'empty.csv', /the file is empty/);
    await expectRefusal(importArgs(committed('not-a-workbook.xlsx')), 'not-a-workbook.xlsx', /not an Excel workbook/);
    await expectRefusal(
      importArgs(committed('no-narrative.csv')),
      'no-narrative.csv',
      /no column is chosen for the Summary \(what happened\)/,
    );
  });

  it('refuses Word documents with an external entity or 200,000-deep nesting, naming the file', async () => {
    const entity = generate.externalEntityDocx(dir);
    await expectRefusal((review) => ['annotations', 'import', review, entity], entity, /declares its own XML entities/);
    const deep = generate.deepNestingDocx(dir);
    await expectRefusal((review) => ['annotations', 'import', review, deep], deep, /nested more than 2000 levels deep/);
  });
});
