/** A review opened through the dispatcher, as the app uses it, ready for chronology requests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatcherReview } from './dispatcher-review';

export async function requestReview(title = 'Child R') {
  const { dir, app, dispatch, reviewId, attempt, call } = await dispatcherReview({ prefix: 'cw-requests-', title });
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
