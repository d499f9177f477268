import { useCallback, useEffect, useRef, useState } from 'react';
import type { InsightReport } from '@shared/domain/insight';
import type { ApiError } from '@shared/errors';
import { useApiClient } from '../../api/ApiProvider';
import { ApiCallError } from '../../api/client';
import { useReviewState } from '../../api/ReviewProvider';
import { useJob, type FollowedJob } from '../../api/useJob';

/** A run shorter than this shows no bar: it would only flicker. */
const SHOW_PROGRESS_AFTER_MS = 400;

export interface InsightRunState {
  /** The last complete run; kept while the next runs, dropped when a run is cancelled. */
  readonly data: InsightReport | undefined;
  readonly error: ApiError | undefined;
  readonly job: FollowedJob;
  /** The run has taken long enough that its progress and Cancel button are worth showing. */
  readonly showProgress: boolean;
  /** Runs insight again (after a cancel). */
  readonly rerun: () => void;
}

/**
 * Runs insight as a job the page follows (progress by entries read and rules checked, and Cancel),
 * when the Insight area opens and again after any change to the review.
 */
export function useInsightRun(): InsightRunState {
  const client = useApiClient();
  const { reviewId, revision } = useReviewState();
  const job = useJob();
  const [data, setData] = useState<InsightReport | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [nonce, setNonce] = useState(0);
  const [showProgress, setShowProgress] = useState(false);
  const latest = useRef(0);
  const follow = job.follow;

  useEffect(() => {
    const ticket = ++latest.current;
    let runningJob: string | null = null;
    follow((jobId) => {
      runningJob = jobId;
      return client.review(reviewId, 'insight.run', { jobId });
    })
      .then(
        (report) => {
          if (ticket !== latest.current) return;
          // Undefined: cancelled; what was shown belongs to an older state of the review.
          setData(report);
          setError(undefined);
        },
        (failure: unknown) => {
          if (ticket !== latest.current) return;
          setError(
            failure instanceof ApiCallError ? failure.error : { code: 'internal', message: 'Something went wrong' },
          );
        },
      )
      .finally(() => {
        runningJob = null;
      });
    // Leaving the area, or a change to the review, makes this run's answer useless: stop it so the
    // next request does not wait behind it.
    return () => {
      if (runningJob !== null) client.app('jobs.cancel', { jobId: runningJob }).catch(() => undefined);
    };
  }, [client, follow, reviewId, revision, nonce]);

  useEffect(() => {
    if (!job.running) {
      setShowProgress(false);
      return;
    }
    const timer = setTimeout(() => setShowProgress(true), SHOW_PROGRESS_AFTER_MS);
    return () => clearTimeout(timer);
  }, [job.running]);

  const rerun = useCallback(() => setNonce((value) => value + 1), []);
  return { data, error, job, showProgress, rerun };
}
