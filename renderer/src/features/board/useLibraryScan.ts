import { useCallback, useEffect, useState } from 'react';
import type { LibraryView } from '@shared/api/board';
import type { ApiError } from '@shared/errors';
import { useApiClient } from '../../api/ApiProvider';
import { ApiCallError } from '../../api/client';
import { useJob, type FollowedJob } from '../../api/useJob';

export interface LibraryScan {
  /** The library as last read; kept while it is read again after a change. */
  readonly data: LibraryView | undefined;
  readonly error: ApiError | undefined;
  /** The scan as a job: its progress ("120 of 500 reviews") and its Cancel. */
  readonly job: FollowedJob;
  /** Reads the library again (after a cancel). */
  readonly retry: () => void;
}

/**
 * Reads the library as work the reviewer follows: the first read of a large folder opens every
 * review, so it counts them and can be cancelled, which leaves the library index as it was.
 */
export function useLibraryScan(roots: readonly string[], revision: number): LibraryScan {
  const client = useApiClient();
  const job = useJob();
  const { follow, cancel } = job;
  const [data, setData] = useState<LibraryView | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const key = roots.join('\n');

  useEffect(() => {
    let current = true;
    follow((jobId) => client.app('board.listReviews', { roots: key.split('\n'), jobId })).then(
      (view) => {
        if (!current || view === undefined) return;
        setData(view);
        setError(undefined);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(
          failure instanceof ApiCallError ? failure.error : { code: 'internal', message: 'Something went wrong' },
        );
      },
    );
    return () => {
      // A scan nobody waits for any more (the library or the screen changed) is stopped.
      current = false;
      cancel();
    };
  }, [client, follow, cancel, key, revision, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, error, job, retry };
}
