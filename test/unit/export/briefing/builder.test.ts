import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBriefingTemplate } from '../../../../electron/core/report/templates';
import { buildBriefingModel } from '../../../../electron/export/briefing/builder';
import { blocksText } from '../../../../electron/export/report/glossary';
import type { HeadingBlock, ListBlock } from '../../../../electron/export/report/model';
import { publicationText } from '../../../../electron/export/report/output-text';
import { samplePeople, sampleSources } from '../../../fixtures/reports/sources';
import { tempDir } from '../../../helpers/review-file';

const templatesDir = join(process.cwd(), 'templates');
const home = tempDir();
const text = publicationText({ people: samplePeople, identifiers: [] });

describe('learning briefing', () => {
  it('has the 7-minute structure, one part a page, built from the findings marked for it', () => {
    const template = findBriefingTemplate(templatesDir, home, 'seven-minute').template;
    const { model } = buildBriefingModel(template, sampleSources(), text, { today: '2026-11-23' });
    const parts = model.blocks.filter((b): b is HeadingBlock => b.kind === 'heading' && b.level === 2).map((b) => b.text);
    expect(parts).toEqual(['1. Background', '2. Why it matters', '3–5. Key learning', '6. Things to note and remember', '7. What to do']);
    expect(model.blocks.filter((b) => b.kind === 'page-break')).toHaveLength(4);
    const learning = model.blocks.find((b): b is ListBlock => b.kind === 'list' && b.ordered)!;
    expect(learning.items[0]!.runs[0]).toMatchObject({ text: expect.stringContaining('Information about RM was not shared') });
    const all = blocksText(model.blocks).join('\n');
    expect(all).toContain('Who in your team would have noticed?');
    expect(all).not.toMatch(/Kez|Dean Croft|Ruby/);
    expect(model.draft).toBe(false);
  });

  it("uses the reviewer's edited text and learning points when stored, and fits one page in the one-page variant", () => {
    const template = findBriefingTemplate(templatesDir, home, 'one-page').template;
    const sources = sampleSources({
      briefing: { background: 'A child lived with her mother and Kez.', whyItMatters: null, learningPoints: ['See the child alone.'], thingsToNote: null, whatToDo: null, reflectiveQuestions: [] },
    });
    const { model } = buildBriefingModel(template, sources, text, { today: '2026-11-23' });
    expect(model.blocks.some((b) => b.kind === 'page-break')).toBe(false);
    const all = blocksText(model.blocks).join('\n');
    expect(all).toContain('A child lived with her mother and RM.');
    expect(all).toContain('See the child alone.');
    expect(all).not.toContain('Information about');
  });
});
