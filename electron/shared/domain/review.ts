import { z } from 'zod';
import type { RichText } from '../lexical/types';

/** The kinds of review Casewright writes, with the names reviewers use for them. */
export const REVIEW_KINDS = ['lcspr', 'scr', 'cpr', 'susr', 'dhr'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];
export const reviewKindSchema = z.enum(REVIEW_KINDS);

export const REVIEW_KIND_LABELS: Readonly<Record<ReviewKind, string>> = {
  lcspr: 'Local Child Safeguarding Practice Review (England)',
  scr: 'Serious Case Review (England, before 2019)',
  cpr: 'Child Practice Review (Wales)',
  susr: 'Single Unified Safeguarding Review (Wales)',
  dhr: 'Domestic Homicide Review',
};

export const REVIEW_STATUSES = ['draft', 'panel-review', 'final', 'published'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const reviewStatusSchema = z.enum(REVIEW_STATUSES);

/** An ISO calendar day, e.g. 2021-02-03. */
export const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a full date such as 2021-02-03')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'That date does not exist');

export interface ReviewMeta {
  readonly title: string;
  readonly kind: ReviewKind;
  readonly partnership: string;
  readonly author: string;
  readonly status: ReviewStatus;
  readonly scopeStart: string | null;
  readonly scopeEnd: string | null;
  readonly termsOfReference: RichText | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const titleSchema = z
  .string()
  .trim()
  .min(1, 'A review needs a title')
  .max(300, 'Keep the title under 300 characters');

export const reviewMetaPatchSchema = z
  .object({
    title: titleSchema,
    kind: reviewKindSchema,
    partnership: z.string().trim().max(300),
    author: z.string().trim().max(200),
    status: reviewStatusSchema,
    scopeStart: isoDaySchema.nullable(),
    scopeEnd: isoDaySchema.nullable(),
  })
  .partial()
  .refine((patch) => patch.scopeStart == null || patch.scopeEnd == null || patch.scopeStart <= patch.scopeEnd, {
    message: 'The scope must start before it ends',
    path: ['scopeEnd'],
  });
export type ReviewMetaPatch = z.infer<typeof reviewMetaPatchSchema>;

/** What the app knows about one open review. */
export interface ReviewSession {
  readonly reviewId: string;
  readonly path: string;
  readonly meta: ReviewMeta;
  readonly schemaVersion: number;
  /** The backup kept beside the file when opening it migrated an older format. */
  readonly migratedFrom: { readonly version: number; readonly backupPath: string } | null;
}

export interface ReviewCounts {
  readonly [table: string]: number;
}

export interface RecentReview {
  readonly path: string;
  readonly title: string;
  readonly openedAt: string;
  readonly exists: boolean;
}

export interface HistoryState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
}

export interface AuditEntry {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
  readonly label: string;
  readonly kind: string;
  readonly table: string | null;
  readonly rowKey: string | null;
  readonly action: string | null;
  readonly before: unknown;
  readonly after: unknown;
}
