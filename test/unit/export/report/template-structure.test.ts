/** Each statutory template, built from the fixture: sections in order, the tables the guidance asks for, and its wording. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCharacteristicTemplates } from '@core/people/characteristic-templates';
import { findReportTemplate, loadReportTemplates } from '@core/report/templates';
import { buildReportModel } from '@export/report/builder';
import { blocksText } from '@export/report/glossary';
import type { HeadingBlock, TableBlock } from '@export/report/model';
import { publicationText } from '@export/report/output-text';
import { samplePeople, sampleSources } from '@test/fixtures/reports/sources';
import { tempDir } from '@test/helpers/review-file';

const templatesDir = join(process.cwd(), 'templates');
const home = tempDir();
const characteristicTemplates = loadCharacteristicTemplates(join(templatesDir, 'characteristics'));
const register = { people: samplePeople, identifiers: [] };

function build(id: string, fullChronology = false) {
  const template = findReportTemplate(templatesDir, home, id).template;
  const { model } = buildReportModel(template, sampleSources({ characteristicTemplates }), publicationText(register), {
    draft: false,
    today: '2026-11-23',
    fullChronology,
  });
  const h1 = model.blocks.filter((b): b is HeadingBlock => b.kind === 'heading' && b.level === 1).map((b) => b.text);
  const tables = model.blocks.filter((b): b is TableBlock => b.kind === 'table');
  return { template, model, h1, tables, text: blocksText(model.blocks).join('\n') };
}

describe('statutory templates', () => {
  it('names the guidance each section comes from', () => {
    for (const loaded of loadReportTemplates(templatesDir, home)) {
      expect(loaded.template.source, loaded.template.id).not.toBe('');
      for (const section of loaded.template.sections)
        expect(section.source, `${loaded.template.id}/${section.key}`).not.toBe('');
    }
  });

  it('LCSPR: executive summary up front, the child’s lived experience, the partnership’s response and a summary timeline in the body', () => {
    const { h1, tables } = build('lcspr-england');
    expect(h1.slice(0, 2)).toEqual(['Executive summary', 'Foreword and the partnership’s response']);
    expect(h1).toContain('The child’s lived experience and voice');
    expect(h1.indexOf('Summary timeline and key practice episodes')).toBeLessThan(h1.indexOf('Appendix A: glossary'));
    expect(tables.some((t) => t.header.join('|') === 'Date|Agency|What happened|Significance')).toBe(true);
    // The full chronology stays with the panel unless asked for.
    expect(h1).not.toContain('Appendix B: full chronology (panel copy)');
    expect(build('lcspr-england', true).h1).toContain('Appendix B: full chronology (panel copy)');
  });

  it('DHR/DARDR overview report: the Home Office sections in order, adult wording, contributors and action plan tables', () => {
    const { h1, tables, text } = build('dhr');
    expect(h1).toEqual([
      'Preface',
      'Introduction and timescales',
      'Confidentiality',
      'Terms of reference',
      'Methodology',
      'Involvement of family, friends, work colleagues, neighbours and wider community',
      'Contributors to the review',
      'The review panel',
      'Chair and author of the overview report',
      'Parallel reviews and proceedings',
      'Equality and diversity',
      'Dissemination',
      'Background information (the facts)',
      'Summary timeline',
      'Overview',
      'Analysis',
      'Conclusions',
      'Lessons to be learnt',
      'Whether the death was predictable or preventable',
      'Recommendations',
      'Appendix A: glossary',
      'Appendix B: action plan',
    ]);
    expect(tables.map((t) => t.header.join('|'))).toEqual(
      expect.arrayContaining([
        'Agency|What it provided',
        'Pseudonym|Relationship to the victim|Role|Age at end of scope',
        'Recommendation|Action to take|Lead agency|Key milestones|Target date|Completed',
      ]),
    );
    expect(text).not.toMatch(/relationship to the child/i);
  });

  it('DHR executive summary is a document of its own', () => {
    const { h1, model } = build('dhr-executive-summary');
    expect(model.titlePage?.subtitle).toBe('Domestic Homicide Review: executive summary');
    expect(h1[0]).toBe('The review process');
    expect(h1).toContain('Key issues arising from the review');
  });

  it('Welsh CPR and SUSR: front sheet, the review process and learning event, statements with declarations and signature lines', () => {
    for (const id of ['cpr-wales', 'susr-wales']) {
      const { h1, text } = build(id);
      expect(h1[0], id).toBe('Front sheet');
      expect(h1, id).toContain('The review process and learning event');
      expect(h1, id).toEqual(expect.arrayContaining(['Statement by reviewer(s)', 'Statement by review panel chair']));
      expect(text.match(/Signature: _+/g), id).toHaveLength(2);
    }
    expect(findReportTemplate(templatesDir, home, 'susr-wales').template.reviewKinds).toEqual(['susr']);
  });
});
