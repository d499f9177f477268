import type { DatePrecision, VagueDate } from '../../shared/domain/chronology';

/**
 * A vague date is stored as seven columns with a common prefix (`date_`, `end_`, `when_`).
 * These helpers keep the column names and the mapping in one place.
 */
export interface VagueDateColumns {
  readonly original: string | null;
  readonly edtf: string | null;
  readonly earliest: string | null;
  readonly latest: string | null;
  readonly precision: string | null;
  readonly approximate: number | null;
  readonly uncertain: number | null;
}

export function vagueDateToColumns(date: VagueDate | null): VagueDateColumns {
  if (date === null) {
    return {
      original: null,
      edtf: null,
      earliest: null,
      latest: null,
      precision: null,
      approximate: null,
      uncertain: null,
    };
  }
  return {
    original: date.original,
    edtf: date.edtf,
    earliest: date.earliest,
    latest: date.latest,
    precision: date.precision,
    approximate: date.approximate ? 1 : 0,
    uncertain: date.uncertain ? 1 : 0,
  };
}

/** Reads `<prefix>original` … `<prefix>uncertain` from a row; null when no date was stored. */
export function vagueDateFromRow(row: Readonly<Record<string, unknown>>, prefix: string): VagueDate | null {
  const edtf = row[`${prefix}edtf`];
  if (typeof edtf !== 'string') return null;
  return {
    edtf,
    original: String(row[`${prefix}original`] ?? ''),
    earliest: String(row[`${prefix}earliest`]),
    latest: String(row[`${prefix}latest`]),
    precision: row[`${prefix}precision`] as DatePrecision,
    approximate: row[`${prefix}approximate`] === 1,
    uncertain: row[`${prefix}uncertain`] === 1,
  };
}

/** An entry row's own date (`date_…`), which every entry has: its absence is a broken file, not a choice. */
export function entryDateFromRow(row: Readonly<Record<string, unknown>> & { readonly id: number }): VagueDate {
  const date = vagueDateFromRow(row, 'date_');
  if (date === null) throw new Error(`entry ${row.id} has no date`);
  return date;
}

/** `date_original, date_edtf, …` for SELECT lists. */
export function vagueDateSelect(alias: string, prefix: string): string {
  return ['original', 'edtf', 'earliest', 'latest', 'precision', 'approximate', 'uncertain']
    .map((part) => `${alias}.${prefix}${part}`)
    .join(', ');
}
