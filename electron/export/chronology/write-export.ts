import Papa from 'papaparse';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ChronologyFilter } from '../../shared/domain/chronology';
import { CasewrightError } from '../../shared/errors';
import type { ReadableDb } from '../../core/store/db-types';
import { neutraliseCell } from './neutralise';
import { EXPORT_HEADERS, exportRows } from './rows';

export type ChronologyExportFormat = 'xlsx' | 'csv';

/**
 * Writes the merged chronology, sorted by date, to .xlsx or .csv. CSV is UTF-8 with a BOM so
 * Excel shows accents and symbols correctly. Every cell is neutralised against formula injection.
 */
export async function exportChronology(
  db: ReadableDb,
  path: string,
  format: ChronologyExportFormat,
  filter: ChronologyFilter = {},
): Promise<{ path: string; rows: number }> {
  const body = [...exportRows(db, filter)].map((cells) => cells.map(neutraliseCell));
  try {
    if (format === 'csv') {
      const text = Papa.unparse([[...EXPORT_HEADERS], ...body], { newline: '\r\n', quotes: false });
      writeFileSync(path, `\uFEFF${text}\r\n`, 'utf8');
    } else {
      const header = EXPORT_HEADERS.map((title) => ({ value: title, fontWeight: 'bold' as const }));
      const data: SheetData = [header, ...body.map((cells) => cells.map((value) => ({ value, type: String })))];
      await writeXlsxFile(data, {
        sheet: 'Chronology',
        stickyRowsCount: 1,
        columns: EXPORT_HEADERS.map((title) => ({ width: ['Summary', 'Action taken', 'Outcome', 'Analysis / comment'].includes(title) ? 60 : 16 })),
      }).toFile(path);
    }
  } catch (error) {
    throw new CasewrightError('io', `${basename(path)}: the chronology could not be written (${error instanceof Error ? error.message : String(error)})`);
  }
  return { path, rows: body.length };
}
