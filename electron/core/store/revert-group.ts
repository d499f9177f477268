import type { WritableDb } from './db-types';

interface AuditRow {
  readonly table_name: string;
  readonly row_key: string | number;
  readonly action: string;
  readonly before_json: string | null;
  readonly after_json: string | null;
}

/**
 * Applies the inverse of every row change in a change group, newest first. The triggers record
 * these inverse changes too, so the revert is itself audited and can be reverted again (redo).
 * Returns the tables it touched, so callers can tell views what to refresh.
 */
export function revertGroup(db: WritableDb, groupId: number): readonly string[] {
  const rows = db
    .prepare(
      `SELECT table_name, row_key, action, before_json, after_json FROM audit_log
       WHERE group_id = ? AND action IN ('insert', 'update', 'delete') ORDER BY id DESC`,
    )
    .all(groupId) as AuditRow[];
  // Cascades and re-inserted parents may briefly break references inside the transaction.
  db.pragma('defer_foreign_keys = ON');
  const touched = new Set<string>();
  for (const row of rows) {
    const columns = tableColumns(db, row.table_name);
    touched.add(row.table_name);
    if (row.action === 'insert') {
      db.prepare(`DELETE FROM ${row.table_name} WHERE id = ?`).run(row.row_key);
    } else if (row.action === 'delete') {
      const before = parseRow(row.before_json, columns);
      const names = Object.keys(before);
      db.prepare(
        `INSERT INTO ${row.table_name} (${names.map(quote).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
      ).run(...names.map((name) => before[name]));
    } else {
      const before = parseRow(row.before_json, columns);
      const names = Object.keys(before).filter((name) => name !== 'id');
      if (names.length === 0) continue;
      db.prepare(
        `UPDATE ${row.table_name} SET ${names.map((name) => `${quote(name)} = ?`).join(', ')} WHERE id = ?`,
      ).run(...names.map((name) => before[name]), row.row_key);
    }
  }
  return [...touched];
}

/** Whether a group holds row changes that can be reverted (an import summary cannot). */
export function groupIsRevertible(db: WritableDb, groupId: number): boolean {
  const row = db
    .prepare(`SELECT count(*) AS n FROM audit_log WHERE group_id = ? AND action IN ('insert', 'update', 'delete')`)
    .get(groupId) as { n: number };
  return row.n > 0;
}

function tableColumns(db: WritableDb, table: string): ReadonlySet<string> {
  if (!/^[a-z_][a-z0-9_]*$/i.test(table)) throw new Error(`Not a safe SQL identifier: ${table}`);
  const columns = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
  if (columns.length === 0) throw new Error(`Cannot undo: table ${table} no longer exists`);
  return new Set(columns.map((column) => column.name));
}

/** Keeps only columns that still exist, so an old audit row cannot name an arbitrary column. */
function parseRow(json: string | null, columns: ReadonlySet<string>): Record<string, unknown> {
  const parsed = JSON.parse(json ?? '{}') as Record<string, unknown>;
  const row: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(parsed)) if (columns.has(name)) row[name] = value;
  return row;
}

function quote(name: string): string {
  return `"${name}"`;
}
