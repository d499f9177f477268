/**
 * Benchmark (not a timed test): a 20,000-row agency chronology of each shape (chronology-shapes.ts:
 * varied, template-like, long narratives) imported from CSV into a fresh review file (parse,
 * validate, insert, full-text index, duplicate sweep), each shape in its own process. Beside it, in
 * the same process: the baseline, a plain SQLite insert of the same rows (one table, one
 * transaction, the review's own journal settings). Then full-text search latency, the duplicate
 * proposals the import made (none of the shapes holds a true duplicate), and peak memory; and an
 * XLSX import of the same rows.
 *
 *   npx tsx test/bench/chronology-import.ts            all three shapes
 *   npx tsx test/bench/chronology-import.ts --shape long
 *
 * Targets: CSV import < 1 s; search p95 < 20 ms; fewer than 1 duplicate proposal per 100 rows.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { page, search } from '../../electron/core/chronology/query';
import { migrate } from '../../electron/core/store/migrate';
import { configure } from '../../electron/core/store/open-review-file';
import { createReviewHandle } from '../../electron/core/store/review-handle';
import { applyImport, readImport } from '../../electron/import/apply';
import { REVIEW_APPLICATION_ID } from '../../electron/shared/version';
import { COMMON, WORDS, chronologyRows, random, toCsv, type ChronologyShape } from './chronology-shapes';
import { peakRssMb, ratio, runAsScript, runEveryShape, seconds, timed } from './measure';

export interface ImportBenchResult {
  readonly shape: ChronologyShape;
  readonly rows: number;
  readonly csvBytes: number;
  /** Baseline: the same rows inserted into one plain SQLite table. */
  readonly plainInsertMs: number;
  readonly plainInsertCpuMs: number;
  readonly csvImportMs: number;
  /** CPU time of the same import: on a shared, busy machine wall time also counts waiting. */
  readonly csvImportCpuMs: number;
  readonly csvParseMs: number;
  /** CSV import time ÷ plain insert time (wall), and the same for CPU time. */
  readonly ratio: number;
  readonly cpuRatio: number;
  readonly duplicateProposals: number;
  readonly proposalsPer100Rows: number;
  readonly searchP50Ms: number;
  readonly searchP95Ms: number;
  readonly gridTextPageP95Ms: number;
  /** Peak resident memory after the CSV import and searches. */
  readonly peakRssMb: number;
  readonly xlsxBytes: number;
  readonly xlsxImportMs: number;
  readonly xlsxImportCpuMs: number;
  /** Peak resident memory after the XLSX import as well. */
  readonly peakAfterXlsxMb: number;
}

function freshReview(dir: string, name: string) {
  const path = join(dir, name);
  const raw = new Database(path);
  raw.pragma(`application_id = ${REVIEW_APPLICATION_ID}`);
  configure(raw);
  migrate(raw);
  return createReviewHandle(name, path, raw, () => 'Benchmark');
}

function plainInsert(dir: string, rows: readonly string[][]): { wallMs: number; cpuMs: number } {
  const db = new Database(join(dir, 'plain.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(
    'CREATE TABLE entry (date TEXT, time TEXT, agency TEXT, type TEXT, summary TEXT, action TEXT, outcome TEXT, practitioner TEXT)',
  );
  const insert = db.prepare('INSERT INTO entry VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const cpu = process.cpuUsage();
  const started = performance.now();
  db.transaction(() => {
    for (const row of rows.slice(1)) insert.run(...row);
  })();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  db.close();
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

async function importFile(dir: string, name: string, fileName: string, bytes: Uint8Array, expected: number) {
  const review = freshReview(dir, name);
  const request = { fileName, bytes, agency: 'Westmoor Police' };
  let parseMs = 0;
  const run = await timed(async () => {
    const started = performance.now();
    const { parsed } = await readImport(review.db, request);
    parseMs = performance.now() - started;
    return applyImport(review, parsed, request, { skipInvalid: false, dryRun: false, rememberMapping: true });
  });
  if (run.value.imported !== expected) throw new Error(`${fileName}: imported ${run.value.imported} of ${expected}`);
  return { review, report: run.value, parseMs, wallMs: run.wallMs, cpuMs: run.cpuMs };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function searchTimes(review: ReturnType<typeof freshReview>) {
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
  const pageTimes: number[] = [];
  for (const query of queries) {
    const started = performance.now();
    search(review.db, { query, filter: {}, limit: 50 });
    times.push(performance.now() - started);
    const pageStarted = performance.now();
    page(review.db, { filter: { text: query }, sort: { field: 'date', direction: 'asc' }, offset: 0, limit: 100 });
    pageTimes.push(performance.now() - pageStarted);
  }
  times.sort((a, b) => a - b);
  pageTimes.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    pageP95: round(percentile(pageTimes, 95)),
  };
}

export async function runShape(shape: ChronologyShape): Promise<ImportBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), `casewright-bench-import-${shape}-`));
  try {
    const rows = chronologyRows(shape);
    const count = rows.length - 1;
    const csv = toCsv(rows);
    const plain = plainInsert(dir, rows);
    const csvRun = await importFile(dir, 'csv.cwr', `${shape}.csv`, csv, count);
    const searched = searchTimes(csvRun.review);
    csvRun.review.close();
    const peak = peakRssMb();
    const xlsx = new Uint8Array(await writeXlsxFile(rows.map((row) => row.map((value) => ({ value })))).toBuffer());
    const xlsxRun = await importFile(dir, 'xlsx.cwr', `${shape}.xlsx`, xlsx, count);
    xlsxRun.review.close();
    const proposals = csvRun.report.duplicates.length;
    return {
      shape,
      rows: count,
      csvBytes: csv.byteLength,
      plainInsertMs: Math.round(plain.wallMs),
      plainInsertCpuMs: Math.round(plain.cpuMs),
      csvImportMs: Math.round(csvRun.wallMs),
      csvImportCpuMs: Math.round(csvRun.cpuMs),
      csvParseMs: Math.round(csvRun.parseMs),
      ratio: ratio(csvRun.wallMs, plain.wallMs),
      cpuRatio: ratio(csvRun.cpuMs, plain.cpuMs),
      duplicateProposals: proposals,
      proposalsPer100Rows: Math.round((proposals / count) * 100 * 100) / 100,
      searchP50Ms: searched.p50,
      searchP95Ms: searched.p95,
      gridTextPageP95Ms: searched.pageP95,
      peakRssMb: peak,
      xlsxBytes: xlsx.byteLength,
      xlsxImportMs: Math.round(xlsxRun.wallMs),
      xlsxImportCpuMs: Math.round(xlsxRun.cpuMs),
      peakAfterXlsxMb: peakRssMb(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatImport(r: ImportBenchResult): string {
  return [
    `  ${r.shape}: CSV ${(r.csvBytes / 1e6).toFixed(1)} MB imported in ${seconds(r.csvImportMs)} s wall, ${seconds(r.csvImportCpuMs)} s CPU (parse + validate ${seconds(r.csvParseMs)} s); ` +
      `plain SQLite insert ${seconds(r.plainInsertMs)} s wall, ${seconds(r.plainInsertCpuMs)} s CPU → ${r.ratio}× the plain insert (CPU ${r.cpuRatio}×); target < 1 s`,
    `    duplicate proposals ${r.duplicateProposals} (${r.proposalsPer100Rows} per 100 rows; target < 1); search p50 ${r.searchP50Ms} ms, p95 ${r.searchP95Ms} ms (target < 20 ms); grid page p95 ${r.gridTextPageP95Ms} ms`,
    `    peak RSS ${r.peakRssMb} MB; XLSX ${(r.xlsxBytes / 1e6).toFixed(1)} MB imported in ${seconds(r.xlsxImportMs)} s wall, ${seconds(r.xlsxImportCpuMs)} s CPU, peak ${r.peakAfterXlsxMb} MB`,
  ].join('\n');
}

export function run(): ImportBenchResult[] {
  return runEveryShape(import.meta.url, 'chronology import', formatImport);
}

await runAsScript(import.meta.url, run, runShape);
