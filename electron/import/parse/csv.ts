import Papa from 'papaparse';
import { cleanCell, type TextTable } from './table';

/** The delimiters agencies' exports use; Excel in many European locales writes semicolons. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/**
 * Picks the delimiter that splits the opening records into the most consistent number of
 * columns (>1). Title rows above the header usually have one cell, so consistency over the
 * first 50 records, not the first line, decides.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; score: number } = { delimiter: ',', score: -1 };
  for (const delimiter of CSV_DELIMITERS) {
    const sample = Papa.parse<string[]>(text, { delimiter, preview: 50, skipEmptyLines: true }).data;
    const counts = new Map<number, number>();
    for (const row of sample) if (row.length > 1) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    let score = 0;
    for (const [columns, rows] of counts) score = Math.max(score, rows * 1000 + columns);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/** Parses the whole decoded text at once (quoted fields may hold newlines and delimiters). */
export function parseCsv(text: string, delimiter: CsvDelimiter): TextTable {
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows = result.data.map((row) => row.map((cell) => cleanCell(cell)));
  // Papaparse yields one empty record for the final newline.
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === '')) rows.pop();
  return { rows };
}
