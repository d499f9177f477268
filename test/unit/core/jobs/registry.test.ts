import { describe, expect, it } from 'vitest';
import { createJobRegistry, runAsJob } from '@core/jobs/registry';
import { checkpoint } from '@core/jobs/work';
import { CasewrightError } from '@shared/errors';
import type { WorkHooks } from '@shared/progress';
import { heldWork } from '@test/helpers/held-work';

/** Work of five batches, each reported and then a checkpoint; `reached` counts the batches done. */
function fiveBatches(progress: { reached: number }) {
  return async (hooks: WorkHooks) => {
    for (let done = 1; done <= 5; done += 1) {
      hooks.onProgress?.({ step: 'Importing rows', done, total: 5, unit: 'rows' });
      await checkpoint(hooks.signal);
      progress.reached = done;
    }
  };
}

/** Many turns of the event loop: far more than work that is not held needs to run to its end. */
async function manyTurns(): Promise<void> {
  for (let turn = 0; turn < 50; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Runs `fiveBatches` as job `id` in a registry whose test hold stops jobs when `done` reaches
 * `heldAt`, and lets the event loop turn until the job has had every chance to run on.
 */
async function fiveBatchesHeldAt(heldAt: number, id: string) {
  const work = heldWork();
  const jobs = createJobRegistry({ hold: work });
  work.hold((report) => report.done === heldAt);
  const progress = { reached: 0 };
  const outcome = runAsJob(jobs, id, fiveBatches(progress));
  await manyTurns();
  return { work, jobs, progress, outcome };
}

describe('the job registry', () => {
  it('never shows a count going down within one step, and starts again when the total changes', () => {
    const jobs = createJobRegistry();
    const job = jobs.start('job-aaaa-1');
    job.hooks.onProgress?.({ step: 'Reading the spreadsheet', done: 0, total: 0, unit: 'rows' });
    job.hooks.onProgress?.({ step: 'Importing rows', done: 500, total: 2000, unit: 'rows' });
    job.hooks.onProgress?.({ step: 'Importing rows', done: 300, total: 2000, unit: 'rows' });
    expect(jobs.progress('job-aaaa-1')).toEqual({
      step: 'Importing rows',
      done: 500,
      total: 2000,
      unit: 'rows',
      state: 'running',
    });
    jobs.cancel('job-aaaa-1');
    expect(jobs.progress('job-aaaa-1')?.state).toBe('cancelling');
    job.finish();
    expect(jobs.progress('job-aaaa-1')).toBeNull();
  });

  it('refuses a second job with the same id while the first runs', () => {
    const jobs = createJobRegistry();
    jobs.start('job-bbbb-1');
    expect(() => jobs.start('job-bbbb-1')).toThrow(CasewrightError);
  });

  it('applies a cancel that arrived before its job started, and ends the work with "cancelled"', async () => {
    const jobs = createJobRegistry();
    jobs.cancel('job-cccc-1');
    let steps = 0;
    const outcome = runAsJob(jobs, 'job-cccc-1', async (hooks) => {
      steps += 1;
      await checkpoint(hooks.signal);
      steps += 1;
    });
    await expect(outcome).rejects.toMatchObject({ code: 'cancelled', message: 'Cancelled. Nothing was changed.' });
    expect(steps).toBe(1);
    // The job is forgotten, and the early cancel was used up: the same id runs to the end next time.
    expect(jobs.progress('job-cccc-1')).toBeNull();
    await expect(runAsJob(jobs, 'job-cccc-1', async (hooks) => checkpoint(hooks.signal))).resolves.toBeUndefined();
  });

  it('holds a job a test chose at its next checkpoint until it is released', async () => {
    const { work, jobs, progress, outcome } = await fiveBatchesHeldAt(2, 'job-dddd-1');
    expect(progress.reached).toBe(1);
    expect(jobs.progress('job-dddd-1')).toMatchObject({ done: 2, total: 5, state: 'running' });
    work.release();
    await outcome;
    expect(progress.reached).toBe(5);
  });

  it('ends a held job with "cancelled" when it is cancelled, and holds each matching job until released', async () => {
    const { work, jobs, progress, outcome } = await fiveBatchesHeldAt(3, 'job-eeee-1');
    expect(progress.reached).toBe(2);
    jobs.cancel('job-eeee-1');
    await expect(outcome).rejects.toMatchObject({ code: 'cancelled' });
    expect(progress.reached).toBe(2);

    const again = { reached: 0 };
    const second = runAsJob(jobs, 'job-eeee-2', fiveBatches(again));
    await manyTurns();
    expect(again.reached).toBe(2);
    work.release();
    await second;
    expect(again.reached).toBe(5);
    const third = { reached: 0 };
    await runAsJob(jobs, 'job-eeee-3', fiveBatches(third));
    expect(third.reached).toBe(5);
  });
});
