import type { AuditEntry, ReviewCounts } from '../../shared/domain/review';
import type { ReadableDb } from '../store/db-types';

/** Bookkeeping tables that are not "things in the review". */
const INTERNAL_TABLES = new Set(['app_meta', 'change_group', 'audit_log', 'current_change', 'review']);

/**
 * How many of each thing the review holds, by table. Derived from the schema so every domain's
 * tables are counted without registering them; FTS shadow tables and internal tables are skipped.
 */
export function countRows(db: ReadableDb): ReviewCounts {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
       AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`,
    )
    .all() as { name: string }[];
  const shadow = new Set(
    (
      db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'`).all() as {
        name: string;
      }[]
    ).map((table) => table.name),
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    if (INTERNAL_TABLES.has(name) || [...shadow].some((virtual) => name.startsWith(`${virtual}_`))) continue;
    counts[name] = (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n;
  }
  return counts;
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  label: string;
  kind: string;
  table_name: string | null;
  row_key: string | number | null;
  action: string | null;
  before_json: string | null;
  after_json: string | null;
}

/** The audit trail, newest first: one line per row change, with its change group's who and when. */
export function listAudit(
  db: ReadableDb,
  options: { readonly limit: number; readonly beforeId?: number },
): readonly AuditEntry[] {
  const rows = db
    .prepare(
      `SELECT a.id, g.at, g.actor, g.label, g.kind, a.table_name, a.row_key, a.action, a.before_json, a.after_json
       FROM audit_log a LEFT JOIN change_group g ON g.id = a.group_id
       WHERE (@beforeId IS NULL OR a.id < @beforeId)
       ORDER BY a.id DESC LIMIT @limit`,
    )
    .all({ limit: options.limit, beforeId: options.beforeId ?? null }) as AuditRow[];
  return rows.map((row) => ({
    id: row.id,
    at: row.at ?? '',
    actor: row.actor ?? 'outside Casewright',
    label: row.label ?? '',
    kind: row.kind ?? 'edit',
    table: row.table_name,
    rowKey: row.row_key === null ? null : String(row.row_key),
    action: row.action,
    before: row.before_json === null ? null : JSON.parse(row.before_json),
    after: row.after_json === null ? null : JSON.parse(row.after_json),
  }));
}
