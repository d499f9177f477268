import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { columnMappingSchema } from '../../shared/api/chronology';
import { formatVagueDate } from '../../shared/dates';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from '../../shared/domain/chronology';
import { CasewrightError } from '../../shared/errors';
import { loadEntries } from '../../core/chronology/load-entries';
import { entryIds } from '../../core/chronology/query';
import type { CliContext } from '../cli-context';

/**
 * Reads a mapping file. Accepts either direction, because both are natural to write by hand:
 * `{ "date": "Date of contact" }` (field → header) or `{ "Date of contact": "date" }`.
 */
function readMapping(path: string): ColumnMapping {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CasewrightError('invalid-arguments', `${basename(path)}: the mapping is not readable JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const fields = new Set<string>(IMPORT_FIELDS);
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const entries = Object.entries(raw as Record<string, unknown>);
    if (entries.length > 0 && entries.every(([, value]) => typeof value === 'string' && fields.has(value)) && !entries.every(([key]) => fields.has(key))) {
      raw = Object.fromEntries(entries.map(([header, field]) => [field as ImportField, header]));
    }
  }
  const parsed = columnMappingSchema.safeParse(raw);
  if (!parsed.success || Object.keys(raw as object).some((key) => !fields.has(key))) {
    throw new CasewrightError(
      'invalid-arguments',
      `${basename(path)}: a mapping is a JSON object from field to column header; fields are ${IMPORT_FIELDS.join(', ')}`,
    );
  }
  return parsed.data;
}

function readSource(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new CasewrightError('not-found', `${basename(path)}: the file could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

interface ImportOptions {
  agency: string;
  mapping?: string;
  skipInvalid?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

export function registerChronologyCommands(program: Command, cli: CliContext): void {
  program
    .command('import')
    .description('Import an agency chronology (.csv or .xlsx) into a review; nothing is imported while any row is invalid unless --skip-invalid')
    .argument('<file.cwr>', 'the review file')
    .argument('<source>', 'the agency chronology, .csv or .xlsx')
    .requiredOption('--agency <name>', 'the agency that sent the chronology')
    .option('--mapping <map.json>', 'column mapping: JSON object from field (date, summary, …) to column header')
    .option('--skip-invalid', 'import the valid rows and keep the rejected ones in the import report')
    .option('--dry-run', 'validate and report without changing the review')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, source: string, options: ImportOptions) => {
      const request = {
        fileName: basename(source),
        bytes: readSource(source),
        agency: options.agency,
        ...(options.mapping === undefined ? {} : { mapping: readMapping(options.mapping) }),
      };
      const applyOptions = { skipInvalid: options.skipInvalid === true, dryRun: options.dryRun === true, rememberMapping: true };
      await cli.withReview(file, async (ctx) => {
        // Loaded when used: the spreadsheet readers are the heaviest part of a start.
        const { applyImport, readImport, refusalFor } = await import('../../import/apply');
        const { parsed } = await readImport(ctx.review.db, request);
        const refusal = refusalFor(parsed, applyOptions);
        if (refusal) {
          if (options.json) {
            cli.printJson({
              imported: 0,
              rejected: parsed.problems.map((p) => ({ row: p.row, column: p.column ?? null, field: p.field ?? null, reason: p.reason })),
              duplicates: [],
              dryRun: applyOptions.dryRun,
            });
          }
          throw refusal;
        }
        const report = applyImport(ctx.review, parsed, request, applyOptions);
        if (options.json) {
          cli.printJson({
            imported: report.imported,
            rejected: report.rejected.map((r) => ({ row: r.row, column: r.column, field: r.field, reason: r.reason })),
            duplicates: report.duplicates,
            newEventTypes: report.newEventTypes,
            importId: report.importId,
            dryRun: report.dryRun,
          });
          return;
        }
        const rejectedRows = new Set(report.rejected.map((r) => r.row)).size;
        cli.print(
          `${report.dryRun ? 'Would import' : 'Imported'} ${report.imported} entries from ${report.fileName} (${report.agency})` +
            (rejectedRows > 0 ? `; ${rejectedRows} ${rejectedRows === 1 ? 'row' : 'rows'} rejected` : ''),
        );
        for (const r of report.rejected) cli.print(`  - row ${r.row}${r.column ? `, ${r.column}` : ''}: ${r.reason}`);
        if (report.newEventTypes.length > 0) cli.print(`New event types: ${report.newEventTypes.join(', ')}`);
        if (report.duplicates.length > 0) {
          cli.print(`${report.duplicates.length} likely duplicates for you to link, merge or dismiss:`);
          for (const d of report.duplicates) cli.print(`  - row ${d.row} and entry ${d.existingEntryId}: ${d.reason}`);
        }
      });
    });

  const chronology = program.command('chronology').description('The merged multi-agency chronology');
  chronology
    .command('list')
    .description('List entries in date order: id, date as given, agency, summary')
    .argument('<file.cwr>', 'the review file')
    .option('--json', 'print the entries as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      await cli.withReview(file, (ctx) => {
        const entries = loadEntries(ctx.review.db, entryIds(ctx.review.db, {}, { field: 'date', direction: 'asc' }));
        if (options.json) {
          cli.printJson(
            entries.map((e) => ({
              id: e.id,
              date: e.date.original,
              edtf: e.date.edtf,
              earliest: e.date.earliest,
              latest: e.date.latest,
              time: e.time,
              agency: e.agency,
              eventType: e.eventType,
              summary: e.summary,
              significance: e.significance,
            })),
          );
          return;
        }
        if (entries.length === 0) {
          cli.print('The chronology is empty.');
          return;
        }
        for (const e of entries) {
          cli.print(`${String(e.id).padStart(6)}  ${e.date.original.padEnd(16)}  ${e.agency.padEnd(24)}  ${e.summary.replace(/\s+/g, ' ')}`);
        }
        cli.print(`${entries.length} entries (dates as given; ${formatVagueDate(entries[0]!.date)} to ${formatVagueDate(entries[entries.length - 1]!.date)})`);
      });
    });
}

