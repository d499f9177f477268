import { EXIT_CANCELLED, runCli, type InterruptSource } from './run';

/** Entry point for the installed command: runs, prints, and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const interrupts = terminalInterrupts();
  try {
    // Progress goes to the terminal as it happens; piped or redirected, only the result is printed.
    const result = await runCli(argv, {
      interrupts: interrupts.source,
      ...(process.stderr.isTTY === true ? { liveProgress: process.stderr } : {}),
    });
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    return result.code;
  } finally {
    interrupts.dispose();
  }
}

/**
 * The first Ctrl-C during long work cancels it (the command then ends with "Cancelled. Nothing was
 * changed." and code 130); a second one, or one when no long work is running, ends the process at
 * once with code 130, as an interrupt would without this handler.
 */
function terminalInterrupts(): { readonly source: InterruptSource; dispose(): void } {
  let cancelRunningWork: (() => void) | null = null;
  let interrupted = false;
  const onSigint = (): void => {
    if (interrupted || cancelRunningWork === null) {
      process.stderr.write('\n');
      process.exit(EXIT_CANCELLED);
    }
    interrupted = true;
    cancelRunningWork();
  };
  process.on('SIGINT', onSigint);
  return {
    source: {
      onInterrupt(cancel) {
        cancelRunningWork = cancel;
        return () => {
          if (cancelRunningWork === cancel) cancelRunningWork = null;
        };
      },
    },
    dispose: () => process.off('SIGINT', onSigint),
  };
}
