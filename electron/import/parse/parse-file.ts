import type { ColumnMapping, ImportColumn, ImportField, ImportProblem, ImportSourceInfo } from '../../shared/domain/chronology';
import { IMPORT_FIELDS } from '../../shared/domain/chronology';
import { CasewrightError } from '../../shared/errors';
import { detectDelimiter, parseCsv } from './csv';
import { decodeText } from './decode';
import { applicableMapping, detectHeaderRow, detectMapping } from './mapping';
import { isBlankRow, type TextTable } from './table';
import { validateRow, type DateCache, type DraftRow } from './validate';
import { readXlsx } from './xlsx';

/**
 * Bytes of an agency's chronology → columns, a proposed mapping, validated draft rows and every
 * problem, located by file, row, column and field. Writes nothing: the same result drives the
 * preview, the dry run and the import.
 */
export interface ParsedChronology {
  readonly fileName: string;
  readonly source: ImportSourceInfo;
  readonly columns: readonly ImportColumn[];
  readonly detectedMapping: ColumnMapping;
  readonly mapping: ColumnMapping;
  readonly rows: readonly DraftRow[];
  /** Problems with the file or the mapping as a whole (no date column, …). */
  readonly fileProblems: readonly ImportProblem[];
  /** Every problem: file-level first, then each row's. */
  readonly problems: readonly ImportProblem[];
}

export interface ParseOptions {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** The reviewer's mapping (or one remembered for the agency); detection is used when absent. */
  readonly mapping?: ColumnMapping;
  readonly sheet?: string;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

async function readTable(options: ParseOptions): Promise<{ table: TextTable; info: Omit<ImportSourceInfo, 'headerRow'> }> {
  const lower = options.fileName.toLowerCase();
  if (isZip(options.bytes) || lower.endsWith('.xlsx')) {
    if (!isZip(options.bytes)) {
      throw new CasewrightError('validation', `${options.fileName}: the file is named .xlsx but is not an Excel workbook`, {
        problems: [{ file: options.fileName, reason: 'not an Excel workbook' }],
      });
    }
    const xlsx = await readXlsx(options.bytes, options.fileName, options.sheet);
    return { table: xlsx, info: { format: 'xlsx', encoding: null, delimiter: null, sheet: xlsx.sheet } };
  }
  if (lower.endsWith('.xls')) {
    throw new CasewrightError('validation', `${options.fileName}: old .xls workbooks cannot be read; save it as .xlsx or .csv`, {
      problems: [{ file: options.fileName, reason: 'old .xls format' }],
    });
  }
  const { text, encoding } = decodeText(options.bytes);
  const delimiter = detectDelimiter(text);
  return { table: parseCsv(text, delimiter), info: { format: 'csv', encoding, delimiter, sheet: null } };
}

export async function parseChronology(options: ParseOptions): Promise<ParsedChronology> {
  const { table, info } = await readTable(options);
  const fileName = options.fileName;
  if (table.rows.length === 0 || table.rows.every(isBlankRow)) {
    throw new CasewrightError('validation', `${fileName}: the file is empty`, { problems: [{ file: fileName, reason: 'the file is empty' }] });
  }
  const headerIndex = detectHeaderRow(table.rows);
  const headerCells = table.rows[headerIndex]!;
  const width = Math.max(...table.rows.map((row) => row.length));
  // Blank or repeated headers get a position-based name so every column can be mapped.
  const seen = new Set<string>();
  const headers = Array.from({ length: width }, (_, i) => {
    let header = headerCells[i] ?? '';
    if (header === '' || seen.has(header)) header = `Column ${i + 1}${header === '' ? '' : ` (${header})`}`;
    seen.add(header);
    return header;
  });
  const dataRows = table.rows.slice(headerIndex + 1);

  const columns: ImportColumn[] = headers.map((header, index) => ({
    index,
    header,
    samples: dataRows
      .map((row) => row[index] ?? '')
      .filter((cell) => cell !== '')
      .slice(0, 3),
  }));
  const detectedMapping = detectMapping(headers);
  const mapping = options.mapping === undefined ? detectedMapping : applicableMapping(options.mapping, headers);

  const fileProblems: ImportProblem[] = [];
  const headerRow = headerIndex + 1;
  if (options.mapping !== undefined) {
    for (const field of IMPORT_FIELDS) {
      const header = options.mapping[field];
      if (header !== undefined && mapping[field] === undefined) {
        fileProblems.push({ file: fileName, row: headerRow, column: header, field, reason: `the mapping names a column "${header}" that the file does not have` });
      }
    }
  }
  if (mapping.date === undefined) fileProblems.push({ file: fileName, row: headerRow, field: 'date', reason: 'no column is mapped to the date' });
  if (mapping.summary === undefined && mapping.actionTaken === undefined && mapping.outcome === undefined && mapping.analysis === undefined) {
    fileProblems.push({ file: fileName, row: headerRow, field: 'summary', reason: 'no column is mapped to the summary (or action, outcome, analysis)' });
  }

  const columnIndex = new Map<ImportField, number>();
  for (const field of IMPORT_FIELDS) {
    const header = mapping[field];
    if (header !== undefined) columnIndex.set(field, headers.indexOf(header));
  }
  const rows: DraftRow[] = [];
  const dates: DateCache = new Map();
  if (fileProblems.length === 0) {
    dataRows.forEach((cells, offset) => {
      if (isBlankRow(cells)) return;
      rows.push(validateRow(fileName, headerRow + 1 + offset, cells, mapping, columnIndex, dates));
    });
  }
  return {
    fileName,
    source: { ...info, headerRow },
    columns,
    detectedMapping,
    mapping,
    rows,
    fileProblems,
    problems: [...fileProblems, ...rows.flatMap((row) => row.problems)],
  };
}
