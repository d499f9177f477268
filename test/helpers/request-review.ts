/** A review opened through the dispatcher, as the app uses it, ready for chronology requests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDispatcher } from '../../electron/api/dispatcher';
import { createAppContext } from '../../electron/core/app/app-context';
import { tempDir } from './review-file';

export async function requestReview(title = 'Child R') {
  const dir = tempDir('cw-requests-');
  const app = createAppContext({
    edition: 'electron',
    home: join(dir, 'home'),
    templatesDir: join(process.cwd(), 'templates'),
  });
  const dispatch = createDispatcher(app, () => undefined);
  const created = await dispatch({ method: 'review.create', args: { title, kind: 'lcspr' } });
  if (!created.ok) throw new Error(created.error.message);
  const reviewId = (created.result as { reviewId: string }).reviewId;
  const attempt = (method: string, args: unknown = {}) => dispatch({ method, args, reviewId });
  const call = async <T = unknown>(method: string, args: unknown = {}): Promise<T> => {
    const response = await attempt(method, args);
    if (!response.ok) throw new Error(`${method}: ${response.error.message}`);
    return response.result as T;
  };
  /** Generates an agency's request workbook at `dir/<name>` and returns its bytes. */
  const makeRequest = async (
    agency: string,
    options: { naming?: 'real-names' | 'pseudonyms'; dueDate?: string | null; name?: string } = {},
  ) => {
    const path = join(dir, options.name ?? `${agency.replace(/\W+/g, '-')}.xlsx`);
    const grant = app.grants.issue({ path, replaceConfirmed: false });
    const result = await call<{ request: { id: number; agency: string } }>('requests.add', {
      agency,
      naming: options.naming ?? 'pseudonyms',
      dueDate: options.dueDate ?? null,
      contact: 'A. Reviewer, reviewer@westmoor.example',
      target: { to: 'grant', grant },
    });
    return { path, bytes: new Uint8Array(readFileSync(path)), request: result.request };
  };
  return { dir, app, dispatch, reviewId, attempt, call, makeRequest, close: () => app.reviews.closeAll() };
}

export const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
