import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ReviewKind, ReviewSession } from '../../shared/domain/review';
import { CasewrightError } from '../../shared/errors';
import type { AppContext } from '../app/app-context';
import type { OpenedReview } from '../app/open-reviews';
import { defaultReviewDirectory } from '../app/paths';
import { createEmptyOwnerFile, ensureOwnerDir } from '../files/owner-only';
import { checkOutputPath } from '../files/output-path';
import { LATEST_SCHEMA_VERSION } from '../store/migrations';
import type { ReviewHandle } from '../store/review-handle';
import { applyAuditRetention } from '../store/erasure';
import { insertReviewMeta, readReviewMeta } from './review-meta';

export function toSession(opened: OpenedReview): ReviewSession {
  return sessionOf(opened.handle, opened.migratedFrom);
}

export interface CreateReviewInput {
  /** Where to create it; the reviews folder when absent. The folder must exist. */
  readonly path?: string;
  readonly title: string;
  readonly kind: ReviewKind;
  /** Encrypt the new review with this passphrase. */
  readonly passphrase?: string;
}

export function sessionOf(handle: ReviewHandle, migratedFrom: ReviewSession['migratedFrom'] = null): ReviewSession {
  return {
    reviewId: handle.id,
    path: handle.path,
    meta: readReviewMeta(handle.db),
    schemaVersion: LATEST_SCHEMA_VERSION,
    migratedFrom,
  };
}

/** A file name made from a title, without characters that some systems refuse. */
export function fileNameForTitle(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9 ._-]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, 80);
  return `${stem === '' ? 'Review' : stem}.cwr`;
}

function uniquePath(directory: string, fileName: string): string {
  let candidate = join(directory, fileName);
  for (let n = 2; existsSync(candidate); n += 1) candidate = join(directory, fileName.replace(/\.cwr$/, ` (${n}).cwr`));
  return candidate;
}

export function createReview(app: AppContext, input: CreateReviewInput): ReviewSession {
  let path: string;
  if (input.path === undefined) {
    const folder = defaultReviewDirectory(app.home);
    ensureOwnerDir(folder);
    path = uniquePath(folder, fileNameForTitle(input.title));
  } else {
    path = checkOutputPath(resolve(input.path), 'review');
  }
  const opened = app.reviews.create(
    path,
    (handle) =>
      handle.write('Create review', (db) => insertReviewMeta(db, { title: input.title, kind: input.kind }), {
        kind: 'create',
      }),
    input.passphrase === undefined ? {} : { passphrase: input.passphrase },
  );
  app.settings.rememberRecent(path);
  return toSession(opened);
}

export function openReview(
  app: AppContext,
  path: string,
  options: { readonly passphrase?: string } = {},
): ReviewSession {
  const opened = app.reviews.open(path, options);
  // The review's own retention setting: before-images older than it are purged on opening.
  applyAuditRetention(opened.handle);
  const session = toSession(opened);
  app.settings.rememberRecent(session.path);
  return session;
}

/**
 * Save As: writes a consistent copy (VACUUM INTO) at the new path, then the session continues on
 * the copy, as in any desktop editor. The original stays as it was.
 */
export function saveReviewAs(app: AppContext, handle: ReviewHandle, targetPath: string): ReviewSession {
  const target = checkOutputPath(resolve(targetPath), 'review');
  if (target === handle.path) throw new CasewrightError('refused', 'Choose a different file name to save a copy');
  if (existsSync(target))
    throw new CasewrightError('conflict', `${basename(target)} already exists; choose another name`);
  const { passphrase } = app.reviews.opened(handle.id);
  try {
    // Owner-only from the start; the copy is encrypted with the same key as the review.
    createEmptyOwnerFile(target);
    handle.db.prepare('VACUUM INTO ?').run(target);
  } catch (error) {
    const reason =
      error instanceof Error && 'code' in error ? String((error as { code: unknown }).code) : 'unknown error';
    throw new CasewrightError('io', `${basename(target)}: the copy could not be saved there (${reason})`);
  }
  app.reviews.close(handle.id);
  return openReview(app, target, passphrase === undefined ? {} : { passphrase });
}
