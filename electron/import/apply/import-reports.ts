import type {
  ColumnFate,
  DuplicatePair,
  ImportField,
  ImportReport,
  ImportSourceInfo,
  RejectedRow,
  SourceNotes,
} from '../../shared/domain/chronology';
import type { ReadableDb } from '../../core/store/db-types';

/**
 * `columns_json` holds either the bare column list (files imported before source notes were kept)
 * or `{ fates, notesAboveHeader, otherSheets }`.
 */
function readColumns(json: string): { fates: ColumnFate[]; notes: SourceNotes } {
  const value = JSON.parse(json) as ColumnFate[] | ({ fates: ColumnFate[] } & Partial<SourceNotes>);
  if (Array.isArray(value)) return { fates: value, notes: { notesAboveHeader: [], otherSheets: [] } };
  return {
    fates: value.fates,
    notes: { notesAboveHeader: value.notesAboveHeader ?? [], otherSheets: value.otherSheets ?? [] },
  };
}

/** Import reports kept in the review file, newest first, with their rejected rows. */
export function listImports(db: ReadableDb): ImportReport[] {
  const batches = db
    .prepare(
      `SELECT id, file_name, agency_name, format, encoding, delimiter, sheet, header_row, imported_at, imported_count,
              new_event_types_json, duplicates_json, columns_json, removed_at
       FROM import_batch ORDER BY imported_at DESC, id DESC`,
    )
    .all() as {
    id: number;
    file_name: string;
    agency_name: string;
    format: 'csv' | 'xlsx';
    encoding: string | null;
    delimiter: string | null;
    sheet: string | null;
    header_row: number;
    imported_at: string;
    imported_count: number;
    new_event_types_json: string;
    duplicates_json: string;
    columns_json: string;
    removed_at: string | null;
  }[];
  const rejected = db
    .prepare(
      'SELECT import_id, source_row, column_name, field, reason, raw FROM import_rejected_row ORDER BY import_id, source_row, id',
    )
    .all() as {
    import_id: number;
    source_row: number;
    column_name: string | null;
    field: string | null;
    reason: string;
    raw: string;
  }[];
  const byImport = new Map<number, RejectedRow[]>();
  for (const r of rejected) {
    const list = byImport.get(r.import_id) ?? [];
    list.push({
      row: r.source_row,
      column: r.column_name,
      field: r.field as ImportField | null,
      reason: r.reason,
      raw: r.raw,
    });
    byImport.set(r.import_id, list);
  }
  return batches.map((b) => {
    const columns = readColumns(b.columns_json);
    const source: ImportSourceInfo = {
      format: b.format,
      encoding: b.encoding,
      delimiter: b.delimiter,
      sheet: b.sheet,
      headerRow: b.header_row,
    };
    return {
      importId: b.id,
      fileName: b.file_name,
      agency: b.agency_name,
      source,
      importedAt: b.imported_at,
      imported: b.imported_count,
      rejected: byImport.get(b.id) ?? [],
      duplicates: JSON.parse(b.duplicates_json) as DuplicatePair[],
      newEventTypes: JSON.parse(b.new_event_types_json) as string[],
      dryRun: false,
      columnFates: columns.fates,
      sourceNotes: columns.notes,
      removedAt: b.removed_at,
    };
  });
}
