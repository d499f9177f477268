import type { z } from 'zod';
import type { ApiRequest, ApiResponse } from '../shared/api/transport';
import { CasewrightError, type Problem } from '../shared/errors';
import type { AppContext } from '../core/app/app-context';
import { everyMethod, type MethodSource } from './handler-source';
import { asReadError } from '../core/store/open-review-file';
import { basename } from 'node:path';

export type Dispatch = (request: ApiRequest) => Promise<ApiResponse>;

/**
 * The single door into the services for every transport (Electron IPC, the browser bridge, the
 * CLI). It validates the arguments against the contract's schema before any service sees them and
 * turns every failure into a typed error; unexpected errors are reported without their message,
 * which could contain case data. `methods` says where each method's schema and handler come from
 * (the command line loads only the domains it calls: handler-source.ts).
 */
export function createDispatcher(
  app: AppContext,
  log: (line: string) => void = defaultLog,
  methods: MethodSource = everyMethod,
): Dispatch {
  return async (request) => {
    // Set once the contract knows the method, so only a known name is ever written to the log.
    let known: string | null = null;
    try {
      return {
        ok: true,
        result: await run(app, request, methods, (name) => {
          known = name;
        }),
      };
    } catch (error) {
      if (error instanceof CasewrightError) return { ok: false, error: error.toApiError() };
      const damaged = damagedFileError(app, request, error);
      if (damaged !== null) return { ok: false, error: damaged.toApiError() };
      // Codes and names only: an error's message and stack can quote case data (a SQLite error
      // names the value that broke a constraint; a stack line can hold a file name).
      log(`internal error in ${known ?? '(unknown method)'}: ${describeForLog(error)}`);
      return {
        ok: false,
        error: {
          code: 'internal',
          message: 'Something went wrong inside Casewright. Your review has not been changed by this action.',
        },
      };
    }
  };
}

/**
 * A damaged page can be met by any read, long after the file was opened (a read-only open checks
 * the file's length, not every page): the reader is told the file is damaged, not that something
 * went wrong. Only SQLite's damage codes are translated; other errors stay internal.
 */
function damagedFileError(app: AppContext, request: ApiRequest, error: unknown): CasewrightError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !(code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')) return null;
  const reviewId = (request as { reviewId?: unknown } | null)?.reviewId;
  const path =
    typeof reviewId === 'string' ? app.reviews.list().find((handle) => handle.id === reviewId)?.path : undefined;
  const translated = asReadError(error, path === undefined ? 'The review file' : basename(path));
  return translated instanceof CasewrightError ? translated : null;
}

async function run(
  app: AppContext,
  request: ApiRequest,
  methods: MethodSource,
  onKnown: (method: string) => void,
): Promise<unknown> {
  if (typeof request !== 'object' || request === null || typeof request.method !== 'string') {
    throw new CasewrightError('invalid-arguments', 'A request needs a method name');
  }
  const method = request.method;
  const found = await methods(method);
  if (found === null) {
    throw new CasewrightError('invalid-arguments', `There is no method called ${JSON.stringify(method.slice(0, 80))}`);
  }
  onKnown(method);
  const { spec, handler } = found;
  const parsed = (spec.args as z.ZodType).safeParse(request.args ?? {});
  if (!parsed.success) {
    const problems: Problem[] = parsed.error.issues.map((issue) => ({
      field: issue.path.map(String).join('.') || undefined,
      reason: issue.message,
    }));
    throw new CasewrightError(
      'invalid-arguments',
      problems
        .map((problem) => (problem.field === undefined ? problem.reason : `${problem.field}: ${problem.reason}`))
        .join('; '),
      { problems },
    );
  }
  if (spec.scope === 'review') {
    if (typeof request.reviewId !== 'string' || request.reviewId === '') {
      throw new CasewrightError('invalid-arguments', `${method} needs the id of an open review`);
    }
    const review = app.reviews.get(request.reviewId);
    return await handler({ app, review }, parsed.data);
  }
  return await handler(app, parsed.data);
}

/** The error's class and, for SQLite and Node errors, its code (such as SQLITE_CONSTRAINT_UNIQUE or ENOSPC). */
export function describeForLog(error: unknown): string {
  if (!(error instanceof Error)) return 'non-error thrown';
  const code = (error as { code?: unknown }).code;
  const safeCode = typeof code === 'string' && /^[A-Z0-9_]{1,60}$/.test(code) ? ` ${code}` : '';
  return `${/^[A-Za-z]{1,40}$/.test(error.name) ? error.name : 'Error'}${safeCode}`;
}

function defaultLog(line: string): void {
  process.stderr.write(`${line}\n`);
}
