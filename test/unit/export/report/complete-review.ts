/**
 * A review that is ready to publish, built through the real dispatcher (as the app and CLI do):
 * details, terms of reference, every required section, a chronology with key entries, people
 * with dates of birth and characteristics, findings with analysis and evidence, and
 * recommendations with owners and due dates. Tests take one thing away at a time.
 */
import { join } from 'node:path';
import { createDispatcher } from '../../../../electron/api/dispatcher';
import { createAppContext } from '../../../../electron/core/app/app-context';
import { fillCompleteReview, type Call } from '../../../helpers/complete-review';
import { tempDir } from '../../../helpers/review-file';

type ReviewCall = (method: string, args?: unknown) => Promise<never>;

export interface CompleteReview {
  readonly call: ReviewCall;
  readonly dir: string;
  readonly home: string;
  readonly file: string;
  readonly findingIds: readonly number[];
  readonly recommendationIds: readonly number[];
  readonly entryIds: readonly number[];
  /** A save target for `path`, as the desktop app's save dialog grants it. */
  target(path: string): { readonly to: 'grant'; readonly grant: string };
  close(): Promise<void>;
}

export async function completeReview(options: { kind?: 'lcspr' | 'dhr' | 'cpr' | 'susr'; title?: string } = {}): Promise<CompleteReview> {
  const dir = tempDir('cw-complete-');
  const home = join(dir, 'home');
  const file = join(dir, 'child-t.cwr');
  const app = createAppContext({ edition: 'cli', home, templatesDir: join(process.cwd(), 'templates') });
  const dispatch = createDispatcher(app, () => undefined);
  const created = await dispatch({ method: 'review.create', args: { grant: app.grants.issue({ path: file, replaceConfirmed: false }), title: options.title ?? 'Child T', kind: options.kind ?? 'lcspr' } } as never);
  if (!created.ok) throw new Error(created.error.message);
  const reviewId = (created.result as { reviewId: string }).reviewId;
  const call: ReviewCall = async (method, args = {}) => {
    const response = await dispatch({ method, args, reviewId } as never);
    if (!response.ok) throw Object.assign(new Error(response.error.message), { code: response.error.code, details: response.error.details });
    return response.result as never;
  };

  const filled = await fillCompleteReview(call as Call);
  return {
    call,
    target: (path) => ({ to: 'grant', grant: app.grants.issue({ path, replaceConfirmed: false }) }),
    dir,
    home,
    file,
    ...filled,
    close: async () => {
      await dispatch({ method: 'review.close', args: { reviewId } } as never);
    },
  };
}
