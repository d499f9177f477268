import type { ColumnMapping, ImportField } from '@shared/domain/chronology';
import { IMPORT_FIELDS } from '@shared/domain/chronology';
import { IMPORT_FIELD_LABELS } from '@shared/domain/import-fields';

/** Field names in the reviewer's words (shared with refusals and the CLI). */
export const FIELD_LABELS = IMPORT_FIELD_LABELS;

/** The field a source column is mapped to, if any. */
export function fieldForHeader(mapping: ColumnMapping, header: string): ImportField | null {
  return IMPORT_FIELDS.find((field) => mapping[field] === header) ?? null;
}

/**
 * Maps one source column to a field (or to nothing). A field takes one column and a column
 * feeds one field, so whatever held either before lets go.
 */
export function assignColumn(mapping: ColumnMapping, header: string, field: ImportField | null): ColumnMapping {
  const next: Partial<Record<ImportField, string>> = {};
  for (const f of IMPORT_FIELDS) {
    const h = mapping[f];
    if (h === undefined || h === header || f === field) continue;
    next[f] = h;
  }
  if (field !== null) next[field] = header;
  return next;
}

/** Required fields with no column, in words, for the wizard to warn about. */
export function missingRequired(mapping: ColumnMapping): string[] {
  const required: ImportField[] = ['date'];
  return required.filter((f) => mapping[f] === undefined).map((f) => FIELD_LABELS[f]);
}
