import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flattenTerms, type TaxonomyTerm } from '@shared/domain/taxonomy';
import { parseTaxonomyJson, validateTaxonomy } from '@core/taxonomy/validate';
import { taxonomySchemaFileText } from '@core/taxonomy/schema-file';
import { problemsOf } from '@test/helpers/problems';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const templates = join(root, 'templates/taxonomies');
const fixtures = join(root, 'test/fixtures/taxonomies');

/** A taxonomy whose only possible fault is in its `terms`. */
const taxonomyWithTerms = (id: string, title: string, terms: readonly unknown[]) => ({
  id,
  title,
  version: '1',
  source: { citation: 'fixture' },
  requiresDirection: false,
  terms,
});

describe('shipped taxonomies', () => {
  const files = readdirSync(templates).filter((f) => f.endsWith('.json') && f !== 'taxonomy.schema.json');

  it('ships the taxonomies boards and national analyses use, each valid', () => {
    const ids = files.map((f) => parseTaxonomyJson(readFileSync(join(templates, f), 'utf8'), f).id).sort();
    expect(ids).toEqual([
      'domestic-abuse-themes',
      'home-office-dhr-analysis',
      'national-panel-themes-2020',
      'national-panel-themes-2022-23',
      'risk-factors-triggers',
      'sar-national-analysis',
      'scie-learning-together',
      'triennial-2014-17',
    ]);
  });

  it('asks SCIE tags for a direction and keeps the published number of themes', () => {
    const load = (id: string) => parseTaxonomyJson(readFileSync(join(templates, `${id}.json`), 'utf8'), id);
    expect(load('scie-learning-together').requiresDirection).toBe(true);
    expect(flattenTerms(load('national-panel-themes-2020')).filter((t) => t.codable)).toHaveLength(6);
    expect(flattenTerms(load('national-panel-themes-2022-23')).filter((t) => t.codable)).toHaveLength(12);
    expect(flattenTerms(load('domestic-abuse-themes'))).toHaveLength(11);
    expect(flattenTerms(load('triennial-2014-17')).filter((t) => t.codable)).toHaveLength(6);
    expect(flattenTerms(load('sar-national-analysis')).filter((t) => t.codable)).toHaveLength(5);
  });

  it('cites a source for every term and is marked unverified exactly when a term could not be checked', () => {
    for (const f of files) {
      const taxonomy = parseTaxonomyJson(readFileSync(join(templates, f), 'utf8'), f);
      const terms: TaxonomyTerm[] = [];
      const walk = (list: readonly TaxonomyTerm[]) => list.forEach((t) => (terms.push(t), walk(t.terms ?? [])));
      walk(taxonomy.terms);
      for (const term of terms) {
        expect(term.source, `${f} ${term.id}`).toBeDefined();
        if (term.source?.checked === false)
          expect(term.source.comment, `${f} ${term.id}: say why it was not checked`).toBeTruthy();
      }
      const allChecked = terms.every((t) => t.source?.checked === true);
      expect(taxonomy.unverified === true, `${f} unverified`).toBe(!allChecked);
      if (!allChecked)
        expect(taxonomy.note, `${f}: say what could not be checked`).toMatch(/could not|not found|not checked/i);
    }
  });

  it('writes citations and notes for reviewers, without internal file or article names', () => {
    for (const f of files) {
      const text = readFileSync(join(templates, f), 'utf8');
      expect(text, f).not.toMatch(/seed|article \d|domain\.md|\.md\b|background reading|checked against the source/i);
    }
  });

  it('gives every term a description', () => {
    for (const f of files) {
      const taxonomy = parseTaxonomyJson(readFileSync(join(templates, f), 'utf8'), f);
      for (const term of flattenTerms(taxonomy)) expect(term.description, `${f} ${term.termId}`).toBeTruthy();
    }
  });

  it('keeps taxonomy.schema.json in step with the zod schema', () => {
    // Regenerate with: npx tsx electron/core/taxonomy/write-schema.ts
    expect(readFileSync(join(templates, 'taxonomy.schema.json'), 'utf8')).toBe(taxonomySchemaFileText());
  });
});

describe('validation errors', () => {
  it('names the file and the JSON path of each problem', () => {
    const text = readFileSync(join(fixtures, 'broken-terms.json'), 'utf8');
    const problems = problemsOf(() => parseTaxonomyJson(text, 'broken-terms.json'));
    const fields = problems.map((p) => p.field);
    expect(problems.every((p) => p.file === 'broken-terms.json')).toBe(true);
    expect(fields).toContain('$.id');
    expect(fields).toContain('$.requiresDirection');
    expect(fields).toContain('$.terms[1].label');
  });

  it('refuses duplicate term ids anywhere in the hierarchy', () => {
    const value = taxonomyWithTerms('dupes', 'Dupes', [{ id: 'a', label: 'A', terms: [{ id: 'a', label: 'Again' }] }]);
    const problems = problemsOf(() => validateTaxonomy(value, 'dupes.json'));
    expect(problems).toEqual([
      { file: 'dupes.json', field: '$.terms[0].terms[0].id', reason: 'term id "a" is already used at $.terms[0].id' },
    ]);
  });

  it('reports a JSON syntax error with the file name', () => {
    const problems = problemsOf(() => parseTaxonomyJson('{ "id": ', 'half.json'));
    expect(problems[0]?.file).toBe('half.json');
    expect(problems[0]?.field).toBe('$');
  });

  it('rejects unknown properties so typos are caught', () => {
    const value = taxonomyWithTerms('typo', 'Typo', [{ id: 'a', label: 'A', descripton: 'misspelt' }]);
    const problems = problemsOf(() => validateTaxonomy(value, 'typo.json'));
    expect(problems[0]?.field).toBe('$.terms[0]');
    expect(problems[0]?.reason).toMatch(/descripton/);
  });

  it('accepts a board taxonomy fixture', () => {
    const taxonomy = parseTaxonomyJson(readFileSync(join(fixtures, 'board-themes.json'), 'utf8'), 'board-themes.json');
    expect(flattenTerms(taxonomy).map((t) => t.termId)).toEqual([
      'voice-of-the-child',
      'think-family',
      'hidden-adults',
    ]);
  });
});
