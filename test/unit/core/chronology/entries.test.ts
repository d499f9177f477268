import { describe, expect, it } from 'vitest';
import { addEntry, deleteEntries, getEntry, updateEntry } from '@core/chronology/entries';
import { findEventTypeId } from '@core/chronology/lookups';
import { entriesByDate } from '@test/helpers/chronology-page';
import { CasewrightError } from '@shared/errors';
import { reviewWithPeople, type ReviewWithPeople } from '@test/helpers/review';

let fx: ReviewWithPeople;

/** Adds one entry to the current review as its own undoable change, as the grid's Add does. */
const add = (input: Parameters<typeof addEntry>[1]) => fx.review.write('Add', (db) => addEntry(db, input));

function errorOf(work: () => unknown): CasewrightError {
  try {
    work();
  } catch (error) {
    if (error instanceof CasewrightError) return error;
    throw error;
  }
  throw new Error('expected a CasewrightError');
}

describe('chronology entries', () => {
  it('adds an entry with a vague date, people, child contact and shares, and reads it back whole', () => {
    fx = reviewWithPeople();
    const callOut = findEventTypeId(fx.review.db, 'Police call-out')!;
    const entry = add({
      date: 'Spring 2013',
      time: '9.30pm',
      agency: 'Westmoor Police',
      eventTypeId: callOut,
      summary: 'Neighbour reported shouting',
      source: { role: 'PC1', reference: 'INC-7' },
      people: [
        { personId: fx.person('RM'), role: 'victim' },
        { personId: fx.person('Mr C'), role: 'alleged-perpetrator' },
      ],
      childContact: [
        { personId: fx.person('Child R'), seen: 'no', seenAlone: 'no', spokenTo: 'no', viewsRecorded: 'unknown' },
      ],
      sharedWith: [{ agency: "Children's Social Care", when: '14/03/2013', how: 'MASH notification' }],
      tags: ['domestic abuse', ' domestic abuse '],
      significance: 'key',
    });
    expect(entry.date).toMatchObject({
      original: 'Spring 2013',
      edtf: '2013-21',
      earliest: '2013-03-01',
      latest: '2013-05-31',
      precision: 'season',
    });
    expect(entry.time).toBe('21:30');
    expect(entry.agency).toBe('Westmoor Police');
    expect(entry.eventType).toBe('Police call-out');
    expect(entry.source).toEqual({ document: null, role: 'PC1', reference: 'INC-7' });
    expect(entry.people).toEqual([
      { personId: fx.person('RM'), role: 'victim' },
      { personId: fx.person('Mr C'), role: 'alleged-perpetrator' },
    ]);
    expect(entry.childContact[0]).toMatchObject({ seen: 'no', viewsRecorded: 'unknown' });
    expect(entry.sharedWith).toHaveLength(1);
    expect(entry.sharedWith[0]).toMatchObject({ agency: "Children's Social Care", how: 'MASH notification' });
    expect(entry.sharedWith[0]!.when?.earliest).toBe('2013-03-14');
    expect(entry.tags).toEqual(['domestic abuse']);
    expect(entry.significance).toBe('key');
    expect(entry.provenance).toBeNull();
  });

  it.each([
    [{ date: '31/02/2022' }, /date: "31\/02\/2022": 31 February 2022 does not exist/],
    [{ date: '01/02/2022', time: '25:00' }, /time: "25:00": hour 25 does not exist/],
    [{ date: '01/02/2022', endDate: '01/01/2022' }, /the end date is before the date/],
    [{ date: '01/02/2022', eventTypeId: 9999 }, /there is no event type 9999/],
    [{ date: '01/02/2022', people: [{ personId: 9999, role: 'victim' as const }] }, /there is no person 9999/],
    [
      { date: '01/02/2022', sharedWith: [{ agency: 'Housing', when: 'someday' }] },
      /sharedWith\[0\]\.when: "someday" is not a date/,
    ],
  ])('refuses invalid input %#', (input, message) => {
    fx = reviewWithPeople();
    const error = errorOf(() => add({ agency: 'Housing', summary: 'x', ...input }));
    expect(error.code).toBe('validation');
    expect(error.message).toMatch(message);
    expect(fx.raw.prepare('SELECT count(*) FROM entry').pluck().get()).toBe(0);
  });

  it('updates only what the patch names and undo restores the entry', () => {
    fx = reviewWithPeople();
    const { id } = add({
      date: 'May 2014',
      agency: 'Housing',
      summary: 'Tenancy visit',
      tags: ['housing'],
      sharedWith: [{ agency: 'GP Practice' }],
    });
    const updated = fx.review.write('Edit', (db) =>
      updateEntry(db, id, { date: 'c. 2014', summary: 'Tenancy visit, door damaged' }),
    );
    expect(updated.date).toMatchObject({ original: 'c. 2014', edtf: '2014~', approximate: true });
    expect(updated.tags).toEqual(['housing']);
    expect(updated.sharedWith.map((s) => s.agency)).toEqual(['GP Practice']);
    const audited = fx.raw
      .prepare(`SELECT DISTINCT table_name FROM audit_log WHERE group_id = (SELECT max(id) FROM change_group)`)
      .pluck()
      .all();
    expect(audited).toEqual(['entry']);
    fx.review.undo();
    expect(getEntry(fx.review.db, id).summary).toBe('Tenancy visit');
    expect(getEntry(fx.review.db, id).date.original).toBe('May 2014');
    expect(entriesByDate(fx.review.db, { text: 'damaged' }).total).toBe(0);
    expect(entriesByDate(fx.review.db, { text: 'tenancy' }).total).toBe(1);
  });

  it('deletes an entry with its side rows, and undo brings all of it back', () => {
    fx = reviewWithPeople();
    const { id } = add({
      date: '03/02/2021',
      agency: 'Westmoor Primary School',
      summary: 'Disclosure to teacher',
      people: [{ personId: fx.person('Sibling R'), role: 'subject' }],
      childContact: [
        { personId: fx.person('Sibling R'), seen: 'yes', seenAlone: 'yes', spokenTo: 'yes', viewsRecorded: 'yes' },
      ],
      tags: ['disclosure'],
      sharedWith: [{ agency: "Children's Social Care", when: '03/02/2021', how: 'referral' }],
    });
    const before = getEntry(fx.review.db, id);
    expect(fx.review.write('Delete', (db) => deleteEntries(db, [id]))).toBe(1);
    expect(() => getEntry(fx.review.db, id)).toThrow(/There is no chronology entry/);
    fx.review.undo();
    expect(getEntry(fx.review.db, id)).toEqual(before);
    expect(entriesByDate(fx.review.db, { text: 'disclosure' }).total).toBe(1);
  });

  it('refuses to delete entries that do not exist', () => {
    fx = reviewWithPeople();
    expect(errorOf(() => fx.review.write('Delete', (db) => deleteEntries(db, [42]))).code).toBe('not-found');
  });
});
