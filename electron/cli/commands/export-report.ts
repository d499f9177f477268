/** The report, briefing and panel-draft options of `casewright export`. */
import { resolve } from 'node:path';
import { CasewrightError } from '../../shared/errors';
import type { ExportResult } from '../../shared/domain/report';
import type { ExportEnv } from '../../export/report/export-service';
import type { ReviewContext } from '../../api/handler-types';
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

const env = (ctx: ReviewContext): ExportEnv => ({ db: ctx.review.db, places: { templatesDir: ctx.app.templatesDir, appHome: ctx.app.home } });

function describe(what: string, result: ExportResult): string {
  const omitted = result.omitted.length === 0 ? '' : `\nLeft out: ${result.omitted.join('; ')}`;
  return `Wrote ${what} to ${result.path} (${Math.round(result.bytes / 1024)} KB, ${result.milliseconds} ms)${omitted}`;
}

export function reportOutputs(file: string, options: ReportCliOptions, cli: CliContext): (() => Promise<void>)[] {
  if (options.draft === true && options.report === undefined) throw new CasewrightError('invalid-arguments', '--draft goes with --report <out.docx>');
  if (options.onePage === true && options.briefing === undefined) throw new CasewrightError('invalid-arguments', '--one-page goes with --briefing <out.docx>');
  if (options.fullChronology === true && options.report === undefined) throw new CasewrightError('invalid-arguments', '--full-chronology goes with --report <out.docx>');
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
      // The Word writer loads only for an export, so other commands start without it.
      const { exportReport } = await import('../../export/report/export-service');
      const full = options.fullChronology === true ? { fullChronology: true } : {};
      const result = await cli.withReview(file, (ctx) => exportReport(env(ctx), target(report, pdf), { draft, ...template, ...full }));
      cli.print(describe(draft ? 'the draft report (watermarked, contains identifying information)' : 'the publication report', result));
    });
  }
  if (briefing !== undefined) {
    outputs.push(async () => {
      const { exportBriefing } = await import('../../export/report/export-service');
      const result = await cli.withReview(file, (ctx) => exportBriefing(env(ctx), target(briefing, pdf), { onePage: options.onePage === true }));
      cli.print(describe(options.onePage === true ? 'the one-page learning brief' : 'the 7-minute briefing', result));
    });
  }
  if (panelDraft !== undefined) {
    outputs.push(async () => {
      const { exportPanelDraft } = await import('../../export/panel/panel-draft');
      const result = await cli.withReview(file, (ctx) => exportPanelDraft(env(ctx), target(panelDraft, pdf), options.template));
      cli.print(describe('the panel draft (watermarked, bookmarked for comments)', result));
    });
  }
  return outputs;
}
