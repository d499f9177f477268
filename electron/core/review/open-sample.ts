import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ReviewSession } from '../../shared/domain/review';
import type { AppContext } from '../app/app-context';
import { ensureOwnerDir } from '../files/owner-only';
import { SAMPLE_TITLE, seedSample } from '../sample';
import { openReview, toSession } from './lifecycle';
import { insertReviewMeta } from './review-meta';

// Apart from lifecycle.ts because the sample (its chronology, findings and the taxonomies it
// checks as it loads) is only needed when asked for: the command line loads the review domain's
// handlers for `casewright info`, and they load this file only when the sample is opened.

/** Opens the built-in sample, creating it in the user's folder the first time. */
export function openSample(app: AppContext): ReviewSession {
  const path = join(app.home, 'Samples', 'Child R sample review.cwr');
  app.settings.markSampleOffered();
  if (existsSync(path)) return openReview(app, path);
  ensureOwnerDir(join(app.home, 'Samples'));
  const opened = app.reviews.create(path, (handle) =>
    handle.write(
      'Create sample review',
      (db) => {
        insertReviewMeta(db, { title: SAMPLE_TITLE, kind: 'lcspr' });
        seedSample(db);
      },
      { kind: 'create' },
    ),
  );
  app.settings.rememberRecent(path);
  return toSession(opened);
}
