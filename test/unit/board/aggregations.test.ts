import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSuppressed, suppressedCount } from '@shared/domain/board';
import { characteristicRows } from '@board/views/characteristics';
import { mapTag } from '@board/views/crosswalk';
import { boardCrosswalk } from '@board/library/crosswalk-files';
import { crosswalkSchema } from '@shared/domain/crosswalk';
import {
  isOverdue,
  statusByDueYear,
  summariseRecommendations,
  trackedRecommendations,
} from '@board/views/recommendations';
import { themeFindings, themeRows } from '@board/views/themes';
import { boardSummary } from '@board/views/summary';
import { digest, finding, person, recommendation } from './digest-fixtures';

const DA = 'domestic-abuse-themes';
const NP = 'national-panel-themes-2020';

/**
 * Five reviews. "child-voice-absent" is tagged on exactly 5 findings in 4 reviews (the suppression
 * boundary: shown as 5); "no-coordinated-response" on 4 findings (shown as "fewer than 5").
 */
const library = [
  digest('a.cwr', {
    kind: 'lcspr',
    year: 2022,
    findings: [
      finding([
        [DA, 'child-voice-absent', 'hinders'],
        [DA, 'child-voice-absent', 'hinders'],
      ]),
      finding([
        [DA, 'child-voice-absent', 'supports'],
        [DA, 'no-coordinated-response'],
      ]),
    ],
    people: [
      person('child', { sex: ['recorded', 'Female'] }),
      person('parent', { 'religion-belief': ['recorded', 'Christian'], sex: 'declined' }),
    ],
    recommendations: [
      recommendation({ id: 1, ownerAgency: 'Westmoor Police', dueDate: '2023-03-31', status: 'agreed' }),
      recommendation({ id: 2, dueDate: '2025-01-01', status: 'done' }),
    ],
  }),
  digest('b.cwr', {
    kind: 'dhr',
    year: 2023,
    findings: [
      finding([
        [DA, 'child-voice-absent', 'hinders'],
        [DA, 'no-coordinated-response', 'hinders'],
      ]),
    ],
    people: [
      person('victim', { 'religion-belief': 'not-asked', sex: ['recorded', 'Female'] }),
      person('perpetrator', { 'religion-belief': 'not-recorded-by-agencies', sex: ['recorded', 'Male'] }),
    ],
    recommendations: [recommendation({ id: 1, ownerAgency: 'Health', dueDate: '2023-06-30', status: 'done' })],
  }),
  digest('c.cwr', {
    kind: 'lcspr',
    year: 2023,
    findings: [finding([[DA, 'child-voice-absent']]), finding([[DA, 'no-coordinated-response']])],
  }),
  digest('d.cwr', {
    kind: 'cpr',
    year: 2024,
    findings: [
      finding([
        [DA, 'child-voice-absent', 'hinders'],
        [NP, 'child-daily-life'],
      ]),
    ],
  }),
  digest('e.cwr', {
    kind: 'lcspr',
    year: 2024,
    findings: [finding([[DA, 'no-coordinated-response', 'supports']])],
    missingParts: ['recommendations'],
  }),
];

describe('small-number suppression', () => {
  it('shows 1 to 4 as "fewer than 5" and leaves 0 and 5 or more as they are', () => {
    expect([0, 1, 4, 5, 6, 120].map(suppressedCount)).toEqual(['0', 'fewer than 5', 'fewer than 5', '5', '6', '120']);
    expect(isSuppressed(4)).toBe(true);
    expect(isSuppressed(5)).toBe(false);
    expect(isSuppressed(0)).toBe(false);
  });
});

describe('themes across reviews', () => {
  it('counts each finding once per term, with reviews, direction, years and kinds', () => {
    const rows = themeRows(library);
    const voice = rows.find((r) => r.termId === 'child-voice-absent');
    expect(voice).toMatchObject({ findings: 5, reviews: 4, hinders: 3, supports: 1, undirected: 1 });
    expect(voice?.byYear).toEqual([
      { year: 2022, findings: 2 },
      { year: 2023, findings: 2 },
      { year: 2024, findings: 1 },
    ]);
    expect(voice?.byKind).toEqual([
      { kind: 'cpr', findings: 1 },
      { kind: 'dhr', findings: 1 },
      { kind: 'lcspr', findings: 3 },
    ]);
    const coordination = rows.find((r) => r.termId === 'no-coordinated-response');
    expect(coordination).toMatchObject({ findings: 4, reviews: 4 });
    expect(suppressedCount(voice?.findings ?? 0)).toBe('5');
    expect(suppressedCount(coordination?.findings ?? 0)).toBe('fewer than 5');
    // Most frequent first.
    expect(rows[0]?.termId).toBe('child-voice-absent');
  });

  it('filters by review kind, year and direction', () => {
    expect(themeRows(library, { filter: { kinds: ['dhr'] } }).map((r) => [r.termId, r.findings])).toEqual([
      ['child-voice-absent', 1],
      ['no-coordinated-response', 1],
    ]);
    expect(themeRows(library, { filter: { years: [2024] }, taxonomyId: DA }).map((r) => r.termId)).toEqual([
      'child-voice-absent',
      'no-coordinated-response',
    ]);
    expect(themeRows(library, { direction: 'supports' }).map((r) => [r.termId, r.findings])).toEqual([
      ['child-voice-absent', 1],
      ['no-coordinated-response', 1],
    ]);
  });

  it('drills down to the findings behind a theme, with their review', () => {
    const found = themeFindings(library, DA, 'no-coordinated-response');
    expect(found.map((f) => f.file)).toEqual(['a.cwr', 'b.cwr', 'c.cwr', 'e.cwr']);
    expect(found[1]).toMatchObject({ kind: 'dhr', year: 2023, direction: 'hinders' });
    expect(found[0]?.text).toContain('(text)');
  });

  it('counts themes in another framework through a crosswalk, by the relations chosen', () => {
    const crosswalk = boardCrosswalk(
      crosswalkSchema.parse(JSON.parse(readFileSync(join(__dirname, '../../fixtures/board/crosswalk.json'), 'utf8'))),
    );
    const exactOnly = themeRows(library, { crosswalk: { crosswalks: [crosswalk], targetTaxonomyId: NP } });
    // 5 findings map exactly onto child-daily-life; d.cwr's finding is tagged both ways but counts once.
    expect(exactOnly.map((r) => [r.termId, r.findings, r.reviews])).toEqual([['child-daily-life', 5, 4]]);
    expect(exactOnly[0]?.mappedFrom).toEqual([{ taxonomyId: DA, termId: 'child-voice-absent', relation: 'exact' }]);
    const withRelated = themeRows(library, {
      crosswalk: { crosswalks: [crosswalk], targetTaxonomyId: NP, relations: ['exact', 'related'] },
    });
    expect(withRelated.map((r) => [r.termId, r.findings])).toEqual([
      ['child-daily-life', 5],
      ['timely-information-sharing', 4],
    ]);
    // A term of the target read through a narrower mapping keeps that relation.
    expect(
      mapTag(
        { taxonomyId: DA, termId: 'coercive-control-unrecognised' },
        { crosswalks: [crosswalk], targetTaxonomyId: NP, relations: ['narrower'] },
      ),
    ).toEqual([
      {
        taxonomyId: NP,
        termId: 'changing-risk-and-need',
        via: { taxonomyId: DA, termId: 'coercive-control-unrecognised', relation: 'narrower' },
      },
    ]);
  });
});

describe('who was in these reviews', () => {
  it('counts each characteristic by family role and state, with the recorded values', () => {
    const rows = characteristicRows(library);
    const sexChild = rows.find((r) => r.characteristic === 'sex' && r.role === 'child');
    expect(sexChild).toMatchObject({ people: 1, recorded: 1, values: [{ value: 'Female', count: 1 }] });
    const sexParent = rows.find((r) => r.characteristic === 'sex' && r.role === 'parent');
    expect(sexParent).toMatchObject({ people: 1, declined: 1, recorded: 0 });
    const religionVictim = rows.find((r) => r.characteristic === 'religion-belief' && r.role === 'victim');
    expect(religionVictim).toMatchObject({ notAsked: 1 });
    const religionPerpetrator = rows.find((r) => r.characteristic === 'religion-belief' && r.role === 'perpetrator');
    expect(religionPerpetrator).toMatchObject({ notRecorded: 1 });
    const raceChild = rows.find((r) => r.characteristic === 'race' && r.role === 'child');
    expect(raceChild).toMatchObject({ people: 1, missing: 1, recorded: 0 });
  });

  it('leaves out reviews the filter does not choose', () => {
    expect(characteristicRows(library, { kinds: ['dhr'] }).map((r) => r.role)).not.toContain('child');
  });
});

describe('recommendations tracker', () => {
  const today = '2024-06-01';

  it('marks overdue and unowned recommendations and counts them by status', () => {
    const rows = trackedRecommendations(library, { today });
    expect(rows).toHaveLength(3);
    expect(rows.filter((r) => r.overdue).map((r) => `${r.file}#${r.recommendationId}`)).toEqual(['a.cwr#1']);
    expect(rows.filter((r) => r.unowned).map((r) => `${r.file}#${r.recommendationId}`)).toEqual(['a.cwr#2']);
    expect(summariseRecommendations(rows)).toEqual({
      total: 3,
      overdue: 1,
      noOwner: 1,
      byStatus: { proposed: 0, agreed: 1, 'in-progress': 0, done: 2, 'not-accepted': 0 },
    });
    expect(isOverdue('2024-05-31', 'done', today)).toBe(false);
    expect(isOverdue('2024-06-01', 'agreed', today)).toBe(false);
  });

  it('filters by owning agency, ignoring capitals', () => {
    expect(trackedRecommendations(library, { today, agency: 'westmoor police' }).map((r) => r.file)).toEqual(['a.cwr']);
  });

  it("lays the board's own updates over the review until the review is edited later", () => {
    const updates = [
      {
        file: 'a.cwr',
        recommendationId: 1,
        status: 'done' as const,
        boardResponse: 'Closed at March board',
        actor: 'Board Officer',
        at: '2024-05-01T10:00:00.000Z',
      },
      {
        file: 'b.cwr',
        recommendationId: 1,
        status: 'agreed' as const,
        boardResponse: null,
        actor: 'Board Officer',
        at: '2020-01-01T10:00:00.000Z',
      },
    ];
    const rows = trackedRecommendations(library, { today, updates });
    expect(rows[0]).toMatchObject({
      status: 'done',
      overdue: false,
      recordedIn: 'board-file',
      updatedBy: 'Board Officer',
      boardResponse: 'Closed at March board',
    });
    // The review was changed after the board's update: the review wins.
    expect(rows[2]).toMatchObject({ status: 'done', recordedIn: 'review' });
  });

  it('groups status by the year recommendations fall due', () => {
    expect(statusByDueYear(trackedRecommendations(library, { today }))).toEqual([
      { year: 2023, byStatus: { proposed: 0, agreed: 1, 'in-progress': 0, done: 1, 'not-accepted': 0 } },
      { year: 2025, byStatus: { proposed: 0, agreed: 0, 'in-progress': 0, done: 1, 'not-accepted': 0 } },
    ]);
  });
});

describe('the CLI summary', () => {
  it('holds true counts in the published shape, folding "no entry" into unknown', () => {
    const summary = boardSummary(
      {
        roots: [],
        reviews: library,
        refused: [{ file: 'x.txt', kind: 'not-a-review', reason: 'x.txt: not a Casewright review' }],
        stamps: new Map(),
        fromIndex: 0,
        readByHelpers: 0,
        milliseconds: 0,
      },
      { today: '2024-06-01' },
    );
    expect(Object.keys(summary)).toEqual(['reviews', 'refused', 'themes', 'characteristics', 'recommendations']);
    expect(summary.reviews).toBe(5);
    expect(summary.refused).toEqual([{ file: 'x.txt', reason: 'x.txt: not a Casewright review' }]);
    expect(summary.themes[1]).toEqual({
      taxonomy: DA,
      term: 'no-coordinated-response',
      label: 'no-coordinated-response label',
      reviews: 4,
      findings: 4,
    });
    expect(summary.characteristics.find((c) => c.characteristic === 'race' && c.role === 'child')).toEqual({
      characteristic: 'race',
      role: 'child',
      recorded: 0,
      notRecorded: 0,
      notAsked: 0,
      declined: 0,
      unknown: 1,
    });
    expect(summary.recommendations).toMatchObject({ total: 3, overdue: 1, noOwner: 1 });
  });
});
