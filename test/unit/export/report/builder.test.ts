import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCharacteristicTemplates } from '@core/people/characteristic-templates';
import { findReportTemplate } from '@core/report/templates';
import { buildReportModel } from '@export/report/builder';
import { blocksText } from '@export/report/glossary';
import type { GlossaryBlock, HeadingBlock, TableBlock } from '@export/report/model';
import { publicationText } from '@export/report/output-text';
import { draftText } from '@export/report/sources';
import { samplePeople, sampleSources } from '@test/fixtures/reports/sources';
import { tempDir } from '@test/helpers/review-file';

const templatesDir = join(process.cwd(), 'templates');
const template = findReportTemplate(templatesDir, tempDir(), 'lcspr-england').template;
const characteristicTemplates = loadCharacteristicTemplates(join(templatesDir, 'characteristics'));
const register = {
  people: samplePeople,
  identifiers: [{ id: 1, text: '14 Larkspur Close', kind: 'address' as const }],
};
const options = { draft: false, today: '2026-11-23' };

describe('buildReportModel', () => {
  const { model, omitted } = buildReportModel(
    template,
    sampleSources({ characteristicTemplates }),
    publicationText(register),
    options,
  );
  const text = blocksText(model.blocks).join('\n');

  it('follows the template: its sections as Heading 1 in order, title page and contents', () => {
    const h1 = model.blocks.filter((b): b is HeadingBlock => b.kind === 'heading' && b.level === 1).map((b) => b.text);
    // The publication leaves out the full chronology appendix (it stays with the panel).
    expect(h1).toEqual(
      template.sections.filter((s) => !s.blocks.every((b) => b === 'chronology-appendix')).map((s) => s.heading),
    );
    expect(model.tableOfContents).toBe(true);
    expect(model.titlePage).toMatchObject({
      title: 'Child R',
      partnership: 'Westmoor Safeguarding Children Partnership',
      date: '23 November 2026',
    });
    expect(omitted).toEqual([]);
  });

  it('publishes no real names, aliases or registered identifiers, and shows pseudonyms', () => {
    for (const leak of ['Ruby', 'Ashdown', 'Kez', 'Dean Croft', 'Larkspur']) expect(text).not.toContain(leak);
    expect(text).toContain('Mr C');
    expect(model.draft).toBe(false);
  });

  it('builds the family table and an equality analysis that says what was not known', () => {
    const family = model.blocks.find(
      (b): b is TableBlock => b.kind === 'table' && b.caption.startsWith('Family composition'),
    )!;
    expect(family.rows.map((r) => r[0]!.runs.map((x) => (x.kind === 'text' ? x.text : '')).join(''))).toEqual([
      'Child R',
      'Sibling R',
      'RM',
      'Mr C',
    ]);
    expect(family.rows[0]![3]!.runs).toEqual([{ kind: 'text', text: '3 years' }]);
    // A publication never says "not yet entered" (it is refused until each is entered; the draft says it).
    expect(text).toContain('Religion or belief recorded for 0 of 4 family members (1 declined, 1 not asked).');
    expect(text).toMatch(/Not known for any family member: .*disability/);
  });

  it('writes findings with type, themes, evidence and bookmarks, and recommendations with owner and due date', () => {
    const heading = model.blocks.find((b): b is HeadingBlock => b.kind === 'heading' && b.text.startsWith('Finding 1'));
    expect(heading?.bookmark).toBe('cw_f_21');
    expect(text).toContain('New learning');
    expect(text).toContain('Coercive control not recognised');
    const recs = model.blocks.find(
      (b): b is TableBlock => b.kind === 'table' && b.caption.startsWith('Recommendations'),
    )!;
    expect(recs.header).toEqual(['No.', 'Recommendation', 'Findings', 'Owner', 'Due date', 'Status']);
    expect(recs.rows[0]![0]!).toEqual({ runs: [{ kind: 'text', text: '1' }] });
    expect(recs.rows[0]![1]!.bookmark).toBe('cw_p_r_31_1');
    expect(text).toContain('31 March 2027');
  });

  it('builds the glossary from the abbreviations the text actually uses', () => {
    const glossary = model.blocks.find((b): b is GlossaryBlock => b.kind === 'glossary')!;
    expect(glossary.entries.map((e) => e.term)).toEqual(['CIN', 'DASH', 'MARAC', 'MASH']);
  });

  it('adds the timeline figure with alt text; the chronology appendix only in drafts or on request', () => {
    const figure = model.blocks.find((b) => b.kind === 'figure');
    expect(figure).toMatchObject({
      kind: 'figure',
      caption: expect.stringMatching(/^Figure 1: timeline of events by agency, \d{4}/),
    });
    expect(figure?.kind === 'figure' && figure.altText.length > 20).toBe(true);
    expect(model.blocks.some((b) => b.kind === 'chronology')).toBe(false);
    const withAppendix = buildReportModel(
      template,
      sampleSources({ characteristicTemplates }),
      publicationText(register),
      { ...options, fullChronology: true },
    ).model;
    const appendix = withAppendix.blocks.find((b) => b.kind === 'chronology');
    expect(appendix?.kind === 'chronology' && appendix.rows.map((r) => r.entryId)).toEqual(['11', '12', '13']);
  });

  it('keeps real names in a draft, which is watermarked', () => {
    const draft = buildReportModel(template, sampleSources({ characteristicTemplates }), draftText(samplePeople), {
      ...options,
      draft: true,
    }).model;
    expect(draft.draft).toBe(true);
    expect(blocksText(draft.blocks).join('\n')).toContain('Dean Croft');
  });

  it('leaves out the blocks of a domain that is not available and says which', () => {
    const built = buildReportModel(
      template,
      sampleSources({ people: null, characteristics: null, findings: null }),
      publicationText(register),
      options,
    );
    expect(built.omitted).toEqual(
      expect.arrayContaining([
        expect.stringContaining('family-table'),
        expect.stringContaining('equality-analysis'),
        expect.stringContaining('findings'),
      ]),
    );
    expect(built.model.blocks.some((b) => b.kind === 'table' && b.caption.startsWith('Family composition'))).toBe(
      false,
    );
  });
});
