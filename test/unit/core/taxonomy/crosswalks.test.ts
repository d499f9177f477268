import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { crosswalkSchema, type Crosswalk } from '@shared/domain/crosswalk';
import { flattenTerms } from '@shared/domain/taxonomy';
import { loadAvailableTaxonomies, type LoadedTaxonomy } from '@core/taxonomy/load';
import { crosswalkIndex, loadAvailableCrosswalks, userCrosswalkDir } from '@core/taxonomy/crosswalks';
import { validateCrosswalk } from '@core/taxonomy/crosswalk-validate';
import { crosswalkSchemaFileText } from '@core/taxonomy/schema-file';
import { tempDir } from '@test/helpers/review-file';
import { problemsOf } from '@test/helpers/problems';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const templatesDir = join(root, 'templates');
const crosswalkDir = join(templatesDir, 'taxonomies/crosswalks');
const shippedFiles = readdirSync(crosswalkDir).filter((f) => f.endsWith('.json') && f !== 'crosswalk.schema.json');
const readShipped = (file: string): Crosswalk =>
  crosswalkSchema.parse(JSON.parse(readFileSync(join(crosswalkDir, file), 'utf8')));

function builtIns(): readonly LoadedTaxonomy[] {
  return loadAvailableTaxonomies(templatesDir, join(tempDir(), 'home'));
}

function finder(taxonomies: readonly LoadedTaxonomy[]) {
  return (id: string, version: string) =>
    taxonomies.find((l) => l.taxonomy.id === id && l.taxonomy.version === version)?.taxonomy;
}

describe('shipped crosswalks', () => {
  it('ships one file per pair of frameworks, each valid against the taxonomy versions it names', () => {
    expect(shippedFiles.length).toBeGreaterThanOrEqual(5);
    const loaded = loadAvailableCrosswalks(templatesDir, join(tempDir(), 'home'), builtIns());
    expect(loaded.map((l) => `${l.crosswalk.id}.json`)).toEqual([...shippedFiles].sort());
    for (const l of loaded) expect(l.crosswalk.id).toBe(`${l.crosswalk.from.taxonomy}--${l.crosswalk.to.taxonomy}`);
  });

  it('maps only terms that exist in both frameworks, and reaches or lists every term of each', () => {
    // Recomputed here rather than trusting the validator: this is the promise boards rely on.
    const taxonomies = builtIns();
    for (const file of shippedFiles) {
      const crosswalk = readShipped(file);
      for (const side of ['from', 'to'] as const) {
        const taxonomy = finder(taxonomies)(crosswalk[side].taxonomy, crosswalk[side].version);
        expect(taxonomy, `${file}: ${crosswalk[side].taxonomy} ${crosswalk[side].version}`).toBeDefined();
        const taggable = flattenTerms(taxonomy!)
          .filter((t) => t.codable)
          .map((t) => t.termId);
        const mapped = crosswalk.mappings.map((m) => m[side]);
        for (const termId of [...mapped, ...crosswalk.unmapped[side]])
          expect(taggable, `${file} ${side} ${termId}`).toContain(termId);
        for (const termId of taggable) {
          expect(
            mapped.includes(termId) || crosswalk.unmapped[side].includes(termId),
            `${file}: ${termId} is neither mapped nor listed`,
          ).toBe(true);
        }
      }
    }
  });

  it('writes every basis and note for reviewers, without internal names', () => {
    for (const file of shippedFiles) {
      const crosswalk = readShipped(file);
      for (const text of [
        crosswalk.title,
        crosswalk.basis,
        ...crosswalk.mappings.flatMap((m) => (m.note ? [m.note] : [])),
      ]) {
        expect(text, file).not.toMatch(/seed|article \d|\.md\b|\.json\b|domain\.md/i);
      }
    }
  });

  it('keeps crosswalk.schema.json in step with the zod schema', () => {
    // Regenerate with: npx tsx electron/core/taxonomy/write-schema.ts
    expect(readFileSync(join(crosswalkDir, 'crosswalk.schema.json'), 'utf8')).toBe(crosswalkSchemaFileText());
  });
});

describe('equivalentTerms', () => {
  const index = crosswalkIndex(loadAvailableCrosswalks(templatesDir, join(tempDir(), 'home'), builtIns()));

  it('finds the corresponding term in the other framework, reading a crosswalk in either direction', () => {
    const forward = index.equivalentTerms('national-panel-themes-2020', 'leadership-culture');
    expect(forward.filter((e) => e.taxonomyId === 'national-panel-themes-2022-23')).toEqual([
      expect.objectContaining({
        taxonomyId: 'national-panel-themes-2022-23',
        termId: 'leadership-professional-curiosity',
        label: 'Effective leadership and culture supporting critical thinking and professional curiosity',
        relation: 'narrower',
        approximate: true,
        crosswalkId: 'national-panel-themes-2020--national-panel-themes-2022-23',
      }),
    ]);
    // Read backwards, the 2020 theme is the broader one.
    expect(forward.filter((e) => e.taxonomyId === 'scie-learning-together').map((e) => e.termId)).toEqual([
      'human-management-system-operation',
      'management-systems',
    ]);
    const backward = index.equivalentTerms('national-panel-themes-2022-23', 'leadership-professional-curiosity');
    expect(backward.find((e) => e.termId === 'leadership-culture')).toMatchObject({
      relation: 'broader',
      approximate: true,
    });
  });

  it('gathers equivalents from every crosswalk that mentions the term', () => {
    const found = index.equivalentTerms('scie-learning-together', 'family-professional-interactions');
    expect(found.map((e) => `${e.taxonomyId}/${e.termId}/${e.relation}`)).toEqual([
      'national-panel-themes-2020/reluctant-engagement/narrower',
      'sar-national-analysis/direct-work/related',
    ]);
  });

  it('returns nothing for a term listed as unmapped or unknown, and only exact matches when asked', () => {
    expect(index.equivalentTerms('scie-learning-together', 'tools').map((e) => e.taxonomyId)).toEqual([
      'sar-national-analysis',
    ]);
    expect(index.equivalentTerms('national-panel-themes-2020', 'reluctant-engagement', { exactOnly: true })).toEqual(
      [],
    );
    expect(index.equivalentTerms('national-panel-themes-2022-23', 'young-carers')).toEqual([]);
    expect(index.equivalentTerms('no-such-taxonomy', 'x')).toEqual([]);
  });

  it('lists exact matches first and flags them as not approximate (a board crosswalk in the app home)', () => {
    const home = join(tempDir(), 'home');
    mkdirSync(userCrosswalkDir(home), { recursive: true });
    const crosswalk: Crosswalk = {
      id: 'triennial-2014-17--home-office-dhr-analysis',
      title: 'Board mapping',
      version: '1',
      from: { taxonomy: 'triennial-2014-17', version: '2020.2' },
      to: { taxonomy: 'home-office-dhr-analysis', version: '2024.1' },
      basis: 'Agreed by the Westmoor board, March 2026.',
      mappings: [
        { from: 'effective-multi-agency-working', to: 'multi-agency-working', relation: 'exact' },
        { from: 'effective-multi-agency-working', to: 'information-sharing', relation: 'narrower' },
      ],
      unmapped: {
        from: [
          'child-vulnerabilities-risks',
          'parental-environmental-risks',
          'family-community-resources',
          'statutory-intervention-opportunities',
          'supportive-systems-processes',
        ],
        to: [
          'intimate-partner',
          'familial',
          'died-by-suicide',
          'risk-assessment',
          'mental-health',
          'alcohol-misuse',
          'illicit-drug-use',
          'coercive-control',
        ],
      },
    };
    writeFileSync(join(userCrosswalkDir(home), `${crosswalk.id}.json`), JSON.stringify(crosswalk));
    const withBoard = crosswalkIndex(loadAvailableCrosswalks(templatesDir, home, builtIns()));
    const found = withBoard.equivalentTerms('home-office-dhr-analysis', 'multi-agency-working');
    expect(found[0]).toMatchObject({
      taxonomyId: 'triennial-2014-17',
      termId: 'effective-multi-agency-working',
      relation: 'exact',
      approximate: false,
    });
    expect(found.slice(1).every((e) => e.approximate)).toBe(true);
    expect(
      withBoard
        .equivalentTerms('triennial-2014-17', 'effective-multi-agency-working', { exactOnly: true })
        .map((e) => e.termId),
    ).toEqual(['multi-agency-working']);
  });
});

describe('crosswalk validation errors', () => {
  const taxonomies = builtIns();
  const base = (): Crosswalk => readShipped('national-panel-themes-2020--national-panel-themes-2022-23.json');

  it('names the file and JSON path of a term that does not exist, and of a term left out', () => {
    const broken = base();
    const value = {
      ...broken,
      mappings: [{ ...broken.mappings[0]!, to: 'no-such-theme' }, ...broken.mappings.slice(1)],
      unmapped: { ...broken.unmapped, from: broken.unmapped.from.slice(1) },
    };
    const problems = problemsOf(() => validateCrosswalk(value, 'board.json', finder(taxonomies)));
    expect(problems.every((p) => p.file === 'board.json')).toBe(true);
    expect(problems.find((p) => p.field === '$.mappings[0].to')?.reason).toContain(
      '"no-such-theme" is not a taggable term',
    );
    expect(problems.find((p) => p.field === '$.unmapped.from')?.reason).toContain('missing: reluctant-engagement');
  });

  it('refuses a grouping heading, an unknown relation, a mismatched id and a missing taxonomy version', () => {
    const headings = {
      ...base(),
      mappings: [{ from: 'child-daily-life', to: 'leadership-professional-curiosity', relation: 'sideways' }],
    };
    expect(problemsOf(() => validateCrosswalk(headings, 'x.json', finder(taxonomies))).map((p) => p.field)).toContain(
      '$.mappings[0].relation',
    );
    const wrongId = { ...base(), id: 'a--b' };
    expect(
      problemsOf(() => validateCrosswalk(wrongId, 'x.json', finder(taxonomies))).find((p) => p.field === '$.id')
        ?.reason,
    ).toContain('national-panel-themes-2020--national-panel-themes-2022-23');
    const oldVersion = { ...base(), from: { taxonomy: 'national-panel-themes-2020', version: '1999.1' } };
    expect(
      problemsOf(() => validateCrosswalk(oldVersion, 'x.json', finder(taxonomies))).find((p) => p.field === '$.from')
        ?.reason,
    ).toContain('version 1999.1 is not available');
    const heading = {
      ...readShipped('triennial-2014-17--national-panel-themes-2022-23.json'),
      unmapped: {
        from: ['statutory-intervention-opportunities', 'pathways-to-harm'],
        to: ['racial-ethnic-cultural-identity', 'children-not-in-school', 'young-carers', 'gypsy-roma-traveller'],
      },
    };
    expect(
      problemsOf(() => validateCrosswalk(heading, 'x.json', finder(taxonomies))).find(
        (p) => p.field === '$.unmapped.from[1]',
      )?.reason,
    ).toContain('"pathways-to-harm" is not a taggable term');
  });

  it('stops loading the app-home folder with a message naming the bad file', () => {
    const home = join(tempDir(), 'home');
    mkdirSync(userCrosswalkDir(home), { recursive: true });
    writeFileSync(join(userCrosswalkDir(home), 'mine.json'), '{ not json');
    expect(() => loadAvailableCrosswalks(templatesDir, home, taxonomies)).toThrow(
      /mine\.json is not a valid crosswalk/,
    );
  });
});
