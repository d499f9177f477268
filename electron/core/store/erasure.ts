import { redactErasedRequestSubjects } from '../requests/erase-request-subjects';
import { nowIso } from './clock';
import type { ReadableDb, WritableDb } from './db-types';
import type { ReviewHandle } from './review-handle';

/**
 * "Erase permanently": after people or entries are deleted, their copies in the audit trail (the
 * before/after images kept for undo and accountability) are purged, the full-text index is
 * rebuilt without them, and the file is vacuumed, so their names and words are nowhere in the
 * file's bytes. (With `secure_delete` on, SQLite already zeroes the space deleted rows leave.)
 * Chronology requests that named an erased person keep a plain note in that person's place.
 * The audit keeps that something was erased, when and by whom: the erasure is itself a change
 * group, labelled with how many records it purged.
 */
export interface ErasureResult {
  readonly records: number;
}

const RETENTION_KEY = 'audit_before_image_days';
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export function erasePermanently(handle: ReviewHandle): ErasureResult {
  // One pass over the audit finds reused ids; the purge changes no insert or delete record, so it holds for both steps.
  const reused = reusedIds(handle.db);
  const records = countErasable(handle.db, reused);
  // rowAudit false: the purge is not undoable (and clears the undo history, which pointed at the
  // images it removes); the change group itself records who erased and when.
  handle.write(`Erase deleted data permanently (${records} audit records)`, (db) => purgeDeleted(db, reused), {
    rowAudit: false,
    kind: 'edit',
  });
  compact(handle.db);
  return { records };
}

/** Audit images of rows that no longer exist, in every audited table. */
function deletedImagesFilter(db: ReadableDb): { sql: string; tables: string[] } {
  const tables = (
    db
      .prepare(`SELECT DISTINCT table_name FROM audit_log WHERE before_json IS NOT NULL OR after_json IS NOT NULL`)
      .pluck()
      .all() as string[]
  ).filter(
    (table) =>
      IDENTIFIER.test(table) &&
      db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(table) !== undefined,
  );
  const clauses = tables.map(
    (table) => `(table_name = '${table}' AND NOT EXISTS (SELECT 1 FROM "${table}" t WHERE t.id = audit_log.row_key))`,
  );
  return { sql: clauses.length === 0 ? '0' : `(${clauses.join(' OR ')})`, tables };
}

/** A record that was deleted and whose id SQLite later gave to a new record: images before `newRecordAt` are of the deleted one. */
interface ReusedId {
  readonly table: string;
  readonly rowKey: unknown;
  readonly newRecordAt: number;
}

/**
 * SQLite gives a new row the highest id plus one, so deleting the newest person and adding another
 * reuses the deleted person's id, and "no row with this id" no longer finds the deleted person's
 * images. One pass over the audit in order finds such reuse: a plain insert (not an undo or redo
 * putting the same record back) of an id that was deleted before it.
 */
function reusedIds(db: ReadableDb): ReusedId[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.table_name AS tableName, a.row_key AS rowKey, a.action, g.kind
         FROM audit_log a LEFT JOIN change_group g ON g.id = a.group_id
        WHERE a.action IN ('insert', 'delete') ORDER BY a.id`,
    )
    .iterate() as IterableIterator<{
    id: number;
    tableName: string;
    rowKey: unknown;
    action: 'insert' | 'delete';
    kind: string | null;
  }>;
  const deleted = new Set<string>();
  const reused = new Map<string, ReusedId>();
  for (const row of rows) {
    const key = `${row.tableName}\u0000${String(row.rowKey)}`;
    if (row.action === 'delete') deleted.add(key);
    else if (deleted.delete(key) && row.kind !== 'undo' && row.kind !== 'redo') {
      reused.set(key, { table: row.tableName, rowKey: row.rowKey, newRecordAt: row.id });
    }
  }
  return [...reused.values()];
}

const HOLDS_IMAGE = '(before_json IS NOT NULL OR after_json IS NOT NULL)';

function countErasable(db: ReadableDb, reused: readonly ReusedId[]): number {
  const { sql } = deletedImagesFilter(db);
  const gone = (
    db.prepare(`SELECT count(*) AS n FROM audit_log WHERE ${HOLDS_IMAGE} AND ${sql}`).get() as { n: number }
  ).n;
  const count = db.prepare(
    `SELECT count(*) AS n FROM audit_log WHERE ${HOLDS_IMAGE} AND table_name = ? AND row_key = ? AND id < ? AND NOT ${sql}`,
  );
  return reused.reduce((sum, r) => sum + (count.get(r.table, r.rowKey, r.newRecordAt) as { n: number }).n, gone);
}

function purgeDeleted(db: WritableDb, reused: readonly ReusedId[]): number {
  // First, while the erased people's audit images still say who they were.
  redactErasedRequestSubjects(db);
  const { sql } = deletedImagesFilter(db);
  const purge = db.prepare(
    `UPDATE audit_log SET before_json = NULL, after_json = NULL WHERE ${HOLDS_IMAGE} AND table_name = ? AND row_key = ? AND id < ?`,
  );
  const earlier = reused.reduce((sum, r) => sum + purge.run(r.table, r.rowKey, r.newRecordAt).changes, 0);
  return (
    earlier +
    db.prepare(`UPDATE audit_log SET before_json = NULL, after_json = NULL WHERE ${HOLDS_IMAGE} AND ${sql}`).run()
      .changes
  );
}

/** Rebuilds the full-text index (dropping deleted rows' tokens from its segments) and vacuums. */
function compact(db: ReadableDb): void {
  if (db.prepare(`SELECT 1 FROM sqlite_schema WHERE name = 'entry_fts'`).get() !== undefined) {
    db.exec(`INSERT INTO entry_fts (entry_fts) VALUES ('rebuild')`);
  }
  db.exec('VACUUM');
}

/** How many days audit before-images are kept (null: for the life of the review). */
export function auditRetentionDays(db: ReadableDb): number | null {
  const row = db.prepare(`SELECT value FROM app_meta WHERE key = ?`).get(RETENTION_KEY) as
    { value: string } | undefined;
  const days = row === undefined ? NaN : Number(row.value);
  return Number.isInteger(days) && days > 0 ? days : null;
}

export function setAuditRetentionDays(handle: ReviewHandle, days: number | null): number | null {
  handle.write(
    days === null ? 'Keep audit history for the life of the review' : `Keep audit history for ${days} days`,
    (db) => {
      if (days === null) db.prepare(`DELETE FROM app_meta WHERE key = ?`).run(RETENTION_KEY);
      else
        db.prepare(
          `INSERT INTO app_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        ).run(RETENTION_KEY, String(days));
    },
    { rowAudit: false, kind: 'edit' },
  );
  applyAuditRetention(handle);
  return auditRetentionDays(handle.db);
}

/**
 * Purges the before-images (and the images of since-deleted rows) of changes older than the
 * retention period. Writes nothing when there is nothing to purge.
 */
export function applyAuditRetention(handle: ReviewHandle, now: () => string = nowIso): number {
  const days = auditRetentionDays(handle.db);
  if (days === null) return 0;
  const cutoff = new Date(Date.parse(now()) - days * 86_400_000).toISOString();
  const old = `group_id IN (SELECT id FROM change_group WHERE at < @cutoff)`;
  const { sql } = deletedImagesFilter(handle.db);
  const pending = (
    handle.db
      .prepare(
        `SELECT count(*) AS n FROM audit_log WHERE ${old} AND (before_json IS NOT NULL OR (after_json IS NOT NULL AND ${sql}))`,
      )
      .get({ cutoff }) as { n: number }
  ).n;
  if (pending === 0) return 0;
  handle.write(
    `Remove audit history older than ${days} days`,
    (db) => {
      db.prepare(`UPDATE audit_log SET before_json = NULL WHERE ${old} AND before_json IS NOT NULL`).run({ cutoff });
      db.prepare(`UPDATE audit_log SET after_json = NULL WHERE ${old} AND after_json IS NOT NULL AND ${sql}`).run({
        cutoff,
      });
    },
    { rowAudit: false, kind: 'edit' },
  );
  return pending;
}
