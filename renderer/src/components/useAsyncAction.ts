import { useCallback, useState } from 'react';
import type { ApiError } from '@shared/errors';
import { ApiCallError } from '../api/client';

/** Runs a user action, tracking "busy" and the typed error it ended with. */
export function useAsyncAction(): {
  readonly busy: boolean;
  readonly error: ApiError | undefined;
  readonly run: <T>(action: () => Promise<T>) => Promise<T | undefined>;
  readonly clearError: () => void;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      return await action();
    } catch (failure) {
      setError(failure instanceof ApiCallError ? failure.error : { code: 'internal', message: 'Something went wrong' });
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run, clearError: useCallback(() => setError(undefined), []) };
}
