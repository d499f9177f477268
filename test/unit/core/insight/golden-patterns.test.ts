/**
 * Insight is made faster without changing a word of what it finds: the patterns of the five
 * fictional cases, the sample review, the synthetic chronology and each benchmark text shape are
 * kept as a fingerprint (count and SHA-256 of the patterns as JSON) taken before the speed work,
 * and every run must give the same. A changed rule that means to change its output updates the
 * fingerprint on purpose (`npx vitest run … -u`), and says so in its commit.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runInsight } from '@core/insight/runner';
import { runReviewInsight } from '@core/insight/service';
import { caseNames, loadCase } from '@test/bench/insight/cases';
import { samplePatterns } from '@test/bench/insight/sample-count';
import { shapedInput, syntheticInput } from '@test/bench/insight/synthetic';
import { CHRONOLOGY_SHAPES } from '@test/bench/chronology-shapes';
import { thresholds } from './build';

const SNAPSHOT = '../../../fixtures/insight/golden/patterns.json';

function fingerprint(patterns: readonly unknown[]): { patterns: number; sha256: string } {
  return { patterns: patterns.length, sha256: createHash('sha256').update(JSON.stringify(patterns)).digest('hex') };
}

describe('insight output stays the same', () => {
  it('finds exactly the patterns it found before, on the cases, the sample and the synthetic chronologies', async () => {
    const found: Record<string, { patterns: number; sha256: string }> = {};
    for (const name of caseNames()) {
      const loaded = await loadCase(name);
      const report = runReviewInsight(loaded.review.db, loaded.templatesDir);
      loaded.review.close();
      found[`case ${name}`] = fingerprint(report.patterns);
    }
    found['sample review'] = fingerprint(samplePatterns().report.patterns);
    const t = thresholds();
    found['synthetic 3,000'] = fingerprint(runInsight(syntheticInput(3000), t).patterns);
    for (const shape of CHRONOLOGY_SHAPES)
      found[`${shape} 2,000`] = fingerprint(runInsight(shapedInput(shape, 2000), t).patterns);
    await expect(`${JSON.stringify(found, null, 2)}\n`).toMatchFileSnapshot(SNAPSHOT);
  });
});
