/**
 * Encrypting, re-keying and decrypting a closed review through the dispatcher (the CLI's encrypt,
 * rekey and decrypt use these methods): the file is one the user chose (a grant, never a path from
 * the page), the arguments are checked before it is touched, and a file open in the app is refused.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '@api/dispatcher';
import { createAppContext } from '@core/app/app-context';
import { closedReviewFile } from '../../helpers/review';

function dispatcherFor(home: string) {
  const app = createAppContext({ home });
  /** The file as the user chose it (a file dialog, or typed on the command line). */
  const chosen = (path: string): string => app.grants.issue({ path, replaceConfirmed: false });
  return { app, dispatch: createDispatcher(app, () => undefined), chosen };
}

describe('review.encrypt, review.rekey and review.decrypt', () => {
  it('encrypts a closed review, changes its passphrase and decrypts it again', async () => {
    const { home, file } = closedReviewFile();
    const { dispatch, app, chosen } = dispatcherFor(home);
    expect(readFileSync(file).includes('Second call-out')).toBe(true);

    expect(
      await dispatch({ method: 'review.encrypt', args: { grant: chosen(file), passphrase: 'first passphrase here' } }),
    ).toEqual({ ok: true, result: { path: file } });
    expect(readFileSync(file).includes('Second call-out')).toBe(false);
    expect(await dispatch({ method: 'review.open', args: { path: file } })).toMatchObject({
      ok: false,
      error: { code: 'passphrase-needed' },
    });

    const wrong = await dispatch({
      method: 'review.rekey',
      args: { grant: chosen(file), passphrase: 'not the passphrase', newPassphrase: 'second passphrase here' },
    });
    expect(wrong).toMatchObject({ ok: false, error: { message: expect.stringContaining('does not open') } });
    expect(
      await dispatch({
        method: 'review.rekey',
        args: { grant: chosen(file), passphrase: 'first passphrase here', newPassphrase: 'second passphrase here' },
      }),
    ).toMatchObject({ ok: true });
    const opened = await dispatch({
      method: 'review.open',
      args: { path: file, passphrase: 'second passphrase here' },
    });
    expect(opened).toMatchObject({ ok: true });
    app.reviews.closeAll();

    expect(
      await dispatch({ method: 'review.decrypt', args: { grant: chosen(file), passphrase: 'second passphrase here' } }),
    ).toMatchObject({ ok: true });
    expect(readFileSync(file).includes('Second call-out')).toBe(true);
  });

  it('checks every argument before touching the file, naming each bad field', async () => {
    const { home, file } = closedReviewFile();
    const { dispatch, chosen } = dispatcherFor(home);
    const before = readFileSync(file);

    const weak = await dispatch({ method: 'review.encrypt', args: { grant: chosen(file), passphrase: 'short' } });
    expect(weak).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(weak.ok ? '' : weak.error.message).toMatch(/passphrase: .*at least 10 characters/);
    const padded = await dispatch({
      method: 'review.rekey',
      args: { grant: chosen(file), passphrase: 'x', newPassphrase: ' a padded passphrase ' },
    });
    expect(padded.ok ? [] : padded.error.details?.problems?.map((p) => p.field)).toEqual(['newPassphrase']);
    const noGrant = await dispatch({ method: 'review.decrypt', args: { grant: ' ', passphrase: 'anything at all' } });
    expect(noGrant.ok ? [] : noGrant.error.details?.problems?.map((p) => p.field)).toEqual(['grant']);
    // The page never names the file: a grant the app did not issue for the user's choice is refused.
    const forged = await dispatch({
      method: 'review.encrypt',
      args: { grant: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', passphrase: 'first passphrase here' },
    });
    expect(forged).toMatchObject({ ok: false, error: { code: 'refused' } });
    const noPassphrase = await dispatch({ method: 'review.decrypt', args: { grant: chosen(file), passphrase: '' } });
    expect(noPassphrase).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });

    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a review that is open in the app, and a file that is not encrypted', async () => {
    const { home, file } = closedReviewFile();
    const { dispatch, app, chosen } = dispatcherFor(home);
    expect(await dispatch({ method: 'review.open', args: { path: file } })).toMatchObject({ ok: true });
    const open = await dispatch({
      method: 'review.encrypt',
      args: { grant: chosen(file), passphrase: 'first passphrase here' },
    });
    expect(open).toMatchObject({
      ok: false,
      error: { code: 'refused', message: `${basename(file)} is open: close it first` },
    });
    app.reviews.closeAll();
    expect(readFileSync(file).includes('Second call-out')).toBe(true);

    expect(
      await dispatch({ method: 'review.decrypt', args: { grant: chosen(file), passphrase: 'first passphrase here' } }),
    ).toMatchObject({ ok: false, error: { code: 'refused', message: `${basename(file)} is not encrypted` } });
    expect(
      await dispatch({
        method: 'review.encrypt',
        args: { grant: chosen(join(home, 'missing.cwr')), passphrase: 'first passphrase here' },
      }),
    ).toMatchObject({ ok: false });
  });
});
