import { z } from 'zod';
import type { RichText } from '../lexical/types';
import type { PublicationCheck } from './people';

/**
 * Report and briefing templates are data (templates/reports/*.json, templates/briefings/*.json):
 * partnerships copy one into `<app home>/templates/reports/` and change it. This zod schema is the
 * one definition of a valid template; files are checked against it on load and errors name the file.
 */

export const templateIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and hyphens, e.g. "lcspr-westmoor"');

const hexColour = z.string().regex(/^[0-9A-Fa-f]{6}$/, 'Use a six-digit hex colour without #, e.g. 1F3864');

/** Blocks the builder generates from review data (everything else is the reviewer's own text). */
export const generatedBlocks = [
  'section-text',
  'terms-of-reference',
  'family-table',
  'equality-analysis',
  'chronology-summary',
  'key-practice-episodes',
  'findings',
  'good-practice',
  'recommendations',
  'glossary',
  'timeline-figure',
  'chronology-appendix',
  'contributors-table',
  'review-panel',
  'action-plan',
  'reviewer-declaration',
  'chair-declaration',
] as const;
export type GeneratedBlock = (typeof generatedBlocks)[number];

export const generatedBlockLabels: Readonly<Record<GeneratedBlock, string>> = {
  'section-text': 'The reviewer’s text for this section',
  'terms-of-reference': 'Terms of reference',
  'family-table': 'Family composition table (pseudonyms, roles, ages, characteristics)',
  'equality-analysis': 'Equality and diversity: what was and was not known',
  'chronology-summary': 'Summary of key chronology entries',
  'key-practice-episodes': 'Key practice episodes',
  findings: 'Findings with type, tags and evidence',
  'good-practice': 'Good practice findings',
  recommendations: 'Recommendations table',
  glossary: 'Glossary of abbreviations used',
  'timeline-figure': 'Timeline figure (agency swimlanes)',
  'chronology-appendix': 'Full chronology (drafts and panel copies; publication only on request)',
  'contributors-table': 'Contributors: each agency and what it provided',
  'review-panel': 'The review panel: each member’s name, role and agency',
  'action-plan': 'Action plan (recommendation, action, lead agency, milestones, target date, completed)',
  'reviewer-declaration': 'Reviewer’s declaration with signature lines',
  'chair-declaration': 'Panel chair’s declaration with signature lines',
};

export const reportStyleSchema = z.object({
  bodyFont: z.string().min(1).max(60),
  headingFont: z.string().min(1).max(60),
  bodySize: z.number().min(8).max(16),
  headingSizes: z.tuple([z.number().min(8).max(32), z.number().min(8).max(32), z.number().min(8).max(32)]),
  headingColour: hexColour,
  tableHeaderFill: hexColour,
  tableHeaderText: hexColour,
  paragraphSpacingAfter: z.number().min(0).max(36),
  lineSpacing: z.number().min(1).max(3),
  numberParagraphs: z.boolean(),
  numberHeadings: z.boolean(),
  /** PNG file next to the template (relative path), shown on the title page. */
  logo: z
    .object({
      file: z
        .string()
        .min(1)
        .regex(/\.png$/i, 'The logo must be a PNG file'),
      altText: z.string().min(1),
    })
    .nullable()
    .default(null),
});
export type ReportStyle = z.infer<typeof reportStyleSchema>;

export const templateSectionSchema = z.object({
  /** Stable key: the reviewer's text for the section is stored under it; anchors use it (cw_p_s_<key>_n). */
  key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Section keys are lower-case slugs'),
  heading: z.string().min(1).max(200),
  /** Shown in the section editor as a prompt; never exported. */
  guidance: z.string().max(2000).default(''),
  blocks: z.array(z.enum(generatedBlocks)).min(1),
  /** Appendices start on a new page. */
  appendix: z.boolean().default(false),
  /**
   * A section the guidance expects in every report: a publication export is refused while its
   * reviewer's text is empty. Sections of generated blocks only (glossary, tables) are never empty.
   */
  required: z.boolean().default(true),
  /** Where the guidance asks for this section (document and paragraph), so a partnership can check. */
  source: z.string().max(500).default(''),
});
export type TemplateSection = z.infer<typeof templateSectionSchema>;

export const reportTemplateSchema = z
  .object({
    id: templateIdSchema,
    version: z.string().min(1),
    title: z.string().min(1),
    /** Subject written into the document properties and the title page subtitle. */
    documentType: z.string().min(1),
    reviewKinds: z.array(z.enum(['lcspr', 'scr', 'cpr', 'susr', 'dhr'])).min(1),
    source: z.string().default(''),
    /** Whose review it is: "child" reviews say "relationship to the child"; "adult" (DHR/DARDR) "to the victim". */
    subject: z.enum(['child', 'adult']).default('child'),
    sections: z.array(templateSectionSchema).min(1),
    style: reportStyleSchema,
  })
  .superRefine((template, ctx) => {
    const seen = new Set<string>();
    template.sections.forEach((section, index) => {
      if (seen.has(section.key))
        ctx.addIssue({
          code: 'custom',
          message: `Section key "${section.key}" is used twice`,
          path: ['sections', index, 'key'],
        });
      seen.add(section.key);
    });
  });
export type ReportTemplate = z.infer<typeof reportTemplateSchema>;

/** The seven parts of a 7-minute briefing, in order. */
export const briefingParts = ['background', 'why-it-matters', 'learning', 'things-to-note', 'what-to-do'] as const;
export type BriefingPart = (typeof briefingParts)[number];

export const briefingTemplateSchema = z.object({
  id: templateIdSchema,
  version: z.string().min(1),
  title: z.string().min(1),
  /**
   * seven-grid: the familiar 7-minute briefing graphic, seven numbered segments around the
   * title on one landscape A4 page, then an action-plan page for team meetings.
   * one-page: a portrait page, no page breaks, smaller type. seven-pages: each part on its own page.
   */
  layout: z.enum(['seven-grid', 'seven-pages', 'one-page']),
  parts: z
    .array(
      z.object({ part: z.enum(briefingParts), heading: z.string().min(1).max(120), guidance: z.string().default('') }),
    )
    .min(1),
  /** How many key learning points (the 7-minute format uses three). */
  learningPoints: z.number().int().min(1).max(5),
  style: reportStyleSchema,
});
export type BriefingTemplate = z.infer<typeof briefingTemplateSchema>;

export interface TemplateSummary {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly origin: 'built-in' | 'user';
  readonly reviewKinds?: readonly string[];
}

/** Reviewer-edited briefing text, stored in the review (migration 005). Null fields are generated. */
export interface BriefingContent {
  readonly background: string | null;
  readonly whyItMatters: string | null;
  /** Edited learning points; null means "one per finding marked for the briefing". */
  readonly learningPoints: readonly string[] | null;
  readonly thingsToNote: string | null;
  readonly whatToDo: string | null;
  readonly reflectiveQuestions: readonly string[];
}

export const briefingContentPatchSchema = z
  .object({
    background: z.string().max(5000).nullable(),
    whyItMatters: z.string().max(5000).nullable(),
    learningPoints: z.array(z.string().max(2000)).max(5).nullable(),
    thingsToNote: z.string().max(5000).nullable(),
    whatToDo: z.string().max(5000).nullable(),
    reflectiveQuestions: z.array(z.string().min(1).max(500)).max(10),
  })
  .partial();
export type BriefingContentPatch = z.infer<typeof briefingContentPatchSchema>;

export interface GlossaryEntry {
  readonly term: string;
  readonly definition: string;
  /** 'review': the reviewer's own definition; 'default': the built-in one. */
  readonly origin: 'review' | 'default';
  /** Times the term appears in the report text. */
  readonly uses: number;
}

export interface ReportSettings {
  readonly templateId: string | null;
  readonly briefingTemplateId: string | null;
}

export interface SectionText {
  readonly key: string;
  readonly body: RichText | null;
}

/** The leak check over a publication built in memory, plus the blocks that could not be built. */
/** Where the reviewer fixes a readiness problem; the UI turns it into a link. */
export type ReadinessPlace =
  | { readonly area: 'overview' }
  | { readonly area: 'report-section'; readonly key: string }
  | { readonly area: 'finding'; readonly findingId: number }
  | { readonly area: 'recommendations'; readonly recommendationId?: number }
  | { readonly area: 'findings' }
  | { readonly area: 'chronology' }
  | { readonly area: 'glossary'; readonly term: string }
  /** The People area, at its register or its protected characteristics. */
  | { readonly area: 'people'; readonly tab: 'register' | 'completeness' }
  /** The learning briefing's editor in the Report area. */
  | { readonly area: 'briefing' };

/**
 * Something that stops a report being published as it stands (an empty required section,
 * placeholder text, a finding without evidence…). `section` is where it shows in the report,
 * `problem` what is wrong, `fix` where to put it right, in the reviewer's words.
 */
export interface ReadinessProblem {
  readonly section: string;
  readonly problem: string;
  readonly fix: string;
  readonly place: ReadinessPlace;
}

export interface PublicationCheckResult extends PublicationCheck {
  /** Blocks left out because their data is not available in this build. */
  readonly omitted: readonly string[];
  /** What must be finished before a publication export is allowed; empty when ready. */
  readonly readiness: readonly ReadinessProblem[];
}

export const exportKinds = ['report', 'briefing', 'panel-draft'] as const;
export type ExportKind = (typeof exportKinds)[number];

export interface ExportResult {
  readonly path: string;
  readonly bytes: number;
  readonly milliseconds: number;
  readonly draft: boolean;
  readonly omitted: readonly string[];
}
