/**
 * Agency chronology requests from a script: generate the workbook an agency fills in, import the
 * returned workbook with nothing to map, and list (or save for the panel) who was asked and who
 * has answered. Everything goes through the dispatcher: the same validation, audit log and undo
 * as the app; the CLI's output path becomes a one-time save grant, under the same file rules.
 */
import type { Command } from 'commander';
import { basename, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { documentDay } from '../../export/report/document-dates';
import type { AgencyRequest } from '../../shared/domain/agency-request';
import { CasewrightError } from '../../shared/errors';
import type { CliContext } from '../cli-context';
import { printRows } from './list-command';
import { statImportFile } from './import-file';

interface RequestOptions {
  agency?: string;
  out?: string;
  due?: string;
  realNames?: boolean;
  contact?: string;
}

function readWorkbook(path: string): { fileName: string; bytesBase64: string } {
  const { name: fileName } = statImportFile(path);
  return { fileName, bytesBase64: readFileSync(path).toString('base64') };
}

/** An ISO day or instant as "3 February 2021". */
const documentDayText = (iso: string): string => documentDay(iso.slice(0, 10));

const rows = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;

function status(r: AgencyRequest): string {
  if (r.returnedAt !== null) {
    const base = `returned ${documentDayText(r.returnedAt)}, ${rows(r.rowsImported)} imported`;
    return r.problemsOutstanding > 0 ? `${base}, ${rows(r.problemsOutstanding)} to correct` : base;
  }
  return r.overdue ? 'OVERDUE, not returned' : 'waiting';
}

export function registerRequestCommands(program: Command, cli: CliContext): void {
  const request = program
    .command('request')
    .description(
      'Make the chronology workbook an agency fills in (drop-downs, instructions, protected headings); "request import" reads it back with nothing to map',
    )
    .argument('<file.cwr>', 'the review file')
    .option('--agency <name>', 'the agency the request is for (required)')
    .option('--out <file.xlsx>', 'where to write the workbook (required)')
    .option('--due <YYYY-MM-DD>', 'the date to return it by')
    .option(
      '--real-names',
      'name the family by real name and date of birth (agencies need these to find records); default: pseudonyms only',
    )
    .option('--contact <text>', 'who to send it back to (name and email), printed on the instruction sheet')
    .action(async (file: string, options: RequestOptions) => {
      if (options.agency === undefined || options.agency.trim() === '')
        throw new CasewrightError('invalid-arguments', "error: required option '--agency <name>' not specified");
      if (options.out === undefined)
        throw new CasewrightError('invalid-arguments', "error: required option '--out <file.xlsx>' not specified");
      const out = resolve(options.out);
      await cli.withReview(file, async (ctx) => {
        const grant = cli.app.grants.issue({ path: out, replaceConfirmed: false });
        const result = await cli.call(
          'requests.add',
          {
            agency: options.agency!,
            dueDate: options.due ?? null,
            naming: options.realNames === true ? 'real-names' : 'pseudonyms',
            contact: options.contact ?? '',
            target: { to: 'grant', grant },
          },
          ctx.review.id,
        );
        cli.print(`Wrote the chronology request for ${result.request.agency} to ${result.saved.path}`);
        cli.print(
          result.request.naming === 'real-names'
            ? 'It names the family by real name and date of birth (recorded in the audit log).'
            : 'It names the family by pseudonym only (recorded in the audit log).',
        );
        cli.print(
          result.request.dueDate === null
            ? 'No return date was given.'
            : `Return by ${documentDayText(result.request.dueDate)}.`,
        );
      });
    });

  request
    .command('import')
    .description(
      'Import a returned request workbook: the agency and columns come from the workbook; nothing is imported while any row is invalid unless --skip-invalid',
    )
    .argument('<file.cwr>', 'the review file')
    .argument('<returned.xlsx>', 'the workbook the agency sent back')
    .option('--skip-invalid', 'import the valid rows and keep the rejected ones in the import report')
    .option('--dry-run', 'validate and report without changing the review')
    .option('--json', 'print the result as JSON')
    .action(
      async (file: string, source: string, options: { skipInvalid?: boolean; dryRun?: boolean; json?: boolean }) => {
        const workbook = readWorkbook(source);
        await cli.withReview(file, async (ctx) => {
          const report = await cli.call(
            'requests.importApply',
            { ...workbook, skipInvalid: options.skipInvalid === true, dryRun: options.dryRun === true },
            ctx.review.id,
          );
          if (options.json === true) {
            cli.printJson({
              imported: report.imported,
              importId: report.importId,
              agency: report.agency,
              rejected: report.rejected.map((r) => ({
                row: r.row,
                column: r.column,
                field: r.field,
                reason: r.reason,
              })),
              duplicates: report.duplicates,
              dryRun: report.dryRun,
            });
            return;
          }
          const rejectedRows = new Set(report.rejected.map((r) => r.row)).size;
          cli.print(
            `${report.dryRun ? 'Would import' : 'Imported'} ${report.imported} entries from ${report.fileName} (${report.agency})${rejectedRows > 0 ? `; ${rejectedRows} ${rejectedRows === 1 ? 'row' : 'rows'} rejected` : ''}`,
          );
          for (const r of report.rejected) cli.print(`  - row ${r.row}${r.column ? `, ${r.column}` : ''}: ${r.reason}`);
          if (report.importId !== null)
            cli.print(`To take this import out again: casewright import undo ${basename(file)} ${report.importId}`);
        });
      },
    );

  request
    .command('list')
    .description(
      'The agencies asked, when, the return date, whether they have returned, rows imported and problems outstanding',
    )
    .argument('<file.cwr>', 'the review file')
    .option('--json', 'print JSON')
    .option('--save <file.xlsx>', 'also save the list as a spreadsheet for the panel')
    .action(async (file: string, options: { json?: boolean; save?: string }) => {
      await cli.withReview(file, async (ctx) => {
        const requests = await cli.call('requests.list', {}, ctx.review.id);
        if (options.save !== undefined) {
          const grant = cli.app.grants.issue({ path: resolve(options.save), replaceConfirmed: false });
          const saved = await cli.call('requests.export', { target: { to: 'grant', grant } }, ctx.review.id);
          if (options.json !== true)
            cli.print(`Wrote the list of ${saved.rows} ${saved.rows === 1 ? 'request' : 'requests'} to ${saved.path}`);
        }
        printRows(cli, requests, {
          json: options.json === true,
          asJson: (r) => ({
            id: r.id,
            agency: r.agency,
            requestedAt: r.createdAt,
            requestedBy: r.createdBy,
            dueDate: r.dueDate,
            naming: r.naming,
            returnedAt: r.returnedAt,
            importId: r.importId,
            rowsImported: r.rowsImported,
            problemsOutstanding: r.problemsOutstanding,
            overdue: r.overdue,
          }),
          empty: 'No chronology requests have been made.',
          line: (r) =>
            `${r.agency}: asked ${documentDayText(r.createdAt)}${r.dueDate === null ? '' : `, due ${documentDayText(r.dueDate)}`} — ${status(r)}`,
        });
      });
    });
}
