/**
 * Ctrl-C at a terminal during a long import cancels it cleanly: the command is started as a
 * reviewer starts it, on a real pseudo-terminal (`script`), and the interrupt is typed into that
 * terminal (the ETX character its line discipline turns into SIGINT) once the rows are being
 * written. The import's transaction rolls back: the review has no entries afterwards.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDailyVisits } from '../../helpers/agency-return';
import { cliReview } from '../../helpers/cli-review';

const bin = join(process.cwd(), 'electron', 'cli', 'casewright.mjs');

/** Runs `casewright <args>` on a terminal, pressing Ctrl-C once `pressWhen` appears on it. */
function onTerminal(
  home: string,
  args: readonly string[],
  pressWhen: RegExp,
): Promise<{ code: number | null; terminal: string }> {
  const command = ['node', bin, ...args].map((part) => `'${part.replaceAll("'", "'\\''")}'`).join(' ');
  const child = spawn('script', ['--quiet', '--return', '--command', command, '/dev/null'], {
    env: { ...process.env, CASEWRIGHT_HOME: home, CASEWRIGHT_FROM_SOURCE: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let terminal = '';
  let pressed = false;
  child.stdout.on('data', (chunk: Buffer) => {
    terminal += chunk.toString('utf8');
    if (!pressed && pressWhen.test(terminal)) {
      pressed = true;
      child.stdin.write('\x03');
    }
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, terminal }));
  });
}

describe('Ctrl-C during casewright chronology import', () => {
  it('cancels the import, says nothing was changed, exits with 130 and leaves the review empty', async () => {
    const { dir, home, file, run } = await cliReview({ prefix: 'cw-cli-interrupt-' });
    const source = writeDailyVisits(dir, 'westmoor-police-return.csv', 40_000, 1990);

    const { code, terminal } = await onTerminal(
      home,
      ['import', file, source, '--agency', 'Westmoor Police'],
      /Importing rows: [1-9][\d,]* of 40,000 rows/,
    );

    expect(code, terminal).toBe(130);
    const lines = terminal
      .replaceAll('\x1b[K', '')
      .split(/\r\n|\r/)
      .filter((line) => line !== '' && line !== '^C');
    expect(lines.at(-1)).toBe('Cancelled. Nothing was changed.');
    expect(lines.filter((line) => line.includes('Cancelled'))).toHaveLength(1);
    expect(terminal).not.toMatch(/Importing rows: 40,000 of 40,000 rows/);

    const after = await run(['chronology', 'list', file, '--json']);
    expect(JSON.parse(after.stdout)).toEqual([]);
  });
});
