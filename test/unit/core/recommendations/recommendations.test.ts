import { describe, expect, it } from 'vitest';
import { addFinding, deleteFinding, moveFinding } from '@core/findings/findings';
import {
  addRecommendation,
  deleteRecommendation,
  getRecommendation,
  listRecommendations,
  moveRecommendation,
  updateRecommendation,
} from '@core/recommendations/recommendations';
import { reviewWithChronology } from '@test/helpers/review';

describe('recommendations', () => {
  it('flags a recommendation without an owner or a due date until both are given', () => {
    const fixture = reviewWithChronology({ entries: [] });
    const { review } = fixture;
    const rec = review.write('add', (db) => addRecommendation(db, { text: 'Train staff on coercive control' }));
    expect(rec).toMatchObject({ number: 1, status: 'proposed', ownerAgency: null, flags: ['no-owner', 'no-due-date'] });
    const owned = review.write('edit', (db) => updateRecommendation(db, rec.id, { ownerAgency: 'Westmoor Police' }));
    expect(owned.flags).toEqual(['no-due-date']);
    const done = review.write('edit', (db) =>
      updateRecommendation(db, rec.id, {
        dueDate: '2026-09-30',
        status: 'agreed',
        priority: 'high',
        boardResponse: 'Accepted by the partnership.',
      }),
    );
    expect(done).toMatchObject({
      flags: [],
      status: 'agreed',
      priority: 'high',
      boardResponse: 'Accepted by the partnership.',
    });
    expect(review.write('edit', (db) => updateRecommendation(db, rec.id, { ownerAgency: '  ' })).flags).toEqual([
      'no-owner',
    ]);
    expect(listRecommendations(review.db, { flaggedOnly: true }).map((r) => r.id)).toEqual([rec.id]);
    expect(listRecommendations(review.db, { status: 'done' })).toEqual([]);
  });

  it('links findings, follows their renumbering, and drops links to deleted findings', () => {
    const fixture = reviewWithChronology({ entries: [] });
    const { review } = fixture;
    const a = review.write('add', (db) => addFinding(db, { title: 'A' }));
    const b = review.write('add', (db) => addFinding(db, { title: 'B' }));
    const rec = review.write('add', (db) =>
      addRecommendation(db, { text: 'Joint review of call-outs', findingIds: [b.id, a.id] }),
    );
    expect(rec.findingNumbers).toEqual([1, 2]);
    review.write('move', (db) => moveFinding(db, b.id, 1));
    expect(getRecommendation(review.db, rec.id)).toMatchObject({ findingIds: [b.id, a.id], findingNumbers: [1, 2] });
    review.write('delete', (db) => deleteFinding(db, b.id));
    expect(getRecommendation(review.db, rec.id)).toMatchObject({ findingIds: [a.id], findingNumbers: [1] });
    expect(() => review.write('edit', (db) => updateRecommendation(db, rec.id, { findingIds: [999] }))).toThrow(
      /no finding with id 999/,
    );
  });

  it('renumbers on move and delete', () => {
    const fixture = reviewWithChronology({ entries: [] });
    const { review } = fixture;
    const ids = ['One', 'Two', 'Three'].map((text) => review.write('add', (db) => addRecommendation(db, { text })).id);
    review.write('move', (db) => moveRecommendation(db, ids[2]!, 1));
    expect(listRecommendations(review.db).map((r) => `${r.number}${r.text}`)).toEqual(['1Three', '2One', '3Two']);
    review.write('delete', (db) => deleteRecommendation(db, ids[0]!));
    expect(listRecommendations(review.db).map((r) => `${r.number}${r.text}`)).toEqual(['1Three', '2Two']);
  });
});
