import readXlsxFile from 'read-excel-file/node';
import { CasewrightError } from '../../shared/errors';
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
  if (date.getUTCFullYear() < 1900 || (date.getUTCFullYear() === 1900 && date.getUTCMonth() === 0 && date.getUTCDate() === 0)) {
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
}

export async function readXlsx(bytes: Uint8Array, fileName: string, sheet?: string): Promise<XlsxTable> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = (await readXlsxFile(Buffer.from(bytes))) as unknown as { sheet: string; data: unknown[][] }[];
  } catch (error) {
    throw new CasewrightError('validation', `${fileName}: this is not a readable .xlsx workbook (${error instanceof Error ? error.message : String(error)})`, {
      problems: [{ file: fileName, reason: 'not a readable .xlsx workbook' }],
    });
  }
  const names = sheets.map((s) => s.sheet);
  const chosen = sheet === undefined ? sheets.find((s) => s.data.length > 0) ?? sheets[0] : sheets.find((s) => s.sheet === sheet);
  if (!chosen) {
    throw new CasewrightError('validation', `${fileName}: there is no sheet called "${sheet}" (sheets: ${names.join(', ')})`, {
      problems: [{ file: fileName, reason: `no sheet "${sheet}"` }],
    });
  }
  const width = Math.max(0, ...chosen.data.map((row) => row.length));
  const rows = chosen.data.map((row) => Array.from({ length: width }, (_, i) => cellText(row[i])));
  return { rows, sheet: chosen.sheet, sheets: names };
}
