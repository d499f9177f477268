import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobProgress } from '@shared/progress';
import { useApiClient } from './ApiProvider';
import { ApiCallError } from './client';

/** How often the page asks how far a job has got: often enough to move smoothly, rarely enough to cost nothing. */
const POLL_MS = 250;

function newJobId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `job-${[...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

export interface FollowedJob {
  /** The latest progress, or null before the first report (the bar shows "starting"). */
  readonly progress: JobProgress | null;
  readonly running: boolean;
  /** The last job was cancelled by the reviewer (and changed nothing). */
  readonly cancelled: boolean;
  /**
   * Runs `work` with a new job id and follows it until it ends. A cancelled job resolves to
   * undefined (it is not an error to show); any other failure is thrown as usual.
   */
  follow<T>(work: (jobId: string) => Promise<T>): Promise<T | undefined>;
  cancel(): void;
}

/**
 * Follows long work (an import, an export) by polling `jobs.getProgress`, the same way over
 * Electron's IPC and the browser edition's bridge, and cancels it with `jobs.cancel`.
 */
export function useJob(): FollowedJob {
  const client = useApiClient();
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const current = useRef<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    // Set here too: React's development checks unmount and mount every component once more.
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const follow = useCallback(
    async <T>(work: (jobId: string) => Promise<T>): Promise<T | undefined> => {
      const jobId = newJobId();
      current.current = jobId;
      setRunning(true);
      setCancelled(false);
      setProgress(null);
      let ended = false;
      const poll = async (): Promise<void> => {
        while (!ended && mounted.current) {
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          if (ended || !mounted.current) return;
          try {
            const latest = await client.app('jobs.getProgress', { jobId });
            if (!ended && mounted.current && current.current === jobId && latest !== null) setProgress(latest);
          } catch {
            // A missed poll only delays the bar; the call itself reports any real failure.
          }
        }
      };
      void poll();
      try {
        return await work(jobId);
      } catch (failure) {
        if (failure instanceof ApiCallError && failure.error.code === 'cancelled') {
          // A job replaced by a newer one (the page asked again) says nothing about the newer one.
          if (mounted.current && current.current === jobId) setCancelled(true);
          return undefined;
        }
        throw failure;
      } finally {
        ended = true;
        if (current.current === jobId) {
          current.current = null;
          if (mounted.current) {
            setRunning(false);
            setProgress(null);
          }
        }
      }
    },
    [client],
  );

  const cancel = useCallback(() => {
    const jobId = current.current;
    if (jobId === null) return;
    setProgress((latest) => (latest === null ? latest : { ...latest, state: 'cancelling' }));
    client.app('jobs.cancel', { jobId }).catch(() => undefined);
  }, [client]);

  return { progress, running, cancelled, follow, cancel };
}
