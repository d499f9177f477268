import type { Command } from 'commander';
import { extname, resolve } from 'node:path';
import { CasewrightError } from '../../shared/errors';
import type { CliContext } from '../cli-context';
import { reportOutputs, type ReportCliOptions } from './export-report';

/** Options of `casewright export`; each output kind adds its own option. */
export interface ExportOptions extends ReportCliOptions {
  chronology?: string;
}

function chronologyFormat(path: string): 'xlsx' | 'csv' {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.csv') return 'csv';
  throw new CasewrightError('invalid-arguments', `--chronology ${path}: the file must end in .xlsx or .csv`);
}

export function registerExportCommands(program: Command, cli: CliContext): void {
  program
    .command('export')
    .description(
      'Export from a review: the Word report, learning briefing or panel draft (.docx), or the merged chronology (.xlsx or .csv)',
    )
    .argument('<file.cwr>', 'the review file')
    .option('--chronology <out>', 'write the merged chronology, sorted by date, to .xlsx or .csv')
    .option(
      '--report <out.docx>',
      'write the report (publication version unless --draft; refused while the leak check or readiness check fails)',
    )
    .option('--template <id>', 'report template id (default: the one chosen in the review, else by review kind)')
    .option('--draft', 'with --report: the unanonymised internal draft, watermarked on every page')
    .option('--briefing <out.docx>', 'write the anonymised 7-minute learning briefing')
    .option('--one-page', 'with --briefing: the one-page learning brief instead')
    .option(
      '--panel-draft <out.docx>',
      'write the watermarked draft for the panel, each finding and paragraph bookmarked',
    )
    .option(
      '--pdf',
      'write each document as a tagged, accessible PDF instead (needs LibreOffice); out.docx becomes out.pdf',
    )
    .option(
      '--full-chronology',
      'with --report: append the full chronology to the publication report (drafts always carry it)',
    )
    .action(async (file: string, options: ExportOptions) => {
      const outputs: (() => Promise<void>)[] = [];
      if (options.chronology !== undefined) {
        const out = resolve(options.chronology);
        const format = chronologyFormat(out);
        outputs.push(async () => {
          const result = await cli.withReview(file, (ctx) =>
            cli.withProgress((jobId) =>
              cli.call(
                'chronology.export',
                { target: { to: 'grant', grant: cli.saveGrant(out) }, format, jobId },
                ctx.review.id,
              ),
            ),
          );
          cli.print(`Wrote ${result.rows} chronology entries to ${result.path}`);
        });
      }
      outputs.push(...reportOutputs(file, options, cli));
      if (outputs.length === 0)
        throw new CasewrightError(
          'invalid-arguments',
          'Nothing to export: give --chronology <out.xlsx|out.csv>, --report, --briefing or --panel-draft <out.docx>',
        );
      for (const output of outputs) await output();
    });
}
