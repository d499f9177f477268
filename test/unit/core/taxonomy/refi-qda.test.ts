import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { exportQdc, importQdc } from '@core/taxonomy/refi-qda';
import { termGuid } from '@core/taxonomy/guid';
import { parseTaxonomyJson } from '@core/taxonomy/validate';
import type { Taxonomy, TaxonomyTerm } from '@shared/domain/taxonomy';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const load = (path: string): Taxonomy => parseTaxonomyJson(readFileSync(join(root, path), 'utf8'), path);

describe('REFI-QDA codebook', () => {
  const scie = load('templates/taxonomies/scie-learning-together.json');
  const board = load('test/fixtures/taxonomies/board-themes.json');

  it('writes CodeBook/Codes/Code with stable GUIDs, codability, colour and descriptions', () => {
    const xml = exportQdc([board]);
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'Code' }).parse(xml) as {
      CodeBook: { '@_xmlns': string; Codes: { Code: { '@_isCodable': string; Code: Record<string, unknown>[] }[] } };
    };
    expect(parsed.CodeBook['@_xmlns']).toBe('urn:QDA-XML:codebook:1.0');
    const rootCode = parsed.CodeBook.Codes.Code[0]!;
    expect(rootCode['@_isCodable']).toBe('false');
    const think = rootCode.Code[1]!;
    expect(think['@_guid']).toBe(termGuid('westmoor-board-themes', 'think-family'));
    expect(think['@_name']).toBe('Think family');
    expect(think['Description']).toBe('Whether every adult in the household was considered.');
    const hidden = (think['Code'] as Record<string, unknown>[])[0]!;
    expect(hidden['@_color']).toBe('#AA3377');
    expect(exportQdc([board])).toBe(xml);
    expect(termGuid('westmoor-board-themes', 'think-family')).toMatch(
      /^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/,
    );
  });

  it('round-trips several taxonomies exactly (ids, version, hierarchy, text)', () => {
    const xml = exportQdc([scie, board]);
    const back = importQdc(xml, { file: 'out.qdc', known: [scie, board] });
    // A codebook has no place for each term's source: everything a tag needs survives.
    const withoutSources = (terms: readonly TaxonomyTerm[]): TaxonomyTerm[] =>
      terms.map(({ source: _s, terms: children, ...term }) =>
        children ? { ...term, terms: withoutSources(children) } : term,
      );
    const strip = ({
      $schema: _schema,
      unverified: _u,
      note: _n,
      directionLabels: _d,
      source,
      terms,
      ...rest
    }: Taxonomy) => ({
      ...rest,
      terms: withoutSources(terms),
      source: { citation: source.citation },
    });
    expect(back.map(strip)).toEqual([scie, board].map(strip));
  });

  it('gives codes from another tool slug ids, keeps escaping intact, and names the taxonomy after the file', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0">
  <Codes>
    <Code guid="0B7F8D3A-1C55-4E71-9B8E-6E1C1B1A2F10" name="Risk &amp; resilience" isCodable="true" color="#1f77b4">
      <Description>Codes &lt;from&gt; another tool</Description>
      <Code guid="0B7F8D3A-1C55-4E71-9B8E-6E1C1B1A2F11" name="Risk" isCodable="true"/>
      <Code guid="0B7F8D3A-1C55-4E71-9B8E-6E1C1B1A2F12" name="Risk" isCodable="true"/>
    </Code>
  </Codes>
</CodeBook>`;
    const [taxonomy] = importQdc(xml, { file: '/tmp/Panel Codes.qdc', known: [] });
    expect(taxonomy?.id).toBe('panel-codes');
    expect(taxonomy?.title).toBe('Panel Codes');
    expect(taxonomy?.terms[0]).toEqual({
      id: 'risk-resilience',
      label: 'Risk & resilience',
      description: 'Codes <from> another tool',
      color: '#1F77B4',
      terms: [
        { id: 'risk', label: 'Risk' },
        { id: 'risk-2', label: 'Risk' },
      ],
    });
  });

  it('refuses XML that is not a codebook', () => {
    expect(() => importQdc('<Project/>', { file: 'p.qdc', known: [] })).toThrow(/p\.qdc is not a REFI-QDA codebook/);
  });
});
