import { afterEach, describe, expect, it } from 'vitest';
import { readInsightInput } from '@core/insight/review-input';
import { reviewWithInsightChronology, type ReviewWithInsightChronology } from '@test/helpers/review';

let review: ReviewWithInsightChronology | null = null;
afterEach(() => {
  review?.app.reviews.closeAll();
  review = null;
});

describe('reading the insight input from a review file', () => {
  it('maps entries, people, child contacts and shares from the chronology and people tables', () => {
    review = reviewWithInsightChronology();
    const handle = review.app.reviews.get(review.reviewId);
    const input = readInsightInput(handle.db);
    expect(input.entries).toHaveLength(6);

    const visit = input.entries.find((entry) => entry.id === String(review!.entryIds.get(1)))!;
    expect(visit).toMatchObject({
      agency: 'Health Visiting',
      eventType: 'Home visit',
      date: { text: '2021-03-20', earliest: '2021-03-20' },
    });
    expect(visit.children).toEqual([
      expect.objectContaining({ present: true, seen: true, seenAlone: false, spokenTo: false, viewsRecorded: false }),
    ]);

    const vague = input.entries.find((entry) => entry.date.text === 'May 2021')!;
    expect(vague.date).toEqual({ text: 'May 2021', earliest: '2021-05-01', latest: '2021-05-31' });
    expect(vague.significance).toBe('key');
    expect(vague.sharedWith).toEqual([
      { agency: "Children's Social Care", date: { text: '2021-06-20', earliest: '2021-06-20', latest: '2021-06-20' } },
    ]);

    const labelled = input.entries.find((entry) => entry.id === String(review!.entryIds.get(2)))!;
    expect(labelled.tags).toEqual(['domestic abuse']);

    const byLabel = new Map(input.people.map((person) => [person.label, person]));
    expect(byLabel.get('Child R')!.kind).toBe('child');
    expect(byLabel.get('RM')).toMatchObject({ kind: 'adult', roles: ['mother'] });
    expect(byLabel.get('RM')!.relationships).toEqual([{ otherPersonId: byLabel.get('Mr C')!.id, kind: 'partner-of' }]);
  });

  it('leaves out entries merged into another, so one event is not counted twice', () => {
    review = reviewWithInsightChronology();
    const handle = review.app.reviews.get(review.reviewId);
    const [first, second] = [review.entryIds.get(0)!, review.entryIds.get(2)!];
    handle.write('Merge duplicate', (db) =>
      db.prepare(`UPDATE entry SET merged_into = ? WHERE id = ?`).run(first, second),
    );
    const ids = readInsightInput(handle.db).entries.map((entry) => entry.id);
    expect(ids).toHaveLength(5);
    expect(ids).not.toContain(String(second));
  });
});
