/**
 * Where the dispatcher finds a method: its declaration (scope and argument schema) and its
 * handler. The app and the browser edition load every domain on the first call; the command line
 * loads only the domain a command calls (`casewright info` calls two `review.` methods), because
 * every domain together builds a few hundred argument schemas and brings the Word writer, the
 * spreadsheet readers and the language model insight uses, which cost most of a start.
 */
import type { AnyMethodSpec } from '../shared/api/define';
import { DOMAINS, domainOfMethod, loadAllHandlers, loadAllSpecs } from './handlers';

export type AnyHandler = (ctx: unknown, args: unknown) => unknown;

export interface FoundMethod {
  readonly spec: AnyMethodSpec;
  readonly handler: AnyHandler;
}

/** The method called `name`, or null when the contract has no such method. */
export type MethodSource = (name: string) => Promise<FoundMethod | null>;

type Table<T> = Readonly<Record<string, T>>;

function lookUp(specs: Table<AnyMethodSpec>, handlers: Table<unknown>, name: string): FoundMethod | null {
  if (!Object.prototype.hasOwnProperty.call(specs, name)) return null;
  return { spec: specs[name]!, handler: handlers[name] as AnyHandler };
}

let everything: Promise<{ specs: Table<AnyMethodSpec>; handlers: Table<unknown> }> | null = null;

/** Every domain, loaded together on the first call. */
export const everyMethod: MethodSource = async (name) => {
  everything ??= Promise.all([loadAllSpecs(), loadAllHandlers()]).then(([specs, handlers]) => ({ specs, handlers }));
  const { specs, handlers } = await everything;
  return lookUp(specs, handlers, name);
};

/** Only the called method's domain, loaded on its first call. */
export const methodOfDomain: MethodSource = async (name) => {
  const domain = domainOfMethod(name);
  if (domain === null) return null;
  const { spec, handlers } = DOMAINS[domain];
  const [specs, table] = await Promise.all([spec(), handlers()]);
  return lookUp(specs, table, name);
};
