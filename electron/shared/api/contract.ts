import type { ApiSpec } from './define';
import { reviewApi } from './review';
import { peopleApi } from './people';
import { insightApi } from './insight';
import { chronologyApi } from './chronology';
import { taxonomyApi } from './taxonomy';
import { findingsApi } from './findings';
import { recommendationsApi } from './recommendations';
import { panelApi } from './panel';
import { annotationsApi } from './annotations';
import { reportApi } from './report';
import { boardApi } from './board';
import { requestsApi } from './requests';
import { jobsApi } from './jobs';

/**
 * Every call the renderer (or CLI) can make, by name. Each domain declares its methods in its own
 * file and adds one spread line here; the dispatcher, the handlers and the typed client all derive
 * from this object, so a missing handler or a wrong argument type fails to compile.
 */
export const api = {
  ...reviewApi,
  ...peopleApi,
  ...insightApi,
  ...chronologyApi,
  ...taxonomyApi,
  ...findingsApi,
  ...recommendationsApi,
  ...panelApi,
  ...annotationsApi,
  ...reportApi,
  ...boardApi,
  ...requestsApi,
  ...jobsApi,
} as const satisfies ApiSpec;

export type Api = typeof api;
export type MethodName = keyof Api & string;
