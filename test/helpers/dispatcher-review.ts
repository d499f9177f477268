/**
 * A new review made and used only through the dispatcher, as the page and the CLI reach it: for
 * tests of the API itself (argument checks, refusals, long jobs) rather than of one service.
 * For a review seeded through the services, use `review.ts`.
 */
import { join } from 'node:path';
import { createDispatcher, type Dispatch } from '../../electron/api/dispatcher';
import { createAppContext, type AppContext, type Edition } from '../../electron/core/app/app-context';
import type { ApiResponse } from '../../electron/shared/api/transport';
import type { ReviewKind } from '../../electron/shared/domain/review';
import { tempDir } from './review-file';

export interface DispatcherReviewOptions {
  /** The temp folder's prefix, so a left-over folder says which test made it. */
  readonly prefix: string;
  readonly edition?: Edition;
  readonly title?: string;
  readonly kind?: ReviewKind;
  /** The review file's name inside the temp folder. */
  readonly fileName?: string;
}

export interface DispatcherReview {
  readonly dir: string;
  readonly app: AppContext;
  readonly dispatch: Dispatch;
  /** The review file. */
  readonly path: string;
  readonly reviewId: string;
  /** One call on the review, answered as the transport answers it (`ok` or the error). */
  attempt(method: string, args?: unknown): Promise<ApiResponse>;
  /** One call on the review; a refusal rejects with `<method>: <message>` and the error's `code`. */
  call<T = never>(method: string, args?: unknown): Promise<T>;
}

export async function dispatcherReview(options: DispatcherReviewOptions): Promise<DispatcherReview> {
  const dir = tempDir(options.prefix);
  const app = createAppContext({
    edition: options.edition ?? 'electron',
    home: join(dir, 'home'),
    templatesDir: join(process.cwd(), 'templates'),
  });
  const dispatch = createDispatcher(app, () => undefined);
  const path = join(dir, options.fileName ?? 'child-r.cwr');
  const created = await dispatch({
    method: 'review.create',
    args: {
      title: options.title ?? 'Child R',
      kind: options.kind ?? 'lcspr',
      grant: app.grants.issue({ path, replaceConfirmed: false }),
    },
  });
  if (!created.ok) throw new Error(created.error.message);
  const reviewId = (created.result as { reviewId: string }).reviewId;
  const attempt = (method: string, args: unknown = {}) => dispatch({ method, args, reviewId } as never);
  const call = async <T = never>(method: string, args: unknown = {}): Promise<T> => {
    const response = await attempt(method, args);
    if (!response.ok)
      throw Object.assign(new Error(`${method}: ${response.error.message}`), { code: response.error.code });
    return response.result as T;
  };
  return { dir, app, dispatch, path, reviewId, attempt, call };
}
