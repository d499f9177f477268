/** The Report area's API through the real dispatcher, against a real review file. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexicalDoc } from '@test/helpers/lexical-doc';
import { dispatcherReview } from '@test/helpers/dispatcher-review';

async function open() {
  const { call, dir, app } = await dispatcherReview({
    prefix: 'cw-report-api-',
    edition: 'cli',
    title: 'Child R: review',
    kind: 'dhr',
  });
  return { call, dir, app };
}

describe('report API', () => {
  it('lists templates, defaults by review kind, and stores the choice', async () => {
    const { call } = await open();
    const templates = await call('report.listTemplates');
    expect((templates as { effectiveTemplateId: string }).effectiveTemplateId).toBe('dhr');
    await call('report.updateTemplates', { templateId: 'cpr-wales' });
    expect(((await call('report.listTemplates')) as { effectiveTemplateId: string }).effectiveTemplateId).toBe(
      'cpr-wales',
    );
    await expect(call('report.updateTemplates', { templateId: 'no-such-template' })).rejects.toMatchObject({
      code: 'not-found',
    });
    const sections = (await call('report.listSections')) as { key: string; editable: boolean }[];
    expect(sections.find((s) => s.key === 'circumstances')?.editable).toBe(true);
  });

  it('stores section text, glossary definitions and briefing edits in the review (undoable)', async () => {
    const { call } = await open();
    const body = lexicalDoc([
      {
        type: 'paragraph',
        version: 1,
        children: [{ type: 'text', version: 1, text: 'The MARAC and the MASH met.', format: 0 }],
      },
    ]);
    await call('report.updateSectionText', { key: 'introduction', body });
    let glossary = (await call('report.listGlossary')) as { term: string; definition: string; origin: string }[];
    expect(glossary.map((g) => g.term)).toEqual(['MARAC', 'MASH']);
    glossary = await call('report.updateGlossaryDefinition', { term: 'marac', definition: 'Westmoor risk conference' });
    expect(glossary.find((g) => g.term === 'MARAC')).toMatchObject({
      definition: 'Westmoor risk conference',
      origin: 'review',
    });
    await call('report.updateBriefing', {
      whyItMatters: 'Children were not seen alone.',
      reflectiveQuestions: ['Who saw the child?'],
    });
    const briefing = (await call('report.getBriefing')) as {
      content: { whyItMatters: string; reflectiveQuestions: string[] };
    };
    expect(briefing.content).toMatchObject({
      whyItMatters: 'Children were not seen alone.',
      reflectiveQuestions: ['Who saw the child?'],
    });
    await call('review.undo');
    expect(
      ((await call('report.getBriefing')) as { content: { whyItMatters: string | null } }).content.whyItMatters,
    ).toBeNull();
  });

  it('suggests ~/Documents/Casewright/<title> — <document>.docx, a different name for each document, and refuses other extensions', async () => {
    const { call, dir, app } = await open();
    const path = (await call('report.getDefaultExportPath', { kind: 'report' })) as string;
    expect(path).toMatch(/Documents[\\/]Casewright[\\/]Child R- review — publication report\.docx$/);
    const names = await Promise.all(
      [
        { kind: 'report', draft: true },
        { kind: 'panel-draft' },
        { kind: 'briefing' },
        { kind: 'briefing', onePage: true },
      ].map(async (args) => ((await call('report.getDefaultExportPath', args)) as string).split(/[\\/]/).pop()),
    );
    expect(names).toEqual([
      'Child R- review — draft.docx',
      'Child R- review — panel draft.docx',
      'Child R- review — 7-minute briefing.docx',
      'Child R- review — one-page brief.docx',
    ]);
    const grantFor = (target: string) => ({
      to: 'grant',
      grant: app.grants.issue({ path: target, replaceConfirmed: false }),
    });
    await expect(
      call('report.export', { kind: 'report', target: grantFor(join(dir, 'out.pdf')) }),
    ).rejects.toMatchObject({ code: 'refused' });
    await expect(
      call('report.export', { kind: 'report', target: grantFor('relative/out.docx') }),
    ).rejects.toMatchObject({ code: 'refused' });
    // A briefing with no learning to share is refused with the reason, never printed with "none".
    await expect(
      call('report.export', { kind: 'briefing', target: grantFor(join(dir, 'brief.docx')) }),
    ).rejects.toMatchObject({
      code: 'refused',
      message: expect.stringMatching(/No finding is marked for the briefing/),
    });
    await call('findings.add', { title: 'Children were not seen alone', type: 'new-learning', inBriefing: true });
    const result = (await call('report.export', { kind: 'briefing', target: grantFor(join(dir, 'brief.docx')) })) as {
      path: string;
      draft: boolean;
    };
    expect(result).toMatchObject({ path: join(dir, 'brief.docx'), draft: false });
    const check = (await call('report.check')) as { ok: boolean; leaks: unknown[] };
    expect(check).toMatchObject({ ok: true, leaks: [] });
  });
});
