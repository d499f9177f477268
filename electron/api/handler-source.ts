/**
 * Where the dispatcher finds a method's handler. The app and the browser edition load every
 * handler at once; the command line loads only the domain a command calls (`casewright info`
 * calls two `review.` methods), because every handler together brings the Word writer, the
 * spreadsheet readers and the language model insight uses, which cost most of a start.
 */
import type { MethodName } from '../shared/api/contract';

export type AnyHandler = (ctx: unknown, args: unknown) => unknown;
export type HandlerSource = (method: MethodName) => Promise<AnyHandler>;

type HandlerTable = Readonly<Record<string, unknown>>;

async function allHandlers(): Promise<HandlerTable> {
  return (await import('./handlers')).handlers;
}

/** Every handler, loaded together on the first call. */
export const everyHandler: HandlerSource = async (method) => (await allHandlers())[method] as AnyHandler;

/** Each domain's handlers by the first part of a method's name. */
const DOMAINS: Readonly<Record<string, () => Promise<HandlerTable>>> = {
  annotations: async () => (await import('./annotations/handlers')).annotationsHandlers,
  board: async () => (await import('./board/handlers')).boardHandlers,
  chronology: async () => (await import('./chronology/handlers')).chronologyHandlers,
  findings: async () => (await import('./findings/handlers')).findingsHandlers,
  insight: async () => (await import('./insight/handlers')).insightHandlers,
  panel: async () => (await import('./panel/handlers')).panelHandlers,
  people: async () => (await import('./people/handlers')).peopleHandlers,
  recommendations: async () => (await import('./recommendations/handlers')).recommendationsHandlers,
  report: async () => (await import('./report/handlers')).reportHandlers,
  requests: async () => (await import('./requests/handlers')).requestsHandlers,
  review: async () => (await import('./review/handlers')).reviewHandlers,
  taxonomy: async () => (await import('./taxonomy/handlers')).taxonomyHandlers,
};

/**
 * Only the called method's domain, loaded on its first call. A method its domain's module does not
 * hold (a name outside the scheme) falls back to every handler, so no method is ever missed.
 */
export const handlerOfDomain: HandlerSource = async (method) => {
  const load = DOMAINS[method.slice(0, method.indexOf('.'))];
  const domain = load === undefined ? undefined : (await load())[method];
  return (domain ?? (await allHandlers())[method]) as AnyHandler;
};
