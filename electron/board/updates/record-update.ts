/**
 * A status update from the board's tracker. Where the board may write to the review (a current
 * format file it can write to, not open elsewhere) the update goes through the same audited
 * service the review window uses, under the user's name. Otherwise it is kept in the board's own
 * file, and the answer says so and why: a board never upgrades or changes someone's review
 * behind their back, and never loses an update.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { RecommendationStatus } from '../../shared/domain/recommendations';
import { CasewrightError } from '../../shared/errors';
import type { OpenReviews } from '../../core/app/open-reviews';
import { getRecommendation, updateRecommendation } from '../../core/recommendations/recommendations';
import { nowIso } from '../../core/store/clock';
import { LATEST_SCHEMA_VERSION } from '../../core/store/migrations';
import { readHeader } from '../library/sqlite-header';
import { readStampAndHeader } from '../library/read-review';
import type { BoardUpdatesFile } from './board-updates-file';

export interface TrackerUpdate {
  readonly file: string;
  readonly recommendationId: number;
  readonly status: RecommendationStatus;
  readonly boardResponse?: string;
}

export interface TrackerUpdateResult {
  readonly recordedIn: 'review' | 'board-file';
  /** A sentence for the user: where the update went and, for the board file, why. */
  readonly message: string;
}

function whyNotWritable(file: string, openHere: boolean): string | null {
  try {
    accessSync(file, constants.W_OK);
  } catch {
    return 'the review file is read-only for you';
  }
  // A file marked read-only is respected even by an administrator account, which could write it.
  if ((statSync(file).mode & 0o222) === 0) return 'the review file is marked read-only';
  const first = readStampAndHeader(file);
  if ('error' in first) return 'the review file could not be read';
  const verdict = readHeader(first.header);
  if (verdict.kind !== 'sqlite') return 'the review file could not be read';
  if (verdict.userVersion < LATEST_SCHEMA_VERSION)
    return 'the review was saved by an older version of Casewright, and the board does not upgrade reviews';
  if (!openHere && ['-wal', '-journal'].some((s) => existsSync(`${file}${s}`) && statSync(`${file}${s}`).size > 0)) {
    return 'the review is open elsewhere';
  }
  return null;
}

export function recordTrackerUpdate(
  update: TrackerUpdate,
  deps: { readonly reviews: OpenReviews; readonly updates: BoardUpdatesFile; readonly actor: string },
): TrackerUpdateResult {
  const file = resolve(update.file);
  if (!existsSync(file)) throw new CasewrightError('not-found', `${basename(file)}: there is no such file`);
  const alreadyOpen = deps.reviews.list().find((handle) => handle.path === file);
  const reason = whyNotWritable(file, alreadyOpen !== undefined);
  if (reason === null) {
    const opened = alreadyOpen ?? deps.reviews.open(file).handle;
    try {
      const current = getRecommendation(opened.db, update.recommendationId);
      opened.write(`Update recommendation ${current.number} from the board`, (db) =>
        updateRecommendation(db, update.recommendationId, {
          status: update.status,
          ...(update.boardResponse === undefined ? {} : { boardResponse: update.boardResponse }),
        }),
      );
    } finally {
      if (alreadyOpen === undefined) deps.reviews.close(opened.id);
    }
    return {
      recordedIn: 'review',
      message: `Saved in the review file ${basename(file)}, in its audit log under ${deps.actor}.`,
    };
  }
  deps.updates.add({
    file,
    recommendationId: update.recommendationId,
    status: update.status,
    boardResponse: update.boardResponse ?? null,
    actor: deps.actor,
    at: nowIso(),
  });
  return {
    recordedIn: 'board-file',
    message: `Saved in the board's own file (not in ${basename(file)}: ${reason}), under ${deps.actor}.`,
  };
}
