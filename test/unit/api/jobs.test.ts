/**
 * Long work the reviewer can follow and cancel: a chronology import, a chronology export and a
 * report export, each started with a job id, report progress that never goes down and reaches its
 * total, and a cancel leaves the review file byte for byte as it was and writes no export file.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '@core/app/app-context';
import type { JobProgress, ProgressReport } from '@shared/progress';
import { dailyVisitsCsv } from '../../helpers/agency-return';
import { dispatcherReview } from '../../helpers/dispatcher-review';

const ROWS = 2_000;

async function setup() {
  const {
    dir,
    app,
    dispatch,
    path,
    attempt: call,
  } = await dispatcherReview({
    prefix: 'cw-jobs-',
    fileName: 'Child R.cwr',
  });
  const importArgs = (jobId: string, rows = ROWS) => ({
    fileName: 'Westmoor Police return.csv',
    bytesBase64: Buffer.from(dailyVisitsCsv(rows), 'utf8').toString('base64'),
    agency: 'Westmoor Police',
    jobId,
  });
  const entries = async () => {
    const page = await call('chronology.list', { limit: 1 });
    if (!page.ok) throw new Error(page.error.message);
    return (page.result as { total: number }).total;
  };
  const fileHash = () => createHash('sha256').update(readFileSync(path)).digest('hex');
  return { dir, app, dispatch, call, importArgs, entries, fileHash, path };
}

/** Every report a job gives, in order, as the CLI sees them (the page polls the same registry). */
function recordReports(app: AppContext, jobId: string): ProgressReport[] {
  const seen: ProgressReport[] = [];
  app.jobs.watch(jobId, (report) => seen.push(report));
  return seen;
}

function expectMonotonic(reports: readonly ProgressReport[]): void {
  for (let i = 1; i < reports.length; i += 1) {
    const [before, after] = [reports[i - 1]!, reports[i]!];
    if (before.step === after.step && before.total === after.total && before.unit === after.unit)
      expect(after.done).toBeGreaterThanOrEqual(before.done);
  }
}

describe('following long work', () => {
  it('an import reports the rows written, never going down, up to the total, and the page can poll it', async () => {
    const { app, dispatch, call, importArgs, entries } = await setup();
    const jobId = 'import-0001';
    const watched = recordReports(app, jobId);
    const running = call('chronology.importApply', importArgs(jobId));
    const polled: JobProgress[] = [];
    let settled = false;
    void running.finally(() => (settled = true));
    while (!settled) {
      const progress = await dispatch({ method: 'jobs.getProgress', args: { jobId } });
      if (progress.ok && progress.result !== null) polled.push(progress.result as JobProgress);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await running).toMatchObject({ ok: true, result: { imported: ROWS } });
    expect(await entries()).toBe(ROWS);

    // The file is read (in bytes), its rows checked, then the rows written.
    expect([...new Set(watched.map((report) => `${report.step} (${report.unit})`))]).toEqual([
      'Reading the spreadsheet (bytes)',
      'Checking rows (rows)',
      'Importing rows (rows)',
    ]);
    const rows = watched.filter((report) => report.step === 'Importing rows');
    expect(rows.map((report) => report.done)).toEqual([0, 500, 1000, 1500, 2000, 2000]);
    expectMonotonic(watched);
    expect(rows.at(-1)).toMatchObject({ step: 'Importing rows', done: ROWS, total: ROWS });
    // The page saw the count part-way through, going up.
    const polledRows = polled.filter((report) => report.step === 'Importing rows');
    expect(polledRows.length).toBeGreaterThan(1);
    expectMonotonic(polledRows);
    // Once the call has returned, the job is forgotten.
    expect(await dispatch({ method: 'jobs.getProgress', args: { jobId } })).toEqual({ ok: true, result: null });
  });

  it('a cancelled import leaves the review file byte for byte as it was, and the review stays usable', async () => {
    const { app, dispatch, call, importArgs, entries, fileHash } = await setup();
    const before = fileHash();
    const jobId = 'import-cancel-1';
    app.jobs.watch(jobId, (report) => {
      if (report.done >= 1000) void dispatch({ method: 'jobs.cancel', args: { jobId } });
    });
    const outcome = await call('chronology.importApply', importArgs(jobId));
    expect(outcome).toEqual({ ok: false, error: { code: 'cancelled', message: 'Cancelled. Nothing was changed.' } });
    expect(fileHash()).toBe(before);
    expect(await entries()).toBe(0);
    expect(await call('chronology.listImports', {})).toEqual({ ok: true, result: [] });
    // Nothing is left locked: the next change and the next import go through.
    expect(await call('chronology.addAgency', { name: 'Larkfield Health' })).toMatchObject({ ok: true });
    expect(await call('chronology.importApply', importArgs('import-again-1', 10))).toMatchObject({
      ok: true,
      result: { imported: 10 },
    });
  });

  it('refuses other changes to the review while an import is being written', async () => {
    const { app, call, importArgs } = await setup();
    const jobId = 'import-busy-01';
    let refusal: unknown = null;
    app.jobs.watch(jobId, (report) => {
      if (report.done === 500 && refusal === null) refusal = call('chronology.addAgency', { name: 'Larkfield Health' });
    });
    expect(await call('chronology.importApply', importArgs(jobId))).toMatchObject({ ok: true });
    expect(await (refusal as Promise<unknown>)).toEqual({
      ok: false,
      error: {
        code: 'refused',
        message:
          'Casewright is still working on this review (Import Westmoor Police return.csv (Westmoor Police)). Wait for it to finish, or cancel it.',
      },
    });
  });

  it('keeps a review open while an import is written, saying why, and closes it once the import is done', async () => {
    const { app, dispatch, call, importArgs } = await setup();
    const reviewId = app.reviews.list()[0]!.id;
    const jobId = 'import-close-1';
    let closing: Promise<unknown> | null = null;
    app.jobs.watch(jobId, (report) => {
      if (report.step === 'Importing rows' && report.done === 500 && closing === null)
        closing = dispatch({ method: 'review.close', args: { reviewId } });
    });
    expect(await call('chronology.importApply', importArgs(jobId))).toMatchObject({
      ok: true,
      result: { imported: ROWS },
    });
    expect(await closing).toEqual({
      ok: false,
      error: {
        code: 'refused',
        message:
          'The review stays open while Casewright is still working on it (Import Westmoor Police return.csv (Westmoor Police)). Cancel it, or wait for it to finish, then close the review.',
      },
    });
    expect(await dispatch({ method: 'review.close', args: { reviewId } })).toEqual({
      ok: true,
      result: { closed: true },
    });
  });

  it('an import stopped by the app quitting ends with a plain message and leaves the file as it was', async () => {
    const { app, call, importArgs, fileHash, path } = await setup();
    const before = fileHash();
    const jobId = 'import-quit-01';
    app.jobs.watch(jobId, (report) => {
      if (report.step === 'Importing rows' && report.done === 500) app.reviews.closeAll();
    });
    expect(await call('chronology.importApply', importArgs(jobId))).toEqual({
      ok: false,
      error: { code: 'cancelled', message: 'The review was closed, so this work stopped. Nothing was changed.' },
    });
    expect(app.reviews.list()).toEqual([]);
    expect(fileHash()).toBe(before);
    const reopened = app.reviews.open(path);
    expect(reopened.handle.db.prepare('SELECT count(*) FROM entry').pluck().get()).toBe(0);
  });

  it('a cancel that arrives before its call still stops the work', async () => {
    const { dispatch, call, importArgs, entries } = await setup();
    expect(await dispatch({ method: 'jobs.cancel', args: { jobId: 'import-early-1' } })).toMatchObject({ ok: true });
    expect(await call('chronology.importApply', importArgs('import-early-1'))).toMatchObject({
      ok: false,
      error: { code: 'cancelled' },
    });
    expect(await entries()).toBe(0);
  });

  it('a cancelled chronology export writes no file; an uncancelled one counts every row', async () => {
    const { dir, app, dispatch, call, importArgs } = await setup();
    expect(await call('chronology.importApply', importArgs('import-first-1'))).toMatchObject({ ok: true });
    const target = join(dir, 'Child R chronology.csv');
    const grant = () => ({ to: 'grant', grant: app.grants.issue({ path: target, replaceConfirmed: false }) });

    app.jobs.watch('export-cancel-1', (report) => {
      if (report.done >= 500) void dispatch({ method: 'jobs.cancel', args: { jobId: 'export-cancel-1' } });
    });
    expect(await call('chronology.export', { target: grant(), format: 'csv', jobId: 'export-cancel-1' })).toMatchObject(
      { ok: false, error: { code: 'cancelled' } },
    );
    expect(existsSync(target)).toBe(false);

    const watched = recordReports(app, 'export-whole-1');
    expect(await call('chronology.export', { target: grant(), format: 'csv', jobId: 'export-whole-1' })).toMatchObject({
      ok: true,
      result: { rows: ROWS },
    });
    expectMonotonic(watched);
    expect(watched.at(-1)).toEqual({ step: 'Writing the chronology', done: ROWS, total: ROWS, unit: 'rows' });
    expect(readFileSync(target, 'utf8').split('\r\n').length).toBeGreaterThan(ROWS);
  });

  it('a report export goes through its stages to 100%, and a cancelled one writes nothing', async () => {
    const { dir, app, dispatch, call } = await setup();
    const target = join(dir, 'Child R draft.docx');
    const grant = () => ({ to: 'grant', grant: app.grants.issue({ path: target, replaceConfirmed: false }) });

    app.jobs.watch('report-cancel-1', (report) => {
      if (report.step === 'Building the report')
        void dispatch({ method: 'jobs.cancel', args: { jobId: 'report-cancel-1' } });
    });
    const cancelled = await call('report.export', {
      kind: 'report',
      draft: true,
      target: grant(),
      jobId: 'report-cancel-1',
    });
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(readdirSync(dir).filter((name) => name.endsWith('.docx'))).toEqual([]);

    const watched = recordReports(app, 'report-whole-1');
    expect(
      await call('report.export', { kind: 'report', draft: true, target: grant(), jobId: 'report-whole-1' }),
    ).toMatchObject({ ok: true });
    expectMonotonic(watched);
    expect(watched.map((report) => report.step)).toEqual([
      'Reading the review',
      'Building the report',
      'Writing the Word document',
      'Saving',
      'Done',
    ]);
    expect(watched.at(-1)).toMatchObject({ done: 100, total: 100, unit: 'percent' });
    expect(existsSync(target)).toBe(true);
  });

  it('checks job ids like every other argument', async () => {
    const { dispatch, call, importArgs } = await setup();
    expect(await dispatch({ method: 'jobs.cancel', args: { jobId: '../x' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments', message: expect.stringMatching(/^jobId: a job id is 8 to 64/) },
    });
    expect(await call('chronology.importApply', importArgs('short'))).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
  });
});
