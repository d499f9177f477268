import { api, type Api, type MethodName } from '@shared/api/contract';
import type { ArgsOf, MethodsOfScope, ResultOf } from '@shared/api/define';
import type { ApiError } from '@shared/errors';
import type { Transport } from './transport';

export type AppMethod = MethodsOfScope<Api, 'app'>;
export type ReviewMethod = MethodsOfScope<Api, 'review'>;

/** A failed call, carrying the typed error the services produced. */
export class ApiCallError extends Error {
  readonly error: ApiError;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.error = error;
  }
}

export interface ApiClient {
  app<K extends AppMethod>(method: K, args: ArgsOf<Api[K]>): Promise<ResultOf<Api[K]>>;
  review<K extends ReviewMethod>(reviewId: string, method: K, args: ArgsOf<Api[K]>): Promise<ResultOf<Api[K]>>;
  /** Whether a method changes data (the UI refetches after it). */
  isCommand(method: MethodName): boolean;
}

export function createApiClient(transport: Transport): ApiClient {
  const call = async (method: string, args: unknown, reviewId?: string): Promise<never> => {
    const response = await transport({ method, args, ...(reviewId === undefined ? {} : { reviewId }) });
    if (!response.ok) throw new ApiCallError(response.error);
    return response.result as never;
  };
  return {
    app: (method, args) => call(method, args),
    review: (reviewId, method, args) => call(method, args, reviewId),
    isCommand: (method) => api[method].kind === 'command',
  };
}
