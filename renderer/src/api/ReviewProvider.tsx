import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Api } from '@shared/api/contract';
import type { ArgsOf, ResultOf } from '@shared/api/define';
import { useApiClient } from './ApiProvider';
import type { ReviewMethod } from './client';

interface ReviewState {
  readonly reviewId: string;
  /** Bumped after every command, undo and redo, so every query refetches. */
  readonly revision: number;
  readonly bump: () => void;
}

const ReviewStateContext = createContext<ReviewState | null>(null);

/** Holds which review this window shows and the data revision that drives refetching. */
export function ReviewProvider({ reviewId, children }: { reviewId: string; children: ReactNode }) {
  const [revision, setRevision] = useState(0);
  const bump = useCallback(() => setRevision((value) => value + 1), []);
  const value = useMemo(() => ({ reviewId, revision, bump }), [reviewId, revision, bump]);
  return <ReviewStateContext.Provider value={value}>{children}</ReviewStateContext.Provider>;
}

export function useReviewState(): ReviewState {
  const state = useContext(ReviewStateContext);
  if (state === null) throw new Error('useReviewState outside ReviewProvider');
  return state;
}

export type ReviewCommand = <K extends ReviewMethod>(method: K, args: ArgsOf<Api[K]>) => Promise<ResultOf<Api[K]>>;

/** Calls a review method; after a command succeeds, every query in the window refetches. */
export function useReviewCommand(): ReviewCommand {
  const client = useApiClient();
  const { reviewId, bump } = useReviewState();
  return useCallback(
    async (method, args) => {
      const result = await client.review(reviewId, method, args);
      if (client.isCommand(method)) bump();
      return result;
    },
    [client, reviewId, bump],
  ) as ReviewCommand;
}
