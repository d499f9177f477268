/**
 * Insight over a long chronology reports how far it has got (entries read, then rules checked) and
 * can be cancelled: the run stops with "Cancelled. Nothing was changed." and the review file is as
 * it was. With no hooks it finds exactly what the plain run finds.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProgressReport } from '@shared/progress';
import { runInsight, runInsightWithHooks } from '@core/insight/runner';
import { reviewWithInsightChronology, type ReviewWithInsightChronology } from '@test/helpers/review';
import { syntheticInput } from '@test/bench/insight/synthetic';
import { thresholds } from './build';

let review: ReviewWithInsightChronology | null = null;
afterEach(() => {
  review?.app.reviews.closeAll();
  review = null;
});

describe('insight with progress and cancel', () => {
  it('reports progress that only goes up, from reading the entries to the last rule, and finds the same patterns', async () => {
    const t = thresholds();
    const input = syntheticInput(2500);
    const reports: ProgressReport[] = [];
    const run = await runInsightWithHooks(input, t, { onProgress: (report) => reports.push(report) });

    expect(run).toEqual(runInsight(syntheticInput(2500), t));
    const done = reports.map((report) => report.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(reports.every((report) => report.total === 100 && report.unit === 'percent')).toBe(true);
    expect(reports.at(-1)!.done).toBe(100);
    expect(reports.map((report) => report.step)).toContain('Reading 1,000 of 2,500 chronology entries');
    expect(reports.map((report) => report.step)).toContain('Reading 2,500 of 2,500 chronology entries');
    expect(reports.at(-1)!.step).toBe('Checked: minimising language');
  });

  it('stops with a cancelled error at the next step once cancelled', async () => {
    const signal = { aborted: false };
    const reports: ProgressReport[] = [];
    const run = runInsightWithHooks(syntheticInput(2500), thresholds(), {
      signal,
      onProgress: (report) => {
        reports.push(report);
        signal.aborted = true;
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled', message: 'Cancelled. Nothing was changed.' });
    expect(reports).toHaveLength(1);
  });

  it('cancelled through the API, leaves the review file exactly as it was', async () => {
    review = reviewWithInsightChronology();
    const fingerprint = (): string => createHash('sha256').update(readFileSync(review!.path)).digest('hex');
    const audit = (): unknown => review!.raw.prepare('SELECT count(*) AS n FROM audit_log').get();
    const before = { file: fingerprint(), audit: audit() };

    // The cancel arrives first (as it may over a bridge): it is kept and applied when the run starts.
    review.app.jobs.cancel('job-insight-test');
    const failure = await review.failure('insight.run', { jobId: 'job-insight-test' });
    expect(failure).toMatchObject({ code: 'cancelled', message: 'Cancelled. Nothing was changed.' });
    expect({ file: fingerprint(), audit: audit() }).toEqual(before);
    expect(review.app.jobs.progress('job-insight-test')).toBeNull();

    // Run again without a cancel, it finds its patterns.
    const report = await review.call('insight.run', { jobId: 'job-insight-test-2' });
    expect(report.patterns.length).toBeGreaterThan(0);
  });
});
