/**
 * A status update from the board's tracker. Where the board may write to the review (a current
 * format file it can write to, that no other program is writing to) the update goes through the
 * same audited service the review window uses, under the user's name. Otherwise it is kept in the
 * board's own file, and the answer says so and why: a board never upgrades or changes someone's
 * review behind their back, never writes while another program is writing, and never loses an
 * update.
 *
 * "Another program is writing" is SQLite's own write lock, not a guess from files beside the
 * review: the board's change is one transaction that asks for the lock without waiting (a busy
 * timeout of 0). While another connection holds it (part-way through a save, or holding a
 * transaction open) SQLite refuses at once, the transaction is rolled back untouched, and the
 * update goes to the board's file instead. Reviews are saved through a rollback journal, so a
 * review that is merely open in another window holds no lock between saves; SQLite keeps the two
 * writers' changes apart, and the other window reads the board's change on its next read.
 */
import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { RecommendationStatus } from '../../shared/domain/recommendations';
import { CasewrightError } from '../../shared/errors';
import type { OpenReviews } from '../../core/app/open-reviews';
import { getRecommendation, updateRecommendation } from '../../core/recommendations/recommendations';
import { nowIso } from '../../core/store/clock';
import { LATEST_SCHEMA_VERSION } from '../../core/store/migrations';
import { sqliteOptions } from '../../core/store/sqlite-options';
import type { ReviewHandle } from '../../core/store/review-handle';
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

function whyNotWritable(file: string): string | null {
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
  return null;
}

const WRITING_ELSEWHERE = 'another program was saving changes to the review at that moment';

/** SQLite's answer when another connection holds the lock asked for (SQLITE_BUSY and its extended codes). */
function isLockedByAnotherWriter(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/**
 * Whether another connection holds (or is about to take) the review's write lock: a connection of
 * its own asks for the lock in a transaction without waiting, and gives it straight back. Nothing is
 * written, so no journal is made. Asked before the app opens the review, whose first read would
 * otherwise wait for a writer part-way through a save.
 */
function anotherWriterHoldsLock(file: string): boolean {
  const probe = new Database(file, { ...sqliteOptions(), fileMustExist: true, timeout: 0 });
  try {
    probe.exec('BEGIN IMMEDIATE');
    probe.exec('ROLLBACK');
    return false;
  } catch (error) {
    if (isLockedByAnotherWriter(error)) return true;
    throw error;
  } finally {
    probe.close();
  }
}

/**
 * Writes the update into the open review in one transaction that takes SQLite's write lock
 * without waiting; false (nothing written) when another connection holds the lock.
 */
function writeWithoutWaiting(opened: ReviewHandle, update: TrackerUpdate): boolean {
  const waits = opened.db.pragma('busy_timeout', { simple: true }) as number;
  opened.db.pragma('busy_timeout = 0');
  try {
    const current = getRecommendation(opened.db, update.recommendationId);
    opened.write(`Update recommendation ${current.number} from the board`, (db) =>
      updateRecommendation(db, update.recommendationId, {
        status: update.status,
        ...(update.boardResponse === undefined ? {} : { boardResponse: update.boardResponse }),
      }),
    );
    return true;
  } catch (error) {
    if (isLockedByAnotherWriter(error)) return false;
    throw error;
  } finally {
    opened.db.pragma(`busy_timeout = ${waits}`);
  }
}

export function recordTrackerUpdate(
  update: TrackerUpdate,
  deps: { readonly reviews: OpenReviews; readonly updates: BoardUpdatesFile; readonly actor: string },
): TrackerUpdateResult {
  const file = resolve(update.file);
  if (!existsSync(file)) throw new CasewrightError('not-found', `${basename(file)}: there is no such file`);
  const alreadyOpen = deps.reviews.list().find((handle) => handle.path === file);
  let reason = whyNotWritable(file) ?? (anotherWriterHoldsLock(file) ? WRITING_ELSEWHERE : null);
  if (reason === null) {
    const opened = alreadyOpen ?? deps.reviews.open(file).handle;
    let written: boolean;
    try {
      written = writeWithoutWaiting(opened, update);
    } finally {
      if (alreadyOpen === undefined) deps.reviews.close(opened.id);
    }
    if (written)
      return {
        recordedIn: 'review',
        message: `Saved in the review file ${basename(file)}, in its audit log under ${deps.actor}.`,
      };
    reason = WRITING_ELSEWHERE;
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
