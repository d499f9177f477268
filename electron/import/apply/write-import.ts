import { markAgencyRequestReturned } from '../../core/requests/agency-requests';
import type { DuplicatePair, ImportReport, RejectedRow } from '../../shared/domain/chronology';
import { recordCandidate } from '../../core/chronology/duplicates';
import { existingSweepItems, sweepDuplicates, type SweepItem } from '../../core/chronology/duplicate-sweep';
import { createEntryWriter } from '../../core/chronology/entry-writer';
import { ensureAgency, ensureEventTypes, tidyName } from '../../core/chronology/lookups';
import { writeAuditNote } from '../../core/store/audit-triggers';
import { nowIso } from '../../core/store/clock';
import type { WritableDb } from '../../core/store/db-types';
import type { DraftRow, ParsedChronology } from '../parse';
import type { ApplyOptions, ImportRequest } from './apply-import';
import { agencyNames, newEventTypeNames, probeText, rowEventType, rowSpan } from './import-rows';
import { rememberMapping } from './mappings-store';

/** What an import writes: the checked rows of one parsed file, as the reviewer asked for them. */
export interface ImportToWrite {
  /** Who imports (for the batch record and the audit note). */
  readonly actor: string;
  readonly parsed: ParsedChronology;
  readonly request: ImportRequest;
  readonly options: ApplyOptions;
  /** The rows without problems, written as entries. */
  readonly valid: readonly DraftRow[];
  /** The problems of the rows left out, kept in the import report. */
  readonly rejected: readonly RejectedRow[];
}

/**
 * Writes an import inside the caller's one transaction, step by step: the batch record, the event
 * types and agencies the rows name, the rows themselves, their full-text index, the duplicate
 * proposals, the rejected rows, and the batch's summary and audit note. Every statement is
 * prepared once and reused across the rows.
 */
export function writeImport(db: WritableDb, work: ImportToWrite): ImportReport {
  const steps = writeImportInSteps(db, work);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** Rows written between two progress reports (and two chances to cancel). */
export const ROWS_PER_STEP = 500;

/**
 * `writeImport` as a generator that pauses after every `ROWS_PER_STEP` rows with the count written
 * so far, so a caller can report progress and let a cancel in between (still one transaction).
 */
export function* writeImportInSteps(db: WritableDb, work: ImportToWrite): Generator<number, ImportReport, void> {
  const { actor, parsed, request, options, valid, rejected } = work;
  const importedAt = nowIso();
  const agencyId = ensureAgency(db, request.agency);
  const agencyName = db.prepare('SELECT name FROM agency WHERE id = ?').pluck().get(agencyId) as string;
  const importId = insertBatch(db, parsed, {
    agencyId,
    agencyName,
    importedAt,
    actor,
    skipInvalid: options.skipInvalid,
  });

  const newEventTypes = newEventTypeNames(db, valid, options);
  const eventTypeIds = ensureEventTypes(db, newEventTypes);
  const span = rowSpan(valid);
  // Read the entries that could pair with the new rows before the new rows join them.
  const existing = span === null ? [] : existingSweepItems(db, span.from, span.to);
  const incoming = yield* insertRows(db, parsed, valid, {
    importId,
    importAgencyId: agencyId,
    agencyOf: agencyResolver(db, request.agency, agencyId),
    eventTypeOf: (row) => {
      const name = rowEventType(row, options);
      return name === null ? null : (eventTypeIds.get(tidyName(name).toLowerCase()) ?? null);
    },
  });
  indexImportedRows(db, importId);
  const duplicates = sweepDuplicates(existing, incoming, agencyNames(db));
  for (const pair of duplicates) recordCandidate(db, pair.newEntryId!, pair.existingEntryId, pair.score, pair.reason);
  insertRejectedRows(db, importId, rejected);

  const rejectedRowCount = new Set(rejected.map((r) => r.row)).size;
  db.prepare(
    'UPDATE import_batch SET imported_count = ?, rejected_count = ?, new_event_types_json = ?, duplicates_json = ? WHERE id = ?',
  ).run(valid.length, rejectedRowCount, JSON.stringify(newEventTypes), JSON.stringify(duplicates), importId);
  if (options.rememberMapping) rememberMapping(db, agencyId, parsed.mapping);
  if (request.agencyRequestId !== undefined) markAgencyRequestReturned(db, request.agencyRequestId, importId);
  noteInAuditLog(db, parsed, { importId, agencyName, imported: valid.length, rejectedRowCount, duplicates });
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

interface BatchFacts {
  readonly agencyId: number;
  readonly agencyName: string;
  readonly importedAt: string;
  readonly actor: string;
  readonly skipInvalid: boolean;
}

/** The batch record, marked fts_pending so the entry insert trigger leaves the full-text index to `indexImportedRows`. */
function insertBatch(db: WritableDb, parsed: ParsedChronology, facts: BatchFacts): number {
  const { source } = parsed;
  return Number(
    db
      .prepare(
        `INSERT INTO import_batch (file_name, agency_id, agency_name, format, encoding, delimiter, sheet, header_row, mapping_json,
           imported_at, actor, imported_count, rejected_count, skip_invalid, fts_pending, columns_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, 1, ?)`,
      )
      .run(
        parsed.fileName,
        facts.agencyId,
        facts.agencyName,
        source.format,
        source.encoding,
        source.delimiter,
        source.sheet,
        source.headerRow,
        JSON.stringify(parsed.mapping),
        facts.importedAt,
        facts.actor,
        facts.skipInvalid ? 1 : 0,
        // Older files hold the bare column list; the report reader accepts both shapes.
        JSON.stringify({ fates: parsed.columnFates, ...parsed.sourceNotes }),
      ).lastInsertRowid,
  );
}

/** The agency of a row's agency column (created when new), each name looked up once. */
function agencyResolver(db: WritableDb, importAgency: string, importAgencyId: number): (name: string) => number {
  const ids = new Map<string, number>([[importAgency.trim().toLowerCase(), importAgencyId]]);
  return (name) => {
    const key = name.trim().toLowerCase();
    let id = ids.get(key);
    if (id === undefined) {
      id = ensureAgency(db, name);
      ids.set(key, id);
    }
    return id;
  };
}

interface RowTargets {
  readonly importId: number;
  /** The agency the reviewer named for the file, for rows without an agency of their own. */
  readonly importAgencyId: number;
  readonly agencyOf: (name: string) => number;
  readonly eventTypeOf: (row: DraftRow) => number | null;
}

/** Writes every valid row as an entry, pausing with the count after each step; returns each as the duplicate sweep reads it. */
function* insertRows(
  db: WritableDb,
  parsed: ParsedChronology,
  rows: readonly DraftRow[],
  targets: RowTargets,
): Generator<number, SweepItem[], void> {
  const writer = createEntryWriter(db);
  const incoming: SweepItem[] = [];
  for (const row of rows) {
    if (row.date === null) continue;
    const rowAgencyId = row.agency === null ? targets.importAgencyId : targets.agencyOf(row.agency);
    const id = writer.insert({
      date: row.date,
      time: row.time,
      endDate: row.endDate,
      agencyId: rowAgencyId,
      source: { document: row.sourceDocument, role: row.sourceRole, reference: row.sourceReference },
      eventTypeId: targets.eventTypeOf(row),
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
      sharedWith: row.sharedWith.map((name) => ({ agencyId: targets.agencyOf(name), when: null, how: null })),
      tags: row.tags,
      importId: targets.importId,
      sourceSheet: parsed.source.sheet,
      sourceRow: row.row,
    });
    incoming.push({
      row: row.row,
      entryId: id,
      agencyId: rowAgencyId,
      earliest: row.date.earliest,
      latest: row.date.latest,
      text: probeText(row),
    });
    if (incoming.length % ROWS_PER_STEP === 0) yield incoming.length;
  }
  return incoming;
}

/** The batch is marked fts_pending, so the insert trigger skipped its rows: index them in one statement each, then clear the mark. */
function indexImportedRows(db: WritableDb, importId: number): void {
  db.prepare(
    `INSERT INTO entry_fts (rowid, summary, action_taken, outcome, analysis, source_document, source_role, source_reference)
     SELECT id, summary, action_taken, outcome, analysis, source_document, source_role, source_reference FROM entry WHERE import_id = ?`,
  ).run(importId);
  db.prepare(
    `INSERT INTO entry_extra_fts (rowid, name, value)
     SELECT x.id, x.name, x.value FROM entry_extra_field x JOIN entry e ON e.id = x.entry_id WHERE e.import_id = ?`,
  ).run(importId);
  db.prepare('UPDATE import_batch SET fts_pending = 0 WHERE id = ?').run(importId);
}

function insertRejectedRows(db: WritableDb, importId: number, rejected: readonly RejectedRow[]): void {
  const insert = db.prepare(
    'INSERT INTO import_rejected_row (import_id, source_row, column_name, field, reason, raw) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const r of rejected) insert.run(importId, r.row, r.column, r.field, r.reason, r.raw);
}

interface BatchOutcome {
  readonly importId: number;
  readonly agencyName: string;
  readonly imported: number;
  readonly rejectedRowCount: number;
  readonly duplicates: readonly DuplicatePair[];
}

/** One summary note for the whole import (row audit is off for its 20,000 rows). */
function noteInAuditLog(db: WritableDb, parsed: ParsedChronology, outcome: BatchOutcome): void {
  writeAuditNote(db, {
    table: 'import_batch',
    action: 'import',
    rowKey: outcome.importId,
    after: {
      file: parsed.fileName,
      agency: outcome.agencyName,
      imported: outcome.imported,
      rejectedRows: outcome.rejectedRowCount,
      duplicates: outcome.duplicates.length,
      columnsLeftOut: parsed.columnFates.filter((f) => f.fate === 'ignored').map((f) => f.header),
      columnsKept: parsed.columnFates.filter((f) => f.fate === 'extra').map((f) => f.header),
    },
  });
}
