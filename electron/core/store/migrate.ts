import type Database from 'better-sqlite3';
import { asWritable } from './db-types';
import { migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/migration';

/**
 * Brings a review file from its `user_version` up to `target`, one migration per transaction, so a
 * failure part-way leaves the file at the last version that completed (and the backup beside it).
 */
export function migrate(
  db: Database.Database,
  options: { readonly target?: number; readonly migrations?: readonly Migration[] } = {},
): { readonly from: number; readonly to: number } {
  const migrations = options.migrations ?? allMigrations;
  assertContiguous(migrations);
  const target = options.target ?? migrations.length;
  const from = db.pragma('user_version', { simple: true }) as number;
  for (const migration of migrations) {
    if (migration.version <= from || migration.version > target) continue;
    db.transaction(() => {
      migration.up(asWritable(db));
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return { from, to: Math.max(from, target) };
}

function assertContiguous(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}; expected ${index + 1}`);
    }
  });
}
