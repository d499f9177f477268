import { z } from 'zod';
import { reviewCommand, reviewQuery } from './define';
import { jobIdSchema } from './jobs';
import { richTextSchema } from './review';
import { saveTargetSchema, type SavedOutput } from './save-target';
import {
  briefingContentPatchSchema,
  templateIdSchema,
  type BriefingContent,
  type ExportResult,
  type GlossaryEntry,
  type PublicationCheckResult,
  type ReportSettings,
  type SectionText,
  type TemplateSummary,
} from '../domain/report';

export interface ReportTemplates {
  readonly reports: readonly TemplateSummary[];
  readonly briefings: readonly TemplateSummary[];
  readonly settings: ReportSettings;
  /** The template an export uses when none is chosen. */
  readonly effectiveTemplateId: string;
}

export interface ReportSectionView {
  readonly key: string;
  readonly heading: string;
  readonly guidance: string;
  /** True when the section holds the reviewer's own text (not only generated blocks). */
  readonly editable: boolean;
  readonly body: SectionText['body'];
}

export interface BriefingView {
  readonly content: BriefingContent;
  /** What the learning points would be if not edited: one per finding marked for the briefing. */
  readonly generatedLearningPoints: readonly string[];
  readonly markedFindings: number;
}

export const reportApi = {
  'report.listTemplates': reviewQuery(() => z.object({})).returns<ReportTemplates>(),
  'report.updateTemplates': reviewCommand(() =>
    z.object({
      templateId: templateIdSchema.nullable().optional(),
      briefingTemplateId: templateIdSchema.nullable().optional(),
    }),
  ).returns<ReportSettings>(),
  'report.listSections': reviewQuery(() => z.object({})).returns<readonly ReportSectionView[]>(),
  'report.updateSectionText': reviewCommand(() =>
    z.object({ key: z.string().regex(/^[a-z0-9-]+$/), body: richTextSchema.nullable() }),
  ).returns<SectionText>(),
  'report.listGlossary': reviewQuery(() => z.object({})).returns<readonly GlossaryEntry[]>(),
  'report.updateGlossaryDefinition': reviewCommand(() =>
    z.object({
      term: z
        .string()
        .trim()
        .min(1)
        .max(20)
        .regex(/^[A-Za-z0-9]+$/, 'Letters and digits only'),
      definition: z.string().max(500),
    }),
  ).returns<readonly GlossaryEntry[]>(),
  'report.getBriefing': reviewQuery(() => z.object({})).returns<BriefingView>(),
  'report.updateBriefing': reviewCommand(() => briefingContentPatchSchema).returns<BriefingContent>(),
  'report.check': reviewQuery(() =>
    z.object({ templateId: templateIdSchema.optional() }),
  ).returns<PublicationCheckResult>(),
  'report.getDefaultExportPath': reviewQuery(() =>
    z.object({
      kind: z.enum(['report', 'briefing', 'panel-draft']),
      draft: z.boolean().default(false),
      onePage: z.boolean().default(false),
      format: z.enum(['docx', 'pdf']).default('docx'),
    }),
  ).returns<string>(),
  /** Writes a file but changes nothing in the review; a command so the UI treats it as an action. */
  'report.export': reviewCommand(() =>
    z.object({
      kind: z.enum(['report', 'briefing', 'panel-draft']),
      target: saveTargetSchema,
      templateId: templateIdSchema.optional(),
      draft: z.boolean().default(false),
      onePage: z.boolean().default(false),
      /** A Word document, or a tagged PDF made from it by LibreOffice. */
      format: z.enum(['docx', 'pdf']).default('docx'),
      /** Append the full chronology to a publication report (drafts always carry it). */
      fullChronology: z.boolean().optional(),
      /** Follow the stages, and cancel (no file is written), with `jobs.getProgress` and `jobs.cancel`. */
      jobId: jobIdSchema.optional(),
    }),
  ).returns<ExportResult & SavedOutput>(),
} as const;
