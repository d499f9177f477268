import Papa from 'papaparse';
import { yieldToEventLoop } from '../../core/jobs/work';
import { IMPORT_LIMITS, refuseFile, tooManyCells } from './limits';
import { cleanCell, type TextTable } from './table';

/** The delimiters agencies' exports use; Excel in many European locales writes semicolons. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** Enough of the file to judge the delimiter; a whole 50 MB single-line file is never scanned thrice. */
const DETECT_SAMPLE_CHARS = 64 * 1024;

/**
 * Picks the delimiter that splits the opening records into the most consistent number of
 * columns (>1). Title rows above the header usually have one cell, so consistency over the
 * first 50 records, not the first line, decides.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const sample = text.slice(0, DETECT_SAMPLE_CHARS);
  let best: { delimiter: CsvDelimiter; score: number } = { delimiter: ',', score: -1 };
  for (const delimiter of CSV_DELIMITERS) {
    const records = Papa.parse<string[]>(sample, { delimiter, preview: 50, skipEmptyLines: true }).data;
    const counts = new Map<number, number>();
    for (const row of records) if (row.length > 1) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    let score = 0;
    for (const [columns, rows] of counts) score = Math.max(score, rows * 1000 + columns);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/** A parsed CSV, with what the parser could not make sense of, located by row and line. */
export interface CsvTable extends TextTable {
  /** 0-based record index → problems the parser found in that record. */
  readonly rowProblems: ReadonlyMap<number, readonly string[]>;
  /** Problems with the file as a whole (quotes that swallowed the rest of the file). */
  readonly fileProblems: readonly { readonly row: number; readonly reason: string }[];
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += 1) if (text.charCodeAt(i) === 10) count += 1;
  return count;
}

function parserReason(code: string, line: number): string {
  if (code === 'MissingQuotes') {
    return `a quote mark (") opens on line ${line} of the file and is never closed, so the lines after it ran together into this row`;
  }
  if (code === 'InvalidQuotes')
    return `a quote mark (") on or after line ${line} is not where a spreadsheet program would put one; check the text of this row`;
  return `this row could not be read as written (line ${line})`;
}

/** What a CSV parse collects row by row, and the table it makes once the text is read. */
interface CsvCollector {
  /** One record; `offset` is where in the text the parser's cursor counts from. */
  row(result: Papa.ParseStepResult<string[]>, parser: Papa.Parser, offset: number): void;
  /** The file was refused part-way (the parser was stopped). */
  readonly refused: boolean;
  /** The table, or the refusal. */
  table(): CsvTable;
}

function csvCollector(text: string, fileName: string): CsvCollector {
  const rows: string[][] = [];
  const rowProblems = new Map<number, string[]>();
  const fileProblems: { row: number; reason: string }[] = [];
  let cells = 0;
  let line = 1;
  let cursor = 0;
  let refusal: Error | null = null;
  return {
    get refused() {
      return refusal !== null;
    },
    row(result, parser, offset) {
      const index = rows.length;
      const startLine = line;
      const end = offset + result.meta.cursor;
      line += countLineBreaks(text, cursor, end);
      cursor = end;
      const raw = result.data;
      cells += raw.length;
      if (cells > IMPORT_LIMITS.cells) {
        refusal = tooManyCells(fileName, cells);
        parser.abort();
        return;
      }
      const row: string[] = [];
      for (const cell of raw) {
        if (cell.length > IMPORT_LIMITS.cellChars) {
          refusal = refuseFile(
            fileName,
            `row ${index + 1} (from line ${startLine}) has a cell of ${cell.length.toLocaleString('en-GB')} characters, more than the ${IMPORT_LIMITS.cellChars.toLocaleString('en-GB')} one cell may hold; a quote mark may have been left open`,
          );
          parser.abort();
          return;
        }
        const breaks = countLineBreaks(cell, 0, cell.length);
        if (breaks > IMPORT_LIMITS.cellLineBreaks) {
          fileProblems.push({
            row: index + 1,
            reason: `row ${index + 1} has a cell that runs over ${breaks + 1} lines of the file (from line ${startLine}); a quote mark was probably left open, so rows after it would be lost`,
          });
        }
        row.push(cleanCell(cell));
      }
      for (const error of result.errors) {
        const list = rowProblems.get(index) ?? [];
        list.push(parserReason(error.code, startLine));
        rowProblems.set(index, list);
      }
      rows.push(row);
    },
    table() {
      if (refusal !== null) throw refusal;
      // Papaparse yields one empty record for the final newline.
      while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === '')) {
        rowProblems.delete(rows.length - 1);
        rows.pop();
      }
      const lines = line;
      if (fileProblems.length === 0 && lines > 200 && rows.length * 10 < lines) {
        fileProblems.push({
          row: 1,
          reason: `the file has ${lines.toLocaleString('en-GB')} lines but only ${rows.length.toLocaleString('en-GB')} rows could be read; quote marks probably join lines together`,
        });
      }
      return { rows, rowProblems, fileProblems };
    },
  };
}

/**
 * Parses the whole decoded text (quoted fields may hold newlines and delimiters), row by row so
 * the limits are checked while reading. Parser errors are never ignored: each becomes a problem on
 * the row where it happened (with the file line where the quote opened), and a cell that swallowed
 * hundreds of lines, or far fewer rows than the file has lines, is a problem with the whole file.
 */
export function parseCsv(text: string, delimiter: CsvDelimiter, fileName = 'the file'): CsvTable {
  const collector = csvCollector(text, fileName);
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => collector.row(result, parser, 0),
  });
  return collector.table();
}

/** Rows parsed between two pauses of a CSV read as a job. */
const ROWS_PER_STEP = 2000;

export interface CsvSteps {
  /** How far into the text the parser has read, in characters, after each batch of rows. */
  readonly onRead?: (characters: number) => void;
  /**
   * Awaited after each batch of rows, in place of a plain turn of the event loop (a job's checkpoint):
   * if it rejects (a cancel), the read stops and the promise rejects with it.
   */
  readonly betweenSteps?: () => Promise<void>;
  readonly rowsPerStep?: number;
}

/**
 * The same parse as `parseCsv`, giving the event loop a turn after each batch of rows so that
 * the reviewer sees how far it has read and can cancel it. (The parser pauses, and counts its
 * cursor from the pause when it resumes: `offset` turns that back into a place in the text.)
 */
export function parseCsvInSteps(
  text: string,
  delimiter: CsvDelimiter,
  fileName: string,
  steps: CsvSteps,
): Promise<CsvTable> {
  const every = steps.rowsPerStep ?? ROWS_PER_STEP;
  return new Promise((resolve, reject) => {
    const collector = csvCollector(text, fileName);
    let offset = 0;
    let sincePause = 0;
    Papa.parse<string[]>(text, {
      delimiter,
      skipEmptyLines: false,
      step: (result, parser) => {
        collector.row(result, parser, offset);
        sincePause += 1;
        if (collector.refused || sincePause < every) return;
        sincePause = 0;
        const at = offset + result.meta.cursor;
        parser.pause();
        steps.onRead?.(at);
        (steps.betweenSteps?.() ?? yieldToEventLoop()).then(
          () => {
            offset = at;
            parser.resume();
          },
          (stopped: unknown) => reject(stopped instanceof Error ? stopped : new Error(String(stopped))),
        );
      },
      complete: () => {
        try {
          resolve(collector.table());
        } catch (refused) {
          reject(refused instanceof Error ? refused : new Error(String(refused)));
        }
      },
    });
  });
}
