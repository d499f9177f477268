import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBriefingTemplate } from '@core/report/templates';
import { buildBriefingModel } from '@export/briefing/builder';
import { blocksText } from '@export/report/glossary';
import type { GridBlock, InlineRun, TableBlock } from '@export/report/model';
import { publicationText } from '@export/report/output-text';
import { samplePeople, sampleSources } from '@test/fixtures/reports/sources';
import { tempDir } from '@test/helpers/review-file';

const templatesDir = join(process.cwd(), 'templates');
const home = tempDir();
const text = publicationText({ people: samplePeople, identifiers: [] });

describe('learning briefing', () => {
  it('lays the 7-minute briefing out as seven numbered segments around its title on a landscape page, then an action plan', () => {
    const template = findBriefingTemplate(templatesDir, home, 'seven-minute').template;
    const { model } = buildBriefingModel(template, sampleSources(), text, { today: '2026-11-23' });
    expect(model.orientation).toBe('landscape');
    const grid = model.blocks.find((b): b is GridBlock => b.kind === 'grid')!;
    expect(grid.columns).toBe(3);
    expect(grid.cells.map((c) => c.number ?? 'hub')).toEqual(['1', '2', '3', '4', 'hub', '5', '6', '7']);
    expect(grid.cells.map((c) => c.title).slice(0, 2)).toEqual(['The case in brief', 'Why it matters']);
    // Key learning comes from the findings marked for the briefing, names changed.
    expect(grid.cells[2]!.title).toContain('Information about RM was not shared');
    expect(grid.cells[6]!.title).toBe('Things to reflect on');
    expect(model.blocks.filter((b) => b.kind === 'page-break')).toHaveLength(1);
    const plan = model.blocks.find((b): b is TableBlock => b.kind === 'table')!;
    expect(plan.header).toEqual(['What we will do', 'Who', 'By when', 'How we will know it worked']);
    const all = blocksText(model.blocks).join('\n');
    expect(all).toContain('Who in your team would have noticed?');
    expect(all).not.toMatch(/Kez|Dean Croft|Ruby/);
    expect(model.draft).toBe(false);
  });

  it('writes the questions to reflect on and the recommendations to act on as bulleted lists, each question with its own question mark', () => {
    const template = findBriefingTemplate(templatesDir, home, 'seven-minute').template;
    // No questions of the reviewer's own: one is asked per learning point, then a closing one.
    const none = sampleSources({ briefing: { ...sampleSources().briefing, reflectiveQuestions: [] } });
    const generated = buildBriefingModel(template, none, text, { today: '2026-11-23' }).model;
    const [reflect, act] = generated.blocks.find((b): b is GridBlock => b.kind === 'grid')!.cells.slice(6);
    const plain = (runs: readonly InlineRun[]): string => runs.map((r) => (r.kind === 'text' ? r.text : '')).join('');
    const questions = (reflect!.bullets ?? []).map(plain);
    expect(questions).toEqual([
      'How would your team notice, and act on, this: “Information about RM was not shared”?',
      'What would you do differently tomorrow?',
    ]);
    // No stray "? " in front of a question, in the segment or anywhere in the briefing.
    expect(reflect!.paragraphs).toEqual([]);
    expect(blocksText(generated.blocks).some((line) => line.startsWith('?'))).toBe(false);
    expect((act!.bullets ?? []).map(plain)).toEqual([
      'Police share every domestic abuse call-out with health visiting within 24 hours.',
    ]);
    expect(act!.paragraphs.map(plain).join(' ')).not.toContain('•');

    // The reviewer's own questions and notes, as written (names changed).
    const own = sampleSources({
      briefing: {
        ...sampleSources().briefing,
        thingsToNote: 'Kez was rarely seen alone.',
        reflectiveQuestions: ['Who asked to see Kez alone?', 'What made it hard to ask'],
      },
    });
    const edited = buildBriefingModel(template, own, text, { today: '2026-11-23' }).model;
    const cell = edited.blocks.find((b): b is GridBlock => b.kind === 'grid')!.cells[6]!;
    expect(cell.paragraphs.map(plain)).toEqual(['RM was rarely seen alone.']);
    expect((cell.bullets ?? []).map(plain)).toEqual(['Who asked to see RM alone?', 'What made it hard to ask']);
  });

  it("uses the reviewer's edited text and learning points when stored, and fits one page in the one-page variant", () => {
    const template = findBriefingTemplate(templatesDir, home, 'one-page').template;
    const sources = sampleSources({
      briefing: {
        background: 'A child lived with her mother and Kez.',
        whyItMatters: null,
        learningPoints: ['See the child alone.'],
        thingsToNote: null,
        whatToDo: null,
        reflectiveQuestions: [],
      },
    });
    const { model } = buildBriefingModel(template, sources, text, { today: '2026-11-23' });
    expect(model.blocks.some((b) => b.kind === 'page-break')).toBe(false);
    const all = blocksText(model.blocks).join('\n');
    expect(all).toContain('A child lived with her mother and RM.');
    expect(all).toContain('See the child alone.');
    expect(all).not.toContain('Information about');
  });
});
