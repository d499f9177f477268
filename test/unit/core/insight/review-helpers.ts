/** Opens a real review file with the seeded chronology, through the app context. Helpers only. */
import { join } from 'node:path';
import { createDispatcher } from '../../../../electron/api/dispatcher';
import { createAppContext, type AppContext } from '../../../../electron/core/app/app-context';
import { createReview } from '../../../../electron/core/review/lifecycle';
import type { Api, MethodName } from '../../../../electron/shared/api/contract';
import type { ArgsOf, ResultOf } from '../../../../electron/shared/api/define';
import { tempDir } from '../../../helpers/review-file';
import { seedChronology } from './seed-review';

export interface SeededReview {
  readonly app: AppContext;
  readonly path: string;
  readonly reviewId: string;
  readonly entryIds: Map<number, number>;
  call<K extends MethodName>(method: K, args: ArgsOf<Api[K]>): Promise<ResultOf<Api[K]>>;
  /** The error a call fails with (fails the test when the call succeeds). */
  failure<K extends MethodName>(method: K, args: ArgsOf<Api[K]>): Promise<{ code: string; message: string }>;
}

export function seededReview(): SeededReview {
  const dir = tempDir();
  const app = createAppContext({ edition: 'cli', home: join(dir, 'home') });
  const path = join(dir, 'child-r.cwr');
  const session = createReview(app, { path, title: 'Child R', kind: 'lcspr' });
  const handle = app.reviews.get(session.reviewId);
  // Seeding is test setup, not a reviewer's edit: one change group, not on the undo stack.
  const entryIds = handle.write('Seed chronology', (db) => seedChronology(db), { kind: 'create' });
  const dispatch = createDispatcher(app, () => undefined);
  const request = async (method: string, args: unknown) => dispatch({ method, args, reviewId: session.reviewId } as never);
  return {
    app,
    path,
    reviewId: session.reviewId,
    entryIds,
    async call(method, args) {
      const response = await request(method, args);
      if (!response.ok) throw new Error(`${method} failed: ${response.error.code} ${response.error.message}`);
      return response.result as never;
    },
    async failure(method, args) {
      const response = await request(method, args);
      if (response.ok) throw new Error(`${method} succeeded but was expected to fail`);
      return response.error;
    },
  };
}
