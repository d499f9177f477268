import type { ApiError } from '../errors';

/** One call as it crosses a transport (Electron IPC or the browser bridge). */
export interface ApiRequest {
  readonly method: string;
  /** Present for review-scoped methods: which open review the call is for. */
  readonly reviewId?: string;
  readonly args: unknown;
}

export type ApiResponse =
  { readonly ok: true; readonly result: unknown } | { readonly ok: false; readonly error: ApiError };
