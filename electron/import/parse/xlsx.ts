import readXlsxFile from 'read-excel-file/node';
import { CasewrightError } from '../../shared/errors';
import { IMPORT_LIMITS, refuseFile, tooManyCells } from './limits';
import type { OtherSheetText } from '../../shared/domain/chronology';
import { cleanCell, type TextTable } from './table';

/**
 * XLSX → text cells. Real date cells come back as Date objects (UTC midnight); we write them as
 * UK day-first text ("03/02/2021", with " 14:30" when a time is set) so the original-text
 * column reads as the agency's sheet showed it, and the date parser reads it back exactly.
 * A time-only cell (Excel's day 0, 1899-12-30/31) becomes "14:30".
 */
function two(n: number): string {
  return String(n).padStart(2, '0');
}

function dateCellText(date: Date): string {
  const hours = date.getUTCHours();
  const minutes = date.getUTCMinutes();
  const time = hours === 0 && minutes === 0 ? '' : `${two(hours)}:${two(minutes)}`;
  if (
    date.getUTCFullYear() < 1900 ||
    (date.getUTCFullYear() === 1900 && date.getUTCMonth() === 0 && date.getUTCDate() === 0)
  ) {
    return time === '' ? '00:00' : time;
  }
  const day = `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
  return time === '' ? day : `${day} ${time}`;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateCellText(value);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e9) / 1e9);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return cleanCell(String(value));
}

export interface XlsxTable extends TextTable {
  readonly sheet: string;
  readonly sheets: readonly string[];
  /** The other sheets' text (a cover sheet, notes), kept with the import so no word is lost. */
  readonly otherSheets: readonly OtherSheetText[];
}

/** Lines kept per other sheet; past it the reviewer is told, in the kept text itself, what was not kept. */
const OTHER_SHEET_LINES = 2000;

/** A row's non-empty cells, joined so the line reads as the row did. */
function rowLine(row: readonly unknown[]): string {
  return row
    .map((value) => cellText(value))
    .filter((text) => text !== '')
    .map((text) => (text.length > IMPORT_LIMITS.cellChars ? `${text.slice(0, IMPORT_LIMITS.cellChars)} …` : text))
    .join(' | ');
}

function otherSheetText(sheet: { sheet: string; data: unknown[][] }): OtherSheetText | null {
  const lines: string[] = [];
  let skipped = 0;
  for (const row of sheet.data) {
    const line = rowLine(row ?? []);
    if (line === '') continue;
    if (lines.length < OTHER_SHEET_LINES) lines.push(line);
    else skipped += 1;
  }
  if (skipped > 0)
    lines.push(
      `(${skipped.toLocaleString('en-GB')} more rows of this sheet were not kept; open the workbook to read them)`,
    );
  return lines.length === 0 ? null : { sheet: sheet.sheet, lines };
}

/**
 * `scoreSheet` ranks sheets when none is named: a workbook often opens with a cover or notes sheet,
 * and the chronology is the sheet whose rows look like a header and data.
 */
export async function readXlsx(
  bytes: Uint8Array,
  fileName: string,
  sheet?: string,
  scoreSheet?: (rows: readonly (readonly unknown[])[]) => number,
): Promise<XlsxTable> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = (await readXlsxFile(Buffer.from(bytes))) as unknown as { sheet: string; data: unknown[][] }[];
  } catch (error) {
    if (error instanceof CasewrightError) throw error;
    throw refuseFile(fileName, 'this is not a readable Excel workbook (it may be damaged, or saved in another format)');
  }
  const names = sheets.map((s) => s.sheet);
  let chosen =
    sheet === undefined ? (sheets.find((s) => s.data.length > 0) ?? sheets[0]) : sheets.find((s) => s.sheet === sheet);
  if (sheet === undefined && scoreSheet !== undefined && sheets.length > 1) {
    let best = -1;
    for (const candidate of sheets) {
      const score = scoreSheet(candidate.data.slice(0, 30));
      if (score > best) {
        best = score;
        chosen = candidate;
      }
    }
  }
  if (!chosen) {
    throw new CasewrightError(
      'validation',
      `${fileName}: there is no sheet called "${sheet}" (sheets: ${names.join(', ')})`,
      {
        problems: [{ file: fileName, reason: `no sheet "${sheet}"` }],
      },
    );
  }
  // A stray cell far down the sheet (row 1,048,576) leaves a long run of blank rows: drop them
  // from the end, and never spread a row count into Math.max (it overflows the stack).
  const data = chosen.data;
  let last = data.length - 1;
  while (last >= 0 && (data[last] ?? []).every((value) => value === null || value === undefined || value === ''))
    last -= 1;
  let width = 0;
  for (let r = 0; r <= last; r += 1) {
    const row = data[r] ?? [];
    let filled = row.length;
    while (filled > 0 && (row[filled - 1] === null || row[filled - 1] === undefined)) filled -= 1;
    if (filled > width) width = filled;
  }
  if ((last + 1) * width > IMPORT_LIMITS.cells) throw tooManyCells(fileName, (last + 1) * width);
  const rows: string[][] = [];
  for (let r = 0; r <= last; r += 1) {
    const row = data[r] ?? [];
    const cells = Array.from({ length: width }, (_, i) => cellText(row[i]));
    for (const cell of cells) {
      if (cell.length > IMPORT_LIMITS.cellChars)
        throw refuseFile(
          fileName,
          `row ${r + 1} has a cell of ${cell.length.toLocaleString('en-GB')} characters, more than the ${IMPORT_LIMITS.cellChars.toLocaleString('en-GB')} one cell may hold`,
        );
    }
    rows.push(cells);
  }
  const otherSheets = sheets.flatMap((s) => {
    if (s === chosen) return [];
    const text = otherSheetText(s);
    return text === null ? [] : [text];
  });
  return { rows, sheet: chosen.sheet, sheets: names, otherSheets };
}
