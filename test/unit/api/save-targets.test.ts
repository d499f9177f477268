/**
 * The page never names a path the services write to. Every API method that writes a file takes a
 * single-use grant for a location the user chose (or, in the browser edition, makes a download);
 * anything else is refused, and nothing appears on disk.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '@api/dispatcher';
import { createAppContext, type Edition } from '@core/app/app-context';
import { api } from '@shared/api/contract';
import { tempDir } from '../../helpers/review-file';

async function setup(edition: Edition = 'electron') {
  const dir = tempDir('cw-grants-');
  const home = join(dir, 'home');
  const app = createAppContext({ edition, home, templatesDir: join(process.cwd(), 'templates') });
  const dispatch = createDispatcher(app, () => undefined);
  const created = await dispatch({ method: 'review.create', args: { title: 'Child R', kind: 'lcspr' } });
  if (!created.ok) throw new Error(created.error.message);
  const reviewId = (created.result as { reviewId: string }).reviewId;
  const call = (method: string, args: unknown) => dispatch({ method, args, reviewId });
  const grant = (path: string, replaceConfirmed = false) => app.grants.issue({ path, replaceConfirmed });
  return { dir, home, app, dispatch, call, grant };
}

/** Every property name anywhere in a method's argument schema. */
function argumentNames(schema: z.ZodType): string[] {
  const json = JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }));
  return [...json.matchAll(/"properties":\{([^}]*)/g)].flatMap((match) =>
    [...(match[1] ?? '').matchAll(/"([A-Za-z]+)":/g)].map((m) => m[1]!),
  );
}

describe('paths chosen by the user only', () => {
  // review.open only reads the file it is given; board.updateRecommendation writes only to a review
  // that a library scan the user asked for found (anything else is refused: tracker-update tests).
  it('no API method takes a path to write to', () => {
    const withPath = Object.entries(api)
      .filter(([, spec]) =>
        argumentNames(spec.args as z.ZodType).some((name) => /path|file(Name)?$/i.test(name) && name !== 'fileName'),
      )
      .map(([method]) => method);
    expect(withPath).toEqual(['review.open', 'board.updateRecommendation']);
  });

  it('refuses an export, Save As or new review with a grant it never issued, and writes nothing', async () => {
    const { dir, call, dispatch } = await setup();
    const forged = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    const before = readdirSync(dir, { recursive: true }).length;
    for (const [method, args] of [
      ['chronology.export', { target: { to: 'grant', grant: forged }, format: 'csv' }],
      ['report.export', { kind: 'panel-draft', target: { to: 'grant', grant: forged } }],
      ['review.saveAs', { grant: forged }],
    ] as const) {
      expect(await call(method, args)).toMatchObject({
        ok: false,
        error: { code: 'refused', message: expect.stringMatching(/Choose where to save again/) },
      });
    }
    expect(await dispatch({ method: 'review.create', args: { title: 'Child S', grant: forged } })).toMatchObject({
      ok: false,
      error: { code: 'refused' },
    });
    // A path where the grant should be is not a grant; a `path` key is not an argument at all.
    expect(
      await call('chronology.export', { target: { to: 'grant', grant: join(dir, 'x.csv') }, format: 'csv' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await call('chronology.export', { path: join(dir, 'x.csv'), format: 'csv' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
    const created = await dispatch({
      method: 'review.create',
      args: { title: 'Child T', path: join(dir, 'planted.cwr') },
    });
    expect(created.ok).toBe(true);
    expect(existsSync(join(dir, 'planted.cwr'))).toBe(false);
    expect(readdirSync(dir, { recursive: true }).length).toBe(before + 1);
  });

  it('honours a grant once, owner-only, and never for a dot-file, a relative path, another extension or a missing folder', async () => {
    const { dir, call, grant } = await setup();
    const out = join(dir, 'chronology.csv');
    const first = grant(out);
    expect(await call('chronology.export', { target: { to: 'grant', grant: first }, format: 'csv' })).toMatchObject({
      ok: true,
      result: { path: out, rows: 0 },
    });
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(await call('chronology.export', { target: { to: 'grant', grant: first }, format: 'csv' })).toMatchObject({
      ok: false,
      error: { code: 'refused' },
    });
    for (const [path, reason] of [
      [join(dir, '.bashrc.csv'), /hidden files/],
      ['relative/out.csv', /relative path/],
      [join(dir, 'out.sh'), /must be a CSV file/],
      [`${dir}/a/../out.csv`, /\.\./],
      [join(dir, 'no-such-folder', 'out.csv'), /folder to save in does not exist/],
    ] as const) {
      expect(
        await call('chronology.export', { target: { to: 'grant', grant: grant(path, true) }, format: 'csv' }),
      ).toMatchObject({
        ok: false,
        error: { code: 'refused', message: expect.stringMatching(reason) },
      });
    }
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  });

  it('replaces an earlier Casewright export, but not another file unless the save dialog asked the user', async () => {
    const { dir, call, grant } = await setup();
    const notes = join(dir, 'notes.csv');
    writeFileSync(notes, 'my own notes\n');
    expect(
      await call('chronology.export', { target: { to: 'grant', grant: grant(notes) }, format: 'csv' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringMatching(/not made by Casewright/) },
    });
    expect(readFileSync(notes, 'utf8')).toBe('my own notes\n');
    const ours = join(dir, 'ours.csv');
    expect((await call('chronology.export', { target: { to: 'grant', grant: grant(ours) }, format: 'csv' })).ok).toBe(
      true,
    );
    expect((await call('chronology.export', { target: { to: 'grant', grant: grant(ours) }, format: 'csv' })).ok).toBe(
      true,
    );
    // The native dialog's own "Replace?" question counts as asking.
    expect(
      (await call('chronology.export', { target: { to: 'grant', grant: grant(notes, true) }, format: 'csv' })).ok,
    ).toBe(true);
    expect(readFileSync(notes, 'utf8')).toMatch(/^\uFEFFEntry,Date,/);
  });

  it('makes a download in the browser edition, and refuses downloads elsewhere', async () => {
    const browser = await setup('browser');
    const response = await browser.call('chronology.export', { target: { to: 'download' }, format: 'xlsx' });
    expect(response).toMatchObject({
      ok: true,
      result: { path: 'Child R - chronology.xlsx', downloadUrl: expect.stringMatching(/^download\//) },
    });
    const url = (response as { result: { downloadUrl: string } }).result.downloadUrl;
    const download = browser.app.downloads.take(url.slice('download/'.length));
    expect(download?.fileName).toBe('Child R - chronology.xlsx');
    expect(Buffer.from(download!.bytes).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(browser.dir, { recursive: true }).some((name) => String(name).endsWith('.xlsx'))).toBe(false);

    const desktop = await setup('electron');
    expect(await desktop.call('chronology.export', { target: { to: 'download' }, format: 'csv' })).toMatchObject({
      ok: false,
      error: { code: 'refused' },
    });
  });

  it('creates reviews owner-only in an owner-only reviews folder, or where the user chose', async () => {
    const { home, dir, dispatch, grant } = await setup();
    expect(statSync(home).mode & 0o777).toBe(0o700);
    expect(statSync(join(home, 'Reviews')).mode & 0o777).toBe(0o700);
    expect(statSync(join(home, 'Reviews', 'Child R.cwr')).mode & 0o777).toBe(0o600);
    mkdirSync(join(dir, 'chosen'));
    const chosen = await dispatch({
      method: 'review.create',
      args: { title: 'Child U', grant: grant(join(dir, 'chosen', 'u.cwr')) },
    });
    expect(chosen).toMatchObject({ ok: true, result: { path: join(dir, 'chosen', 'u.cwr') } });
    expect(statSync(join(dir, 'chosen', 'u.cwr')).mode & 0o777).toBe(0o600);
  });
});
