/**
 * At a terminal, a long import shows how far it has got (the file read, the rows checked, the rows
 * written) on one line of standard error, and clears that line when it ends; piped or redirected
 * (as in scripts), nothing but the result is printed. `casewright board` counts the reviews read.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import { writeDailyVisits } from '../../helpers/agency-return';
import { cliReview } from '../../helpers/cli-review';
import { tempDir } from '../../helpers/review-file';

describe('casewright chronology import at a terminal', () => {
  it('shows the rows imported as they are written, then clears the line', async () => {
    const { dir, home, file } = await cliReview({ prefix: 'cw-cli-progress-' });
    const source = writeDailyVisits(dir, 'Westmoor Police return.csv', 1_200);

    let terminal = '';
    const liveProgress = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        terminal += chunk.toString('utf8');
        callback();
      },
    });
    const result = await runCli(['import', file, source, '--agency', 'Westmoor Police'], {
      home,
      liveProgress,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = terminal.split('\r\x1b[K').filter((line) => line !== '');
    expect(lines).toEqual([
      'Reading the spreadsheet: starting',
      'Reading the spreadsheet: 0 KB of 99 KB',
      'Reading the spreadsheet: 99 KB of 99 KB',
      'Checking rows: 0 of 1,200 rows',
      'Checking rows: 1,200 of 1,200 rows',
      'Importing rows: 0 of 1,200 rows',
      'Importing rows: 500 of 1,200 rows',
      'Importing rows: 1,000 of 1,200 rows',
      'Importing rows: 1,200 of 1,200 rows',
    ]);
    expect(terminal.endsWith('\r\x1b[K')).toBe(true);

    // Without a terminal the same import prints only its result.
    const quiet = await runCli(['import', file, source, '--agency', 'Westmoor Health'], { home });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).not.toMatch(/Importing rows/);
  });

  it('counts the reviews read while `casewright board` opens a library, then clears the line', async () => {
    const dir = tempDir('cw-cli-board-progress-');
    const home = join(dir, 'home');
    const library = join(dir, 'library');
    mkdirSync(library);
    for (const name of ['child-a', 'child-b', 'child-c'])
      expect((await runCli(['new', join(library, `${name}.cwr`), '--title', name], { home })).code).toBe(0);

    let terminal = '';
    const liveProgress = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        terminal += chunk.toString('utf8');
        callback();
      },
    });
    const result = await runCli(['board', library], { home, liveProgress });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^3 reviews read; 0 files left out\./);
    const lines = terminal.split('\r\x1b[K').filter((line) => line !== '');
    expect(lines.at(-1)).toBe('Reading reviews: 3 of 3 reviews');
    expect(lines.every((line) => /^Reading reviews: \d of 3 reviews$/.test(line))).toBe(true);
    expect(terminal.endsWith('\r\x1b[K')).toBe(true);
  });
});
