import { z } from 'zod';
import { saveTargetSchema, type SavedOutput } from './save-target';
import { appCommand, appQuery } from './define';
import { jobIdSchema } from './jobs';
import { REVIEW_KINDS } from '../domain/review';
import { tagDirections } from '../domain/taxonomy';
import { recommendationStatuses } from '../domain/recommendations';
import {
  crosswalkRelations,
  type BoardSummaryJson,
  type CharacteristicRow,
  type LibraryOverview,
  type RecommendationSummary,
  type SearchGroup,
  type StatusByYear,
  type ThemeFinding,
  type ThemeRow,
  type TrackedRecommendation,
} from '../domain/board';

/** Folders and review files that make up a library; checked again on the Node side. */
export const libraryRootsSchema = z
  .array(z.string().trim().min(1, 'Name a folder or review file').max(4096))
  .min(1, 'Name at least one folder or review file')
  .max(200)
  .readonly();

export const boardFilterSchema = z
  .object({
    files: z.array(z.string().max(4096)).max(10_000).readonly().optional(),
    kinds: z.array(z.enum(REVIEW_KINDS)).readonly().optional(),
    years: z.array(z.number().int().min(1900).max(2200)).readonly().optional(),
  })
  .default({});

const crosswalkChoiceSchema = z.object({
  targetTaxonomyId: z.string().min(1).max(200),
  relations: z.array(z.enum(crosswalkRelations)).min(1).default(['exact']),
});

export interface LibraryView extends LibraryOverview {
  readonly years: readonly number[];
  readonly agencies: readonly string[];
  readonly taxonomies: readonly { readonly id: string; readonly title: string }[];
  /** Crosswalks available to count themes in another framework. */
  readonly crosswalks: readonly {
    readonly id: string;
    readonly title: string;
    readonly taxonomies: readonly string[];
  }[];
  /** The frameworks themes can be counted in through those crosswalks, by title (never by id). */
  readonly crosswalkFrameworks: readonly { readonly id: string; readonly title: string }[];
}

export interface TrackerView {
  readonly rows: readonly TrackedRecommendation[];
  readonly summary: RecommendationSummary;
  readonly byYear: readonly StatusByYear[];
}

export interface BoardExportResult extends SavedOutput {
  readonly bytes: number;
}

export const boardApi = {
  /**
   * Scans the library: the first scan of a large folder reads every review, so the page follows it
   * with a job id ("120 of 500 reviews") and may cancel it, which leaves the library index unchanged.
   */
  'board.listReviews': appQuery(() =>
    z.object({ roots: libraryRootsSchema, jobId: jobIdSchema.optional() }),
  ).returns<LibraryView>(),
  /** The library in brief (themes, characteristics recorded, recommendations), with true counts. */
  'board.getSummary': appQuery(() => z.object({ roots: libraryRootsSchema })).returns<BoardSummaryJson>(),
  'board.listThemes': appQuery(() =>
    z.object({
      roots: libraryRootsSchema,
      filter: boardFilterSchema,
      taxonomyId: z.string().max(200).optional(),
      direction: z.enum(tagDirections).optional(),
      crosswalk: crosswalkChoiceSchema.optional(),
    }),
  ).returns<readonly ThemeRow[]>(),
  'board.listThemeFindings': appQuery(() =>
    z.object({
      roots: libraryRootsSchema,
      filter: boardFilterSchema,
      taxonomyId: z.string().min(1).max(200),
      termId: z.string().min(1).max(200),
      direction: z.enum(tagDirections).optional(),
      crosswalk: crosswalkChoiceSchema.optional(),
    }),
  ).returns<readonly ThemeFinding[]>(),
  'board.listCharacteristics': appQuery(() =>
    z.object({ roots: libraryRootsSchema, filter: boardFilterSchema }),
  ).returns<readonly CharacteristicRow[]>(),
  'board.listRecommendations': appQuery(() =>
    z.object({ roots: libraryRootsSchema, filter: boardFilterSchema, agency: z.string().max(300).optional() }),
  ).returns<TrackerView>(),
  'board.updateRecommendation': appCommand(() =>
    z.object({
      file: z.string().trim().min(1).max(4096),
      recommendationId: z.number().int().positive(),
      status: z.enum(recommendationStatuses),
      boardResponse: z.string().max(5000).optional(),
    }),
  ).returns<{ readonly recordedIn: 'review' | 'board-file'; readonly message: string }>(),
  'board.search': appQuery(() =>
    z.object({
      roots: libraryRootsSchema,
      text: z.string().trim().min(1, 'Type something to search for').max(500),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
  ).returns<readonly SearchGroup[]>(),
  /** Writes a file but changes no review; a command so the UI treats it as an action. */
  'board.export': appCommand(() =>
    z.object({
      roots: libraryRootsSchema,
      filter: boardFilterSchema,
      format: z.enum(['docx', 'xlsx']),
      target: saveTargetSchema,
    }),
  ).returns<BoardExportResult>(),
} as const;
