import { describe, expect, it } from 'vitest';
import { addFinding, getFinding } from '@core/findings/findings';
import { tagEntry, tagFinding } from '@core/findings/tagging';
import { listEntryTags, removeTag } from '@core/findings/tags';
import { buildTagMatrix } from '@core/findings/tag-matrix';
import { createFinding } from '@core/findings/create-finding';
import { listPinned } from '@core/taxonomy/pinning';
import { reviewWithChronology, type ReviewWithChronology } from '@test/helpers/review';

const open = (): ReviewWithChronology => reviewWithChronology();

/** Tags one finding, each tag its own change, as the Findings area does. */
const tagging =
  (review: ReviewWithChronology['review'], available: ReviewWithChronology['available'], findingId: number) =>
  (tag: Parameters<typeof tagFinding>[3]) =>
    review.write('tag', (db) => tagFinding(db, available, findingId, tag));

describe('tags with direction', () => {
  it('requires a direction for SCIE patterns and refuses one where the taxonomy has none', () => {
    const { review, available } = open();
    const finding = review.write('add', (db) => addFinding(db, { title: 'Agencies did not share' }));
    const tag = tagging(review, available, finding.id);
    expect(() => tag({ taxonomyId: 'scie-learning-together', termId: 'longer-term-work' })).toThrow(/give a direction/);
    expect(() =>
      tag({ taxonomyId: 'domestic-abuse-themes', termId: 'child-voice-absent', direction: 'hinders' }),
    ).toThrow(/does not use directions/);
    review.write('tag', (db) => {
      tagFinding(db, available, finding.id, {
        taxonomyId: 'scie-learning-together',
        termId: 'longer-term-work',
        direction: 'hinders',
      });
      tagFinding(db, available, finding.id, { taxonomyId: 'domestic-abuse-themes', termId: 'child-voice-absent' });
    });
    expect(getFinding(review.db, finding.id).tags.map((t) => [t.taxonomyId, t.termLabel, t.direction])).toEqual([
      ['scie-learning-together', 'Multi-agency working in longer-term work', 'hinders'],
      ['domestic-abuse-themes', "Child's voice absent", null],
    ]);
  });

  it('refuses unknown terms and grouping headings', () => {
    const { review, available } = open();
    const finding = review.write('add', (db) => addFinding(db, { title: 'X' }));
    const tag = tagging(review, available, finding.id);
    expect(() => tag({ taxonomyId: 'risk-factors-triggers', termId: 'nope' })).toThrow(/no term "nope"/);
    expect(() => tag({ taxonomyId: 'risk-factors-triggers', termId: 'triggers' })).toThrow(/heading/);
    expect(() => tag({ taxonomyId: 'no-such', termId: 'x' })).toThrow(/No taxonomy/);
  });

  it('tags chronology entries with the same taxonomies and removes tags', () => {
    const { review, available, entryIds } = open();
    review.write('tag', (db) => {
      tagEntry(db, available, entryIds[0]!, { taxonomyId: 'risk-factors-triggers', termId: 'minimising-language' });
      tagEntry(db, available, entryIds[1]!, { taxonomyId: 'risk-factors-triggers', termId: 'mother-not-seen-alone' });
    });
    const tags = listEntryTags(review.db);
    expect(tags.map((t) => [t.entryId, t.termId])).toEqual([
      [entryIds[0], 'minimising-language'],
      [entryIds[1], 'mother-not-seen-alone'],
    ]);
    review.write('untag', (db) => removeTag(db, 'entry_tag', tags[0]!.id));
    expect(listEntryTags(review.db, [entryIds[0]!])).toEqual([]);
  });
});

describe('version pinning', () => {
  it('pins the version on first use and keeps showing its terms after a newer version appears', () => {
    const { review, available } = open();
    const finding = review.write('add', (db) => addFinding(db, { title: 'X' }));
    const tag = tagging(review, available, finding.id);
    tag({ taxonomyId: 'domestic-abuse-themes', termId: 'crisis-only-support' });
    expect(listPinned(review.db).map((p) => `${p.taxonomy.id}@${p.taxonomy.version}`)).toEqual([
      'domestic-abuse-themes@2022.2',
    ]);

    // A board publishes a new version that renames the term and drops another.
    const old = available.find((l) => l.taxonomy.id === 'domestic-abuse-themes')!;
    const newer = {
      ...old,
      origin: 'user' as const,
      taxonomy: {
        ...old.taxonomy,
        version: '2025.1',
        terms: old.taxonomy.terms
          .filter((t) => t.id !== 'named-not-described')
          .map((t) => (t.id === 'crisis-only-support' ? { ...t, label: 'Support only at crisis points' } : t)),
      },
    };
    const withNewer = [...available, newer];
    review.write('tag', (db) =>
      tagFinding(db, withNewer, finding.id, { taxonomyId: 'domestic-abuse-themes', termId: 'named-not-described' }),
    );
    const tags = getFinding(review.db, finding.id).tags;
    expect(tags.map((t) => [t.taxonomyVersion, t.termLabel])).toEqual([
      ['2022.2', 'Crisis-only support'],
      ['2022.2', 'Domestic abuse named without describing it'],
    ]);
    // Asking for the new version explicitly pins it beside the old one.
    review.write('tag', (db) =>
      tagFinding(db, withNewer, finding.id, {
        taxonomyId: 'domestic-abuse-themes',
        termId: 'crisis-only-support',
        version: '2025.1',
      }),
    );
    expect(getFinding(review.db, finding.id).tags.at(-1)).toMatchObject({
      taxonomyVersion: '2025.1',
      termLabel: 'Support only at crisis points',
    });
    expect(listPinned(review.db)).toHaveLength(2);
  });
});

describe('tag matrix', () => {
  it('counts findings × terms and totals per term', () => {
    const { review, available } = open();
    review.write('add', (db) => {
      createFinding(db, available, {
        title: 'One',
        tags: [
          { taxonomyId: 'scie-learning-together', termId: 'human-reasoning', direction: 'hinders' },
          { taxonomyId: 'scie-learning-together', termId: 'human-reasoning', direction: 'supports' },
          { taxonomyId: 'domestic-abuse-themes', termId: 'child-voice-absent' },
        ],
        evidence: [],
      });
      createFinding(db, available, {
        title: 'Two',
        tags: [{ taxonomyId: 'domestic-abuse-themes', termId: 'child-voice-absent' }],
        evidence: [],
      });
    });
    const matrix = buildTagMatrix(review.db);
    expect(matrix.terms.map((t) => t.termId)).toEqual(['child-voice-absent', 'human-reasoning']);
    expect(matrix.cells).toEqual([
      [1, 2],
      [1, 0],
    ]);
    expect(matrix.termTotals).toEqual([2, 2]);
    const full = buildTagMatrix(review.db, { usedOnly: false });
    expect(full.terms.length).toBe(11 + 12);
  });
});
