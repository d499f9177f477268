import { z } from 'zod';
import { reviewCommand, reviewQuery } from './define';
import { jobIdSchema } from './jobs';
import {
  dismissReasonSchema,
  falseMatchReasonSchema,
  insightRuleIdSchema,
  insightThresholdsSchema,
  patternIdSchema,
  type InsightDismissal,
  type InsightFalseMatch,
  type InsightReport,
  type InsightThresholdsState,
} from '../domain/insight';

/** What creating a finding draft from a pattern returns: enough for the UI to open it. */
export interface InsightFindingDraft {
  readonly findingId: number;
  readonly number: number;
  readonly title: string;
  readonly evidenceEntryIds: readonly string[];
}

export const insightApi = {
  /**
   * Runs every enabled rule over the review's chronology and people register. With a job id the
   * page can follow its progress (`jobs.getProgress`) and cancel it (`jobs.cancel`).
   */
  'insight.run': reviewQuery(() => z.object({ jobId: jobIdSchema.optional() })).returns<InsightReport>(),
  'insight.getThresholds': reviewQuery(() => z.object({})).returns<InsightThresholdsState>(),
  /** Keeps the reviewer's own thresholds in the review (audited, undoable). */
  'insight.updateThresholds': reviewCommand(() =>
    z.object({ thresholds: insightThresholdsSchema }),
  ).returns<InsightThresholdsState>(),
  'insight.resetThresholds': reviewCommand(() => z.object({})).returns<InsightThresholdsState>(),
  'insight.dismiss': reviewCommand(() =>
    z.object({ patternId: patternIdSchema, reason: dismissReasonSchema }),
  ).returns<{
    readonly patternId: string;
    readonly dismissal: InsightDismissal;
  }>(),
  'insight.restore': reviewCommand(() => z.object({ patternId: patternIdSchema })).returns<{
    readonly patternId: string;
  }>(),
  /** Marks an entry the pattern matched as a false match for its rule(s) in this review (audited, undoable). */
  'insight.addFalseMatch': reviewCommand(() =>
    z.object({ patternId: patternIdSchema, entryId: z.string().regex(/^\d+$/), reason: falseMatchReasonSchema }),
  ).returns<readonly InsightFalseMatch[]>(),
  'insight.removeFalseMatch': reviewCommand(() =>
    z.object({ ruleId: insightRuleIdSchema, entryId: z.string().regex(/^\d+$/) }),
  ).returns<{ readonly entryId: string }>(),
  'insight.addFinding': reviewCommand(() => z.object({ patternId: patternIdSchema })).returns<InsightFindingDraft>(),
} as const;
