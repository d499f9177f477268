import type { Api } from '../shared/api/contract';
import { reviewHandlers } from './review/handlers';
import { peopleHandlers } from './people/handlers';
import { insightHandlers } from './insight/handlers';
import { taxonomyHandlers } from './taxonomy/handlers';
import { findingsHandlers } from './findings/handlers';
import { recommendationsHandlers } from './recommendations/handlers';
import { panelHandlers } from './panel/handlers';
import { annotationsHandlers } from './annotations/handlers';
import { chronologyHandlers } from './chronology/handlers';
import { reportHandlers } from './report/handlers';
import { boardHandlers } from './board/handlers';
import { requestsHandlers } from './requests/handlers';
import { jobsHandlers } from './jobs/handlers';
import type { HandlersFor } from './handler-types';

/** Every handler, by method name. Each domain adds one spread line. */
export const handlers: HandlersFor<Api> = {
  ...reviewHandlers,
  ...chronologyHandlers,
  ...peopleHandlers,
  ...insightHandlers,
  ...taxonomyHandlers,
  ...findingsHandlers,
  ...recommendationsHandlers,
  ...panelHandlers,
  ...annotationsHandlers,
  ...reportHandlers,
  ...boardHandlers,
  ...requestsHandlers,
  ...jobsHandlers,
};
