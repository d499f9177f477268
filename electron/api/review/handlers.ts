import { existsSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { reviewApi } from '../../shared/api/review';
import { APP_VERSION } from '../../shared/version';
import type { HandlersFor } from '../handler-types';
import { defaultReviewDirectory } from '../../core/app/paths';
import { createReview, openReview, saveReviewAs, toSession } from '../../core/review/lifecycle';
import { countRows, listAudit } from '../../core/review/review-info';
import { auditRetentionDays, erasePermanently, setAuditRetentionDays } from '../../core/store/erasure';
import { setTermsOfReference, updateReviewMeta } from '../../core/review/review-meta';
import { decryptReviewFile, encryptReviewFile, rekeyReviewFile } from '../../core/store/encryption';
import type { AppContext } from '../../core/app/app-context';
import { CasewrightError } from '../../shared/errors';

export const reviewHandlers: HandlersFor<typeof reviewApi> = {
  'app.getInfo': (app) => ({
    version: APP_VERSION,
    edition: app.edition,
    settings: app.settings.get(),
    defaultReviewDirectory: defaultReviewDirectory(app.home),
    firstStart: !app.settings.get().sampleOffered,
  }),
  'settings.update': (app, patch) => app.settings.update(patch),
  // The title shown is the file's name: settings keep paths only (see settings-store).
  'review.listRecent': (app) =>
    app.settings.get().recent.map((item) => ({
      ...item,
      title: basename(item.path, extname(item.path)),
      exists: existsSync(item.path),
    })),
  'review.create': (app, args) =>
    createReview(app, {
      title: args.title,
      kind: args.kind,
      ...(args.grant === undefined ? {} : { path: app.grants.take(args.grant).path }),
      ...(args.passphrase === undefined ? {} : { passphrase: args.passphrase }),
    }),
  'review.open': (app, args) =>
    openReview(app, args.path, args.passphrase === undefined ? {} : { passphrase: args.passphrase }),
  'review.encrypt': (app, args) => inPlace(app, args.grant, (path) => encryptReviewFile(path, args.passphrase)),
  'review.rekey': (app, args) =>
    inPlace(app, args.grant, (path) => rekeyReviewFile(path, args.passphrase, args.newPassphrase)),
  'review.decrypt': (app, args) => inPlace(app, args.grant, (path) => decryptReviewFile(path, args.passphrase)),
  // Loaded on first use: the sample's content is large and most calls never need it.
  'review.openSample': async (app) => (await import('../../core/review/open-sample')).openSample(app),
  'review.close': (app, args) => ({ closed: app.reviews.close(args.reviewId) }),

  // With the migration note, so the window can say where the pre-update copy was kept.
  'review.getSession': (ctx) => toSession(ctx.app.reviews.opened(ctx.review.id)),
  'review.getCounts': (ctx) => countRows(ctx.review.db),
  'review.updateMeta': (ctx, patch) => ctx.review.write('Edit review details', (db) => updateReviewMeta(db, patch)),
  'review.updateTermsOfReference': (ctx, args) =>
    ctx.review.write('Edit terms of reference', (db) => setTermsOfReference(db, args.termsOfReference)),
  'review.listHistory': (ctx) => ctx.review.history(),
  'review.undo': (ctx) => ctx.review.undo(),
  'review.redo': (ctx) => ctx.review.redo(),
  'review.saveAs': (ctx, args) => saveReviewAs(ctx.app, ctx.review, ctx.app.grants.take(args.grant).path),
  'review.listAudit': (ctx, args) => listAudit(ctx.review.db, args),
  'review.erasePermanently': (ctx) => erasePermanently(ctx.review),
  'review.getAuditRetention': (ctx) => ({ days: auditRetentionDays(ctx.review.db) }),
  'review.updateAuditRetention': (ctx, args) => ({ days: setAuditRetentionDays(ctx.review, args.days) }),
};

/** Changes the key of a closed review file the user chose; refused while this app has the file open. */
function inPlace(app: AppContext, grant: string, change: (path: string) => void): { readonly path: string } {
  const path = resolve(app.grants.take(grant).path);
  if (app.reviews.list().some((handle) => resolve(handle.path) === path))
    throw new CasewrightError('refused', `${basename(path)} is open: close it first`);
  change(path);
  return { path };
}
