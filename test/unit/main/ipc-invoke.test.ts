import { describe, expect, it } from 'vitest';
import type { ApiRequest, ApiResponse } from '@shared/api/transport';
import { REFUSED_SENDER, createInvokeHandler } from '@main/ipc-invoke';

const appFrame = { url: 'app://casewright/index.html#/review/r1', parent: null };

/** A dispatcher that records what reached it and answers like the real one would. */
function recordingDispatch(answer: (request: ApiRequest) => ApiResponse) {
  const seen: ApiRequest[] = [];
  return {
    seen,
    dispatch: async (request: ApiRequest) => {
      seen.push(request);
      return answer(request);
    },
  };
}

describe('createInvokeHandler', () => {
  it('passes a well-formed request from our page to the dispatcher and returns its answer', async () => {
    const recorder = recordingDispatch((request) => ({ ok: true, result: { echoed: request.method } }));
    const handle = createInvokeHandler({ dispatch: recorder.dispatch });
    const response = await handle(appFrame, { method: 'review.getCounts', reviewId: 'r1', args: {} });
    expect(response).toEqual({ ok: true, result: { echoed: 'review.getCounts' } });
    expect(recorder.seen).toEqual([{ method: 'review.getCounts', reviewId: 'r1', args: {} }]);
  });

  it.each([
    ['a foreign page', { url: 'https://evil.example/', parent: null }],
    ['a lookalike origin', { url: 'app://casewright.evil/index.html', parent: null }],
    ['a subframe of our page', { url: 'app://casewright/index.html', parent: {} }],
    ['a destroyed frame', null],
  ])('refuses %s without reaching the dispatcher', async (_why, frame) => {
    const recorder = recordingDispatch(() => ({ ok: true, result: null }));
    const response = await createInvokeHandler({ dispatch: recorder.dispatch })(frame, {
      method: 'app.getInfo',
      args: {},
    });
    expect(response).toEqual(REFUSED_SENDER);
    expect(recorder.seen).toHaveLength(0);
  });

  it.each([
    ['no method', { args: {} }],
    ['empty method', { method: '', args: {} }],
    ['numeric review id', { method: 'review.getCounts', reviewId: 7, args: {} }],
    ['extra envelope fields', { method: 'app.getInfo', args: {}, channel: 'other' }],
    ['a string', 'app.getInfo'],
  ])('answers invalid-arguments for %s', async (_why, payload) => {
    const recorder = recordingDispatch(() => ({ ok: true, result: null }));
    const response = await createInvokeHandler({ dispatch: recorder.dispatch })(appFrame, payload);
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.error.code).toBe('invalid-arguments');
    expect(recorder.seen).toHaveLength(0);
  });

  it('turns a throwing dispatcher into an internal error without its message', async () => {
    const logged: unknown[] = [];
    const handle = createInvokeHandler({
      dispatch: async () => {
        throw new Error('Ruby Ashdown, 14 Larkspur Close');
      },
      logError: (error) => logged.push(error),
    });
    const response = await handle(appFrame, { method: 'app.getInfo', args: {} });
    expect(response.ok).toBe(false);
    if (!response.ok) {
      expect(response.error.code).toBe('internal');
      expect(response.error.message).not.toContain('Ruby');
    }
    expect(logged).toHaveLength(1);
  });

  it('reports successful calls to afterSuccess, and keeps the answer when that fails', async () => {
    const followed: string[] = [];
    const ok = createInvokeHandler({
      dispatch: async () => ({ ok: true, result: { reviewId: 'r9' } }),
      afterSuccess: (request, result) => followed.push(`${request.method}:${JSON.stringify(result)}`),
    });
    await ok(appFrame, { method: 'review.open', args: { path: '/a.cwr' } });
    expect(followed).toEqual(['review.open:{"reviewId":"r9"}']);

    const failing = createInvokeHandler({
      dispatch: async () => ({ ok: true, result: 1 }),
      afterSuccess: () => {
        throw new Error('window gone');
      },
      logError: () => undefined,
    });
    expect(await failing(appFrame, { method: 'app.getInfo', args: {} })).toEqual({ ok: true, result: 1 });
  });

  it('does not report failed calls', async () => {
    const followed: string[] = [];
    const handle = createInvokeHandler({
      dispatch: async () => ({ ok: false, error: { code: 'not-found', message: 'No such review' } }),
      afterSuccess: (request) => followed.push(request.method),
    });
    const response = await handle(appFrame, { method: 'review.open', args: { path: '/missing.cwr' } });
    expect(response).toEqual({ ok: false, error: { code: 'not-found', message: 'No such review' } });
    expect(followed).toEqual([]);
  });
});

describe('createInvokeHandler with the real dispatcher', () => {
  it('answers app.getInfo and passes on argument errors from the contract', async () => {
    const { createAppContext } = await import('@core/app/app-context');
    const { createDispatcher } = await import('@api/dispatcher');
    const { tempDir } = await import('../../helpers/review-file');
    const context = createAppContext({ edition: 'electron', home: tempDir('casewright-ipc-') });
    const handle = createInvokeHandler({ dispatch: createDispatcher(context, () => undefined) });

    const info = await handle(appFrame, { method: 'app.getInfo', args: {} });
    expect(info.ok).toBe(true);
    if (info.ok) expect(info.result).toMatchObject({ edition: 'electron' });

    const wrong = await handle(appFrame, { method: 'review.open', args: { path: 'notes.txt' } });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.code).toBe('invalid-arguments');

    const refused = await handle({ url: 'https://evil.example/', parent: null }, { method: 'app.getInfo', args: {} });
    expect(refused).toEqual(REFUSED_SENDER);
  });
});
