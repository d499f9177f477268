import { runCli } from './run';

/** Entry point for the installed command: runs, prints, and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const result = await runCli(argv);
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  return result.code;
}
