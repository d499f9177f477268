import type {
  ColumnMapping,
  DuplicatePair,
  ImportPreview,
  ImportReport,
  RejectedRow,
} from '../../shared/domain/chronology';
import { formatVagueDate } from '../../shared/dates';
import { CasewrightError } from '../../shared/errors';
import { describeImportProblem } from '../../shared/domain/import-fields';
import { createEventTypeSuggester } from '../parse/event-type-suggestions';
import { existingSweepItems, sweepDuplicates, type SweepItem } from '../../core/chronology/duplicate-sweep';
import { findAgencyId } from '../../core/chronology/lookups';
import { nowIso } from '../../core/store/clock';
import type { ReadableDb } from '../../core/store/db-types';
import type { ReviewHandle } from '../../core/store/review-handle';
import { parseChronology, type DraftRow, type ParsedChronology } from '../parse';
import { agencyNames, newEventTypeNames, probeText, rowSpan, type EventTypeChoice } from './import-rows';
import { rememberedMapping } from './mappings-store';
import { writeImport, writeImportInSteps } from './write-import';
import type { WorkHooks } from '../../shared/progress';
import { checkpoint } from '../../core/jobs/work';

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

export interface ApplyOptions extends EventTypeChoice {
  readonly skipInvalid: boolean;
  readonly dryRun: boolean;
  readonly rememberMapping: boolean;
}

const suggestEventType = createEventTypeSuggester();

/** Parses a file with the reviewer's mapping, else the one remembered for the agency, else detection. */
export async function readImport(
  db: ReadableDb,
  request: ImportRequest,
  /** For an import the reviewer follows: bytes read, then rows checked, and cancel. */
  hooks?: WorkHooks,
): Promise<{ parsed: ParsedChronology; remembered: boolean }> {
  const remembered = request.mapping === undefined ? rememberedMapping(db, request.agency) : null;
  const mapping = request.mapping ?? remembered ?? undefined;
  const common = {
    fileName: request.fileName,
    bytes: request.bytes,
    suggestEventType,
    ...(hooks === undefined ? {} : { hooks }),
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
    .map((row) => ({
      row: row.row,
      entryId: null,
      agencyId: agencyOf(row.agency),
      earliest: row.date!.earliest,
      latest: row.date!.latest,
      text: probeText(row),
    }));
  return sweepDuplicates(existingSweepItems(db, span.from, span.to), incoming, agencyNames(db));
}

export function previewImport(
  db: ReadableDb,
  parsed: ParsedChronology,
  agency: string,
  remembered: boolean,
): ImportPreview {
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
  const { valid, rejected, dryRun } = checkedRows(review, parsed, request, options);
  if (dryRun !== null) return dryRun;
  return review.write(
    `Import ${parsed.fileName} (${request.agency})`,
    (db) => writeImport(db, { actor: review.actor(), parsed, request, options, valid, rejected }),
    { rowAudit: false, kind: 'import' },
  );
}

/**
 * `applyImport` for the page and the CLI: reports the rows written after each step and stops when
 * cancelled. Still one transaction, so a cancel (or an error) leaves the file exactly as it was.
 */
export async function applyImportInSteps(
  review: Pick<ReviewHandle, 'db' | 'writeInSteps' | 'actor'>,
  parsed: ParsedChronology,
  request: ImportRequest,
  options: ApplyOptions,
  hooks: WorkHooks,
): Promise<ImportReport> {
  const { valid, rejected, dryRun } = checkedRows(review, parsed, request, options);
  if (dryRun !== null) return dryRun;
  const total = valid.length;
  const report = (done: number) => hooks.onProgress?.({ step: 'Importing rows', done, total, unit: 'rows' });
  report(0);
  await checkpoint(hooks.signal);
  return review.writeInSteps(
    `Import ${parsed.fileName} (${request.agency})`,
    async (db) => {
      const steps = writeImportInSteps(db, { actor: review.actor(), parsed, request, options, valid, rejected });
      for (;;) {
        const step = steps.next();
        if (step.done === true) {
          // The last chance to cancel: nothing is committed until this returns.
          await checkpoint(hooks.signal);
          report(total);
          return step.value;
        }
        report(step.value);
        await checkpoint(hooks.signal);
      }
    },
    { rowAudit: false, kind: 'import' },
  );
}

/** The refusal, or the rows to write, or (for a dry run) the report without writing. */
function checkedRows(
  review: Pick<ReviewHandle, 'db'>,
  parsed: ParsedChronology,
  request: ImportRequest,
  options: ApplyOptions,
): { valid: DraftRow[]; rejected: RejectedRow[]; dryRun: ImportReport | null } {
  const refusal = refusalFor(parsed, options);
  if (refusal) throw refusal;
  const valid = parsed.rows.filter((row) => row.problems.length === 0);
  const rejected = rejectedRows(parsed);
  if (!options.dryRun) return { valid, rejected, dryRun: null };
  return {
    valid,
    rejected,
    dryRun: {
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
    },
  };
}
