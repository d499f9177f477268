/** The readiness gate through the real API: each kind of problem is listed and refuses the publication export. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PublicationCheckResult, ReadinessProblem } from '@shared/domain/report';
import { richTextFromParagraphs } from '@shared/lexical/types';
import { reviewWithFindings, type ReviewWithFindings } from '@test/helpers/review';

async function readiness(review: ReviewWithFindings): Promise<readonly ReadinessProblem[]> {
  return ((await review.call('report.check')) as PublicationCheckResult).readiness;
}

async function expectRefused(review: ReviewWithFindings, problem: RegExp): Promise<void> {
  const target = join(review.dir, 'out.docx');
  const refusal = review.call('report.export', { kind: 'report', target: review.target(target) });
  await expect(refusal).rejects.toMatchObject({ code: 'refused', message: expect.stringMatching(problem) });
  expect(existsSync(target)).toBe(false);
  // A draft of the same review is allowed: it carries the watermark and may be incomplete.
  await expect(
    review.call('report.export', {
      kind: 'report',
      target: review.target(join(review.dir, 'draft.docx')),
      draft: true,
    }),
  ).resolves.toMatchObject({ draft: true });
}

describe('readiness gate', () => {
  it('lets a complete review be published', async () => {
    const review = await reviewWithFindings();
    expect(await readiness(review)).toEqual([]);
    const result = (await review.call('report.export', {
      kind: 'report',
      target: review.target(join(review.dir, 'Child T — publication report.docx')),
    })) as { draft: boolean };
    expect(result.draft).toBe(false);
  });

  const cases: {
    name: string;
    spoil: (r: ReviewWithFindings) => Promise<unknown>;
    section: RegExp;
    problem: RegExp;
  }[] = [
    {
      name: 'an empty required section',
      spoil: (r) => r.call('report.updateSectionText', { key: 'methodology', body: null }),
      section: /^Methodology$/,
      problem: /required section is empty/,
    },
    {
      name: 'placeholder text',
      spoil: (r) =>
        r.call('report.updateSectionText', {
          key: 'introduction',
          body: richTextFromParagraphs(['To be written once the panel has met.']),
        }),
      section: /^Introduction/,
      problem: /placeholder text: “To be written once/,
    },
    {
      name: 'a finding without evidence',
      spoil: async (r) =>
        r.call('findings.removeEvidence', {
          id: ((await r.call('findings.get', { id: r.findingIds[0] })) as { evidence: { id: number }[] }).evidence[0]!
            .id,
        }),
      section: /findings/i,
      problem: /cites no evidence/,
    },
    {
      name: 'a finding without analysis',
      spoil: (r) => r.call('findings.update', { id: r.findingIds[1], changes: { body: null } }),
      section: /findings/i,
      problem: /has no analysis/,
    },
    {
      name: 'a recommendation without an owner',
      spoil: (r) => r.call('recommendations.update', { id: r.recommendationIds[0], changes: { ownerAgency: null } }),
      section: /Recommendations/,
      problem: /Recommendation 1 has no owning agency/,
    },
    {
      name: 'a recommendation without a due date',
      spoil: (r) => r.call('recommendations.update', { id: r.recommendationIds[1], changes: { dueDate: null } }),
      section: /Recommendations/,
      problem: /Recommendation 2 has no due date/,
    },
    {
      name: 'default cover fields',
      spoil: (r) => r.call('review.updateMeta', { partnership: '' }),
      section: /^Title page$/,
      problem: /would say “Safeguarding partnership”/,
    },
    {
      name: 'missing review dates',
      spoil: (r) => r.call('review.updateMeta', { scopeEnd: null }),
      section: /^Title page$/,
      problem: /scope end date is missing/,
    },
    {
      name: 'an undefined acronym',
      spoil: (r) =>
        r.call('report.updateSectionText', {
          key: 'background',
          body: richTextFromParagraphs(['The family was discussed at the WXYZ meeting.']),
        }),
      section: /glossary/i,
      problem: /“WXYZ” is used 1 time but not explained/,
    },
  ];
  it('lists a DHR with no panel members recorded as not ready, and keeps the panel order when one is removed', async () => {
    const review = await reviewWithFindings({ kind: 'dhr', title: 'Adult D' });
    expect(await readiness(review)).toEqual([]);
    const members = (await review.call('panel.list')) as { id: number }[];
    await review.call('panel.add', { name: 'Jo Third', role: 'Named nurse', agency: 'Westmoor Health' });
    await review.call('panel.remove', { id: members[0]!.id });
    expect(
      ((await review.call('panel.list')) as { position: number; name: string }[]).map((m) => `${m.position} ${m.name}`),
    ).toEqual(['1 Sam Lead', '2 Jo Third']);
    for (const member of (await review.call('panel.list')) as { id: number }[])
      await review.call('panel.remove', { id: member.id });
    expect(await readiness(review)).toEqual([
      expect.objectContaining({
        section: 'The review panel',
        problem: expect.stringMatching(/^No panel members recorded/),
        fix: expect.stringMatching(/panel/),
      }),
    ]);
  });

  for (const c of cases) {
    it(`refuses publication for ${c.name}, saying where to fix it`, async () => {
      const review = await reviewWithFindings();
      await c.spoil(review);
      const problems = await readiness(review);
      expect(problems).toEqual([
        expect.objectContaining({
          section: expect.stringMatching(c.section),
          problem: expect.stringMatching(c.problem),
          fix: expect.any(String),
        }),
      ]);
      await expectRefused(review, c.problem);
    });
  }
});
