import { describe, expect, it } from 'vitest';
import { createJobRegistry, runAsJob } from '@core/jobs/registry';
import { checkpoint } from '@core/jobs/work';
import { CasewrightError } from '@shared/errors';

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
});
