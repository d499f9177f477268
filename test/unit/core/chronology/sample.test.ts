import { describe, expect, it } from 'vitest';
import { listDuplicates } from '@core/chronology/duplicates';
import { listEpisodes } from '@core/chronology/episodes';
import { listAgencies } from '@core/chronology/lookups';
import { entriesByDate } from '@test/helpers/chronology-page';
import { seedChronology } from '@core/sample/chronology';
import { reviewWithPeople } from '@test/helpers/review';
import sampleChronology from '@templates/sample/chronology.json';
import samplePeople from '@templates/sample/people.json';

/** A review with the household and the sample chronology seeded, and every entry in date order. */
function seededSample() {
  const fx = reviewWithPeople();
  fx.review.write('Sample', (db) => seedChronology(db));
  const { rows } = entriesByDate(fx.review.db, {}, 500);
  return { fx, rows };
}

describe('sample chronology', () => {
  it('holds about forty entries across the seven sample agencies, 2019–2023, with vague dates of every kind', () => {
    const { fx, rows } = seededSample();
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(
      listAgencies(fx.review.db)
        .map((a) => a.name)
        .sort(),
    ).toEqual(
      [
        "Children's Social Care",
        'Domestic Abuse Service',
        'GP Practice',
        'Health Visiting',
        'Housing',
        'Westmoor Police',
        'Westmoor Primary School',
      ].sort(),
    );
    expect(rows[0]!.date.earliest >= '2019-06-01').toBe(true);
    expect(rows.at(-1)!.date.latest <= '2023-03-31').toBe(true);
    const precisions = new Set(rows.map((r) => r.date.precision));
    expect([...precisions].sort()).toEqual(['day', 'month', 'part-of-year', 'range', 'season']);
    expect(rows.some((r) => r.date.approximate)).toBe(true);
    expect(rows.some((r) => r.date.uncertain)).toBe(true);
  });

  it('carries the pattern: repeated call-outs, closures told to no one, missed appointments, minimising words', () => {
    const { fx, rows } = seededSample();
    expect(rows.filter((r) => r.eventType === 'Police call-out').length).toBeGreaterThanOrEqual(5);
    expect(rows.filter((r) => r.eventType === 'Did not attend').length).toBeGreaterThanOrEqual(3);
    expect(rows.filter((r) => /family problems/i.test(r.summary)).length).toBeGreaterThanOrEqual(4);
    const closures = rows.filter((r) => r.eventType === 'Case closure');
    expect(closures.some((r) => r.sharedWith.length === 0)).toBe(true);
    expect(rows.some((r) => r.childContact.some((c) => c.seen === 'yes' && c.spokenTo === 'no'))).toBe(true);
    expect(rows.filter((r) => r.sharedWith.length > 0).length).toBeGreaterThan(10);
    expect(listEpisodes(fx.review.db)).toHaveLength(2);
    expect(
      listDuplicates(fx.review.db)
        .map((d) => d.status)
        .sort(),
    ).toEqual(['linked', 'open']);
  });

  it('names only people the sample register holds, so the full sample links every one of them', () => {
    const register = new Set(samplePeople.people.map((p) => p.pseudonym));
    const named = sampleChronology.entries.flatMap((e) => [
      ...(e.people ?? []).map((p) => p.person),
      ...(e.childContact ?? []).map((c) => c.person),
    ]);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((person) => !register.has(person))).toEqual([]);
  });
});
