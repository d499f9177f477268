import type { Api } from '../shared/api/contract';
import type { AnyMethodSpec } from '../shared/api/define';
import type { HandlersFor } from './handler-types';

/**
 * Every domain of the API, once: where its contract (the argument schemas) and its handlers live.
 * Both load on a domain's first call, so a command that calls two `review.` methods builds neither
 * the other domains' schemas nor their handlers (which bring the Word writer, the spreadsheet
 * readers and insight's language model). Each domain adds one entry here; a method's domain is the
 * part of its name before the dot (`domainOfMethod`).
 */
export const DOMAINS = {
  annotations: {
    spec: async () => (await import('../shared/api/annotations')).annotationsApi,
    handlers: async () => (await import('./annotations/handlers')).annotationsHandlers,
  },
  board: {
    spec: async () => (await import('../shared/api/board')).boardApi,
    handlers: async () => (await import('./board/handlers')).boardHandlers,
  },
  chronology: {
    spec: async () => (await import('../shared/api/chronology')).chronologyApi,
    handlers: async () => (await import('./chronology/handlers')).chronologyHandlers,
  },
  findings: {
    spec: async () => (await import('../shared/api/findings')).findingsApi,
    handlers: async () => (await import('./findings/handlers')).findingsHandlers,
  },
  insight: {
    spec: async () => (await import('../shared/api/insight')).insightApi,
    handlers: async () => (await import('./insight/handlers')).insightHandlers,
  },
  jobs: {
    spec: async () => (await import('../shared/api/jobs')).jobsApi,
    handlers: async () => (await import('./jobs/handlers')).jobsHandlers,
  },
  panel: {
    spec: async () => (await import('../shared/api/panel')).panelApi,
    handlers: async () => (await import('./panel/handlers')).panelHandlers,
  },
  people: {
    spec: async () => (await import('../shared/api/people')).peopleApi,
    handlers: async () => (await import('./people/handlers')).peopleHandlers,
  },
  recommendations: {
    spec: async () => (await import('../shared/api/recommendations')).recommendationsApi,
    handlers: async () => (await import('./recommendations/handlers')).recommendationsHandlers,
  },
  report: {
    spec: async () => (await import('../shared/api/report')).reportApi,
    handlers: async () => (await import('./report/handlers')).reportHandlers,
  },
  requests: {
    spec: async () => (await import('../shared/api/requests')).requestsApi,
    handlers: async () => (await import('./requests/handlers')).requestsHandlers,
  },
  review: {
    spec: async () => (await import('../shared/api/review')).reviewApi,
    handlers: async () => (await import('./review/handlers')).reviewHandlers,
  },
  taxonomy: {
    spec: async () => (await import('../shared/api/taxonomy')).taxonomyApi,
    handlers: async () => (await import('./taxonomy/handlers')).taxonomyHandlers,
  },
} as const;

export type Domain = keyof typeof DOMAINS;

/** The domain whose files declare a method, by the part of its name before the dot. */
export function domainOfMethod(name: string): Domain | null {
  const prefix = name.slice(0, Math.max(0, name.indexOf('.')));
  // The app-wide methods (`app.getInfo`, `settings.update`) are declared with the review's.
  if (prefix === 'app' || prefix === 'settings') return 'review';
  return Object.prototype.hasOwnProperty.call(DOMAINS, prefix) ? (prefix as Domain) : null;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Loaded<Part extends 'spec' | 'handlers'> = UnionToIntersection<
  { [D in Domain]: Awaited<ReturnType<(typeof DOMAINS)[D][Part]>> }[Domain]
>;

/**
 * Every handler, by method name, from every domain above. The compiler checks the list against the
 * contract: a domain left out (or a handler missing from one) fails here.
 */
export async function loadAllHandlers(): Promise<HandlersFor<Api>> {
  const tables = await Promise.all(Object.values(DOMAINS).map((domain) => domain.handlers()));
  return Object.assign({}, ...tables) as Loaded<'handlers'> satisfies HandlersFor<Api>;
}

/** Every method's declaration, by name, from every domain above (checked against the contract like the handlers). */
export async function loadAllSpecs(): Promise<Readonly<Record<keyof Api, AnyMethodSpec>>> {
  const tables = await Promise.all(Object.values(DOMAINS).map((domain) => domain.spec()));
  return Object.assign({}, ...tables) as Loaded<'spec'> satisfies Api;
}
