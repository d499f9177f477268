import { afterEach, describe, expect, it } from 'vitest';
import { seedFindings } from '../../../../electron/core/sample/findings';
import { listFindings } from '../../../../electron/core/findings/findings';
import { listRecommendations } from '../../../../electron/core/recommendations/recommendations';
import { listAnnotations } from '../../../../electron/core/annotations/annotations';
import { buildTagMatrix } from '../../../../electron/core/findings/tag-matrix';
import { openFixtureReview, type Fixture } from './review-fixture';

let fixture: Fixture | undefined;
afterEach(() => fixture?.review.close());

describe('sample findings', () => {
  it('seeds tagged findings resting on chronology entries, flagged recommendations and panel comments', () => {
    fixture = openFixtureReview();
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
