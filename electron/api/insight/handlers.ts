import type { insightApi } from '../../shared/api/insight';
import type { HandlersFor } from '../handler-types';
import { restorePattern } from '../../core/insight/dismissals';
import { createFindingFromPattern } from '../../core/insight/finding-draft';
import { unmarkFalseMatch } from '../../core/insight/false-matches';
import { dismissReviewPattern, markReviewFalseMatch, runReviewInsightWithHooks } from '../../core/insight/service';
import { runAsJob } from '../../core/jobs/registry';
import { clearThresholds, saveThresholds, thresholdsState } from '../../core/insight/threshold-store';

export const insightHandlers: HandlersFor<typeof insightApi> = {
  'insight.run': (ctx, args) =>
    runAsJob(ctx.app.jobs, args.jobId, (hooks) =>
      runReviewInsightWithHooks(ctx.review.db, ctx.app.templatesDir, hooks),
    ),
  'insight.getThresholds': (ctx) => thresholdsState(ctx.review.db, ctx.app.templatesDir),
  'insight.updateThresholds': (ctx, args) =>
    ctx.review.write('Change insight thresholds', (db) => {
      saveThresholds(db, args.thresholds, ctx.review.actor());
      return thresholdsState(db, ctx.app.templatesDir);
    }),
  'insight.resetThresholds': (ctx) =>
    ctx.review.write('Reset insight thresholds', (db) => {
      clearThresholds(db);
      return thresholdsState(db, ctx.app.templatesDir);
    }),
  'insight.dismiss': (ctx, args) =>
    ctx.review.write('Dismiss insight pattern', (db) => ({
      patternId: args.patternId,
      dismissal: dismissReviewPattern(db, ctx.app.templatesDir, args.patternId, args.reason, ctx.review.actor()),
    })),
  'insight.restore': (ctx, args) =>
    ctx.review.write('Restore insight pattern', (db) => {
      restorePattern(db, args.patternId, ctx.review.actor());
      return { patternId: args.patternId };
    }),
  'insight.addFalseMatch': (ctx, args) =>
    ctx.review.write('Mark insight false match', (db) =>
      markReviewFalseMatch(db, ctx.app.templatesDir, args.patternId, args.entryId, args.reason, ctx.review.actor()),
    ),
  'insight.removeFalseMatch': (ctx, args) =>
    ctx.review.write('Unmark insight false match', (db) => {
      unmarkFalseMatch(db, args.ruleId, args.entryId, ctx.review.actor());
      return { entryId: args.entryId };
    }),
  'insight.addFinding': (ctx, args) =>
    ctx.review.write('Create finding from insight pattern', (db) =>
      createFindingFromPattern(db, ctx.app.templatesDir, args.patternId),
    ),
};
