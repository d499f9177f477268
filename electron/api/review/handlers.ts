import { existsSync } from 'node:fs';
import type { reviewApi } from '../../shared/api/review';
import { APP_VERSION } from '../../shared/version';
import type { HandlersFor } from '../handler-types';
import { defaultReviewDirectory } from '../../core/app/paths';
import { createReview, openReview, openSample, saveReviewAs, sessionOf } from '../../core/review/lifecycle';
import { countRows, listAudit } from '../../core/review/review-info';
import { setTermsOfReference, updateReviewMeta } from '../../core/review/review-meta';

export const reviewHandlers: HandlersFor<typeof reviewApi> = {
  'app.info': (app) => ({
    version: APP_VERSION,
    edition: app.edition,
    settings: app.settings.get(),
    defaultReviewDirectory: defaultReviewDirectory(app.home),
    firstStart: !app.settings.get().sampleOffered,
  }),
  'settings.update': (app, patch) => app.settings.update(patch),
  'review.recent': (app) =>
    app.settings.get().recent.map((item) => ({ ...item, exists: existsSync(item.path) })),
  'review.create': (app, args) => createReview(app, args),
  'review.open': (app, args) => openReview(app, args.path),
  'review.openSample': (app) => openSample(app),
  'review.close': (app, args) => ({ closed: app.reviews.close(args.reviewId) }),

  'review.session': (ctx) => sessionOf(ctx.review),
  'review.counts': (ctx) => countRows(ctx.review.db),
  'review.updateMeta': (ctx, patch) => ctx.review.write('Edit review details', (db) => updateReviewMeta(db, patch)),
  'review.setTermsOfReference': (ctx, args) =>
    ctx.review.write('Edit terms of reference', (db) => setTermsOfReference(db, args.termsOfReference)),
  'review.history': (ctx) => ctx.review.history(),
  'review.undo': (ctx) => ctx.review.undo(),
  'review.redo': (ctx) => ctx.review.redo(),
  'review.saveAs': (ctx, args) => saveReviewAs(ctx.app, ctx.review, args.path),
  'review.audit': (ctx, args) => listAudit(ctx.review.db, args),
};
