/**
 * The body of the single `casewright:invoke` handler, free of Electron so it is tested directly:
 * refuse senders that are not our page, check the envelope, hand it to the dispatcher (which
 * validates the method's arguments), and never let an exception cross IPC raw — Electron would
 * send its message, which may hold case data, and the renderer would get an untyped rejection.
 */
import { z } from 'zod';
import type { ApiRequest, ApiResponse } from '../shared/api/transport';
import { isTrustedSenderFrame, type SenderFrameLike } from './security';

const apiRequestSchema = z
  .object({
    method: z.string().min(1).max(200),
    reviewId: z.string().min(1).max(200).optional(),
    args: z.unknown(),
  })
  .strict();

export interface InvokeDependencies {
  readonly dispatch: (request: ApiRequest) => Promise<ApiResponse>;
  /** Told about each successful call, so main can follow reviews opening and closing. */
  readonly afterSuccess?: (request: ApiRequest, result: unknown) => void;
  readonly logError?: (error: unknown) => void;
}

export const REFUSED_SENDER: ApiResponse = {
  ok: false,
  error: { code: 'refused', message: 'This request did not come from a Casewright window and was refused.' },
};

const INTERNAL_ERROR: ApiResponse = {
  ok: false,
  error: { code: 'internal', message: 'Something went wrong inside the app.' },
};

export function createInvokeHandler(deps: InvokeDependencies) {
  return async (frame: SenderFrameLike | null | undefined, payload: unknown): Promise<ApiResponse> => {
    if (!isTrustedSenderFrame(frame)) return REFUSED_SENDER;
    const parsed = apiRequestSchema.safeParse(payload);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'invalid-arguments', message: 'The request to the app was not well formed.' },
      };
    }
    const request: ApiRequest = parsed.data;
    let response: ApiResponse;
    try {
      response = await deps.dispatch(request);
    } catch (error) {
      deps.logError?.(error);
      return INTERNAL_ERROR;
    }
    if (response.ok && deps.afterSuccess !== undefined) {
      // The call itself succeeded; a failure to rearrange windows must not turn it into an error.
      try {
        deps.afterSuccess(request, response.result);
      } catch (error) {
        deps.logError?.(error);
      }
    }
    return response;
  };
}
