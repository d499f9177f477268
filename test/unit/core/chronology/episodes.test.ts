import { describe, expect, it } from 'vitest';
import { addEntry, deleteEntries, getEntry } from '@core/chronology/entries';
import {
  assignEntries,
  createEpisode,
  deleteEpisode,
  getEpisode,
  listEpisodes,
  updateEpisode,
} from '@core/chronology/episodes';
import { entriesByDate } from '@test/helpers/chronology-page';
import { reviewWithPeople } from '@test/helpers/review';

function withEntries() {
  const fx = reviewWithPeople();
  const ids = fx.review.write('Add', (db) =>
    ['03/02/2021', 'March 2021', 'Summer 2021'].map(
      (date, n) => addEntry(db, { date, agency: 'Housing', summary: `Entry ${n}` }).id,
    ),
  );
  return { fx, ids };
}

describe('key practice episodes', () => {
  it('creates an episode with a vague period and entries, listed in date order', () => {
    const { fx, ids } = withEntries();
    const episode = fx.review.write('Create', (db) =>
      createEpisode(db, {
        title: 'Spring 2021 visits',
        periodFrom: 'Feb 2021',
        periodTo: 'Summer 2021',
        analysis: 'Why it matters',
        entryIds: [ids[2]!, ids[0]!],
      }),
    );
    expect(episode.periodFrom).toMatchObject({ original: 'Feb 2021', precision: 'month' });
    expect(episode.periodTo).toMatchObject({ original: 'Summer 2021', latest: '2021-08-31' });
    expect(episode.entryIds).toEqual([ids[0], ids[2]]);
    expect(getEntry(fx.review.db, ids[0]!).episodeIds).toEqual([episode.id]);
    expect(entriesByDate(fx.review.db, { episodeId: episode.id }).total).toBe(2);
  });

  it('assigns, removes and replaces entries, and refuses a period that ends before it starts', () => {
    const { fx, ids } = withEntries();
    const { id } = fx.review.write('Create', (db) => createEpisode(db, { title: 'KPE 1' }));
    expect(fx.review.write('Assign', (db) => assignEntries(db, id, ids, false)).entryIds).toEqual(ids);
    expect(fx.review.write('Remove', (db) => assignEntries(db, id, [ids[1]!], true)).entryIds).toEqual([
      ids[0],
      ids[2],
    ]);
    expect(
      fx.review.write('Edit', (db) => updateEpisode(db, id, { entryIds: [ids[1]!], title: 'KPE one' })),
    ).toMatchObject({ title: 'KPE one', entryIds: [ids[1]] });
    expect(() =>
      fx.review.write('Edit', (db) => updateEpisode(db, id, { periodFrom: '2022', periodTo: '2021' })),
    ).toThrow(/ends before it starts/);
    expect(() => fx.review.write('Assign', (db) => assignEntries(db, id, [999], false))).toThrow(
      /no chronology entry 999/,
    );
  });

  it('deleting an episode keeps its entries; undo restores the links', () => {
    const { fx, ids } = withEntries();
    const { id } = fx.review.write('Create', (db) => createEpisode(db, { title: 'KPE', entryIds: ids }));
    fx.review.write('Delete', (db) => deleteEpisode(db, id));
    expect(listEpisodes(fx.review.db)).toEqual([]);
    expect(getEntry(fx.review.db, ids[0]!).episodeIds).toEqual([]);
    fx.review.undo();
    expect(getEpisode(fx.review.db, id).entryIds).toEqual(ids);
  });

  it('deleting an entry takes it out of its episodes', () => {
    const { fx, ids } = withEntries();
    const { id } = fx.review.write('Create', (db) => createEpisode(db, { title: 'KPE', entryIds: ids }));
    fx.review.write('Delete', (db) => deleteEntries(db, [ids[1]!]));
    expect(getEpisode(fx.review.db, id).entryIds).toEqual([ids[0], ids[2]]);
  });
});
