import type { reportApi } from '../../shared/api/report';
import { exportPanelDraft } from '../../export/panel/panel-draft';
import {
  exportBriefing,
  exportReport,
  checkReportPublication,
  type ExportEnv,
} from '../../export/report/export-service';
import type { HandlersFor, ReviewContext } from '../handler-types';
import { openOutputSink } from '../save-output';
import { runAsJob } from '../../core/jobs/registry';
import {
  setGlossaryDefinition,
  setSectionText,
  updateBriefingContent,
  updateReportSettings,
} from '../../core/report/settings';
import { findBriefingTemplate, findReportTemplate } from '../../core/report/templates';
import { briefingView, defaultExportPath, reportGlossary, reportSections, reportTemplates } from './views';

const places = (ctx: ReviewContext) => ({ templatesDir: ctx.app.templatesDir, appHome: ctx.app.home });
const env = (ctx: ReviewContext): ExportEnv => ({ db: ctx.review.db, places: places(ctx) });

export const reportHandlers: HandlersFor<typeof reportApi> = {
  'report.listTemplates': (ctx) => reportTemplates(ctx.review.db, places(ctx)),
  'report.updateTemplates': (ctx, args) => {
    // Refuse an id that does not load, so an export never finds a dangling choice.
    if (args.templateId != null) findReportTemplate(ctx.app.templatesDir, ctx.app.home, args.templateId);
    if (args.briefingTemplateId != null)
      findBriefingTemplate(ctx.app.templatesDir, ctx.app.home, args.briefingTemplateId);
    return ctx.review.write('Choose report template', (db) =>
      updateReportSettings(db, {
        ...(args.templateId === undefined ? {} : { templateId: args.templateId }),
        ...(args.briefingTemplateId === undefined ? {} : { briefingTemplateId: args.briefingTemplateId }),
      }),
    );
  },
  'report.listSections': (ctx) => reportSections(ctx.review.db, places(ctx)),
  'report.updateSectionText': (ctx, args) =>
    ctx.review.write('Edit report section', (db) => setSectionText(db, args.key, args.body)),
  'report.listGlossary': (ctx) => reportGlossary(ctx.review.db, places(ctx)),
  'report.updateGlossaryDefinition': (ctx, args) => {
    ctx.review.write('Edit glossary definition', (db) => setGlossaryDefinition(db, args.term, args.definition));
    return reportGlossary(ctx.review.db, places(ctx));
  },
  'report.getBriefing': (ctx) => briefingView(ctx.review.db, places(ctx)),
  'report.updateBriefing': (ctx, patch) =>
    ctx.review.write('Edit learning briefing', (db) => updateBriefingContent(db, patch)),
  'report.check': (ctx, args) => checkReportPublication(env(ctx), args.templateId),
  'report.getDefaultExportPath': (ctx, args) =>
    defaultExportPath(ctx.review.db, args.kind, { draft: args.draft, onePage: args.onePage, format: args.format }),
  'report.export': async (ctx, args) => {
    const templateId = args.templateId === undefined ? {} : { templateId: args.templateId };
    const suggested = defaultExportPath(ctx.review.db, args.kind, {
      draft: args.draft,
      onePage: args.onePage,
      format: args.format,
    });
    const sink = await openOutputSink(ctx.app, args.target, args.format, suggested);
    return runAsJob(ctx.app.jobs, args.jobId, async (hooks) => {
      const sinkEnv: ExportEnv = {
        ...env(ctx),
        writeOutput: (_path, buffer) => sink.write(buffer),
        onProgress: (fraction, step) =>
          hooks.onProgress?.({ step, done: Math.round(fraction * 100), total: 100, unit: 'percent' }),
        ...(hooks.signal === undefined ? {} : { signal: hooks.signal }),
      };
      const result = await (() => {
        switch (args.kind) {
          case 'report':
            return exportReport(sinkEnv, sink.path, {
              draft: args.draft,
              ...templateId,
              ...(args.fullChronology === undefined ? {} : { fullChronology: args.fullChronology }),
            });
          case 'briefing':
            return exportBriefing(sinkEnv, sink.path, { onePage: args.onePage, ...templateId });
          case 'panel-draft':
            return exportPanelDraft(sinkEnv, sink.path, args.templateId);
        }
      })();
      return { ...result, ...sink.saved() };
    });
  },
};
