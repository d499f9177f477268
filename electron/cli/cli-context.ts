import type { Api, MethodName } from '../shared/api/contract';
import type { ArgsOf, ResultOf } from '../shared/api/define';
import type { AppContext } from '../core/app/app-context';
import type { ReviewContext } from '../api/handler-types';
import type { PassphrasePurpose } from './passphrase-prompt';

/** What each CLI command receives: the same app context and services the UI uses. */
export interface CliContext {
  readonly app: AppContext;
  /**
   * Opens a review file for the duration of `work`, then closes it (also on failure). An encrypted
   * file's passphrase comes from `passphrases`. `readOnly` writes nothing (no migration, no backup).
   */
  withReview<T>(
    file: string,
    work: (ctx: ReviewContext) => T | Promise<T>,
    options?: { readonly readOnly?: boolean },
  ): Promise<T>;
  /** Asks for a passphrase; refuses plainly (exit 1) when there is no way to get one. */
  passphrase(purpose: PassphrasePurpose, file: string): Promise<string>;
  /**
   * A save grant for a path typed on the command line, so exports go through the same API methods
   * (and checks) as the app's. Like the app's own folder chooser, it never replaces a file that is
   * not an earlier Casewright output of the same kind.
   */
  saveGrant(path: string): string;
  /** Calls a method through the dispatcher, with the same validation the UI gets. */
  call<K extends MethodName>(method: K, args: ArgsOf<Api[K]>, reviewId?: string): Promise<ResultOf<Api[K]>>;
  /**
   * Runs long work (an import, an export) under a new job id, showing its progress on one line of
   * standard error while it runs when there is a terminal to show it on.
   */
  withProgress<T>(work: (jobId: string) => Promise<T>): Promise<T>;
  print(text: string): void;
  printJson(value: unknown): void;
}
