import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from '../../shared/domain/chronology';

/**
 * Header names agencies actually use, per field, normalised (lower case, words only).
 * The first column whose header matches wins each field; a column maps to one field only.
 */
const HEADER_NAMES: Readonly<Record<ImportField, readonly string[]>> = {
  date: ['date', 'event date', 'date of event', 'date of contact', 'contact date', 'incident date', 'start date', 'date from', 'from', 'date time', 'date and time', 'when', 'dated'],
  time: ['time', 'time of event', 'time of contact', 'start time', 'event time'],
  endDate: ['end date', 'date to', 'to', 'end', 'until', 'finish date'],
  agency: ['agency', 'organisation', 'organization', 'service', 'source agency', 'agency name'],
  sourceDocument: ['source', 'source document', 'document', 'source of information', 'information source', 'record', 'system', 'record type'],
  sourceRole: ['practitioner', 'role', 'officer', 'officer in case', 'practitioner role', 'worker', 'professional', 'staff', 'staff member', 'author', 'recorded by', 'completed by', 'practitioner job title', 'job title'],
  sourceReference: ['reference', 'ref', 'ref no', 'reference number', 'record number', 'case number', 'crime number', 'incident number', 'log number', 'crn', 'urn'],
  eventType: ['event type', 'type', 'contact type', 'type of contact', 'type of event', 'category', 'event category', 'activity', 'event or contact'],
  summary: ['summary', 'event', 'details', 'description', 'event details', 'details of event', 'what happened', 'narrative', 'contact details', 'event summary', 'information', 'notes', 'event contact'],
  actionTaken: ['action', 'action taken', 'actions', 'actions taken', 'response', 'action outcome'],
  outcome: ['outcome', 'result', 'outcome decision', 'decision', 'outcomes'],
  analysis: ['analysis', 'comment', 'comments', 'analysis comment', 'reviewer comment', 'significance', 'significance for the child', 'analysis of significance', 'impact on child'],
  tags: ['tags', 'keywords', 'themes', 'labels'],
  significance: ['key', 'key event', 'key events', 'significant event', 'priority', 'key episode'],
  sharedWith: ['shared with', 'information shared with', 'shared', 'notified', 'agencies informed', 'informed', 'agencies notified', 'who was informed'],
};

export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const LOOKUP: ReadonlyMap<string, ImportField> = new Map(
  IMPORT_FIELDS.flatMap((field) => HEADER_NAMES[field].map((name): [string, ImportField] => [name, field])),
);

export function fieldForHeader(header: string): ImportField | undefined {
  return LOOKUP.get(normaliseHeader(header));
}

/** Proposes a mapping from header names. */
export function detectMapping(headers: readonly string[]): ColumnMapping {
  const mapping: Partial<Record<ImportField, string>> = {};
  for (const header of headers) {
    const field = fieldForHeader(header);
    if (field !== undefined && mapping[field] === undefined) mapping[field] = header;
  }
  return mapping;
}

/** How many cells of a row look like known headers: the header row is the first with two or more. */
function headerScore(row: readonly string[]): number {
  return row.filter((cell) => cell !== '' && fieldForHeader(cell) !== undefined).length;
}

/**
 * Finds the header row, skipping title rows ("Westmoor Police chronology", "Prepared by …")
 * above it. Looks at the first 30 rows; prefers a row with at least two recognised headers,
 * otherwise the first row as wide as the widest row that follows. Returns a 0-based index.
 */
export function detectHeaderRow(rows: readonly (readonly string[])[]): number {
  const limit = Math.min(rows.length, 30);
  for (let i = 0; i < limit; i += 1) if (headerScore(rows[i]!) >= 2) return i;
  const filled = (row: readonly string[]) => row.filter((cell) => cell !== '').length;
  const widest = Math.max(0, ...rows.slice(0, limit).map(filled));
  for (let i = 0; i < limit; i += 1) if (filled(rows[i]!) === widest && widest > 1) return i;
  return 0;
}

/** Keeps only mapping entries that name an existing header (a remembered mapping may be stale). */
export function applicableMapping(mapping: ColumnMapping, headers: readonly string[]): ColumnMapping {
  const present = new Set(headers);
  const result: Partial<Record<ImportField, string>> = {};
  for (const field of IMPORT_FIELDS) {
    const header = mapping[field];
    if (header !== undefined && present.has(header)) result[field] = header;
  }
  return result;
}
