import type Database from 'better-sqlite3';
import { CasewrightError } from '../../shared/errors';
import type { HistoryState } from '../../shared/domain/review';
import { nowIso } from './clock';
import { asReadable, asWritable, type ReadableDb, type WritableDb } from './db-types';
import { replayHistory } from './history-replay';
import { groupIsRevertible, revertGroup } from './revert-group';

export interface WriteOptions {
  /**
   * false for bulk work (imports): rows are not copied one by one into the audit log (write one
   * summary with `writeAuditNote`), and the change cannot be undone with Undo, so the undo history
   * is cleared rather than left pointing past it.
   */
  readonly rowAudit?: boolean;
  readonly kind?: 'edit' | 'import' | 'create';
}

/** One open review file, as every service sees it. */
export interface ReviewHandle {
  readonly id: string;
  readonly path: string;
  readonly db: ReadableDb;
  write<T>(label: string, work: (db: WritableDb) => T, options?: WriteOptions): T;
  /**
   * Like `write`, for long work that yields between batches (so the page can follow and cancel it):
   * still one transaction, rolled back if the work throws or is cancelled. While it runs, every
   * other change to this review is refused, since it would land inside this transaction.
   */
  writeInSteps<T>(label: string, work: (db: WritableDb) => Promise<T>, options?: WriteOptions): Promise<T>;
  /** The label of the long work running now ("Import police.csv (Westmoor Police)"), if any. */
  longWork(): string | null;
  actor(): string;
  history(): HistoryState;
  undo(): HistoryState;
  redo(): HistoryState;
  close(): void;
}

/** What long work ends with when its review is closed under it (the app quitting). */
export const STOPPED_BY_CLOSE = 'The review was closed, so this work stopped. Nothing was changed.';

export function createReviewHandle(
  id: string,
  path: string,
  raw: Database.Database,
  actor: () => string,
): ReviewHandle {
  const db = asWritable(raw);
  // Undo and redo carry on from where the review was when it was last closed.
  const { undo: undoStack, redo: redoStack } = replayHistory(db);
  const beginGroup = db.prepare(
    `INSERT INTO change_group (at, actor, label, kind, reverts_group_id) VALUES (?, ?, ?, ?, ?)`,
  );
  const setCurrent = db.prepare(`UPDATE current_change SET group_id = ?, row_audit = ? WHERE id = 1`);

  /** Starts a change group inside the open transaction: the audit triggers file every row change under it. */
  const openGroup = (label: string, kind: string, revertsGroupId: number | null, rowAudit: boolean): number => {
    const groupId = Number(beginGroup.run(nowIso(), actor(), label, kind, revertsGroupId).lastInsertRowid);
    setCurrent.run(groupId, rowAudit ? 1 : 0);
    return groupId;
  };
  const closeGroup = (): void => {
    setCurrent.run(null, 1);
  };
  /** A write's options: every row change audited unless asked otherwise, and an edit unless said. */
  const changeKind = (options: WriteOptions): { rowAudit: boolean; kind: string } => {
    const rowAudit = options.rowAudit ?? true;
    return { rowAudit, kind: options.kind ?? (rowAudit ? 'edit' : 'import') };
  };

  /** Runs work inside one transaction and one change group; returns the group id and the result. */
  const inGroup = <T>(
    label: string,
    kind: string,
    revertsGroupId: number | null,
    rowAudit: boolean,
    work: (db: WritableDb) => T,
  ): { groupId: number; result: T } =>
    raw.transaction(() => {
      const groupId = openGroup(label, kind, revertsGroupId, rowAudit);
      const result = work(db);
      if (result instanceof Promise) throw new Error('review.write takes synchronous work only');
      closeGroup();
      return { groupId, result };
    })();

  /** The label of long work in progress: its transaction is open across turns of the event loop. */
  let longWork: string | null = null;
  const refuseDuringLongWork = (): void => {
    if (longWork !== null) {
      throw new CasewrightError(
        'refused',
        `Casewright is still working on this review (${longWork}). Wait for it to finish, or cancel it.`,
      );
    }
  };

  /** Records what a finished change means for undo and redo. */
  const settleHistory = (groupId: number, label: string, kind: string, rowAudit: boolean): void => {
    // Creating a review (or the sample) is not an edit the reviewer can undo.
    if (kind === 'edit' && rowAudit && groupIsRevertible(db, groupId)) {
      undoStack.push({ groupId, label });
      redoStack.length = 0;
    } else if (!rowAudit) {
      undoStack.length = 0;
      redoStack.length = 0;
    }
  };

  const history = (): HistoryState => ({
    canUndo: undoStack.length > 0,
    canRedo: redoStack.length > 0,
    undoLabel: undoStack.at(-1)?.label ?? null,
    redoLabel: redoStack.at(-1)?.label ?? null,
  });

  /**
   * Undo or redo: reverts the newest step of one stack as a change group of its own, which goes on
   * the other stack so that it can be reverted in turn.
   */
  const revertNewest = (kind: 'undo' | 'redo'): HistoryState => {
    refuseDuringLongWork();
    const [from, to, verb] = kind === 'undo' ? [undoStack, redoStack, 'Undo'] : [redoStack, undoStack, 'Redo'];
    const step = from.pop();
    if (step === undefined) throw new CasewrightError('refused', `There is nothing to ${kind}`);
    const { groupId } = inGroup(`${verb} ${step.label}`, kind, step.groupId, true, (w) => revertGroup(w, step.groupId));
    to.push({ groupId, label: step.label });
    return history();
  };

  return {
    id,
    path,
    db: asReadable(raw),
    actor,
    write(label, work, options = {}) {
      refuseDuringLongWork();
      const { rowAudit, kind } = changeKind(options);
      const { groupId, result } = inGroup(label, kind, null, rowAudit, work);
      settleHistory(groupId, label, kind, rowAudit);
      return result;
    },
    async writeInSteps(label, work, options = {}) {
      refuseDuringLongWork();
      const { rowAudit, kind } = changeKind(options);
      longWork = label;
      raw.exec('BEGIN IMMEDIATE');
      try {
        const groupId = openGroup(label, kind, null, rowAudit);
        const result = await work(db);
        closeGroup();
        raw.exec('COMMIT');
        settleHistory(groupId, label, kind, rowAudit);
        return result;
      } catch (error) {
        // Closed underneath the work (the app quitting): SQLite rolled the transaction back.
        if (!raw.open) throw new CasewrightError('cancelled', STOPPED_BY_CLOSE);
        if (raw.inTransaction) raw.exec('ROLLBACK');
        throw error;
      } finally {
        longWork = null;
      }
    },
    longWork: () => longWork,
    history,
    undo: () => revertNewest('undo'),
    redo: () => revertNewest('redo'),
    close() {
      // Reviews use a rollback journal (see configure), so each write is already in the file; this
      // checkpoint only matters for a connection still in WAL mode, and is a no-op otherwise.
      try {
        raw.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        raw.close();
      }
    },
  };
}
