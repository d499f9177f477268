import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '@api/dispatcher';
import { emptyReview } from '@test/helpers/review';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
/** A fresh review, and raw dispatcher responses (the tests read both successes and refusals). */
async function setUp() {
  const review = emptyReview({ scope: null });
  const dispatch = createDispatcher(review.app, () => undefined);
  const call = async (method: string, args: unknown, inReview = true) =>
    dispatch({ method, args, ...(inReview ? { reviewId: review.reviewId } : {}) } as never);
  return { dir: review.dir, call, home: review.home };
}

describe('taxonomy and findings API through the dispatcher', () => {
  it('offers each taxonomy for tagging, pins on first use, and points out a newer version', async () => {
    const { call, home } = await setUp();
    const added = await call('findings.add', {
      title: 'Pattern missed',
      tags: [{ taxonomyId: 'domestic-abuse-themes', termId: 'crisis-only-support' }],
    });
    expect(added.ok).toBe(true);

    // A board imports a new version of the domestic abuse themes into the app home.
    const current = JSON.parse(readFileSync(join(root, 'templates/taxonomies/domestic-abuse-themes.json'), 'utf8')) as {
      version: string;
    };
    mkdirSync(join(home, 'taxonomies'), { recursive: true });
    writeFileSync(join(home, 'taxonomies', 'da.json'), JSON.stringify({ ...current, version: '2026.1' }));

    const offered = await call('taxonomy.listForReview', {});
    if (!offered.ok) throw new Error(offered.error.message);
    const rows = offered.result as {
      taxonomy: { id: string; version: string };
      pinned: boolean;
      newerVersion: string | null;
    }[];
    expect(rows.find((r) => r.taxonomy.id === 'domestic-abuse-themes')).toMatchObject({
      pinned: true,
      newerVersion: '2026.1',
      taxonomy: { version: current.version },
    });
    expect(rows.find((r) => r.taxonomy.id === 'scie-learning-together')).toMatchObject({
      pinned: false,
      newerVersion: null,
    });

    const pinned = await call('taxonomy.pin', { id: 'domestic-abuse-themes', version: '2026.1' });
    expect(pinned.ok).toBe(true);
    const after = await call('taxonomy.listForReview', {});
    expect(
      after.ok &&
        (after.result as typeof rows).find((r) => r.taxonomy.id === 'domestic-abuse-themes')?.taxonomy.version,
    ).toBe('2026.1');
    const list = await call('taxonomy.list', {}, false);
    expect(
      list.ok &&
        (list.result as { id: string; version: string }[])
          .filter((t) => t.id === 'domestic-abuse-themes')
          .map((t) => t.version),
    ).toEqual([current.version, '2026.1']);
  });

  it('lists, for each term of a taxonomy, its counterparts in other frameworks through the crosswalks', async () => {
    const { call } = await setUp();
    const result = await call('taxonomy.listEquivalents', { id: 'national-panel-themes-2020' }, false);
    if (!result.ok) throw new Error(result.error.message);
    const rows = result.result as {
      termId: string;
      equivalents: { taxonomyId: string; termId: string; relation: string; approximate: boolean }[];
    }[];
    expect(rows.find((r) => r.termId === 'leadership-culture')?.equivalents).toContainEqual(
      expect.objectContaining({
        taxonomyId: 'national-panel-themes-2022-23',
        termId: 'leadership-professional-curiosity',
        relation: 'narrower',
        approximate: true,
      }),
    );
    // A term no crosswalk maps (listed as unmapped everywhere) is left out rather than listed empty.
    const later = await call('taxonomy.listEquivalents', { id: 'national-panel-themes-2022-23' }, false);
    const laterTerms = later.ok ? (later.result as { termId: string }[]).map((r) => r.termId) : [];
    expect(laterTerms).toContain('leadership-professional-curiosity');
    expect(laterTerms).not.toContain('young-carers');
    const unknown = await call('taxonomy.listEquivalents', { id: 'no-such-taxonomy' }, false);
    expect(unknown.ok === false && unknown.error.code).toBe('not-found');
  });

  it('validates arguments before any service runs', async () => {
    const { call } = await setUp();
    const badDirection = await call('findings.addTag', {
      findingId: 1,
      taxonomyId: 'x',
      termId: 'y',
      direction: 'sideways',
    });
    expect(badDirection.ok === false && badDirection.error.code).toBe('invalid-arguments');
    const badDate = await call('recommendations.add', { text: 'X', dueDate: '2026-02-30' });
    expect(badDate.ok === false && badDate.error.message).toMatch(/not a real date/);
    const badAnchor = await call('annotations.add', {
      target: { kind: 'paragraph', anchor: 'nope' },
      authorName: 'P',
      text: 'x',
    });
    expect(badAnchor.ok === false && badAnchor.error.code).toBe('invalid-arguments');
  });

  it('reports a broken user taxonomy file by name and path instead of failing silently', async () => {
    const { call, home } = await setUp();
    mkdirSync(join(home, 'taxonomies'), { recursive: true });
    copyFileSync(
      join(root, 'test/fixtures/taxonomies/broken-terms.json'),
      join(home, 'taxonomies', 'broken-terms.json'),
    );
    const list = await call('taxonomy.list', {}, false);
    expect(list.ok).toBe(false);
    expect(list.ok === false && list.error.message).toContain('broken-terms.json is not a valid taxonomy');
    expect(list.ok === false && list.error.details?.problems?.map((p) => p.field)).toContain('$.terms[1].label');
  });
});
