/**
 * Benchmark (not a timed test): a synthetic 20,000-entry agency chronology imported from CSV and
 * from XLSX into fresh review files, then full-text search latency over 200 queries and peak
 * memory. Run alone with `npx tsx test/bench/chronology-import.ts`; `npm run bench` calls `run()`.
 * Targets on the 2-core CI machine: CSV import < 1 s, search p95 < 20 ms.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import writeXlsxFile from 'write-excel-file/node';
import { page, search } from '../../electron/core/chronology/query';
import { migrate } from '../../electron/core/store/migrate';
import { configure } from '../../electron/core/store/open-review-file';
import { createReviewHandle } from '../../electron/core/store/review-handle';
import { applyImport, readImport } from '../../electron/import/apply';
import { REVIEW_APPLICATION_ID } from '../../electron/shared/version';

export interface ChronologyBenchResult {
  readonly rows: number;
  readonly csvBytes: number;
  readonly csvParseMs: number;
  readonly csvImportMs: number;
  /** CPU time of the same import: on a shared, busy machine wall time also counts waiting. */
  readonly csvImportCpuMs: number;
  readonly xlsxBytes: number;
  readonly xlsxParseMs: number;
  readonly xlsxImportMs: number;
  readonly xlsxImportCpuMs: number;
  readonly searchP50Ms: number;
  readonly searchP95Ms: number;
  /** The grid's own use of search: one page of 100 rows filtered by the text, in date order. */
  readonly gridTextPageP50Ms: number;
  readonly gridTextPageP95Ms: number;
  readonly peakRssMb: number;
}

const ROWS = 20_000;
const AGENCIES = ['Westmoor Police', "Children's Social Care", 'Health Visiting', 'GP Practice', 'Westmoor Primary School'];
const TYPES = ['Police call-out', 'Home visit', 'Telephone call', 'Referral', 'Did not attend', 'Assessment', 'Meeting', 'Case closure'];
const COMMON = (
  'mother father child sibling partner school nursery visit phone call referral assessment concern injury bruise argument shouting ' +
  'neighbour police officer health visitor doctor appointment missed letter housing tenancy alcohol drugs money debt anxiety ' +
  'sleep feeding weight speech attendance late absent teacher disclosure worried safety plan closure strategy conference'
).split(' ');
/**
 * Case notes use a wide vocabulary; 60 words repeated 20,000 times would make every row look
 * like every other (and every row a duplicate). Mix the common words with 3,000 made-up ones.
 */
const RARE = Array.from({ length: 3000 }, (_, i) => `w${(i * 7919).toString(36)}`);
const WORDS = [...COMMON, ...RARE];

/** Deterministic pseudo-random numbers, so every run imports the same file. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export function syntheticRows(): string[][] {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, () => (next() < 0.4 ? pick(COMMON) : pick(RARE))).join(' ');
  const rows: string[][] = [['Date', 'Time', 'Agency', 'Event type', 'Summary', 'Action taken', 'Outcome', 'Practitioner']];
  for (let i = 0; i < ROWS; i += 1) {
    const year = 2015 + Math.floor(next() * 8);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const vague = next();
    // Mostly exact days, with the vague forms agencies send mixed in.
    const date =
      vague < 0.8
        ? `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`
        : vague < 0.9
          ? `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1]} ${year}`
          : vague < 0.95
            ? `${pick(['Spring', 'Summer', 'Autumn', 'Winter'])} ${year}`
            : `c. ${year}`;
    rows.push([
      date,
      next() < 0.3 ? `${String(Math.floor(next() * 24)).padStart(2, '0')}:${String(Math.floor(next() * 60)).padStart(2, '0')}` : '',
      pick(AGENCIES),
      pick(TYPES),
      `${sentence(14)}, "${sentence(3)}"`,
      sentence(8),
      sentence(5),
      pick(['PC1', 'SW1', 'HV1', 'GP1', 'DSL']),
    ]);
  }
  return rows;
}

export function toCsv(rows: readonly string[][]): Uint8Array {
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return new Uint8Array(Buffer.from(rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n', 'utf8'));
}

function freshReview(dir: string, name: string) {
  const path = join(dir, name);
  const raw = new Database(path);
  raw.pragma(`application_id = ${REVIEW_APPLICATION_ID}`);
  configure(raw);
  migrate(raw);
  return createReviewHandle(name, path, raw, () => 'Benchmark');
}

async function timeImport(dir: string, name: string, fileName: string, bytes: Uint8Array) {
  const review = freshReview(dir, name);
  const request = { fileName, bytes, agency: 'Westmoor Police' };
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { parsed } = await readImport(review.db, request);
  const parsedAt = performance.now();
  const report = applyImport(review, parsed, request, { skipInvalid: false, dryRun: false, rememberMapping: true });
  const done = performance.now();
  if (report.imported !== ROWS) throw new Error(`${fileName}: imported ${report.imported} of ${ROWS}`);
  const used = process.cpuUsage(cpu);
  return { review, parseMs: parsedAt - started, totalMs: done - started, cpuMs: (used.user + used.system) / 1000 };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function run(): Promise<ChronologyBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'casewright-bench-chronology-'));
  try {
    const rows = syntheticRows();
    const csv = toCsv(rows);
    const xlsx = new Uint8Array(await writeXlsxFile(rows.map((row) => row.map((value) => ({ value })))).toBuffer());

    const csvRun = await timeImport(dir, 'csv.cwr', 'synthetic.csv', csv);
    const xlsxRun = await timeImport(dir, 'xlsx.cwr', 'synthetic.xlsx', xlsx);
    xlsxRun.review.close();

    const next = random(7);
    const queries = Array.from({ length: 200 }, (_, i) =>
      // A mix of phrases, common-word prefixes and rarer words, as a reviewer would type them.
      i % 4 === 0
        ? `"${COMMON[Math.floor(next() * COMMON.length)]} ${COMMON[Math.floor(next() * COMMON.length)]}"`
        : i % 4 === 1
          ? COMMON[Math.floor(next() * COMMON.length)]!.slice(0, 5)
          : `${WORDS[Math.floor(next() * WORDS.length)]} ${WORDS[Math.floor(next() * WORDS.length)]}`,
    );
    const times: number[] = [];
    for (const query of queries) {
      const started = performance.now();
      search(csvRun.review.db, { query, filter: {}, limit: 50 });
      times.push(performance.now() - started);
    }
    const pageTimes: number[] = [];
    for (const query of queries) {
      const started = performance.now();
      page(csvRun.review.db, { filter: { text: query }, sort: { field: 'date', direction: 'asc' }, offset: 0, limit: 100 });
      pageTimes.push(performance.now() - started);
    }
    csvRun.review.close();
    times.sort((a, b) => a - b);
    pageTimes.sort((a, b) => a - b);

    const result: ChronologyBenchResult = {
      rows: ROWS,
      csvBytes: csv.byteLength,
      csvParseMs: Math.round(csvRun.parseMs),
      csvImportMs: Math.round(csvRun.totalMs),
      csvImportCpuMs: Math.round(csvRun.cpuMs),
      xlsxBytes: xlsx.byteLength,
      xlsxParseMs: Math.round(xlsxRun.parseMs),
      xlsxImportMs: Math.round(xlsxRun.totalMs),
      xlsxImportCpuMs: Math.round(xlsxRun.cpuMs),
      searchP50Ms: Math.round(percentile(times, 50) * 100) / 100,
      searchP95Ms: Math.round(percentile(times, 95) * 100) / 100,
      gridTextPageP50Ms: Math.round(percentile(pageTimes, 50) * 100) / 100,
      gridTextPageP95Ms: Math.round(percentile(pageTimes, 95) * 100) / 100,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    console.log(
      [
        `chronology import bench (${ROWS} rows; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
        `  CSV  ${(result.csvBytes / 1e6).toFixed(1)} MB: import ${result.csvImportMs} ms wall, ${result.csvImportCpuMs} ms CPU (parse + validate ${result.csvParseMs} ms)  target < 1000 ms`,
        `  XLSX ${(result.xlsxBytes / 1e6).toFixed(1)} MB: import ${result.xlsxImportMs} ms wall, ${result.xlsxImportCpuMs} ms CPU (read + validate ${result.xlsxParseMs} ms)`,
        `  FTS search over 200 queries: p50 ${result.searchP50Ms} ms, p95 ${result.searchP95Ms} ms  target p95 < 20 ms`,
        `  grid page (100 rows) filtered by the same queries: p50 ${result.gridTextPageP50Ms} ms, p95 ${result.gridTextPageP95Ms} ms`,
        `  peak RSS ${result.peakRssMb} MB`,
      ].join('\n'),
    );
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await run();
}
