import { describe, expect, it } from 'vitest';
import { listAgencies } from '@core/chronology/lookups';
import { whoKnew } from '@core/chronology/who-knew';
import { seedChronology } from '@core/sample/chronology';
import { reviewWithPeople, type ReviewWithPeople } from '@test/helpers/review';

let fx: ReviewWithPeople;
describe('who knew what, when', () => {
  it('lists key events that had happened by the date, with who recorded and who was told', () => {
    fx = reviewWithPeople();
    fx.review.write('Sample', (db) => seedChronology(db));
    const id = (name: string) => listAgencies(fx.review.db).find((a) => a.name === name)!.id;
    const report = whoKnew(fx.review.db, { date: '2020-05-31', keyOnly: true });
    expect(report.agencies).toHaveLength(7);
    expect(report.events.map((e) => e.date.original)).toEqual(['12/09/2019', '22/02/2020', 'c. April 2020']);
    const first = report.events[0]!;
    expect(first.knownBy).toEqual([
      { agencyId: id('Westmoor Police'), how: 'recorded', when: null, via: null },
      expect.objectContaining({ agencyId: id("Children's Social Care"), how: 'shared', via: 'MASH notification' }),
    ]);
    // The closure was told to nobody: only social care knew.
    expect(report.events[2]!.knownBy.map((k) => k.agencyId)).toEqual([id("Children's Social Care")]);
  });

  it('counts a share only once it has happened', () => {
    fx = reviewWithPeople();
    fx.review.write('Sample', (db) => seedChronology(db));
    const before = whoKnew(fx.review.db, { date: '2022-04-15', keyOnly: true });
    const closure = before.events.find((e) => e.date.original === '14/04/2022')!;
    expect(closure.knownBy.map((k) => k.how)).toEqual(['recorded']);
    const after = whoKnew(fx.review.db, { date: '2022-04-30', keyOnly: true });
    expect(after.events.find((e) => e.date.original === '14/04/2022')!.knownBy.map((k) => k.how)).toEqual([
      'recorded',
      'shared',
    ]);
  });

  it('includes routine events on request and counts linked duplicates as known', () => {
    fx = reviewWithPeople();
    fx.review.write('Sample', (db) => seedChronology(db));
    const report = whoKnew(fx.review.db, { date: '2021-08-31', keyOnly: false });
    const incident = report.events.find((e) => e.date.original === '09/08/2021')!;
    const csc = listAgencies(fx.review.db).find((a) => a.name === "Children's Social Care")!.id;
    expect(incident.knownBy.filter((k) => k.agencyId === csc)).toHaveLength(1);
    expect(report.events.some((e) => e.significance === 'routine')).toBe(true);
  });
});
