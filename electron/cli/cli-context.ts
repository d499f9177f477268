import type { Api, MethodName } from '../shared/api/contract';
import type { ArgsOf, ResultOf } from '../shared/api/define';
import type { AppContext } from '../core/app/app-context';
import type { ReviewContext } from '../api/handler-types';

/** What each CLI command receives: the same app context and services the UI uses. */
export interface CliContext {
  readonly app: AppContext;
  /** Opens a review file for the duration of `work`, then closes it (also on failure). */
  withReview<T>(file: string, work: (ctx: ReviewContext) => T | Promise<T>): Promise<T>;
  /** Calls a method through the dispatcher, with the same validation the UI gets. */
  call<K extends MethodName>(method: K, args: ArgsOf<Api[K]>, reviewId?: string): Promise<ResultOf<Api[K]>>;
  print(text: string): void;
  printJson(value: unknown): void;
}
