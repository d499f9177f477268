import Database from 'better-sqlite3';
import { join } from 'node:path';
import { REVIEW_APPLICATION_ID } from '../../../../electron/shared/version';
import { configure } from '../../../../electron/core/store/open-review-file';
import { migrate } from '../../../../electron/core/store/migrate';
import { createReviewHandle, type ReviewHandle } from '../../../../electron/core/store/review-handle';
import { tempDir } from '../../../helpers/review-file';

/**
 * A real review file at the latest format (merging entries also moves findings' evidence, which
 * lives in a later migration's tables), with a review handle for audited, undoable writes, and the sample
 * family's people so entries can name them.
 */
export interface ChronologyFixture {
  readonly review: ReviewHandle;
  readonly raw: Database.Database;
  readonly dir: string;
  readonly person: (pseudonym: string) => number;
}

const open = new Set<ReviewHandle>();

/** For afterEach: closes every review the tests of a file opened. */
export function closeChronologyReviews(): void {
  for (const review of open) review.close();
  open.clear();
}

export function openChronologyReview(): ChronologyFixture {
  const dir = tempDir('casewright-chronology-');
  const path = join(dir, 'review.cwr');
  const raw = new Database(path);
  raw.pragma(`application_id = ${REVIEW_APPLICATION_ID}`);
  configure(raw);
  migrate(raw);
  const insert = raw.prepare(`INSERT INTO person (real_name, pseudonym, category, created_at) VALUES (?, ?, 'family', 'x')`);
  const ids = new Map<string, number>();
  for (const [name, pseudonym] of [
    ['Ruby Ashdown', 'Child R'],
    ['Leo Ashdown', 'Sibling R'],
    ['Kerry Ashdown', 'RM'],
    ['Dean Croft', 'Mr C'],
  ] as const) {
    ids.set(pseudonym, Number(insert.run(name, pseudonym).lastInsertRowid));
  }
  const review = createReviewHandle('test', path, raw, () => 'Test Reviewer');
  open.add(review);
  return {
    review,
    raw,
    dir,
    person: (pseudonym) => {
      const id = ids.get(pseudonym);
      if (id === undefined) throw new Error(`no person ${pseudonym}`);
      return id;
    },
  };
}
