import type {
  ColumnFate,
  ColumnMapping,
  ImportColumn,
  ImportField,
  ImportFileReading,
  ImportProblem,
  ImportSourceInfo,
  OtherSheetText,
} from '../../shared/domain/chronology';
import { IMPORT_FIELDS } from '../../shared/domain/chronology';
import { IMPORT_FIELD_LABELS } from '../../shared/domain/import-fields';
import { CasewrightError } from '../../shared/errors';
import type { WorkHooks } from '../../shared/progress';
import { checkpoint } from '../../core/jobs/work';
import { detectDelimiter, parseCsvInSteps } from './csv';
import { decodeText } from './decode';
import { cellText } from './formula';
import { checkFileSize, refuseFile } from './limits';
import {
  applicableMapping,
  detectHeaderRow,
  detectMapping,
  headerScore,
  narrativeCandidates,
  profileColumn,
} from './mapping';
import { isBlankRow, type TextTable } from './table';
import { validateRow, type DateCache, type DraftRow, type RowPlan } from './validate';
import { readXlsx } from './xlsx';
import { checkZipInflatedSize } from './zip-guard';

/**
 * Bytes of an agency's chronology → columns, a proposed mapping, validated draft rows and every
 * problem, located by file, row, column and field. Writes nothing: the same result drives the
 * preview, the dry run and the import. Every column that holds text either fills a field, is kept
 * verbatim on each entry as an extra field, or was left out by the reviewer (`ignoreColumns`).
 */
export interface ParsedChronology extends ImportFileReading {
  readonly rows: readonly DraftRow[];
  /** Problems with the file or the mapping as a whole (no date column, …). */
  readonly fileProblems: readonly ImportProblem[];
}

export interface ParseOptions {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** The reviewer's mapping (or one remembered for the agency); detection is used when absent. */
  readonly mapping?: ColumnMapping;
  readonly sheet?: string;
  /** Headers the reviewer chose to leave out. */
  readonly ignoreColumns?: readonly string[];
  /** Suggests an event type from a row's text when the file has no event-type column. */
  readonly suggestEventType?: (text: string) => string | null;
  /**
   * For an import the reviewer follows: how much of the file has been read, then how many rows
   * checked; a cancel stops the read at the next batch of rows. Nothing is written either way.
   */
  readonly hooks?: WorkHooks;
}

/** The two steps of reading a file, in the words of the import's progress bar. */
export const READING_STEP = 'Reading the spreadsheet';
export const CHECKING_STEP = 'Checking rows';
/** Rows checked between two progress reports (and cancel checks). */
const ROWS_PER_CHECK = 2000;

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Text files hold almost no control characters; binary data (images, random bytes) is full of them. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 64 * 1024);
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) control += 1;
  }
  return control / sample.length > 0.01;
}

/** The best header-like row of a sheet's opening rows: the chronology sheet scores highest. */
function sheetScore(rows: readonly (readonly unknown[])[]): number {
  let best = 0;
  for (const row of rows) best = Math.max(best, headerScore(row.map((cell) => (typeof cell === 'string' ? cell : ''))));
  return best * 1000 + Math.min(rows.length, 999);
}

type SourceTable = TextTable & {
  readonly otherSheets?: readonly OtherSheetText[];
  readonly rowProblems?: ReadonlyMap<number, readonly string[]>;
  readonly fileProblems?: readonly { row: number; reason: string }[];
};

async function readTable(
  options: ParseOptions,
): Promise<{ table: SourceTable; info: Omit<ImportSourceInfo, 'headerRow'> }> {
  const { fileName, bytes } = options;
  const hooks = options.hooks ?? {};
  checkFileSize(fileName, bytes.length);
  const lower = fileName.toLowerCase();
  if (isZip(bytes) || lower.endsWith('.xlsx')) {
    if (!isZip(bytes)) throw refuseFile(fileName, 'the file is named .xlsx but is not an Excel workbook');
    checkZipInflatedSize(fileName, bytes);
    const xlsx = await readXlsx(bytes, fileName, options.sheet, sheetScore);
    return { table: xlsx, info: { format: 'xlsx', encoding: null, delimiter: null, sheet: xlsx.sheet } };
  }
  if (lower.endsWith('.xls')) throw refuseFile(fileName, 'old .xls workbooks cannot be read; save it as .xlsx or .csv');
  if (lower.endsWith('.docx') || lower.endsWith('.pdf') || lower.endsWith('.doc')) {
    throw refuseFile(fileName, 'this is a document, not a spreadsheet; save the chronology as .xlsx or .csv');
  }
  const { text, encoding } = decodeText(bytes);
  if (looksBinary(text))
    throw refuseFile(fileName, 'this is not a spreadsheet or a CSV text file (it holds binary data)');
  const delimiter = detectDelimiter(text);
  // Characters read, shown as the share of the file's bytes (a multi-byte character counts as one).
  const readBytes = (characters: number) =>
    hooks.onProgress?.({
      step: READING_STEP,
      done: Math.round((characters / Math.max(1, text.length)) * bytes.length),
      total: bytes.length,
      unit: 'bytes',
    });
  readBytes(0);
  const table = await parseCsvInSteps(text, delimiter, fileName, {
    onRead: readBytes,
    betweenSteps: () => checkpoint(hooks.signal),
  });
  readBytes(text.length);
  return { table, info: { format: 'csv', encoding, delimiter, sheet: null } };
}

/** Any reader failure that is not already a plain refusal still names the file. */
async function readTableNamed(options: ParseOptions): ReturnType<typeof readTable> {
  try {
    return await readTable(options);
  } catch (error) {
    if (error instanceof CasewrightError) throw error;
    throw refuseFile(
      options.fileName,
      error instanceof RangeError
        ? 'the file is too large or too deeply nested to read'
        : 'the file cannot be read as a spreadsheet',
    );
  }
}

/** The first `count` filled cells of a column, read only as far as needed. */
function firstFilled(rows: readonly (readonly string[])[], index: number, count: number): string[] {
  const found: string[] = [];
  for (const row of rows) {
    const cell = row[index] ?? '';
    if (cell === '') continue;
    found.push(cell);
    if (found.length === count) break;
  }
  return found;
}

function fieldLabel(field: ImportField): string {
  return IMPORT_FIELD_LABELS[field];
}

export async function parseChronology(options: ParseOptions): Promise<ParsedChronology> {
  const hooks = options.hooks ?? {};
  const { table, info } = await readTableNamed(options);
  await checkpoint(hooks.signal);
  const fileName = options.fileName;
  if (table.rows.length === 0 || table.rows.every(isBlankRow)) throw refuseFile(fileName, 'the file is empty');
  const headerIndex = detectHeaderRow(table.rows);
  const headerCells = table.rows[headerIndex]!;
  let width = 0;
  for (const row of table.rows) if (row.length > width) width = row.length;
  // Blank or repeated headers get a position-based name so every column can be mapped.
  const seen = new Set<string>();
  const headers = Array.from({ length: width }, (_, i) => {
    let header = headerCells[i] ?? '';
    if (header === '' || seen.has(header)) header = `Column ${i + 1}${header === '' ? '' : ` (${header})`}`;
    seen.add(header);
    return header;
  });
  const headerRow = headerIndex + 1;
  const notesAboveHeader = table.rows
    .slice(0, headerIndex)
    .map((row) =>
      row
        .map((cell) => cellText(cell).value)
        .filter((cell) => cell !== '')
        .join(' | '),
    )
    .filter((line) => line !== '');
  const rawRows = table.rows.slice(headerIndex + 1);
  if (rawRows.every(isBlankRow)) throw refuseFile(fileName, `there are no rows under the header (row ${headerRow})`);
  // Formulas saved as text: the reviewer reads the visible text, the formula is kept as written.
  const rawFormulas: (string | null)[][] = [];
  const dataRows = rawRows.map((row) => {
    let formulas: (string | null)[] | null = null;
    const cells = row.map((cell, index) => {
      const read = cellText(cell);
      if (read.raw !== null) {
        formulas ??= [];
        formulas[index] = read.raw;
      }
      return read.value;
    });
    rawFormulas.push(formulas ?? []);
    return cells;
  });

  const profiles = headers.map((_, index) => profileColumn(dataRows.map((row) => row[index] ?? '')));
  const columns: ImportColumn[] = headers.map((header, index) => ({
    index,
    header,
    samples: firstFilled(dataRows, index, 3),
  }));
  const detectedMapping = detectMapping(headers, dataRows, profiles);
  const mapping = options.mapping === undefined ? detectedMapping : applicableMapping(options.mapping, headers);
  const ignored = new Set((options.ignoreColumns ?? []).filter((h) => headers.includes(h)));

  const fileProblems: ImportProblem[] = [];
  for (const problem of table.fileProblems ?? [])
    fileProblems.push({ file: fileName, row: problem.row, reason: problem.reason });
  for (const header of options.ignoreColumns ?? []) {
    if (!headers.includes(header))
      fileProblems.push({
        file: fileName,
        row: headerRow,
        column: header,
        reason: `there is no column "${header}" to leave out`,
      });
  }
  if (options.mapping !== undefined) {
    for (const field of IMPORT_FIELDS) {
      const header = options.mapping[field];
      if (header !== undefined && mapping[field] === undefined) {
        fileProblems.push({
          file: fileName,
          row: headerRow,
          column: header,
          field,
          reason: `the mapping names a column "${header}" that the file does not have`,
        });
      }
    }
  }
  const mappedIndexes = new Set(
    IMPORT_FIELDS.flatMap((field) => (mapping[field] === undefined ? [] : [headers.indexOf(mapping[field])])),
  );
  if (mapping.date === undefined) {
    fileProblems.push({
      file: fileName,
      row: headerRow,
      field: 'date',
      reason: `no column holds the dates of events (the columns are: ${headers.join(', ')})`,
    });
  }
  if (mapping.summary === undefined) {
    const candidates = narrativeCandidates(headers, profiles, mappedIndexes);
    fileProblems.push({
      file: fileName,
      row: headerRow,
      field: 'summary',
      reason:
        `no column is chosen for the ${fieldLabel('summary')} (what happened)` +
        (candidates.length > 0
          ? `; columns that could be: ${candidates.map((c) => `"${c}"`).join(', ')}`
          : '; no column holds free text'),
    });
  }
  for (const field of IMPORT_FIELDS) {
    const header = mapping[field];
    if (header !== undefined && ignored.has(header)) {
      fileProblems.push({
        file: fileName,
        row: headerRow,
        column: header,
        field,
        reason: `the column "${header}" is both left out and used for the ${fieldLabel(field)}`,
      });
    }
  }

  const columnFates: ColumnFate[] = headers.map((header, index): ColumnFate => {
    const field = IMPORT_FIELDS.find((f) => mapping[f] === header);
    if (field !== undefined) return { header, fate: 'field', field };
    if (ignored.has(header)) return { header, fate: 'ignored' };
    return profiles[index]!.filled === 0 ? { header, fate: 'empty' } : { header, fate: 'extra' };
  });
  const columnIndex = new Map<ImportField, number>();
  for (const field of IMPORT_FIELDS) {
    const header = mapping[field];
    if (header !== undefined) columnIndex.set(field, headers.indexOf(header));
  }
  const riskHeader = mapping.riskLevel ?? '';
  const plan: RowPlan = {
    columnIndex,
    headers,
    extraColumns: columnFates.flatMap((fate, index) => (fate.fate === 'extra' ? [{ index, header: fate.header }] : [])),
    riskToolFromHeader: /\bdash\b/i.test(riskHeader) ? 'DASH' : /\bdara\b/i.test(riskHeader) ? 'DARA' : null,
    suggestEventType: mapping.eventType === undefined ? (options.suggestEventType ?? null) : null,
  };
  const rows: DraftRow[] = [];
  const dates: DateCache = new Map();
  if (fileProblems.length === 0) {
    const checked = (done: number) =>
      hooks.onProgress?.({ step: CHECKING_STEP, done, total: dataRows.length, unit: 'rows' });
    checked(0);
    for (let offset = 0; offset < dataRows.length; offset += 1) {
      if (offset > 0 && offset % ROWS_PER_CHECK === 0) {
        checked(offset);
        // Only long work yields: a preview of a small file is answered in one turn.
        if (options.hooks !== undefined) await checkpoint(hooks.signal);
      }
      const cells = dataRows[offset]!;
      const rowProblems = table.rowProblems?.get(headerIndex + 1 + offset);
      if (isBlankRow(cells) && rowProblems === undefined) continue;
      const rowNumber = headerRow + 1 + offset;
      const draft = validateRow(fileName, rowNumber, cells, mapping, plan, dates, rawFormulas[offset]);
      rows.push(
        rowProblems === undefined
          ? draft
          : {
              ...draft,
              problems: [
                ...rowProblems.map((reason) => ({ file: fileName, row: rowNumber, reason })),
                ...draft.problems,
              ],
            },
      );
    }
    checked(dataRows.length);
  }
  return {
    fileName,
    source: { ...info, headerRow },
    columns,
    detectedMapping,
    mapping,
    columnFates,
    sourceNotes: { notesAboveHeader, otherSheets: table.otherSheets ?? [] },
    rows,
    fileProblems,
    problems: [...fileProblems, ...rows.flatMap((row) => row.problems)],
  };
}
