import type { ColumnMapping, ImportField } from '../../../../../electron/shared/domain/chronology';
import { IMPORT_FIELDS } from '../../../../../electron/shared/domain/chronology';

export const FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  date: 'Date',
  time: 'Time',
  endDate: 'End date',
  agency: 'Agency',
  sourceDocument: 'Source document',
  sourceRole: 'Practitioner role',
  sourceReference: 'Reference',
  eventType: 'Event type',
  summary: 'Summary',
  actionTaken: 'Action taken',
  outcome: 'Outcome',
  analysis: 'Analysis or comment',
  tags: 'Tags',
  significance: 'Significance (key/routine)',
  sharedWith: 'Shared with',
};

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
