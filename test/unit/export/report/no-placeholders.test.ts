/**
 * No "nothing here yet" text reaches a publication. For every report template, a review missing
 * one piece at a time (chronology, key entries, episodes, findings, good practice, recommendations,
 * panel, people, characteristics, terms of reference, section texts) is built as a publication:
 * every word it would print is searched for gap wording, and the readiness gate must name the
 * missing piece instead. The draft of the same review shows the gap as a marked "Draft note".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCharacteristicTemplates } from '@core/people/characteristic-templates';
import { findReportTemplate } from '@core/report/templates';
import { buildReportModel } from '@export/report/builder';
import { blocksText } from '@export/report/glossary';
import { publicationText } from '@export/report/output-text';
import { readinessProblems } from '@export/report/readiness';
import { draftText, type ReportSources } from '@export/report/sources';
import { samplePeople, sampleSources } from '@test/fixtures/reports/sources';
import { tempDir } from '@test/helpers/review-file';

const templatesDir = join(process.cwd(), 'templates');
const home = tempDir();
const characteristicTemplates = loadCharacteristicTemplates(join(templatesDir, 'characteristics'));
const register = { people: samplePeople, identifiers: [] };
const templateIds = ['lcspr-england', 'cpr-wales', 'susr-wales', 'dhr', 'dhr-executive-summary'];

/** How an app says "there is nothing here": none of it may be printed in a publication. */
const GAP_WORDING =
  /\byet\b|not (?:been )?written|\bnone\b|\bno (?:[a-z’'-]+ ){1,5}(?:is|are) (?:recorded|defined|marked|entered)|\bnot set\b|not agreed|draft note|not (?:yet )?entered/i;

const base = sampleSources({ characteristicTemplates });
const missing: { readonly piece: string; readonly sources: ReportSources; readonly problem: RegExp }[] = [
  {
    piece: 'the chronology',
    sources: { ...base, entries: [], episodes: [] },
    problem: /chronology is empty|contributed a chronology/,
  },
  {
    piece: 'key entries',
    sources: { ...base, entries: (base.entries ?? []).map((e) => ({ ...e, significance: 'routine' as const })) },
    problem: /marked as key/,
  },
  { piece: 'key practice episodes', sources: { ...base, episodes: [] }, problem: /key practice episodes/ },
  { piece: 'findings', sources: { ...base, findings: [] }, problem: /No findings are recorded|No good practice/ },
  {
    piece: 'good practice',
    sources: {
      ...base,
      findings: (base.findings ?? []).filter((f) => f.type !== 'good-practice'),
      sectionTexts: new Map(),
    },
    problem: /No good practice/,
  },
  { piece: 'recommendations', sources: { ...base, recommendations: [] }, problem: /No recommendations are recorded/ },
  { piece: 'the review panel', sources: { ...base, panel: [] }, problem: /No panel members/ },
  { piece: 'people', sources: { ...base, people: [], characteristics: [] }, problem: /No family or household members/ },
  { piece: 'protected characteristics', sources: { ...base, characteristics: [] }, problem: /Nothing is entered for/ },
  {
    piece: 'the terms of reference',
    sources: { ...base, meta: { ...base.meta, termsOfReference: null } },
    problem: /terms of reference are empty/,
  },
  {
    piece: 'every section’s text',
    sources: { ...base, sectionTexts: new Map() },
    problem: /required section is empty/,
  },
];

describe('a publication never prints gap wording', () => {
  for (const id of templateIds) {
    const template = findReportTemplate(templatesDir, home, id).template;
    const blocks = new Set(template.sections.flatMap((s) => s.blocks));
    for (const { piece, sources, problem } of missing) {
      it(`${id}: without ${piece}`, () => {
        const built = buildReportModel(template, sources, publicationText(register), {
          draft: false,
          today: '2026-11-23',
          fullChronology: true,
        });
        const printed = [
          ...blocksText(built.model.blocks),
          ...Object.values(built.model.titlePage ?? {}).filter((v): v is string => typeof v === 'string'),
        ];
        expect(printed.filter((line) => GAP_WORDING.test(line))).toEqual([]);
        expect(built.model.blocks.some((b) => b.kind === 'draft-note')).toBe(false);

        const problems = readinessProblems(template, sources, built).map((p) => `${p.section}: ${p.problem}`);
        // A template without the block that needs the piece has nothing to refuse for it.
        const needs: Record<string, readonly string[]> = {
          'the chronology': ['chronology-summary', 'contributors-table'],
          'key entries': ['chronology-summary'],
          'key practice episodes': ['key-practice-episodes'],
          findings: ['findings', 'good-practice'],
          'good practice': ['good-practice'],
          recommendations: ['recommendations', 'action-plan'],
          'the review panel': ['review-panel'],
          people: ['family-table', 'equality-analysis'],
          'protected characteristics': ['equality-analysis'],
          'the terms of reference': ['terms-of-reference'],
          'every section’s text': ['section-text'],
        };
        if ((needs[piece] ?? []).some((b) => blocks.has(b as never))) expect(problems.join('\n')).toMatch(problem);

        // The draft keeps the gap in view, marked as the app's note rather than the report's words.
        const draft = buildReportModel(template, sources, draftText(samplePeople), {
          draft: true,
          today: '2026-11-23',
        });
        if (problems.length > 0) expect(draft.model.blocks.some((b) => b.kind === 'draft-note')).toBe(true);
      });
    }
  }
});
