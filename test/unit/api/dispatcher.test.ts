import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '@api/dispatcher';
import { createAppContext } from '@core/app/app-context';
import { tempDir } from '../../helpers/review-file';

function setup() {
  const home = tempDir();
  const app = createAppContext({ home });
  const logged: string[] = [];
  const dispatch = createDispatcher(app, (line) => logged.push(line));
  /** Creates "Child Q" through the dispatcher, as the app's New review does, and gives its id. */
  const createChildQ = async (): Promise<string> => {
    const created = await dispatch({
      method: 'review.create',
      args: { title: 'Child Q', grant: app.grants.issue({ path: `${home}/q.cwr`, replaceConfirmed: false }) },
    });
    if (!created.ok) throw new Error(created.error.message);
    return (created.result as { reviewId: string }).reviewId;
  };
  return { app, home, dispatch, logged, createChildQ };
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
    const response = await dispatch({
      method: 'review.create',
      args: { title: '', kind: 'novel', grant: `${home}/x.cwr` },
    });
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.error.code).toBe('invalid-arguments');
    const fields = (response.error.details?.problems ?? []).map((problem) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'kind', 'grant']));
    expect(response.error.message).toMatch(/A review needs a title/);
  });

  it('needs an open review id for review methods', async () => {
    const { dispatch } = setup();
    expect(await dispatch({ method: 'review.getSession', args: {} })).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
    expect(await dispatch({ method: 'review.getSession', reviewId: 'not-open', args: {} })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('creates, edits and reads a review through the contract', async () => {
    const { dispatch, home, app } = setup();
    const created = await dispatch({
      method: 'review.create',
      args: {
        title: 'Child Q',
        kind: 'cpr',
        grant: app.grants.issue({ path: `${home}/q.cwr`, replaceConfirmed: false }),
      },
    });
    expect(created.ok).toBe(true);
    const reviewId = (created as { result: { reviewId: string } }).result.reviewId;
    const updated = await dispatch({
      method: 'review.updateMeta',
      reviewId,
      args: { scopeStart: '2020-01-01', scopeEnd: '2021-12-31' },
    });
    expect(updated).toMatchObject({
      ok: true,
      result: { scopeStart: '2020-01-01', scopeEnd: '2021-12-31', kind: 'cpr' },
    });
    const backwards = await dispatch({ method: 'review.updateMeta', reviewId, args: { scopeStart: '2022-01-01' } });
    expect(backwards).toMatchObject({
      ok: false,
      error: { code: 'validation', message: 'The scope must start before it ends' },
    });
  });

  it('explains a Save As into a folder that does not exist, and never makes one', async () => {
    const { dispatch, home, app, createChildQ } = setup();
    const reviewId = await createChildQ();
    const grant = app.grants.issue({ path: `${home}/missing/copy.cwr`, replaceConfirmed: true });
    const response = await dispatch({ method: 'review.saveAs', reviewId, args: { grant } });
    expect(response).toMatchObject({ ok: false, error: { code: 'refused' } });
    if (!response.ok) expect(response.error.message).toMatch(/copy\.cwr: the folder to save in does not exist/);
    expect(existsSync(`${home}/missing`)).toBe(false);
  });

  it('reports unexpected failures without their message and logs no case data', async () => {
    const { dispatch, logged, app, createChildQ } = setup();
    const reviewId = await createChildQ();
    // A table gone missing behind the app's back is the kind of failure no service expects.
    app.reviews.get(reviewId).db.exec('DROP TABLE review');
    const response = await dispatch({ method: 'review.getSession', reviewId, args: {} });
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.error.code).toBe('internal');
    expect(response.error.message).toMatch(/Your review has not been changed/);
    expect(logged.join('\n')).not.toContain('Child Q');
  });

  it('logs only the method and the kind of error, never a message that holds case data', async () => {
    const { dispatch, logged, app, createChildQ } = setup();
    const reviewId = await createChildQ();
    // An unexpected database error whose message carries a name, as a real one could.
    app.reviews
      .get(reviewId)
      .db.exec(
        `CREATE TRIGGER planted BEFORE UPDATE ON review BEGIN SELECT RAISE(ABORT, 'Zebedee Plantname, 4 Mill Lane'); END`,
      );
    const response = await dispatch({
      method: 'review.updateMeta',
      reviewId,
      args: { author: 'Someone' },
    });
    expect(response).toMatchObject({ ok: false, error: { code: 'internal' } });
    const log = logged.join('\n');
    expect(log).toContain('review.updateMeta');
    expect(log).not.toMatch(/Zebedee|Plantname|Mill Lane|Child Q/);
  });
});
