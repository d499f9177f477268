import Database from 'better-sqlite3';
import { migrate } from './migrate';

/**
 * The schema of a freshly migrated review, as stable SQL text. A committed copy
 * (`schema.snapshot.sql`) is diffed by a test, so any schema change is deliberate and visible in
 * review — review files move between versions, and the schema may only grow.
 */
export function dumpSchema(db: Database.Database): string {
  const rows = db
    .prepare(
      `SELECT type, name, sql FROM sqlite_master
       WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'
       ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'view' THEN 2 ELSE 3 END, name`,
    )
    .all() as { type: string; name: string; sql: string }[];
  const lines = [`-- Casewright review file format ${String(db.pragma('user_version', { simple: true }))}`];
  for (const row of rows) lines.push(`${row.sql.replace(/[ \t]+$/gm, '')};`);
  return `${lines.join('\n\n')}\n`;
}

export function freshSchema(): string {
  const db = new Database(':memory:');
  try {
    migrate(db);
    return dumpSchema(db);
  } finally {
    db.close();
  }
}
