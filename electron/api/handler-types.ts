import type { ApiSpec, MethodSpec, ParsedArgsOf, ResultOf } from '../shared/api/define';
import type { AppContext } from '../core/app/app-context';
import type { ReviewHandle } from '../core/store/review-handle';

export interface ReviewContext {
  readonly app: AppContext;
  readonly review: ReviewHandle;
}

type Awaitable<T> = T | Promise<T>;

type HandlerFor<M> =
  M extends MethodSpec<'review', infer _A, unknown>
    ? (ctx: ReviewContext, args: ParsedArgsOf<M>) => Awaitable<ResultOf<M>>
    : M extends MethodSpec<'app', infer _B, unknown>
      ? (ctx: AppContext, args: ParsedArgsOf<M>) => Awaitable<ResultOf<M>>
      : never;

/** One handler per method of a domain's contract; a missing or mistyped handler fails to compile. */
export type HandlersFor<Api extends ApiSpec> = { readonly [K in keyof Api]: HandlerFor<Api[K]> };
