import { join } from 'node:path';
import { insertReviewMeta } from '../../electron/core/review/review-meta';
import { createReviewFile } from '../../electron/core/store/open-review-file';
import { createReviewHandle, type ReviewHandle } from '../../electron/core/store/review-handle';
import { tempDir } from './review-file';

/**
 * A review handle straight on a new, fully migrated file holding the review "Child Q", without the
 * app around it: for tests of the handle itself (transactions, audit, undo across reopening). The
 * review's creation is its first change group and, as in the app, not something to undo.
 */
export function newReviewHandle(actor = 'Reviewer A'): { readonly path: string; readonly handle: ReviewHandle } {
  const path = join(tempDir(), 'r.cwr');
  const handle = createReviewHandle('r1', path, createReviewFile(path), () => actor);
  handle.write('Create review', (db) => insertReviewMeta(db, { title: 'Child Q', kind: 'lcspr' }), { kind: 'create' });
  return { path, handle };
}
