import { Command, CommanderError } from 'commander';
import { basename } from 'node:path';
import { CasewrightError, fieldInWords } from '../shared/errors';
import { APP_VERSION } from '../shared/version';
import { createDispatcher } from '../api/dispatcher';
import { createAppContext } from '../core/app/app-context';
import type { CliContext } from './cli-context';
import { registerAllCommands } from './commands';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Exit codes: 0 done, 1 refused (bad input, validation, not a review…), 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

/**
 * Runs one `casewright` invocation and returns what it printed, so tests call the real CLI
 * in-process. `home` is the settings folder (the reviewer's display name for the audit log).
 */
export async function runCli(argv: readonly string[], options: { readonly home?: string } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const app = createAppContext({ edition: 'cli', ...(options.home === undefined ? {} : { home: options.home }) });
  const dispatch = createDispatcher(app, (line) => {
    stderr += `${line}\n`;
  });

  const cli: CliContext = {
    app,
    async withReview(file, work) {
      const opened = app.reviews.open(file);
      try {
        return await work({ app, review: opened.handle });
      } catch (error) {
        if (error instanceof CasewrightError && !error.message.includes(basename(file))) {
          throw new CasewrightError(error.code, `${basename(file)}: ${error.message}`, error.details);
        }
        throw error;
      } finally {
        app.reviews.close(opened.handle.id);
      }
    },
    async call(method, args, reviewId) {
      const response = await dispatch({ method, args, ...(reviewId === undefined ? {} : { reviewId }) });
      if (!response.ok) throw new CasewrightError(response.error.code, response.error.message, response.error.details);
      return response.result as never;
    },
    print(text) {
      stdout += text.endsWith('\n') ? text : `${text}\n`;
    },
    printJson(value) {
      stdout += `${JSON.stringify(value, null, 2)}\n`;
    },
  };

  const program = new Command('casewright')
    .description('Casewright: write safeguarding case reviews from a structured multi-agency chronology')
    .version(APP_VERSION, '-V, --version')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (text) => {
        stdout += text;
      },
      writeErr: (text) => {
        stderr += text;
      },
    });
  registerAllCommands(program, cli);

  let code = EXIT_OK;
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    code = exitCodeFor(error, (line) => {
      stderr += `${line}\n`;
    });
  } finally {
    app.reviews.closeAll();
  }
  return { code, stdout, stderr };
}

function exitCodeFor(error: unknown, printError: (line: string) => void): number {
  if (error instanceof CommanderError) {
    // Help and version are "errors" in commander's model, but succeed for the user.
    if (error.exitCode === 0) return EXIT_OK;
    return EXIT_USAGE;
  }
  if (error instanceof CasewrightError) {
    printError(`casewright: ${error.message}`);
    for (const problem of error.details?.problems ?? []) {
      const where = [problem.file, problem.row === undefined ? undefined : `row ${problem.row}`, problem.column ?? (problem.field === undefined ? undefined : fieldInWords(problem.field))]
        .filter((part) => part !== undefined)
        .join(', ');
      printError(`  - ${where === '' ? '' : `${where}: `}${problem.reason}`);
    }
    return error.code === 'invalid-arguments' ? EXIT_USAGE : EXIT_REFUSED;
  }
  printError(`casewright: internal error: ${error instanceof Error ? error.name : 'unknown'} (nothing was changed by the failed step)`);
  if (process.env.CASEWRIGHT_DEBUG === '1' && error instanceof Error) printError(error.stack ?? '');
  return EXIT_REFUSED;
}
