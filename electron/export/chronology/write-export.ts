import Papa from 'papaparse';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { basename } from 'node:path';
import type { ChronologyFilter } from '../../shared/domain/chronology';
import { CasewrightError } from '../../shared/errors';
import type { ReadableDb } from '../../core/store/db-types';
import { writeOwnerFile } from '../../core/files/owner-only';
import { prepareOutput } from '../../core/files/output-path';
import { neutraliseCell } from './neutralise';
import { EXPORT_HEADERS, exportRows } from './rows';

export type ChronologyExportFormat = 'xlsx' | 'csv';

/**
 * The merged chronology, sorted by date, as .xlsx or .csv bytes. CSV is UTF-8 with a BOM so Excel
 * shows accents and symbols correctly. Every cell is neutralised against formula injection.
 */
export async function renderChronology(
  db: ReadableDb,
  format: ChronologyExportFormat,
  filter: ChronologyFilter = {},
): Promise<{ bytes: Buffer; rows: number }> {
  const body = [...exportRows(db, filter)].map((cells) => cells.map(neutraliseCell));
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

/**
 * Writes the merged chronology to a file the user named (the CLI): owner-only, never over a file
 * that is not an earlier Casewright chronology export.
 */
export async function exportChronology(
  db: ReadableDb,
  path: string,
  format: ChronologyExportFormat,
  filter: ChronologyFilter = {},
): Promise<{ path: string; rows: number }> {
  const { replace } = await prepareOutput(path, format, { replaceConfirmed: false });
  const { bytes, rows } = await renderChronology(db, format, filter);
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
