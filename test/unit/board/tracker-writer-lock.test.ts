/**
 * A tracker update never writes while another program is writing to the review: the board asks
 * for SQLite's write lock without waiting, and while a real writer (another process) holds it the
 * update goes to the board's own file, saying so, with the review left as it was. Once the writer
 * has finished, the next update goes into the review through its audited service.
 */
import Database from 'better-sqlite3';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/review-file';
import { appAs, reviewWriter, writeAlike } from '../../helpers/board-library';

/**
 * Another program writing to the review, in a process of its own: it takes the write lock, makes
 * its change and holds the transaction open until told to commit. With `spill`, its cache is so
 * small that it must write changed pages into the file before committing: it then holds the
 * exclusive lock and its journal is hot, as part-way through a save.
 */
const WRITER = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
if (process.argv[2] === 'spill') db.pragma('cache_size = 2');
db.exec('BEGIN IMMEDIATE');
db.prepare("UPDATE recommendation SET board_response = 'Changed by the other program' WHERE id = 1").run();
if (process.argv[2] === 'spill') {
  db.exec("CREATE TABLE other_program_pad (x BLOB)");
  db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) INSERT INTO other_program_pad SELECT randomblob(2000) FROM n");
}
process.stdout.write('holding\\n');
process.stdin.once('data', () => { db.exec('COMMIT'); db.close(); process.stdout.write('committed\\n'); process.exit(0); });
`;

async function startWriter(file: string, mode: 'hold' | 'spill'): Promise<ChildProcessWithoutNullStreams> {
  const child = spawn(process.execPath, ['-e', WRITER, file, mode], { cwd: process.cwd() });
  let said = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (said += chunk));
  const [first] = (await once(child.stdout, 'data')) as [string];
  if (!first.includes('holding')) throw new Error(`the writer did not start: ${first}${said}`);
  return child;
}

async function finish(child: ChildProcessWithoutNullStreams): Promise<void> {
  const exited = once(child, 'exit');
  child.stdin.write('commit\n');
  await exited;
}

function boardResponseIn(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT board_response FROM recommendation WHERE id = 1`).get() as { board_response: string })
      .board_response;
  } finally {
    db.close();
  }
}

describe('tracker updates while another program writes to the review', () => {
  const library = tempDir('tracker-lock-library-');
  const { call } = appAs('Sam Board-Officer', tempDir('tracker-lock-home-'));
  const writers: ChildProcessWithoutNullStreams[] = [];
  let held: string;
  let saving: string;

  beforeAll(async () => {
    const writer = reviewWriter(tempDir('tracker-lock-writer-'));
    [held, saving] = (await writeAlike(
      writer,
      library,
      {
        kind: 'lcspr',
        recommendations: [{ text: 'Police to review call handling', owner: 'Police', due: '2030-01-01' }],
      },
      [
        { fileName: 'held.cwr', title: 'Child H' },
        { fileName: 'saving.cwr', title: 'Child S' },
      ],
    )) as [string, string];
    await call('board.listReviews', { roots: [library] });
  }, 60_000);

  afterEach(() => {
    for (const child of writers.splice(0)) child.kill();
  });

  it('keeps the update in the board file while another program holds a transaction open, then writes to the review once it has finished', async () => {
    const child = await startWriter(held, 'hold');
    writers.push(child);
    const before = { bytes: readFileSync(held).toString('base64'), mtimeMs: statSync(held).mtimeMs };

    const first = await call('board.updateRecommendation', { file: held, recommendationId: 1, status: 'agreed' });
    expect(first).toEqual({
      recordedIn: 'board-file',
      message:
        "Saved in the board's own file (not in held.cwr: another program was saving changes to the review at that moment), under Sam Board-Officer.",
    });
    expect({ bytes: readFileSync(held).toString('base64'), mtimeMs: statSync(held).mtimeMs }).toEqual(before);
    const tracker = await call('board.listRecommendations', { roots: [library] });
    expect(tracker.rows.find((r) => r.file === held)).toMatchObject({
      status: 'agreed',
      recordedIn: 'board-file',
      updatedBy: 'Sam Board-Officer',
    });

    await finish(child);
    // The other program's change is in the file, untouched by the board.
    expect(boardResponseIn(held)).toBe('Changed by the other program');
    const second = await call('board.updateRecommendation', {
      file: held,
      recommendationId: 1,
      status: 'done',
      boardResponse: 'Closed at the June board',
    });
    expect(second.recordedIn).toBe('review');
    expect(boardResponseIn(held)).toBe('Closed at the June board');
  });

  it('does not wait for, or write under, a program part-way through saving (exclusive lock, hot journal)', async () => {
    const child = await startWriter(saving, 'spill');
    writers.push(child);
    const journal = readFileSync(`${saving}-journal`);
    expect(journal.length).toBeGreaterThan(0);

    const result = await call('board.updateRecommendation', {
      file: saving,
      recommendationId: 1,
      status: 'in-progress',
      boardResponse: 'Chased in May',
    });
    expect(result.recordedIn).toBe('board-file');
    expect(result.message).toContain('another program was saving changes to the review at that moment');

    await finish(child);
    expect(boardResponseIn(saving)).toBe('Changed by the other program');
    const tracker = await call('board.listRecommendations', { roots: [library] });
    expect(tracker.rows.find((r) => r.file === saving)).toMatchObject({
      status: 'in-progress',
      boardResponse: 'Chased in May',
      recordedIn: 'board-file',
    });
  });
});
