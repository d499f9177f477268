import Database from 'better-sqlite3';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REVIEW_APPLICATION_ID } from '../../../../electron/shared/version';
import { configure } from '../../../../electron/core/store/open-review-file';
import { migrate } from '../../../../electron/core/store/migrate';
import { createReviewHandle, type ReviewHandle } from '../../../../electron/core/store/review-handle';
import foundation from '../../../../electron/core/store/migrations/001-foundation';
import people from '../../../../electron/core/store/migrations/002-people';
import chronology from '../../../../electron/core/store/migrations/003-chronology';
import findings from '../../../../electron/core/store/migrations/004-findings';
import { loadAvailableTaxonomies, type LoadedTaxonomy } from '../../../../electron/core/taxonomy/load';
import { tempDir } from '../../../helpers/review-file';

/**
 * A real review file migrated through 004 with a few chronology rows, for the findings,
 * recommendations and annotations tests. The migrations are listed explicitly so these tests
 * do not depend on which later migrations the index has registered.
 */
export const findingsMigrations = [foundation, people, chronology, findings] as const;

export interface Fixture {
  readonly review: ReviewHandle;
  readonly dir: string;
  readonly entryIds: readonly number[];
  readonly episodeId: number;
  readonly available: readonly LoadedTaxonomy[];
}

const root = fileURLToPath(new URL('../../../../', import.meta.url));

export function openFixtureReview(options: { readonly withRows?: boolean } = {}): Fixture {
  const dir = tempDir('casewright-findings-');
  const raw = new Database(join(dir, 'review.cwr'));
  raw.pragma(`application_id = ${REVIEW_APPLICATION_ID}`);
  configure(raw);
  migrate(raw, { migrations: findingsMigrations });
  const review = createReviewHandle('test', join(dir, 'review.cwr'), raw, () => 'Test Reviewer');
  const now = '2026-01-05T10:00:00.000Z';
  const { entryIds, episodeId } = review.write('Seed chronology', (db) => {
    if (options.withRows === false) return { entryIds: [] as number[], episodeId: 0 };
    const agency = (name: string): number =>
      Number(db.prepare(`INSERT INTO agency (name, created_at) VALUES (?, ?)`).run(name, now).lastInsertRowid);
    const police = agency('Westmoor Police');
    const health = agency('Health Visiting');
    const entry = db.prepare(
      `INSERT INTO entry (date_original, date_edtf, date_earliest, date_latest, date_precision, agency_id, summary, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'day', ?, ?, ?, ?)`,
    );
    const ids = [
      ['12 March 2021', '2021-03-12', police, 'Call to 14 Larkspur Close after neighbours reported a domestic incident; RM said it was "family problems".'],
      ['2021-05-04', '2021-05-04', health, 'HV1 home visit; Mr C present throughout, RM not seen alone.'],
      ['2021-09-20', '2021-09-20', police, 'Second call-out to a domestic incident; Child R not seen or spoken to.'],
    ].map(([text, day, agencyId, summary]) =>
      Number(entry.run(text, day, day, day, agencyId, summary, now, now).lastInsertRowid),
    );
    const episode = Number(
      db.prepare(`INSERT INTO episode (title, analysis, created_at, updated_at) VALUES (?, '', ?, ?)`).run('Police call-outs in 2021', now, now)
        .lastInsertRowid,
    );
    db.prepare(`INSERT INTO episode_entry (episode_id, entry_id) VALUES (?, ?), (?, ?)`).run(episode, ids[0], episode, ids[2]);
    return { entryIds: ids, episodeId: episode };
  });
  return {
    review,
    dir,
    entryIds,
    episodeId,
    available: loadAvailableTaxonomies(join(root, 'templates'), join(dir, 'home')),
  };
}
