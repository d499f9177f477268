import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCli } from '../../../../electron/cli/run';
import { tempDir } from '../../../helpers/review-file';

/** A review file made by `casewright new`, with two chronology entries written straight into it. */
export async function cliReview(): Promise<{ dir: string; home: string; file: string; entryIds: number[] }> {
  const dir = tempDir('casewright-cli-findings-');
  const home = join(dir, 'home');
  const file = join(dir, 'child-r.cwr');
  const created = await runCli(['new', file, '--title', 'Child R'], { home });
  expect(created.code, created.stderr).toBe(0);
  const db = new Database(file);
  const now = '2026-01-05T10:00:00.000Z';
  const agency = Number(db.prepare(`INSERT INTO agency (name, created_at) VALUES ('Westmoor Police', ?)`).run(now).lastInsertRowid);
  const insert = db.prepare(
    `INSERT INTO entry (date_original, date_edtf, date_earliest, date_latest, date_precision, agency_id, summary, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'day', ?, ?, ?, ?)`,
  );
  const entryIds = [
    Number(insert.run('2021-03-12', '2021-03-12', '2021-03-12', '2021-03-12', agency, 'Call-out to Larkspur Close', now, now).lastInsertRowid),
    Number(insert.run('2021-09-20', '2021-09-20', '2021-09-20', '2021-09-20', agency, 'Second call-out; Child R not seen', now, now).lastInsertRowid),
  ];
  db.close();
  return { dir, home, file, entryIds };
}
