import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppContext } from '@core/app/app-context';
import { openSample } from '@core/review/open-sample';
import { tempDir } from '@test/helpers/review-file';
import { seedFindings } from '@core/sample/findings';
import { listFindings } from '@core/findings/findings';
import { listRecommendations } from '@core/recommendations/recommendations';
import { listAnnotations } from '@core/annotations/annotations';
import { buildTagMatrix } from '@core/findings/tag-matrix';
import { reviewWithChronology } from '@test/helpers/review';

describe('sample findings', () => {
  it('seeds tagged findings resting on chronology entries, flagged recommendations and panel comments', () => {
    const fixture = reviewWithChronology();
    const { review, entryIds } = fixture;
    review.write('Sample', (db) => seedFindings(db));
    const findings = listFindings(review.db);
    expect(findings).toHaveLength(5);
    expect(findings.map((f) => f.number)).toEqual([1, 2, 3, 4, 5]);
    expect(findings[0]?.evidence.map((e) => e.targetId)).toEqual([entryIds[0], entryIds[2]]);
    expect(findings[2]?.evidence.map((e) => e.targetId)).toEqual([entryIds[1]]);
    expect(findings[4]?.withoutEvidence).toBe(true);
    expect(new Set(findings.flatMap((f) => f.tags.map((t) => t.taxonomyId))).size).toBe(5);
    expect(findings.filter((f) => f.inBriefing)).toHaveLength(2);
    expect(buildTagMatrix(review.db).terms.length).toBeGreaterThan(10);

    const recommendations = listRecommendations(review.db);
    expect(recommendations).toHaveLength(3);
    expect(recommendations.map((r) => r.flags)).toEqual([[], ['no-owner'], ['no-due-date']]);

    const threads = listAnnotations(review.db);
    expect(threads).toHaveLength(3);
    expect(threads[0]).toMatchObject({ status: 'accepted', replies: [{ authorName: 'Lead Reviewer' }] });
    expect(listAnnotations(review.db, { status: 'open' })).toHaveLength(2);
  });
});

describe('the built-in sample review', () => {
  it('ties the sample findings to the sample chronology', () => {
    const dir = tempDir();
    const previous = process.env.CASEWRIGHT_REVIEWS_DIR;
    process.env.CASEWRIGHT_REVIEWS_DIR = join(dir, 'Reviews');
    const app = createAppContext({ edition: 'cli', home: join(dir, 'home') });
    try {
      const session = openSample(app);
      const findings = listFindings(app.reviews.get(session.reviewId).db);
      expect(findings.map((f) => f.evidence.length > 0)).toEqual([true, true, true, true, false]);
      expect(findings[0]?.evidence.every((e) => e.agency === 'Westmoor Police')).toBe(true);
      expect(findings[2]?.evidence.map((e) => e.label).join(' ')).toContain('Dean');
    } finally {
      app.reviews.closeAll();
      if (previous === undefined) delete process.env.CASEWRIGHT_REVIEWS_DIR;
      else process.env.CASEWRIGHT_REVIEWS_DIR = previous;
    }
  });
});
