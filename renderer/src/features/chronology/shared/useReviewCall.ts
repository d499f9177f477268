import { useCallback } from 'react';
import type { Api } from '@shared/api/contract';
import type { ArgsOf, ResultOf } from '@shared/api/define';
import { useApiClient } from '@renderer/api/ApiProvider';
import type { ReviewMethod } from '@renderer/api/client';
import { useReviewState } from '@renderer/api/ReviewProvider';

export type ReviewCall = <K extends ReviewMethod>(method: K, args: ArgsOf<Api[K]>) => Promise<ResultOf<Api[K]>>;

/**
 * An imperative review query, for what `useReviewQuery` cannot express: the grid's pages are
 * fetched as the viewport moves, not on render. `revision` changes after every command, undo
 * and redo, so callers know when to fetch again.
 */
export function useReviewCall(): { readonly call: ReviewCall; readonly revision: number } {
  const client = useApiClient();
  const { reviewId, revision } = useReviewState();
  const call = useCallback(((method, args) => client.review(reviewId, method, args)) as ReviewCall, [client, reviewId]);
  return { call, revision };
}
