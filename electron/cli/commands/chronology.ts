import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { checkFileSize } from '../../import/parse/limits';
import { basename } from 'node:path';
import { columnMappingSchema } from '../../shared/api/chronology';
import { formatVagueDate } from '../../shared/dates';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from '../../shared/domain/chronology';
import { CasewrightError } from '../../shared/errors';
import { IMPORT_FIELD_LABELS } from '../../shared/domain/import-fields';
import type { ChronologyEntry, ColumnFate, RemovedImport, SourceNotes } from '../../shared/domain/chronology';
import type { CliContext } from '../cli-context';
import { readJsonFile } from '../../core/files/read-json';
import { printRows } from './list-command';
import { statImportFile } from './import-file';

/**
 * Reads a mapping file. Accepts either direction, because both are natural to write by hand:
 * `{ "date": "Date of contact" }` (field → header) or `{ "Date of contact": "date" }`.
 */
function readMapping(path: string): ColumnMapping {
  let raw = readJsonFile(
    path,
    (reason) =>
      new CasewrightError('invalid-arguments', `${basename(path)}: the mapping is not readable JSON (${reason})`),
  );
  const fields = new Set<string>(IMPORT_FIELDS);
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const entries = Object.entries(raw as Record<string, unknown>);
    if (
      entries.length > 0 &&
      entries.every(([, value]) => typeof value === 'string' && fields.has(value)) &&
      !entries.every(([key]) => fields.has(key))
    ) {
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

/** `import undo` and `import restore`: one import number in, the import taken out or put back. */
const IMPORT_CHANGES: readonly {
  readonly name: string;
  readonly description: string;
  readonly idHelp: string;
  readonly method: 'chronology.removeImport' | 'chronology.restoreImport';
  readonly done: (changed: RemovedImport, fileName: string) => string;
}[] = [
  {
    name: 'undo',
    description:
      'Take a whole import out of the review again (its entries, extra fields and duplicate flags); audited, and reversible with "import restore"',
    idHelp: 'the import number, as the import printed it (see the import reports)',
    method: 'chronology.removeImport',
    done: (removed, fileName) =>
      `Took out the import of ${removed.fileName} (${removed.agency}): ${removed.entries} entries removed. To put it back: casewright import restore ${fileName} ${removed.importId}`,
  },
  {
    name: 'restore',
    description: 'Put back an import that was taken out with "import undo", exactly as it was',
    idHelp: 'the import number',
    method: 'chronology.restoreImport',
    done: (restored) =>
      `Put back the import of ${restored.fileName} (${restored.agency}): ${restored.entries} entries.`,
  },
];

function importNumber(text: string): number {
  const id = Number(text);
  if (!Number.isInteger(id) || id <= 0)
    throw new CasewrightError('invalid-arguments', `"${text}" is not an import number (a whole number such as 3)`);
  return id;
}

/**
 * Reads an agency file, refusing anything that is not an ordinary file (a device such as
 * /dev/zero never ends) or that is larger than the import limit, before reading it.
 */
function readSource(path: string): Uint8Array {
  const { name, size } = statImportFile(path);
  checkFileSize(name, size);
  try {
    return new Uint8Array(readFileSync(path));
  } catch {
    throw new CasewrightError(
      'io',
      `${name}: the file could not be read (check that it is not open elsewhere and that you may read it)`,
    );
  }
}

interface ImportOptions {
  agency?: string;
  mapping?: string;
  ignoreColumn?: string[];
  acceptSuggestedEventTypes?: boolean;
  skipInvalid?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** What became of every column, for `--json`: mapped fields, kept columns, left-out columns. */
function columnsJson(fates: readonly ColumnFate[]) {
  return {
    columns: fates.map((f) =>
      f.fate === 'field' ? { header: f.header, fate: f.fate, field: f.field } : { header: f.header, fate: f.fate },
    ),
    // Columns no field takes: kept verbatim on each entry (extraFields), or left out by the reviewer.
    unmappedColumns: fates
      .filter((f) => f.fate !== 'field')
      .map((f) => ({
        header: f.header,
        keptAs: f.fate === 'extra' ? 'extra field' : f.fate === 'ignored' ? 'left out' : 'empty column',
      })),
    extraFields: fates.filter((f) => f.fate === 'extra').map((f) => f.header),
    ignoredColumns: fates.filter((f) => f.fate === 'ignored').map((f) => f.header),
  };
}

/** Source text outside the rows, for `--json`: lines above the header, other sheets. */
function sourceNotesJson(notes: SourceNotes) {
  return {
    notesAboveHeader: notes.notesAboveHeader,
    otherSheets: notes.otherSheets.map((s) => ({ sheet: s.sheet, lines: s.lines })),
  };
}

function sourceNoteLines(notes: SourceNotes): string[] {
  const lines: string[] = [];
  if (notes.notesAboveHeader.length > 0) {
    lines.push('Text above the column headings, kept with this import:');
    for (const line of notes.notesAboveHeader) lines.push(`  ${line}`);
  }
  if (notes.otherSheets.length > 0) {
    lines.push('Other sheets in the workbook, kept with this import:');
    for (const sheet of notes.otherSheets) {
      lines.push(`  ${sheet.sheet}:`);
      for (const line of sheet.lines) lines.push(`    ${line}`);
    }
  }
  return lines;
}

function columnLines(fates: readonly ColumnFate[]): string[] {
  return fates.map((f) => {
    switch (f.fate) {
      case 'field':
        return `  - "${f.header}" → ${IMPORT_FIELD_LABELS[f.field]}`;
      case 'extra':
        return `  - "${f.header}" → kept word for word on each entry`;
      case 'ignored':
        return `  - "${f.header}" → left out, as you asked`;
      case 'empty':
        return `  - "${f.header}" → empty in every row`;
    }
  });
}

/** Every entry in date order, read through the API a page at a time. */
async function allEntries(cli: CliContext, reviewId: string): Promise<ChronologyEntry[]> {
  const entries: ChronologyEntry[] = [];
  for (;;) {
    const page = await cli.call(
      'chronology.list',
      { sort: { field: 'date', direction: 'asc' }, offset: entries.length, limit: 5000 },
      reviewId,
    );
    entries.push(...page.rows);
    if (page.rows.length === 0 || entries.length >= page.total) return entries;
  }
}

export function registerChronologyCommands(program: Command, cli: CliContext): void {
  program
    .command('import')
    .description(
      'Import an agency chronology (.csv or .xlsx) into a review; nothing is imported while any row is invalid unless --skip-invalid',
    )
    .argument('<file.cwr>', 'the review file')
    .argument('<source>', 'the agency chronology, .csv or .xlsx')
    .option('--agency <name>', 'the agency that sent the chronology (required)')
    .option('--mapping <map.json>', 'column mapping: JSON object from field (date, summary, …) to column header')
    .option(
      '--ignore-column <header>',
      'leave this column out (repeat for several); recorded in the import report',
      collect,
    )
    .option(
      '--accept-suggested-event-types',
      "when the file has no event-type column, use the event types suggested from each row's text",
    )
    .option('--skip-invalid', 'import the valid rows and keep the rejected ones in the import report')
    .option('--dry-run', 'validate and report without changing the review')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, source: string, options: ImportOptions) => {
      // Checked here rather than as a required option, so that "import undo" needs no --agency.
      if (options.agency === undefined || options.agency.trim() === '') {
        throw new CasewrightError('invalid-arguments', "error: required option '--agency <name>' not specified");
      }
      const args = {
        fileName: basename(source),
        bytesBase64: Buffer.from(readSource(source)).toString('base64'),
        agency: options.agency.trim(),
        ...(options.mapping === undefined ? {} : { mapping: readMapping(options.mapping) }),
        ...(options.ignoreColumn === undefined ? {} : { ignoreColumns: options.ignoreColumn }),
      };
      await cli.withReview(file, async (ctx) => {
        let report;
        try {
          report = await cli.withProgress((jobId) =>
            cli.call(
              'chronology.importApply',
              {
                ...args,
                skipInvalid: options.skipInvalid === true,
                dryRun: options.dryRun === true,
                rememberMapping: true,
                acceptSuggestedEventTypes: options.acceptSuggestedEventTypes === true,
                jobId,
              },
              ctx.review.id,
            ),
          );
        } catch (error) {
          // A refused import (invalid rows, or a file that cannot be read as a chronology) still
          // prints what was found, for scripts that read --json: the preview holds every problem.
          if (
            options.json &&
            error instanceof CasewrightError &&
            error.code === 'validation' &&
            error.details?.problems !== undefined
          ) {
            const preview = await cli.call('chronology.importPreview', args, ctx.review.id);
            cli.printJson({
              imported: 0,
              rejected: preview.problems.map((p) => ({
                row: p.row,
                column: p.column ?? null,
                field: p.field ?? null,
                reason: p.reason,
              })),
              duplicates: [],
              dryRun: options.dryRun === true,
              ...columnsJson(preview.columnFates),
              ...sourceNotesJson(preview.sourceNotes),
            });
          }
          throw error;
        }
        if (options.json) {
          cli.printJson({
            imported: report.imported,
            rejected: report.rejected.map((r) => ({ row: r.row, column: r.column, field: r.field, reason: r.reason })),
            duplicates: report.duplicates,
            newEventTypes: report.newEventTypes,
            importId: report.importId,
            dryRun: report.dryRun,
            ...columnsJson(report.columnFates),
            ...sourceNotesJson(report.sourceNotes),
          });
          return;
        }
        const rejectedRows = new Set(report.rejected.map((r) => r.row)).size;
        cli.print(
          `${report.dryRun ? 'Would import' : 'Imported'} ${report.imported} entries from ${report.fileName} (${report.agency})` +
            (rejectedRows > 0 ? `; ${rejectedRows} ${rejectedRows === 1 ? 'row' : 'rows'} rejected` : ''),
        );
        for (const r of report.rejected) cli.print(`  - row ${r.row}${r.column ? `, ${r.column}` : ''}: ${r.reason}`);
        cli.print('Columns:');
        for (const line of columnLines(report.columnFates)) cli.print(line);
        for (const line of sourceNoteLines(report.sourceNotes)) cli.print(line);
        if (report.importId !== null)
          cli.print(`To take this import out again: casewright import undo ${basename(file)} ${report.importId}`);
        if (report.newEventTypes.length > 0) cli.print(`New event types: ${report.newEventTypes.join(', ')}`);
        if (report.duplicates.length > 0) {
          cli.print(`${report.duplicates.length} likely duplicates for you to link, merge or dismiss:`);
          for (const d of report.duplicates) cli.print(`  - row ${d.row} and entry ${d.existingEntryId}: ${d.reason}`);
        }
      });
    });

  const importCommand = program.commands.find((c) => c.name() === 'import')!;
  for (const change of IMPORT_CHANGES) {
    importCommand
      .command(change.name)
      .description(change.description)
      .argument('<file.cwr>', 'the review file')
      .argument('<import-id>', change.idHelp)
      .option('--json', 'print the result as JSON')
      .action(async (file: string, importId: string, options: { json?: boolean }) => {
        const id = importNumber(importId);
        await cli.withReview(file, async (ctx) => {
          const changed = await cli.call(change.method, { importId: id }, ctx.review.id);
          if (options.json) cli.printJson(changed);
          else cli.print(change.done(changed, basename(file)));
        });
      });
  }

  const chronology = program.command('chronology').description('The merged multi-agency chronology');
  chronology
    .command('list')
    .description('List entries in date order: id, date as given, agency, summary')
    .argument('<file.cwr>', 'the review file')
    .option('--json', 'print the entries as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      await cli.withReview(file, async (ctx) => {
        printRows(cli, await allEntries(cli, ctx.review.id), {
          json: options.json === true,
          asJson: (e) => ({
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
          }),
          empty: 'The chronology is empty.',
          line: (e) =>
            `${String(e.id).padStart(6)}  ${e.date.original.padEnd(16)}  ${e.agency.padEnd(24)}  ${e.summary.replace(/\s+/g, ' ')}`,
          footer: (entries) =>
            `${entries.length} entries (dates as given; ${formatVagueDate(entries[0]!.date)} to ${formatVagueDate(entries[entries.length - 1]!.date)})`,
        });
      });
    });
}
