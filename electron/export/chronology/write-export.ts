import Papa from 'papaparse';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { basename } from 'node:path';
import type { ChronologyFilter } from '../../shared/domain/chronology';
import { CasewrightError } from '../../shared/errors';
import type { ReadableDb } from '../../core/store/db-types';
import { writeOwnerFile } from '../../core/files/owner-only';
import { prepareOutput } from '../../core/files/output-path';
import { neutraliseCell } from './neutralise';
import { EXPORT_HEADERS, exportRowCount, exportRows } from './rows';
import type { WorkHooks } from '../../shared/progress';
import { checkpoint } from '../../core/jobs/work';

export type ChronologyExportFormat = 'xlsx' | 'csv';

/**
 * The merged chronology, sorted by date, as .xlsx or .csv bytes. CSV is UTF-8 with a BOM so Excel
 * shows accents and symbols correctly. Every cell is neutralised against formula injection.
 */
export async function renderChronology(
  db: ReadableDb,
  format: ChronologyExportFormat,
  filter: ChronologyFilter = {},
  hooks: WorkHooks = {},
): Promise<{ bytes: Buffer; rows: number }> {
  const body = await collectRows(db, filter, hooks);
  if (format === 'csv') {
    const text = Papa.unparse([[...EXPORT_HEADERS], ...body], { newline: '\r\n', quotes: false });
    return { bytes: Buffer.from(`\uFEFF${text}\r\n`, 'utf8'), rows: body.length };
  }
  const header = EXPORT_HEADERS.map((title) => ({ value: title, fontWeight: 'bold' as const }));
  const data: SheetData = [header, ...body.map((cells) => cells.map((value) => ({ value, type: String })))];
  const bytes = await writeXlsxFile(data, {
    sheet: 'Chronology',
    stickyRowsCount: 1,
    columns: EXPORT_HEADERS.map((title) => ({
      width: ['Summary', 'Action taken', 'Outcome', 'Analysis / comment'].includes(title) ? 60 : 16,
    })),
  }).toBuffer();
  return { bytes, rows: body.length };
}

/** Rows written between two progress reports (and two chances to cancel). */
const ROWS_PER_STEP = 500;

/** Every row, neutralised, reporting the count after each step and stopping when cancelled. */
async function collectRows(db: ReadableDb, filter: ChronologyFilter, hooks: WorkHooks): Promise<string[][]> {
  const total = exportRowCount(db, filter);
  const report = (done: number) => hooks.onProgress?.({ step: 'Writing the chronology', done, total, unit: 'rows' });
  report(0);
  const body: string[][] = [];
  for (const cells of exportRows(db, filter)) {
    body.push(cells.map(neutraliseCell));
    if (body.length % ROWS_PER_STEP === 0) {
      report(body.length);
      await checkpoint(hooks.signal);
    }
  }
  await checkpoint(hooks.signal);
  report(total);
  return body;
}

/**
 * Writes the merged chronology to a file the user named (the CLI): owner-only, never over a file
 * that is not an earlier Casewright chronology export.
 */
export async function exportChronology(
  db: ReadableDb,
  path: string,
  format: ChronologyExportFormat,
  filter: ChronologyFilter = {},
  hooks: WorkHooks = {},
): Promise<{ path: string; rows: number }> {
  const { replace } = await prepareOutput(path, format, { replaceConfirmed: false });
  const { bytes, rows } = await renderChronology(db, format, filter, hooks);
  try {
    writeOwnerFile(path, bytes, { replace });
  } catch (error) {
    throw new CasewrightError(
      'io',
      `${basename(path)}: the chronology could not be written (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
    );
  }
  return { path, rows };
}
