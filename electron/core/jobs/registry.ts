import { CasewrightError } from '../../shared/errors';
import type { CancelSignal, JobProgress, ProgressReport, WorkHooks } from '../../shared/progress';

/** One running job: the hooks its service is given, and its end. */
export interface RunningJob {
  readonly hooks: WorkHooks & { readonly signal: CancelSignal };
  finish(): void;
}

/**
 * Holds long work at a chosen point until it is released or cancelled. Only tests pass one: an
 * end-to-end test presses Cancel (or Close review) while the work is known to be part-way, where
 * otherwise it would race work that can finish before the page looks, or be caught too early.
 */
export interface JobHold {
  /**
   * Asked at each progress report of a job that is not held: a wait that holds the job at its next
   * checkpoint, or undefined to let it go on. A cancel ends the wait too.
   */
  holdAt(report: ProgressReport): Promise<void> | undefined;
}

export type ProgressListener = (report: ProgressReport) => void;

/**
 * Long work the page started with a job id it chose: the page polls `progress` and may `cancel`.
 * In-process callers (the CLI) `watch` a job instead of polling. A job is forgotten when it ends;
 * the call that started it carries its result or its "cancelled" error.
 */
export interface JobRegistry {
  start(jobId: string): RunningJob;
  progress(jobId: string): JobProgress | null;
  /** Stops a running job; a cancel that overtakes its job's call is kept and applied when it starts. */
  cancel(jobId: string): void;
  watch(jobId: string, listener: ProgressListener): () => void;
}

/** Cancels for ids whose call has not arrived yet are kept, up to this many. */
const EARLY_CANCELS_KEPT = 64;

interface JobState {
  readonly controller: AbortController;
  report: ProgressReport;
}

/** Resolves once the job is cancelled. */
function whenAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

export function createJobRegistry(options: { readonly hold?: JobHold } = {}): JobRegistry {
  const jobs = new Map<string, JobState>();
  const earlyCancels = new Set<string>();
  const listeners = new Map<string, Set<ProgressListener>>();

  return {
    start(jobId) {
      if (jobs.has(jobId)) throw new CasewrightError('conflict', 'This piece of work has already started');
      const controller = new AbortController();
      if (earlyCancels.delete(jobId)) controller.abort();
      const state: JobState = { controller, report: { step: 'Starting', done: 0, total: 0, unit: 'rows' } };
      jobs.set(jobId, state);
      let held: Promise<void> | undefined;
      const { hold } = options;
      const signal: CancelSignal =
        hold === undefined
          ? controller.signal
          : {
              get aborted() {
                return controller.signal.aborted;
              },
              whileHeld: () => held,
            };
      return {
        hooks: {
          signal,
          onProgress(report) {
            // A bar that goes backwards misleads: only a new step (or a new total) restarts the count.
            const sameScale =
              report.step === state.report.step &&
              report.total === state.report.total &&
              report.unit === state.report.unit;
            state.report = sameScale ? { ...report, done: Math.max(report.done, state.report.done) } : report;
            for (const listener of listeners.get(jobId) ?? []) listener(state.report);
            const wait = held === undefined ? hold?.holdAt(state.report) : undefined;
            if (wait !== undefined)
              held = Promise.race([wait, whenAborted(controller.signal)]).then(() => {
                held = undefined;
              });
          },
        },
        finish() {
          jobs.delete(jobId);
          listeners.delete(jobId);
        },
      };
    },
    progress(jobId) {
      const state = jobs.get(jobId);
      if (state === undefined) return null;
      return { ...state.report, state: state.controller.signal.aborted ? 'cancelling' : 'running' };
    },
    cancel(jobId) {
      const state = jobs.get(jobId);
      if (state !== undefined) {
        state.controller.abort();
        return;
      }
      earlyCancels.add(jobId);
      if (earlyCancels.size > EARLY_CANCELS_KEPT) earlyCancels.delete(earlyCancels.values().next().value!);
    },
    watch(jobId, listener) {
      let set = listeners.get(jobId);
      if (set === undefined) listeners.set(jobId, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

/** Runs work as a job when the caller gave an id, else with no hooks (scripts, tests). */
export async function runAsJob<T>(
  registry: JobRegistry,
  jobId: string | undefined,
  work: (hooks: WorkHooks) => Promise<T>,
): Promise<T> {
  if (jobId === undefined) return work({});
  const job = registry.start(jobId);
  try {
    return await work(job.hooks);
  } finally {
    job.finish();
  }
}
