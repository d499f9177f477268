import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/api/dispatcher';
import { createAppContext } from '../../../electron/core/app/app-context';
import { tempDir } from '../../helpers/review-file';

function setup() {
  const home = tempDir();
  const app = createAppContext({ home });
  const logged: string[] = [];
  return { app, home, dispatch: createDispatcher(app, (line) => logged.push(line)), logged };
}

describe('dispatcher', () => {
  it('refuses an unknown method, including prototype names', async () => {
    const { dispatch } = setup();
    for (const method of ['nope.never', '__proto__', 'constructor', 'toString']) {
      const response = await dispatch({ method, args: {} });
      expect(response).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    }
  });

  it('validates arguments before any service runs, naming each bad field', async () => {
    const { dispatch, home } = setup();
    const response = await dispatch({ method: 'review.create', args: { title: '', kind: 'novel', path: `${home}/x.txt` } });
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.error.code).toBe('invalid-arguments');
    const fields = (response.error.details?.problems ?? []).map((problem) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'kind', 'path']));
    expect(response.error.message).toMatch(/A review needs a title/);
  });

  it('needs an open review id for review methods', async () => {
    const { dispatch } = setup();
    expect(await dispatch({ method: 'review.session', args: {} })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await dispatch({ method: 'review.session', reviewId: 'not-open', args: {} })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('creates, edits and reads a review through the contract', async () => {
    const { dispatch, home } = setup();
    const created = await dispatch({ method: 'review.create', args: { title: 'Child Q', kind: 'cpr', path: `${home}/q.cwr` } });
    expect(created.ok).toBe(true);
    const reviewId = (created as { result: { reviewId: string } }).result.reviewId;
    const updated = await dispatch({ method: 'review.updateMeta', reviewId, args: { scopeStart: '2020-01-01', scopeEnd: '2021-12-31' } });
    expect(updated).toMatchObject({ ok: true, result: { scopeStart: '2020-01-01', scopeEnd: '2021-12-31', kind: 'cpr' } });
    const backwards = await dispatch({ method: 'review.updateMeta', reviewId, args: { scopeStart: '2022-01-01' } });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'validation', message: 'The scope must start before it ends' } });
  });

  it('explains a Save As into a folder that cannot be made', async () => {
    const { dispatch, home } = setup();
    const created = (await dispatch({ method: 'review.create', args: { title: 'Child Q', path: `${home}/q.cwr` } })) as {
      result: { reviewId: string };
    };
    const response = await dispatch({ method: 'review.saveAs', reviewId: created.result.reviewId, args: { path: `${home}/q.cwr/copy.cwr` } });
    expect(response).toMatchObject({ ok: false, error: { code: 'io' } });
    if (!response.ok) expect(response.error.message).toMatch(/copy\.cwr: the copy could not be saved/);
  });

  it('reports unexpected failures without their message and logs no case data', async () => {
    const { dispatch, logged, home, app } = setup();
    const created = (await dispatch({ method: 'review.create', args: { title: 'Child Q', path: `${home}/q.cwr` } })) as {
      result: { reviewId: string };
    };
    // A table gone missing behind the app's back is the kind of failure no service expects.
    app.reviews.get(created.result.reviewId).db.exec('DROP TABLE review');
    const response = await dispatch({ method: 'review.session', reviewId: created.result.reviewId, args: {} });
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.error.code).toBe('internal');
    expect(response.error.message).toMatch(/Your review has not been changed/);
    expect(logged.join('\n')).not.toContain('Child Q');
  });
});
