/**
 * Crash safety, bounded for CI: 30 SIGKILLs of an importing process and 30 of an edit loop (on an
 * encrypted review), each at a random moment. After each kill: the file passes integrity_check,
 * reopens, and holds at least every write the process acknowledged; and a copy of the `.cwr` file
 * alone — what a reviewer copies to a shared drive — holds them too. A copy taken straight after
 * the kill is checked whenever no half-finished write is pending (no `-journal` beside the file);
 * otherwise the copy is taken after reopening has rolled the unfinished write back.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppContext } from '@core/app/app-context';
import { createReview } from '@core/review/lifecycle';
import { openReviewFile } from '@core/store/open-review-file';
import { tempDir } from '@test/helpers/review-file';

const WORKER = join(process.cwd(), 'test', 'crash', 'write-loop.ts');
const PASSPHRASE = 'crash test passphrase';

/** Runs the write loop until it has acknowledged at least one write, waits a random moment, kills it. */
function runAndKill(path: string, mode: 'import' | 'edit', passphrase: string | undefined): Promise<number> {
  return new Promise((resolveRun, rejectRun) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', WORKER, path, mode, ...(passphrase === undefined ? [] : [passphrase])],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let acknowledged = 0;
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) acknowledged = Math.max(acknowledged, Number(line.replace('ack ', '')));
      if (timer === null && acknowledged > 0)
        timer = setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 400));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') rejectRun(new Error(`the write loop stopped by itself: ${stderr}`));
      else resolveRun(acknowledged);
    });
  });
}

function entriesIn(path: string, passphrase: string | undefined): number {
  const opened = openReviewFile(path, passphrase === undefined ? {} : { passphrase });
  try {
    expect(opened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    return (opened.db.prepare('SELECT count(*) AS n FROM entry').get() as { n: number }).n;
  } finally {
    opened.db.close();
  }
}

async function killRepeatedly(
  mode: 'import' | 'edit',
  runs: number,
  passphrase: string | undefined,
): Promise<{ beforeRecovery: number }> {
  const dir = tempDir(`cw-crash-${mode}-`);
  const path = join(dir, 'review.cwr');
  const app = createAppContext({ home: join(dir, 'home') });
  createReview(app, { path, title: 'Crash test', kind: 'lcspr', ...(passphrase === undefined ? {} : { passphrase }) });
  app.reviews.closeAll();
  let beforeRecovery = 0;
  let everAcknowledged = 0;
  for (let run = 0; run < runs; run += 1) {
    const acknowledged = await runAndKill(path, mode, passphrase);
    everAcknowledged = Math.max(everAcknowledged, acknowledged);
    const copies = join(dir, `copy-${run}`);
    if (!existsSync(`${path}-journal`)) {
      // Between writes: the .cwr alone is the whole review, with nothing to recover.
      const early = join(dir, `early-${run}.cwr`);
      copyFileSync(path, early);
      expect(entriesIn(early, passphrase)).toBeGreaterThanOrEqual(everAcknowledged);
      beforeRecovery += 1;
    }
    expect(entriesIn(path, passphrase)).toBeGreaterThanOrEqual(everAcknowledged);
    // Reopened and closed: one file again, and a copy of it alone holds every acknowledged write.
    expect(readdirSync(dir).filter((name) => name.startsWith('review.cwr'))).toEqual(['review.cwr']);
    copyFileSync(path, `${copies}.cwr`);
    expect(entriesIn(`${copies}.cwr`, passphrase)).toBeGreaterThanOrEqual(everAcknowledged);
  }
  expect(everAcknowledged).toBeGreaterThan(0);
  return { beforeRecovery };
}

describe('crash safety', () => {
  it('30 kills of an importing process lose no acknowledged import and never damage the file', async () => {
    await killRepeatedly('import', 30, undefined);
  }, 600_000);

  it('30 kills of an edit loop on an encrypted review lose no acknowledged edit', async () => {
    await killRepeatedly('edit', 30, PASSPHRASE);
  }, 600_000);
});
