import type { ColumnMapping, DuplicatePair, ImportPreview, ImportReport, RejectedRow } from '../../shared/domain/chronology';
import { formatVagueDate } from '../../shared/dates';
import { CasewrightError } from '../../shared/errors';
import { describeImportProblem } from '../../shared/domain/import-fields';
import { createEventTypeSuggester } from '../parse/event-type-suggestions';
import { recordCandidate } from '../../core/chronology/duplicates';
import { existingSweepItems, sweepDuplicates, type SweepItem } from '../../core/chronology/duplicate-sweep';
import { createEntryWriter } from '../../core/chronology/entry-writer';
import { ensureAgency, findAgencyId } from '../../core/chronology/lookups';
import { markAgencyRequestReturned } from '../../core/requests/agency-requests';
import { writeAuditNote } from '../../core/store/audit-triggers';
import { nowIso } from '../../core/store/clock';
import type { ReadableDb, WritableDb } from '../../core/store/db-types';
import type { ReviewHandle } from '../../core/store/review-handle';
import { parseChronology, type DraftRow, type ParsedChronology } from '../parse';
import { rememberedMapping, rememberMapping } from './mappings-store';

export interface ImportRequest {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly agency: string;
  readonly mapping?: ColumnMapping;
  readonly sheet?: string;
  /** Headers of columns the reviewer chose to leave out; recorded in the import report. */
  readonly ignoreColumns?: readonly string[];
  /** The agency chronology request this workbook answers: marked returned in the import's transaction. */
  readonly agencyRequestId?: number;
}

export interface ApplyOptions {
  readonly skipInvalid: boolean;
  readonly dryRun: boolean;
  readonly rememberMapping: boolean;
  /** Use the event types suggested from each row's text (shown as suggested in the preview). */
  readonly acceptSuggestedEventTypes?: boolean;
}

const suggestEventType = createEventTypeSuggester();

/** Parses a file with the reviewer's mapping, else the one remembered for the agency, else detection. */
export async function readImport(db: ReadableDb, request: ImportRequest): Promise<{ parsed: ParsedChronology; remembered: boolean }> {
  const remembered = request.mapping === undefined ? rememberedMapping(db, request.agency) : null;
  const mapping = request.mapping ?? remembered ?? undefined;
  const common = {
    fileName: request.fileName,
    bytes: request.bytes,
    suggestEventType,
    ...(request.sheet === undefined ? {} : { sheet: request.sheet }),
    ...(request.ignoreColumns === undefined ? {} : { ignoreColumns: request.ignoreColumns }),
  };
  const parsed = await parseChronology({ ...common, ...(mapping === undefined ? {} : { mapping }) });
  // A remembered mapping that no longer fits the file (columns renamed) gives way to detection.
  if (remembered !== null && parsed.fileProblems.length > 0) {
    return { parsed: await parseChronology(common), remembered: false };
  }
  return { parsed, remembered: remembered !== null };
}

const PREVIEW_ROWS = 200;

function probeText(row: DraftRow): string {
  return `${row.summary} ${row.actionTaken}`;
}

/** The date span of the valid rows, to read only the entries that could pair with them. */
function rowSpan(rows: readonly DraftRow[]): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const row of rows) {
    if (row.date === null || row.problems.length > 0) continue;
    if (from === null || row.date.earliest < from) from = row.date.earliest;
    if (to === null || row.date.latest > to) to = row.date.latest;
  }
  return from === null || to === null ? null : { from, to };
}

function agencyNames(db: ReadableDb): (id: number) => string {
  const statement = db.prepare('SELECT name FROM agency WHERE id = ?').pluck();
  const cache = new Map<number, string>();
  return (id) => {
    let name = cache.get(id);
    if (name === undefined) {
      name = (statement.get(id) as string | undefined) ?? `agency ${id}`;
      cache.set(id, name);
    }
    return name;
  };
}

/** Duplicates the rows would form with entries already in the file (nothing is written). */
function previewDuplicates(db: ReadableDb, parsed: ParsedChronology, agency: string): DuplicatePair[] {
  const span = rowSpan(parsed.rows);
  if (span === null) return [];
  const importAgencyId = findAgencyId(db, agency) ?? -1;
  // Agencies not yet in the file get distinct negative ids, so rows of different new agencies differ.
  const unknown = new Map<string, number>();
  const agencyOf = (name: string | null): number => {
    if (name === null) return importAgencyId;
    const known = findAgencyId(db, name);
    if (known !== undefined) return known;
    const key = name.trim().toLowerCase();
    if (!unknown.has(key)) unknown.set(key, -2 - unknown.size);
    return unknown.get(key)!;
  };
  const incoming: SweepItem[] = parsed.rows
    .filter((row) => row.problems.length === 0 && row.date !== null)
    .map((row) => ({ row: row.row, entryId: null, agencyId: agencyOf(row.agency), earliest: row.date!.earliest, latest: row.date!.latest, text: probeText(row) }));
  return sweepDuplicates(existingSweepItems(db, span.from, span.to), incoming, agencyNames(db));
}

export function previewImport(db: ReadableDb, parsed: ParsedChronology, agency: string, remembered: boolean): ImportPreview {
  const valid = parsed.rows.filter((row) => row.problems.length === 0);
  return {
    fileName: parsed.fileName,
    agency,
    source: parsed.source,
    columns: parsed.columns,
    detectedMapping: remembered ? parsed.mapping : parsed.detectedMapping,
    mappingRemembered: remembered,
    mapping: parsed.mapping,
    totalRows: parsed.rows.length,
    validRows: parsed.fileProblems.length > 0 ? 0 : valid.length,
    rows: parsed.rows.slice(0, PREVIEW_ROWS).map((row) => ({
      row: row.row,
      valid: row.problems.length === 0,
      dateText: row.date === null ? row.dateRaw : formatVagueDate(row.date),
      time: row.time,
      agency: row.agency ?? agency,
      eventType: row.eventType ?? row.suggestedEventType,
      eventTypeSuggested: row.eventType === null && row.suggestedEventType !== null,
      // Exactly what the Summary field will hold: never another column's text standing in for it.
      summary: row.summary,
      actionTaken: row.actionTaken,
      outcome: row.outcome,
      extraFields: row.extraFields,
    })),
    problems: parsed.problems,
    duplicates: previewDuplicates(db, parsed, agency),
    columnFates: parsed.columnFates,
    sourceNotes: parsed.sourceNotes,
  };
}

function rejectedRows(parsed: ParsedChronology): RejectedRow[] {
  return parsed.rows.flatMap((row) =>
    row.problems.map((problem) => ({
      row: row.row,
      column: problem.column ?? null,
      field: problem.field ?? null,
      reason: problem.reason,
      raw: row.cells.join(' | '),
    })),
  );
}

/** The refusal when the file cannot be imported as asked; names every problem. */
export function refusalFor(parsed: ParsedChronology, options: ApplyOptions): CasewrightError | null {
  if (parsed.fileProblems.length > 0) {
    const reasons = parsed.fileProblems.map((p) => describeImportProblem({ ...p, file: undefined })).join('; ');
    return new CasewrightError('validation', `${parsed.fileName}: ${reasons}. Nothing was imported.`, {
      problems: parsed.fileProblems,
    });
  }
  const invalid = parsed.rows.filter((row) => row.problems.length > 0).length;
  if (invalid > 0 && !options.skipInvalid) {
    return new CasewrightError(
      'validation',
      `${parsed.fileName}: ${invalid} of ${parsed.rows.length} rows are invalid, so nothing was imported. ` +
        `Correct them, or import only the valid rows (skip invalid).`,
      { problems: parsed.problems },
    );
  }
  return null;
}

/**
 * Imports the valid rows in one transaction (all or nothing: an error part-way leaves the file
 * as it was). Row audit is off for speed (20,000 rows); one summary note records the import, and
 * the import report, with its rejected rows, is kept in the file.
 */
export function applyImport(
  review: Pick<ReviewHandle, 'db' | 'write' | 'actor'>,
  parsed: ParsedChronology,
  request: ImportRequest,
  options: ApplyOptions,
): ImportReport {
  const refusal = refusalFor(parsed, options);
  if (refusal) throw refusal;
  const valid = parsed.rows.filter((row) => row.problems.length === 0);
  const rejected = rejectedRows(parsed);

  if (options.dryRun) {
    return {
      importId: null,
      fileName: parsed.fileName,
      agency: request.agency,
      source: parsed.source,
      importedAt: nowIso(),
      imported: valid.length,
      rejected,
      duplicates: previewDuplicates(review.db, parsed, request.agency),
      newEventTypes: newEventTypeNames(review.db, valid, options),
      dryRun: true,
      columnFates: parsed.columnFates,
      sourceNotes: parsed.sourceNotes,
      removedAt: null,
    };
  }

  return review.write(
    `Import ${parsed.fileName} (${request.agency})`,
    (db) => writeImport(db, review.actor(), parsed, request, options, valid, rejected),
    { rowAudit: false, kind: 'import' },
  );
}

/** The event type a row imports with: the agency's own, else the suggestion when the reviewer accepted them. */
function rowEventType(row: DraftRow, options: Pick<ApplyOptions, 'acceptSuggestedEventTypes'>): string | null {
  return row.eventType ?? (options.acceptSuggestedEventTypes === true ? row.suggestedEventType : null);
}

function newEventTypeNames(db: ReadableDb, rows: readonly DraftRow[], options: Pick<ApplyOptions, 'acceptSuggestedEventTypes'>): string[] {
  const known = new Set((db.prepare('SELECT name FROM event_type').pluck().all() as string[]).map((n) => n.toLowerCase()));
  const fresh = new Map<string, string>();
  for (const row of rows) {
    const eventType = rowEventType(row, options);
    if (eventType !== null && !known.has(eventType.toLowerCase()) && !fresh.has(eventType.toLowerCase())) {
      fresh.set(eventType.toLowerCase(), eventType.trim().replace(/\s+/g, ' '));
    }
  }
  return [...fresh.values()];
}

function writeImport(
  db: WritableDb,
  actor: string,
  parsed: ParsedChronology,
  request: ImportRequest,
  options: ApplyOptions,
  valid: readonly DraftRow[],
  rejected: readonly RejectedRow[],
): ImportReport {
  const importedAt = nowIso();
  const agencyId = ensureAgency(db, request.agency);
  const agencyName = db.prepare('SELECT name FROM agency WHERE id = ?').pluck().get(agencyId) as string;
  const importId = Number(
    db
      .prepare(
        `INSERT INTO import_batch (file_name, agency_id, agency_name, format, encoding, delimiter, sheet, header_row, mapping_json,
           imported_at, actor, imported_count, rejected_count, skip_invalid, fts_pending, columns_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, 1, ?)`,
      )
      .run(
        parsed.fileName,
        agencyId,
        agencyName,
        parsed.source.format,
        parsed.source.encoding,
        parsed.source.delimiter,
        parsed.source.sheet,
        parsed.source.headerRow,
        JSON.stringify(parsed.mapping),
        importedAt,
        actor,
        options.skipInvalid ? 1 : 0,
        // Older files hold the bare column list; the report reader accepts both shapes.
        JSON.stringify({ fates: parsed.columnFates, ...parsed.sourceNotes }),
      ).lastInsertRowid,
  );

  const newEventTypes = newEventTypeNames(db, valid, options);
  const eventTypeIds = new Map<string, number>();
  for (const row of db.prepare('SELECT id, name FROM event_type').all() as { id: number; name: string }[]) eventTypeIds.set(row.name.toLowerCase(), row.id);
  let nextOrder = (db.prepare('SELECT coalesce(max(sort_order), 0) AS n FROM event_type').pluck().get() as number) + 10;
  const insertType = db.prepare('INSERT INTO event_type (name, sort_order) VALUES (?, ?)');
  for (const name of newEventTypes) {
    eventTypeIds.set(name.toLowerCase(), Number(insertType.run(name, nextOrder).lastInsertRowid));
    nextOrder += 10;
  }
  const agencyIds = new Map<string, number>([[request.agency.trim().toLowerCase(), agencyId]]);
  const agencyFor = (name: string): number => {
    const key = name.trim().toLowerCase();
    let id = agencyIds.get(key);
    if (id === undefined) {
      id = ensureAgency(db, name);
      agencyIds.set(key, id);
    }
    return id;
  };

  const eventTypeIdOf = (name: string | null): number | null =>
    name === null ? null : (eventTypeIds.get(name.trim().replace(/\s+/g, ' ').toLowerCase()) ?? null);
  const writer = createEntryWriter(db);
  const span = rowSpan(valid);
  // Read the entries that could pair with the new rows before the new rows join them.
  const existing = span === null ? [] : existingSweepItems(db, span.from, span.to);
  const incoming: SweepItem[] = [];
  for (const row of valid) {
    if (row.date === null) continue;
    const rowAgencyId = row.agency === null ? agencyId : agencyFor(row.agency);
    const id = writer.insert({
      date: row.date,
      time: row.time,
      endDate: row.endDate,
      agencyId: rowAgencyId,
      source: { document: row.sourceDocument, role: row.sourceRole, reference: row.sourceReference },
      eventTypeId: eventTypeIdOf(rowEventType(row, options)),
      summary: row.summary,
      actionTaken: row.actionTaken,
      outcome: row.outcome,
      analysis: row.analysis,
      location: row.location,
      risk: row.risk,
      extraFields: row.extraFields,
      significance: row.significance,
      people: [],
      childContact: row.childContact === null ? [] : [row.childContact],
      sharedWith: row.sharedWith.map((name) => ({ agencyId: agencyFor(name), when: null, how: null })),
      tags: row.tags,
      importId,
      sourceSheet: parsed.source.sheet,
      sourceRow: row.row,
    });
    incoming.push({ row: row.row, entryId: id, agencyId: rowAgencyId, earliest: row.date.earliest, latest: row.date.latest, text: probeText(row) });
  }
  // The batch is marked fts_pending, so the insert trigger skipped these rows: index them at once.
  db.prepare(
    `INSERT INTO entry_fts (rowid, summary, action_taken, outcome, analysis, source_document, source_role, source_reference)
     SELECT id, summary, action_taken, outcome, analysis, source_document, source_role, source_reference FROM entry WHERE import_id = ?`,
  ).run(importId);
  db.prepare(
    `INSERT INTO entry_extra_fts (rowid, name, value)
     SELECT x.id, x.name, x.value FROM entry_extra_field x JOIN entry e ON e.id = x.entry_id WHERE e.import_id = ?`,
  ).run(importId);
  db.prepare('UPDATE import_batch SET fts_pending = 0 WHERE id = ?').run(importId);
  const duplicates = sweepDuplicates(existing, incoming, agencyNames(db));
  for (const pair of duplicates) recordCandidate(db, pair.newEntryId!, pair.existingEntryId, pair.score, pair.reason);

  const insertRejected = db.prepare(
    'INSERT INTO import_rejected_row (import_id, source_row, column_name, field, reason, raw) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const r of rejected) insertRejected.run(importId, r.row, r.column, r.field, r.reason, r.raw);
  db.prepare(
    'UPDATE import_batch SET imported_count = ?, rejected_count = ?, new_event_types_json = ?, duplicates_json = ? WHERE id = ?',
  ).run(valid.length, new Set(rejected.map((r) => r.row)).size, JSON.stringify(newEventTypes), JSON.stringify(duplicates), importId);
  if (options.rememberMapping) rememberMapping(db, agencyId, parsed.mapping);
  if (request.agencyRequestId !== undefined) markAgencyRequestReturned(db, request.agencyRequestId, importId);
  writeAuditNote(db, {
    table: 'import_batch',
    action: 'import',
    rowKey: importId,
    after: {
      file: parsed.fileName,
      agency: agencyName,
      imported: valid.length,
      rejectedRows: new Set(rejected.map((r) => r.row)).size,
      duplicates: duplicates.length,
      columnsLeftOut: parsed.columnFates.filter((f) => f.fate === 'ignored').map((f) => f.header),
      columnsKept: parsed.columnFates.filter((f) => f.fate === 'extra').map((f) => f.header),
    },
  });
  return {
    importId,
    fileName: parsed.fileName,
    agency: agencyName,
    source: parsed.source,
    importedAt,
    imported: valid.length,
    rejected,
    duplicates,
    newEventTypes,
    dryRun: false,
    columnFates: parsed.columnFates,
    sourceNotes: parsed.sourceNotes,
    removedAt: null,
  };
}

