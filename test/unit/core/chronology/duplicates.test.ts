import { describe, expect, it } from 'vitest';
import { existingSweepItems, sweepDuplicates } from '@core/chronology/duplicate-sweep';
import {
  dismissDuplicate,
  linkDuplicate,
  listDuplicates,
  mergeDuplicate,
  recordCandidate,
} from '@core/chronology/duplicates';
import { addEntry, getEntry } from '@core/chronology/entries';
import { entriesByDate } from '@test/helpers/chronology-page';
import { contentWords, diceSimilarity } from '@core/chronology/similarity';
import { reviewWithPeople } from '@test/helpers/review';

function pair() {
  const fx = reviewWithPeople();
  const [police, csc] = fx.review.write('Add', (db) => [
    addEntry(db, {
      date: '12/09/2019',
      agency: 'Westmoor Police',
      summary: 'Domestic incident at Larkspur Close, police notified social care',
      people: [{ personId: fx.person('RM'), role: 'victim' }],
      tags: ['domestic abuse'],
    }),
    addEntry(db, {
      date: '13/09/2019',
      agency: "Children's Social Care",
      summary: 'Police notification of domestic incident at Larkspur Close received',
      childContact: [
        { personId: fx.person('Child R'), seen: 'no', seenAlone: 'no', spokenTo: 'no', viewsRecorded: 'no' },
      ],
      tags: ['notification'],
    }),
  ]);
  return { fx, police: police!, csc: csc! };
}

describe('duplicate detection', () => {
  it('scores similar wording of the same event highly and unrelated text low', () => {
    const a = contentWords('Police notified CSC of domestic incident');
    expect(diceSimilarity(a, contentWords('Notification received from police: domestic incident'))).toBeGreaterThan(
      0.4,
    );
    expect(diceSimilarity(a, contentWords('Child R brought to GP with chest infection'))).toBeLessThan(0.2);
    expect(diceSimilarity(new Set(), a)).toBe(0);
  });

  it('pairs new rows with entries of other agencies within a few days and similar text, never the same agency', () => {
    const { fx, police, csc } = pair();
    const name = (id: number) =>
      id === police.agencyId ? 'Westmoor Police' : id === csc.agencyId ? "Children's Social Care" : 'Health Visiting';
    const existing = existingSweepItems(fx.review.db, '2019-09-14', '2019-09-14');
    expect(existing.map((e) => e.entryId).sort()).toEqual([police.id, csc.id].sort());
    const row = {
      row: 7,
      entryId: null,
      earliest: '2019-09-14',
      latest: '2019-09-14',
      text: 'Domestic incident Larkspur Close notification received',
    };
    const fromHealth = sweepDuplicates(existing, [{ ...row, agencyId: 999 }], name);
    expect(fromHealth.map((p) => p.existingEntryId).sort()).toEqual([police.id, csc.id].sort());
    expect(fromHealth[0]!.score).toBeGreaterThanOrEqual(fromHealth[1]!.score);
    expect(fromHealth[0]!.reason).toMatch(
      /^dates within a few days; .+'s record shares words that are rare in this review: “.+”/,
    );
    expect(
      sweepDuplicates(existing, [{ ...row, agencyId: police.agencyId }], name).map((p) => p.existingEntryId),
    ).toEqual([csc.id]);
    expect(existingSweepItems(fx.review.db, '2019-10-01', '2019-10-01')).toEqual([]);
    expect(
      sweepDuplicates(existing, [{ ...row, agencyId: 999, earliest: '2019-10-01', latest: '2019-10-01' }], name),
    ).toEqual([]);
    // A year-wide date is too vague to pair with one event.
    expect(
      sweepDuplicates(existing, [{ ...row, agencyId: 999, earliest: '2019-01-01', latest: '2019-12-31' }], name),
    ).toEqual([]);
  });

  it('pairs two new rows of different agencies once, and only when both are entries', () => {
    const a = {
      row: 2,
      entryId: 10,
      agencyId: 1,
      earliest: '2020-01-01',
      latest: '2020-01-01',
      text: 'Police called to shouting at the flat',
    };
    const b = {
      row: 3,
      entryId: 11,
      agencyId: 2,
      earliest: '2020-01-02',
      latest: '2020-01-02',
      text: 'Notified: police called to shouting at the flat',
    };
    const pairs = sweepDuplicates([], [a, b], (id) => `agency ${id}`);
    expect(pairs).toEqual([
      expect.objectContaining({ row: 3, newEntryId: 11, existingEntryId: 10, existingAgency: 'agency 1' }),
    ]);
    expect(
      sweepDuplicates(
        [],
        [
          { ...a, entryId: null },
          { ...b, entryId: null },
        ],
        (id) => `agency ${id}`,
      ),
    ).toEqual([]);
  });

  it('links, dismisses and merges only when the reviewer says so', () => {
    const { fx, police, csc } = pair();
    fx.review.write('Flag', (db) => recordCandidate(db, csc.id, police.id, 0.6, 'test'));
    const [candidate] = listDuplicates(fx.review.db, 'open');
    expect(candidate).toMatchObject({ entryA: police.id, entryB: csc.id, status: 'open' });
    fx.review.write('Link', (db) => linkDuplicate(db, candidate!.id));
    expect(getEntry(fx.review.db, police.id).linkedEntryIds).toEqual([csc.id]);
    fx.review.write('Dismiss', (db) => dismissDuplicate(db, candidate!.id));
    expect(listDuplicates(fx.review.db, 'dismissed')).toHaveLength(1);
    expect(getEntry(fx.review.db, police.id).linkedEntryIds).toEqual([]);

    const merged = fx.review.write('Merge', (db) => mergeDuplicate(db, candidate!.id, police.id));
    expect(merged.status).toBe('merged');
    const kept = getEntry(fx.review.db, police.id);
    expect(kept.tags).toEqual(['domestic abuse', 'notification']);
    expect(kept.childContact.map((c) => c.personId)).toEqual([fx.person('Child R')]);
    expect(kept.sharedWith).toEqual([
      expect.objectContaining({
        agency: "Children's Social Care",
        how: `recorded by Children's Social Care (merged entry ${csc.id})`,
      }),
    ]);
    expect(kept.sharedWith[0]!.when?.original).toBe('13/09/2019');
    // The other entry is hidden, not lost.
    expect(entriesByDate(fx.review.db).rows.map((r) => r.id)).toEqual([police.id]);
    expect(getEntry(fx.review.db, csc.id).summary).toMatch(/notification/);
    expect(() => fx.review.write('Merge', (db) => mergeDuplicate(db, candidate!.id, police.id))).toThrow(
      /already merged/,
    );
    fx.review.undo();
    expect(entriesByDate(fx.review.db).total).toBe(2);
    expect(getEntry(fx.review.db, police.id).sharedWith).toEqual([]);
  });

  it('refuses to merge into an entry outside the pair', () => {
    const { fx, police, csc } = pair();
    fx.review.write('Flag', (db) => recordCandidate(db, police.id, csc.id, 0.6, 'test'));
    const [candidate] = listDuplicates(fx.review.db);
    expect(() => fx.review.write('Merge', (db) => mergeDuplicate(db, candidate!.id, 12345))).toThrow(
      /not one of this pair/,
    );
  });
});
