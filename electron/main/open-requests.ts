/**
 * Review files the operating system asks us to open: on Windows and Linux as a command-line
 * argument (first launch, or forwarded by the single-instance lock), on macOS through the
 * `open-file` event, which can fire before the app is ready and so is queued.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REVIEW_EXTENSION = '.cwr';

/**
 * The review file named on a command line, resolved against the directory it was run from.
 * Flags (`--foo`, Chromium's switches) are skipped; argv[0] is the executable. Only `.cwr` paths
 * count, so a stray argument can never make us open some other file.
 */
export function reviewPathFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    const filePath = localPath(arg);
    if (filePath === null || !filePath.toLowerCase().endsWith(REVIEW_EXTENSION)) continue;
    return path.resolve(workingDirectory, filePath);
  }
  return null;
}

/** Linux desktop files pass `%U`, so a file manager may hand us a `file://` URL, not a path.
 * Any other URL (http:, smb:, …) is not a local file and is ignored. */
function localPath(arg: string): string | null {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) return arg;
  if (!arg.toLowerCase().startsWith('file://')) return null;
  try {
    return fileURLToPath(arg);
  } catch {
    return null;
  }
}

/** Holds open requests that arrive before the app can show windows, then hands them over once. */
export class PendingOpens {
  private readonly queued: string[] = [];
  private deliver: ((filePath: string) => void) | null = null;

  request(filePath: string): void {
    if (this.deliver === null) this.queued.push(filePath);
    else this.deliver(filePath);
  }

  /** From now on requests go straight to `deliver`; anything queued is delivered first, in order. */
  ready(deliver: (filePath: string) => void): void {
    this.deliver = deliver;
    for (const filePath of this.queued.splice(0)) deliver(filePath);
  }

  get pendingCount(): number {
    return this.queued.length;
  }
}
