import { randomBytes } from 'node:crypto';
import { progressText } from '../shared/progress';
import { Command, CommanderError } from 'commander';
import { basename } from 'node:path';
import { CasewrightError, fieldInWords } from '../shared/errors';
import { APP_VERSION } from '../shared/version';
import type { Dispatch } from '../api/dispatcher';
import { createAppContext } from '../core/app/app-context';
import { CANCELLED_MESSAGE } from '../core/jobs/work';
import type { CliContext } from './cli-context';
import {
  defaultPassphraseSource,
  NEW_PASSPHRASE_VARIABLE,
  PASSPHRASE_VARIABLE,
  type PassphraseSource,
} from './passphrase-prompt';
import { registerAllCommands } from './commands';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Exit codes: 0 done, 1 refused (bad input, validation, not a review…), 2 usage error, 130 stopped
 * by Ctrl-C (the shells' own code for a command ended by an interrupt).
 */
export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;
export const EXIT_CANCELLED = 130;

/**
 * Where Ctrl-C reaches long work: while an import, export or library read runs, the CLI registers
 * how to cancel it, and the terminal's interrupt calls that instead of killing the process.
 */
export interface InterruptSource {
  /** Registers the cancel of the long work now running; the returned function unregisters it. */
  onInterrupt(cancel: () => void): () => void;
}

/**
 * Runs one `casewright` invocation and returns what it printed, so tests call the real CLI
 * in-process. `home` is the settings folder (the reviewer's display name for the audit log).
 */
export async function runCli(
  argv: readonly string[],
  options: {
    readonly home?: string;
    readonly passphrases?: PassphraseSource;
    /** Where to show the progress of long work as it happens (the terminal); tests leave it out. */
    readonly liveProgress?: NodeJS.WritableStream;
    /** Ctrl-C at the terminal; tests that do not interrupt leave it out. */
    readonly interrupts?: InterruptSource;
  } = {},
): Promise<CliResult> {
  const passphrases = options.passphrases ?? defaultPassphraseSource();
  let stdout = '';
  let stderr = '';
  const app = createAppContext({ edition: 'cli', ...(options.home === undefined ? {} : { home: options.home }) });
  // The dispatcher loads on first use, and then only the schemas and handlers of the domains a command calls
  // (all of them bring the Word and spreadsheet writers and insight's language model), so
  // `casewright info` starts quickly.
  let dispatch: Dispatch | null = null;
  const dispatcher = async (): Promise<Dispatch> => {
    if (dispatch === null) {
      const [{ createDispatcher }, { methodOfDomain }] = await Promise.all([
        import('../api/dispatcher'),
        import('../api/handler-source'),
      ]);
      dispatch = createDispatcher(
        app,
        (line) => {
          stderr += `${line}\n`;
        },
        methodOfDomain,
      );
    }
    return dispatch;
  };

  const cli: CliContext = {
    app,
    async passphrase(purpose, file) {
      const answer = await passphrases.ask(purpose);
      if (answer !== null && answer !== '') return answer;
      const what =
        purpose === 'current' ? `${basename(file)} is encrypted: give its passphrase` : 'Give the new passphrase';
      const variable = purpose === 'replacement' ? NEW_PASSPHRASE_VARIABLE : PASSPHRASE_VARIABLE;
      throw new CasewrightError(
        purpose === 'current' ? 'passphrase-needed' : 'refused',
        `${what} (type it at the prompt when running in a terminal, or set ${variable})${purpose === 'current' ? '' : '; when typed twice, both must match'}`,
      );
    },
    async withReview(file, work, openOptions = {}) {
      let opened;
      try {
        opened = app.reviews.open(file, openOptions);
      } catch (error) {
        if (!(error instanceof CasewrightError) || error.code !== 'passphrase-needed') throw error;
        opened = app.reviews.open(file, { ...openOptions, passphrase: await this.passphrase('current', file) });
      }
      if (opened.migratedFrom !== null) {
        stderr += `casewright: updated ${basename(file)} from file format ${opened.migratedFrom.version}; the earlier version is kept at ${opened.migratedFrom.backupPath}\n`;
      }
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
    saveGrant(path) {
      return app.grants.issue({ path, replaceConfirmed: false });
    },
    async call(method, args, reviewId) {
      const response = await (await dispatcher())({ method, args, ...(reviewId === undefined ? {} : { reviewId }) });
      if (!response.ok) throw new CasewrightError(response.error.code, response.error.message, response.error.details);
      return response.result as never;
    },
    async withProgress(work) {
      const jobId = `cli-${randomBytes(12).toString('hex')}`;
      const live = options.liveProgress;
      // Ctrl-C cancels through the same job registry as the app's Cancel button: the work stops at
      // its next check, its transaction rolls back and no file is written.
      const release = options.interrupts?.onInterrupt(() => app.jobs.cancel(jobId));
      const stop =
        live === undefined
          ? undefined
          : app.jobs.watch(jobId, (report) => live.write(`\r\x1b[K${report.step}: ${progressText(report)}`));
      try {
        return await work(jobId);
      } finally {
        release?.();
        stop?.();
        live?.write('\r\x1b[K');
      }
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
  if (error instanceof CasewrightError && error.code === 'cancelled') {
    // The command's file name is not needed here: nothing anywhere was changed.
    printError(CANCELLED_MESSAGE);
    return EXIT_CANCELLED;
  }
  if (error instanceof CasewrightError) {
    printError(`casewright: ${error.message}`);
    for (const problem of error.details?.problems ?? []) {
      const where = [
        problem.file,
        problem.row === undefined ? undefined : `row ${problem.row}`,
        problem.column ?? (problem.field === undefined ? undefined : fieldInWords(problem.field)),
      ]
        .filter((part) => part !== undefined)
        .join(', ');
      printError(`  - ${where === '' ? '' : `${where}: `}${problem.reason}`);
    }
    return error.code === 'invalid-arguments' ? EXIT_USAGE : EXIT_REFUSED;
  }
  printError(
    `casewright: internal error: ${error instanceof Error ? error.name : 'unknown'} (nothing was changed by the failed step)`,
  );
  if (process.env.CASEWRIGHT_DEBUG === '1' && error instanceof Error) printError(error.stack ?? '');
  return EXIT_REFUSED;
}
