/** How many patterns the sample review shows (the issue asks for about 15 at most). */
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createAppContext } from '@core/app/app-context';
import { createReview } from '@core/review/lifecycle';
import { seedSample } from '@core/sample/index';
import { runReviewInsight } from '@core/insight/service';
import type { InsightReport } from '@shared/domain/insight';

export function samplePatterns(): { count: number; titles: string[]; report: InsightReport } {
  const dir = mkdtempSync(join(tmpdir(), 'casewright-sample-'));
  const app = createAppContext({ edition: 'cli', home: join(dir, 'home') });
  const session = createReview(app, { path: join(dir, 'sample.cwr'), title: 'Sample', kind: 'lcspr' });
  const review = app.reviews.get(session.reviewId);
  review.write('Sample', (db) => seedSample(db), { kind: 'create' });
  const report = runReviewInsight(review.db, app.templatesDir);
  review.close();
  return {
    report,
    count: report.patterns.length,
    titles: report.patterns.map(
      (pattern) =>
        `[${pattern.salience}] ${pattern.title}${pattern.also.length > 0 ? ` (+${pattern.also.map((a) => a.ruleId).join(', ')})` : ''}`,
    ),
  };
}

if (process.argv[1]?.endsWith('sample-count.ts')) console.log(samplePatterns());
