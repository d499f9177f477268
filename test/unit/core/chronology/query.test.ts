import { describe, expect, it } from 'vitest';
import { listAgencies, listEventTypes, findEventTypeId } from '@core/chronology/lookups';
import { page, search, timeline } from '@core/chronology/query';
import { toFtsQuery } from '@core/chronology/fts-query';
import { seedChronology } from '@core/sample/chronology';
import type { ChronologyFilter, ChronologySort } from '@shared/domain/chronology';
import { reviewWithPeople, type ReviewWithPeople } from '@test/helpers/review';

let fx: ReviewWithPeople;
function withSample(): ReviewWithPeople {
  fx = reviewWithPeople();
  fx.review.write('Sample', (db) => seedChronology(db));
  return fx;
}

const byDate: ChronologySort = { field: 'date', direction: 'asc' };
const rows = (filter: ChronologyFilter, sort: ChronologySort = byDate) =>
  page(fx.review.db, { filter, sort, offset: 0, limit: 500 });

describe('chronology queries', () => {
  it('pages in date order by the earliest possible day, with the total', () => {
    withSample();
    const all = rows({});
    expect(all.total).toBe(43);
    const earliest = all.rows.map((r) => r.date.earliest);
    expect([...earliest].sort()).toEqual(earliest);
    const second = page(fx.review.db, { filter: {}, sort: byDate, offset: 10, limit: 5 });
    expect(second.total).toBe(43);
    expect(second.rows.map((r) => r.id)).toEqual(all.rows.slice(10, 15).map((r) => r.id));
    const desc = rows({}, { field: 'date', direction: 'desc' });
    expect(desc.rows.map((r) => r.id)).toEqual([...all.rows.map((r) => r.id)].reverse());
  });

  it('sorts by agency and event type names', () => {
    withSample();
    const agencies = rows({}, { field: 'agency', direction: 'asc' }).rows.map((r) => r.agency);
    expect(agencies).toEqual([...agencies].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    const types = rows({}, { field: 'eventType', direction: 'asc' }).rows.map((r) => r.eventType ?? '~');
    expect(types[0]).toBe('Appointment');
  });

  it('filters by agency, event type, person, tag, key, child not seen and overlapping dates', () => {
    withSample();
    const police = listAgencies(fx.review.db).find((a) => a.name === 'Westmoor Police')!;
    expect(police.entryCount).toBe(7);
    expect(rows({ agencyIds: [police.id] }).rows.every((r) => r.agency === 'Westmoor Police')).toBe(true);
    const dna = findEventTypeId(fx.review.db, 'Did not attend')!;
    expect(rows({ eventTypeIds: [dna] }).total).toBe(3);
    const mrC = rows({ personIds: [fx.person('Mr C')] });
    expect(mrC.total).toBeGreaterThan(4);
    expect(mrC.rows.every((r) => r.people.some((p) => p.personId === fx.person('Mr C')))).toBe(true);
    expect(rows({ tags: ['CASE CLOSURE'] }).total).toBe(4);
    expect(rows({ keyOnly: true }).rows.every((r) => r.significance === 'key')).toBe(true);
    const notSeen = rows({ childNotSeen: true });
    expect(notSeen.total).toBeGreaterThan(5);
    expect(notSeen.rows.every((r) => r.childContact.some((c) => c.seen === 'no'))).toBe(true);
    // "Spring 2020" (Mar–May) overlaps April; 25/06/2019 does not.
    const april2020 = rows({ from: '2020-04-01', to: '2020-04-30' }).rows.map((r) => r.date.original);
    expect(april2020).toEqual(expect.arrayContaining(['c. April 2020', 'Spring 2020']));
    expect(april2020).not.toContain('25/06/2019');
    const combined = rows({ agencyIds: [police.id], keyOnly: true, from: '2021-01-01' });
    expect(combined.rows.map((r) => r.date.original)).toEqual(['14/01/2021', '09/08/2021', '28/01/2022', '19/08/2022']);
  });

  it('searches the text with FTS5 and marks the matches', () => {
    withSample();
    const result = rows({ text: 'family problems' });
    expect(result.total).toBeGreaterThanOrEqual(5);
    const highlight = result.highlights.find((h) => h.fields.summary !== undefined)!;
    expect(highlight.fields.summary!.toLowerCase()).toContain('\u0001family\u0002 \u0001problems\u0002');
    expect(rows({ text: '"family problems"' }).total).toBe(result.total);
    // Prefix matching: "strateg" finds the strategy discussions.
    expect(rows({ text: 'strateg' }).total).toBe(3);
    const hits = search(fx.review.db, { query: 'MARAC', filter: {}, limit: 10 });
    expect(hits.total).toBe(3);
    expect(hits.hits[0]!.snippet).toContain('\u0001MARAC\u0002');
  });

  it('leaves an entry merged into another out of the search, its count and its hits', () => {
    withSample();
    const before = search(fx.review.db, { query: 'MARAC', filter: {}, limit: 10 });
    const [kept, folded] = before.hits.map((hit) => hit.entryId);
    fx.review.write('Merge', (db) => db.prepare('UPDATE entry SET merged_into = ? WHERE id = ?').run(kept!, folded!));
    const after = search(fx.review.db, { query: 'MARAC', filter: {}, limit: 10 });
    expect(after.total).toBe(before.total - 1);
    expect(after.hits.map((hit) => hit.entryId)).toEqual(
      before.hits.map((hit) => hit.entryId).filter((id) => id !== folded),
    );
  });

  it.each(['AND', '"unbalanced', 'NEAR(a b)', 'summary:door', '*', '-', '(', "RM's"])(
    'treats FTS syntax in "%s" as plain words',
    (text) => {
      withSample();
      expect(() => rows({ text })).not.toThrow();
      expect(() => search(fx.review.db, { query: text, filter: {}, limit: 5 })).not.toThrow();
    },
  );

  it('builds safe FTS queries', () => {
    expect(toFtsQuery('family problems')).toBe('"family"* "problems"*');
    expect(toFtsQuery('"hands round" neck')).toBe('"hands round" "neck"*');
    expect(toFtsQuery('  -*() ')).toBeNull();
  });

  it('gives the timeline every entry in compact form', () => {
    withSample();
    const items = timeline(fx.review.db, {});
    expect(items).toHaveLength(43);
    const season = items.find((i) => i.dateText === 'Winter 2021/22')!;
    expect(season).toMatchObject({ earliest: '2021-12-01', latest: '2022-02-28', precision: 'season', key: false });
    expect(items.filter((i) => i.childNotSeen).length).toBe(rows({ childNotSeen: true }).total);
    expect(timeline(fx.review.db, { keyOnly: true }).every((i) => i.key)).toBe(true);
  });

  it('lists event types in their order with how many entries use them', () => {
    withSample();
    const types = listEventTypes(fx.review.db);
    expect(types[0]!.name).toBe('Incident');
    expect(types.find((t) => t.name === 'Police call-out')!.entryCount).toBe(7);
  });
});
