import { CasewrightError } from '../../shared/errors';

/**
 * The largest agency file the import accepts. Real chronologies are far smaller (20,000 rows of
 * text is about 10 MB); the limits exist so that a damaged or hostile file is refused in seconds
 * with a plain message instead of exhausting memory. Documented in the README ("Import limits").
 */
export const IMPORT_LIMITS = {
  /** Bytes of the file as saved on disk. */
  fileBytes: 100 * 1024 * 1024,
  /** Bytes an .xlsx workbook may hold once unzipped (all parts together). */
  inflatedBytes: 400 * 1024 * 1024,
  /** Cells (rows × columns) in the sheet that is read. */
  cells: 10_000_000,
  /** Characters in one cell. Excel itself stops at 32,767; agencies' CSVs stay far below this. */
  cellChars: 100_000,
  /** Line breaks inside one cell before it is taken for a quote that was never closed. */
  cellLineBreaks: 200,
} as const;

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** A refusal that names the file and says plainly what is wrong with it. */
export function refuseFile(fileName: string, reason: string): CasewrightError {
  return new CasewrightError('validation', `${fileName}: ${reason}. Nothing was imported.`, {
    problems: [{ file: fileName, reason }],
  });
}

export function checkFileSize(fileName: string, size: number): void {
  if (size > IMPORT_LIMITS.fileBytes) {
    throw refuseFile(
      fileName,
      `the file is ${megabytes(size)}, more than the ${megabytes(IMPORT_LIMITS.fileBytes)} an agency chronology may be`,
    );
  }
}

export function tooManyCells(fileName: string, cells: number): CasewrightError {
  return refuseFile(
    fileName,
    `the sheet has ${cells.toLocaleString('en-GB')} cells, more than the ${IMPORT_LIMITS.cells.toLocaleString('en-GB')} that can be imported at once; split the file`,
  );
}

export function tooLargeUnzipped(fileName: string, limit: number = IMPORT_LIMITS.inflatedBytes): CasewrightError {
  return refuseFile(
    fileName,
    `the file unpacks to more than ${megabytes(limit)}, far larger than any chronology; it may be damaged`,
  );
}

export { megabytes };
