import type { jobsApi } from '../../shared/api/jobs';
import type { HandlersFor } from '../handler-types';

export const jobsHandlers: HandlersFor<typeof jobsApi> = {
  'jobs.getProgress': (app, args) => app.jobs.progress(args.jobId),
  'jobs.cancel': (app, args) => {
    app.jobs.cancel(args.jobId);
    return { jobId: args.jobId };
  },
};
