/** The report, briefing and panel-draft options of `casewright export`. */
import { dirname, resolve } from 'node:path';
import { ensureOwnerDir } from '../../core/files/owner-only';
import { CasewrightError } from '../../shared/errors';
import type { ExportResult } from '../../shared/domain/report';
import type { CliContext } from '../cli-context';

export interface ReportCliOptions {
  report?: string;
  template?: string;
  draft?: boolean;
  briefing?: string;
  onePage?: boolean;
  panelDraft?: string;
  pdf?: boolean;
  fullChronology?: boolean;
}

/** With --pdf, "out.docx" becomes "out.pdf"; a path already ending in .pdf is kept. */
function target(path: string, pdf: boolean): string {
  const absolute = resolve(path);
  return pdf && /\.docx$/i.test(absolute) ? absolute.replace(/\.docx$/i, '.pdf') : absolute;
}

/**
 * The export request for one document: the path the user typed, granted for this one write, and
 * the format its extension names. Checked here first so that a wrong extension is a usage error.
 */
function destination(
  cli: CliContext,
  path: string,
): { target: { to: 'grant'; grant: string }; format: 'docx' | 'pdf' } {
  const format = path.toLowerCase().endsWith('.pdf') ? 'pdf' : 'docx';
  if (format === 'docx' && !path.toLowerCase().endsWith('.docx')) {
    throw new CasewrightError('invalid-arguments', `${path}: an export must end in .docx (Word) or .pdf`, {
      problems: [{ file: path, reason: 'not a .docx or .pdf path' }],
    });
  }
  ensureOwnerDir(dirname(path));
  return { target: { to: 'grant', grant: cli.saveGrant(path) }, format };
}

function describe(what: string, result: ExportResult): string {
  const omitted = result.omitted.length === 0 ? '' : `\nLeft out: ${result.omitted.join('; ')}`;
  return `Wrote ${what} to ${result.path} (${Math.round(result.bytes / 1024)} KB, ${result.milliseconds} ms)${omitted}`;
}

export function reportOutputs(file: string, options: ReportCliOptions, cli: CliContext): (() => Promise<void>)[] {
  if (options.draft === true && options.report === undefined)
    throw new CasewrightError('invalid-arguments', '--draft goes with --report <out.docx>');
  if (options.onePage === true && options.briefing === undefined)
    throw new CasewrightError('invalid-arguments', '--one-page goes with --briefing <out.docx>');
  if (options.fullChronology === true && options.report === undefined)
    throw new CasewrightError('invalid-arguments', '--full-chronology goes with --report <out.docx>');
  const pdf = options.pdf === true;
  if (pdf && options.report === undefined && options.briefing === undefined && options.panelDraft === undefined) {
    throw new CasewrightError('invalid-arguments', '--pdf goes with --report, --briefing or --panel-draft');
  }
  const outputs: (() => Promise<void>)[] = [];
  const template = options.template === undefined ? {} : { templateId: options.template };
  const { report, briefing, panelDraft } = options;
  if (report !== undefined) {
    const draft = options.draft === true;
    outputs.push(async () => {
      const full = options.fullChronology === true ? { fullChronology: true } : {};
      const result = await cli.withReview(file, (ctx) =>
        cli.withProgress((jobId) =>
          cli.call(
            'report.export',
            { kind: 'report', ...destination(cli, target(report, pdf)), draft, ...template, ...full, jobId },
            ctx.review.id,
          ),
        ),
      );
      cli.print(
        describe(
          draft ? 'the draft report (watermarked, contains identifying information)' : 'the publication report',
          result,
        ),
      );
    });
  }
  if (briefing !== undefined) {
    outputs.push(async () => {
      const result = await cli.withReview(file, (ctx) =>
        cli.call(
          'report.export',
          { kind: 'briefing', ...destination(cli, target(briefing, pdf)), onePage: options.onePage === true },
          ctx.review.id,
        ),
      );
      cli.print(describe(options.onePage === true ? 'the one-page learning brief' : 'the 7-minute briefing', result));
    });
  }
  if (panelDraft !== undefined) {
    outputs.push(async () => {
      const result = await cli.withReview(file, (ctx) =>
        cli.call(
          'report.export',
          { kind: 'panel-draft', ...destination(cli, target(panelDraft, pdf)), ...template },
          ctx.review.id,
        ),
      );
      cli.print(describe('the panel draft (watermarked, bookmarked for comments)', result));
    });
  }
  return outputs;
}
