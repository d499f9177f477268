import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addFinding, getFinding } from '@core/findings/findings';
import { tagFinding } from '@core/findings/tagging';
import { crosswalksFor } from '@core/taxonomy/library';
import { reviewWithChronology, type ReviewWithChronology } from '@test/helpers/review';
import { tempDir } from '@test/helpers/review-file';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const opened: ReviewWithChronology[] = [];
afterEach(() => {
  for (const f of opened.splice(0)) f.review.close();
});

/**
 * What a board view does with the core API: two reviews tagged with different national panel
 * frameworks, counted together for one theme through the crosswalk, with the approximate match
 * said out loud. (The board views themselves live in the boards feature.)
 */
describe('counting one theme across reviews tagged with different frameworks', () => {
  it('finds both reviews through the crosswalk and marks the match as approximate', () => {
    const reviews = [
      { name: 'Child R (2021)', tag: { taxonomyId: 'national-panel-themes-2020', termId: 'leadership-culture' } },
      {
        name: 'Child T (2024)',
        tag: { taxonomyId: 'national-panel-themes-2022-23', termId: 'leadership-professional-curiosity' },
      },
    ].map(({ name, tag }) => {
      const fixture = reviewWithChronology();
      opened.push(fixture);
      const finding = fixture.review.write('add', (db) =>
        addFinding(db, { title: `${name}: leaders did not make time for challenge` }),
      );
      fixture.review.write('tag', (db) => tagFinding(db, fixture.available, finding.id, tag));
      return { name, tags: getFinding(fixture.review.db, finding.id).tags };
    });

    const index = crosswalksFor({ templatesDir: join(root, 'templates'), home: join(tempDir(), 'home') });
    const theme = { taxonomyId: 'national-panel-themes-2022-23', termId: 'leadership-professional-curiosity' };
    const equivalents = index.equivalentTerms(theme.taxonomyId, theme.termId);
    const counted = reviews.flatMap((review) =>
      review.tags.flatMap((tag) => {
        if (tag.taxonomyId === theme.taxonomyId && tag.termId === theme.termId)
          return [{ review: review.name, approximate: false }];
        const match = equivalents.find((e) => e.taxonomyId === tag.taxonomyId && e.termId === tag.termId);
        return match ? [{ review: review.name, approximate: match.approximate, relation: match.relation }] : [];
      }),
    );
    expect(counted).toEqual([
      { review: 'Child R (2021)', approximate: true, relation: 'broader' },
      { review: 'Child T (2024)', approximate: false },
    ]);
    // Asked for exact matches only, the 2020 review does not count.
    expect(index.equivalentTerms(theme.taxonomyId, theme.termId, { exactOnly: true })).toEqual([]);
  });
});
