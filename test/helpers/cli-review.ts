/**
 * Running the real `casewright` command in-process against a review made by `casewright new`, for
 * the CLI tests. Each run asserts its exit code (0 unless said), showing stderr when it differs.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCli, type CliResult } from '../../electron/cli/run';
import { tempDir } from './review-file';

export type CliRun = (argv: readonly string[], expected?: number) => Promise<CliResult>;

/** Runs commands with the given app home (settings, display name), expecting each exit code. */
export function cliRunner(home: string): CliRun {
  return async (argv, expected = 0) => {
    const result = await runCli(argv, { home });
    expect(result.code, result.stderr).toBe(expected);
    return result;
  };
}

export interface CliReview {
  readonly dir: string;
  readonly home: string;
  /** `<dir>/child-r.cwr`, an empty review titled as asked ("Child R"). */
  readonly file: string;
  readonly run: CliRun;
}

export async function cliReview(
  options: { readonly title?: string; readonly prefix?: string } = {},
): Promise<CliReview> {
  const dir = tempDir(options.prefix);
  const home = join(dir, 'home');
  const file = join(dir, 'child-r.cwr');
  const run = cliRunner(home);
  await run(['new', file, '--title', options.title ?? 'Child R']);
  return { dir, home, file, run };
}
