import { useCallback, useEffect, useRef, useState } from 'react';
import type { Api } from '@shared/api/contract';
import type { ArgsOf, ResultOf } from '@shared/api/define';
import type { ApiError } from '@shared/errors';
import { useApiClient } from './ApiProvider';
import { ApiCallError, type AppMethod, type ReviewMethod } from './client';
import { useReviewState } from './ReviewProvider';

export interface QueryState<T> {
  readonly data: T | undefined;
  readonly error: ApiError | undefined;
  readonly loading: boolean;
  readonly reload: () => void;
}

function toApiError(error: unknown): ApiError {
  return error instanceof ApiCallError ? error.error : { code: 'internal', message: 'Something went wrong' };
}

/** Runs a loader, keeps the last data while reloading, and ignores answers that arrive out of order. */
function useLoader<T>(load: () => Promise<T>, key: string): QueryState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [nonce, setNonce] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const ticket = ++latest.current;
    setLoading(true);
    loadRef.current().then(
      (value) => {
        if (ticket !== latest.current) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (failure: unknown) => {
        if (ticket !== latest.current) return;
        setError(toApiError(failure));
        setLoading(false);
      },
    );
  }, [key, nonce]);

  const reload = useCallback(() => setNonce((value) => value + 1), []);
  return { data, error, loading, reload };
}

/** Reads from the current review; refetches when the arguments change or after any command. */
export function useReviewQuery<K extends ReviewMethod>(method: K, args: ArgsOf<Api[K]>): QueryState<ResultOf<Api[K]>> {
  const client = useApiClient();
  const { reviewId, revision } = useReviewState();
  const key = `${reviewId}|${method}|${JSON.stringify(args)}|${revision}`;
  return useLoader(() => client.review(reviewId, method, args), key);
}

export function useAppQuery<K extends AppMethod>(
  method: K,
  args: ArgsOf<Api[K]>,
  revision = 0,
): QueryState<ResultOf<Api[K]>> {
  const client = useApiClient();
  const key = `${method}|${JSON.stringify(args)}|${revision}`;
  return useLoader(() => client.app(method, args), key);
}
