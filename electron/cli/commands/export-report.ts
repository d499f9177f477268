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
}

const env = (ctx: ReviewContext): ExportEnv => ({ db: ctx.review.db, places: { templatesDir: ctx.app.templatesDir, appHome: ctx.app.home } });

function describe(what: string, result: ExportResult): string {
  const omitted = result.omitted.length === 0 ? '' : `\nLeft out: ${result.omitted.join('; ')}`;
  return `Wrote ${what} to ${result.path} (${Math.round(result.bytes / 1024)} KB, ${result.milliseconds} ms)${omitted}`;
}

export function reportOutputs(file: string, options: ReportCliOptions, cli: CliContext): (() => Promise<void>)[] {
  if (options.draft === true && options.report === undefined) throw new CasewrightError('invalid-arguments', '--draft goes with --report <out.docx>');
  if (options.onePage === true && options.briefing === undefined) throw new CasewrightError('invalid-arguments', '--one-page goes with --briefing <out.docx>');
  const outputs: (() => Promise<void>)[] = [];
  const template = options.template === undefined ? {} : { templateId: options.template };
  const { report, briefing, panelDraft } = options;
  if (report !== undefined) {
    const draft = options.draft === true;
    outputs.push(async () => {
      // The Word writer loads only for an export, so other commands start without it.
      const { exportReport } = await import('../../export/report/export-service');
      const result = await cli.withReview(file, (ctx) => exportReport(env(ctx), resolve(report), { draft, ...template }));
      cli.print(describe(draft ? 'the draft report (watermarked, contains identifying information)' : 'the publication report', result));
    });
  }
  if (briefing !== undefined) {
    outputs.push(async () => {
      const { exportBriefing } = await import('../../export/report/export-service');
      const result = await cli.withReview(file, (ctx) => exportBriefing(env(ctx), resolve(briefing), { onePage: options.onePage === true }));
      cli.print(describe(options.onePage === true ? 'the one-page learning brief' : 'the 7-minute briefing', result));
    });
  }
  if (panelDraft !== undefined) {
    outputs.push(async () => {
      const { exportPanelDraft } = await import('../../export/panel/panel-draft');
      const result = await cli.withReview(file, (ctx) => exportPanelDraft(env(ctx), resolve(panelDraft), options.template));
      cli.print(describe('the panel draft (watermarked, bookmarked for comments)', result));
    });
  }
  return outputs;
}
