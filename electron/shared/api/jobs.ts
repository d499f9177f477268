import { z } from 'zod';
import { appCommand, appQuery } from './define';
import type { JobProgress } from '../progress';

/** A job id the page makes up (a random UUID) and sends with the call it wants to follow. */
export const jobIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'a job id is 8 to 64 letters, digits or dashes');

export const jobsApi = {
  /** How far a job has got; null once it has ended (its call then carries the result). */
  'jobs.getProgress': appQuery(() => z.object({ jobId: jobIdSchema })).returns<JobProgress | null>(),
  /** Stops a job at its next check; its call then fails with "cancelled" and nothing is changed. */
  'jobs.cancel': appCommand(() => z.object({ jobId: jobIdSchema })).returns<{ readonly jobId: string }>(),
} as const;
