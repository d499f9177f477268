import type { z } from 'zod';

/**
 * How the API contract is declared. Each method names its scope (app-wide, or one open review),
 * whether it changes data (the UI refetches after a command), its argument schema (validated by
 * the dispatcher before any service sees it) and, as a phantom type, its result.
 */
export type Scope = 'app' | 'review';
export type Kind = 'query' | 'command';

export interface MethodSpec<S extends Scope, A extends z.ZodType, R> {
  readonly scope: S;
  readonly kind: Kind;
  readonly args: A;
  /** Phantom: never set at run time; carries the result type for the client and handlers. */
  readonly result?: R;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry holds every method shape
export type AnyMethodSpec = MethodSpec<Scope, z.ZodType, any>;
export type ApiSpec = Readonly<Record<string, AnyMethodSpec>>;

/**
 * A method's argument schema is built on its first use, not when its domain's file loads: a domain
 * declares dozens of methods and a call uses one, and building every zod schema up front was most
 * of what the command line spent starting (`casewright info` uses two). Once built, the same schema
 * object is returned on every later use, so validation is exactly as declared.
 */
function declare<S extends Scope>(scope: S, kind: Kind) {
  return <A extends z.ZodType>(buildArgs: () => A) => ({
    returns: <R>(): MethodSpec<S, A, R> => {
      let built: A | undefined;
      return {
        scope,
        kind,
        get args(): A {
          built ??= buildArgs();
          return built;
        },
      };
    },
  });
}

export const appQuery = declare('app', 'query');
export const appCommand = declare('app', 'command');
export const reviewQuery = declare('review', 'query');
export const reviewCommand = declare('review', 'command');

/** What the caller passes (zod input) and what a handler receives (zod output). */
export type ArgsOf<M> = M extends MethodSpec<Scope, infer A, unknown> ? z.input<A> : never;
export type ParsedArgsOf<M> = M extends MethodSpec<Scope, infer A, unknown> ? z.output<A> : never;
export type ResultOf<M> = M extends MethodSpec<Scope, z.ZodType, infer R> ? R : never;

export type MethodsOfScope<Api extends ApiSpec, S extends Scope> = {
  [K in keyof Api]: Api[K]['scope'] extends S ? K : never;
}[keyof Api] &
  string;
