import { runCli } from './run';

/** Entry point for the installed command: runs, prints, and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  // Progress goes to the terminal as it happens; piped or redirected, only the result is printed.
  const result = await runCli(argv, process.stderr.isTTY === true ? { liveProgress: process.stderr } : {});
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  return result.code;
}
