/**
 * One source of truth for the equality figures: the report's equality analysis and the People
 * area's completeness view come from the same function, so a fixture's figures read the same in
 * both, with ages from dates of birth at the scope end and every state printed as recorded.
 * The fixture leaves some characteristics unentered: the draft says so exactly as the People area
 * does, while the publication never prints "not yet entered" and is refused until they are entered.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCompleteness } from '@core/people/completeness';
import { loadCharacteristicTemplates } from '@core/people/characteristic-templates';
import { findReportTemplate } from '@core/report/templates';
import { ageText, familyMembers } from '@export/report/blocks/family';
import { buildReportModel } from '@export/report/builder';
import { blocksText } from '@export/report/glossary';
import type { TableBlock } from '@export/report/model';
import { publicationText } from '@export/report/output-text';
import { readinessProblems } from '@export/report/readiness';
import { draftText } from '@export/report/sources';
import type { CharacteristicRecord, Person } from '@shared/domain/people';
import { samplePeople, sampleSources } from '@test/fixtures/reports/sources';
import { tempDir } from '@test/helpers/review-file';

const templatesDir = join(process.cwd(), 'templates');
const characteristicTemplates = loadCharacteristicTemplates(join(templatesDir, 'characteristics'));
const register = { people: samplePeople, identifiers: [] };
// A baby born five months before the end of the scope (31 March 2023).
const baby: Person = {
  ...samplePeople[0]!,
  id: 6,
  realName: 'Nia Ashdown',
  pseudonym: 'Baby R',
  relationshipToChild: 'sibling',
  dateOfBirth: '2022-10-20',
  aliases: [],
};
const people = [...samplePeople, baby];

function build(templateId: string, draft = true) {
  const template = findReportTemplate(templatesDir, tempDir(), templateId).template;
  const sources = sampleSources({ characteristicTemplates, people });
  const text = draft ? draftText(people) : publicationText({ ...register, people });
  const built = buildReportModel(template, sources, text, { draft, today: '2026-11-23' });
  return { ...built, model: built.model, problems: readinessProblems(template, sources, built) };
}

describe('equality figures', () => {
  const { model } = build('lcspr-england');
  const text = blocksText(model.blocks).join('\n');
  const sources = sampleSources({ characteristicTemplates, people });
  const shared = buildCompleteness(
    familyMembers(people),
    sources.characteristics ?? [],
    characteristicTemplates,
    '2023-03-31',
  );

  it('prints the same sentences as the People area, for every characteristic', () => {
    for (const summary of shared.summaries) expect(text).toContain(summary.sentence);
    expect(text).toContain('Age recorded for 5 of 5 family members.');
    expect(text).toContain(
      'Religion or belief recorded for 0 of 5 family members (1 declined, 1 not asked, 3 not yet entered).',
    );
    expect(text).toContain(
      'Sexual orientation recorded for 0 of 5 family members (3 not applicable, 2 not yet entered).',
    );
  });

  it('never prints "not yet entered" in the publication, which is refused until each is entered', () => {
    const publication = build('lcspr-england', false);
    const published = blocksText(publication.model.blocks).join('\n');
    expect(published).not.toMatch(/not yet entered/i);
    expect(published).toContain('Age recorded for 5 of 5 family members.');
    expect(publication.problems).toContainEqual(
      expect.objectContaining({
        section: 'Background',
        problem: expect.stringMatching(
          /^Nothing is entered for RM’s .*sexual orientation: record the value, or that it was not recorded by agencies/,
        ),
        place: { area: 'people', tab: 'completeness' },
      }),
    );
  });

  it('prints states as recorded and ages from dates of birth at the scope end, never "0" for a baby', () => {
    const table = model.blocks.find(
      (b): b is TableBlock => b.kind === 'table' && b.caption.startsWith('Protected characteristics'),
    )!;
    const row = (label: string): string[] =>
      table.rows
        .find((r) => r[0]!.runs.some((x) => x.kind === 'text' && x.text === label))!
        .map((c) => c.runs.map((x) => (x.kind === 'text' ? x.text : '')).join(''));
    expect(table.header).toEqual(['Characteristic', 'Child R', 'Sibling R', 'RM', 'Mr C', 'Baby R']);
    expect(row('Age')).toEqual([
      'Age',
      '3 years (from date of birth)',
      '8 years (from date of birth)',
      '28 years (from date of birth)',
      '33 years (from date of birth)',
      '5 months (from date of birth)',
    ]);
    expect(row('Sexual orientation')).toEqual([
      'Sexual orientation',
      'Not applicable: under 16',
      'Not applicable: under 16',
      'Not yet entered',
      'Not yet entered',
      'Not applicable: under 16',
    ]);
    const family = model.blocks.find(
      (b): b is TableBlock => b.kind === 'table' && b.caption.startsWith('Family composition'),
    )!;
    expect(family.rows.at(-1)!.map((c) => c.runs.map((x) => (x.kind === 'text' ? x.text : '')).join(''))).toEqual([
      'Baby R',
      'sibling',
      'child',
      '5 months',
    ]);
    expect(ageText('2023-03-20', '2023-03-31')).toBe('under 1 month');
  });

  it("leaves the reviewer's detail about a characteristic out of the document and out of the figures", () => {
    const details = [
      'Multiple sclerosis, diagnosed at Westmoor General',
      "Attends St Brannoc's chapel",
      'Asked twice, no answer',
      'Ruby was three',
    ];
    const withDetail = (sources.characteristics ?? []).map((record, i) => ({
      ...record,
      detail: details[i % details.length]!,
    }));
    const template = findReportTemplate(templatesDir, tempDir(), 'lcspr-england').template;
    for (const draft of [false, true]) {
      const build = (characteristics: readonly CharacteristicRecord[]) =>
        blocksText(
          buildReportModel(template, { ...sources, characteristics }, publicationText({ ...register, people }), {
            draft,
            today: '2026-11-23',
          }).model.blocks,
        ).join('\n');
      const printed = build(withDetail);
      expect(printed).toBe(build([...(sources.characteristics ?? [])]));
      for (const detail of details) expect(printed).not.toContain(detail);
    }
    expect(buildCompleteness(familyMembers(people), withDetail, characteristicTemplates, '2023-03-31')).toEqual(shared);
  });

  it('says "relationship to the victim" in the adult (DHR) template', () => {
    const dhr = build('dhr').model;
    const family = dhr.blocks.find((b): b is TableBlock => b.kind === 'table' && b.header.includes('Pseudonym'))!;
    expect(family.header).toContain('Relationship to the victim');
    expect(blocksText(dhr.blocks).join('\n')).not.toMatch(/relationship to the child/i);
  });
});
