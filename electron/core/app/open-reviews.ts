import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { CasewrightError } from '../../shared/errors';
import { createReviewFile, openReviewFile, type OpenOptions } from '../store/open-review-file';
import { createReviewHandle, type ReviewHandle } from '../store/review-handle';

export interface OpenedReview {
  readonly handle: ReviewHandle;
  readonly migratedFrom: { readonly version: number; readonly backupPath: string } | null;
  readonly encrypted: boolean;
  /**
   * Kept in memory while the review is open (SQLite holds the key in memory anyway) so that Save As
   * can open the encrypted copy it made. Never written anywhere.
   */
  readonly passphrase?: string;
}

/** The reviews this process has open, by session id. Opening a file twice returns the same session. */
export interface OpenReviews {
  open(path: string, options?: OpenOptions): OpenedReview;
  create(
    path: string,
    initialise: (handle: ReviewHandle) => void,
    options?: { readonly passphrase?: string },
  ): OpenedReview;
  get(reviewId: string): ReviewHandle;
  opened(reviewId: string): OpenedReview;
  /**
   * Closes a review. Refused, with a plain message, while long work (an import) is still writing
   * to it: the reviewer cancels it or lets it finish first, as a desktop app would ask.
   */
  close(reviewId: string): boolean;
  /** Closes every review (the app quitting): long work still running stops and changes nothing. */
  closeAll(): void;
  list(): readonly ReviewHandle[];
}

export function createOpenReviews(actor: () => string): OpenReviews {
  const byId = new Map<string, OpenedReview>();

  const findByPath = (path: string): OpenedReview | undefined =>
    [...byId.values()].find((opened) => opened.handle.path === path);

  return {
    open(path, options = {}) {
      const absolute = resolve(path);
      const existing = findByPath(absolute);
      if (existing !== undefined) return existing;
      const file = openReviewFile(absolute, options);
      const opened: OpenedReview = {
        handle: createReviewHandle(randomUUID(), absolute, file.db, actor),
        migratedFrom: file.migratedFrom,
        encrypted: file.encrypted,
        ...(file.encrypted && options.passphrase !== undefined ? { passphrase: options.passphrase } : {}),
      };
      byId.set(opened.handle.id, opened);
      return opened;
    },
    create(path, initialise, options = {}) {
      const absolute = resolve(path);
      const db = createReviewFile(absolute, options);
      const handle = createReviewHandle(randomUUID(), absolute, db, actor);
      try {
        initialise(handle);
      } catch (error) {
        handle.close();
        throw error;
      }
      const opened: OpenedReview = {
        handle,
        migratedFrom: null,
        encrypted: options.passphrase !== undefined,
        ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
      };
      byId.set(handle.id, opened);
      return opened;
    },
    get(reviewId) {
      return this.opened(reviewId).handle;
    },
    opened(reviewId) {
      const opened = byId.get(reviewId);
      if (opened === undefined)
        throw new CasewrightError('not-found', 'That review is not open (it may have been closed)');
      return opened;
    },
    close(reviewId) {
      const opened = byId.get(reviewId);
      if (opened === undefined) return false;
      const busy = opened.handle.longWork();
      if (busy !== null)
        throw new CasewrightError(
          'refused',
          `The review stays open while Casewright is still working on it (${busy}). Cancel it, or wait for it to finish, then close the review.`,
        );
      byId.delete(reviewId);
      opened.handle.close();
      return true;
    },
    closeAll() {
      for (const [id, opened] of [...byId.entries()]) {
        byId.delete(id);
        opened.handle.close();
      }
    },
    list: () => [...byId.values()].map((opened) => opened.handle),
  };
}
