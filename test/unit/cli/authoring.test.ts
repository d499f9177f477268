/** Building a report from a script: review details, sections from Markdown, findings for the briefing, check --json. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import { closedReviewFile } from '../../helpers/review';

describe('casewright review set / section list|set / finding add --briefing', () => {
  it('sets the review details and writes a section from Markdown, which check then no longer lists', async () => {
    const { home, file, dir, entryIds } = closedReviewFile();
    const set = await runCli(
      [
        'review',
        'set',
        file,
        '--partnership',
        'Westmoor Safeguarding Children Partnership',
        '--author',
        'A. Reviewer',
        '--scope-start',
        '2019-01-01',
        '--scope-end',
        '2022-06-30',
        '--status',
        'final',
      ],
      { home },
    );
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toContain(
      'partnership Westmoor Safeguarding Children Partnership; lead reviewer A. Reviewer; scope 2019-01-01 to 2022-06-30; status final',
    );
    const badDate = await runCli(['review', 'set', file, '--scope-end', '31/06/2022'], { home });
    expect(badDate.code).toBe(2);

    const before = JSON.parse((await runCli(['check', file, '--json'], { home })).stdout) as {
      readiness: { section: string; problem: string }[];
    };
    expect(before.readiness).toContainEqual(
      expect.objectContaining({ section: 'Methodology', problem: 'This required section is empty.' }),
    );
    expect(before.readiness.some((p) => p.section === 'Title page')).toBe(false);

    const markdown = join(dir, 'methodology.md');
    writeFileSync(
      markdown,
      '# How we worked\n\nThe review used a **systems** approach.\n\n- practitioner event\n- family conversations\n',
    );
    const written = await runCli(['section', 'set', file, 'methodology', '--text-file', markdown], { home });
    expect(written.code, written.stderr).toBe(0);
    const sections = JSON.parse((await runCli(['section', 'list', file, '--json'], { home })).stdout) as {
      key: string;
      written: boolean;
      text: string;
    }[];
    expect(sections.find((s) => s.key === 'methodology')).toMatchObject({
      written: true,
      text: 'How we worked\nThe review used a systems approach.\npractitioner eventfamily conversations',
    });
    const after = JSON.parse((await runCli(['check', file, '--json'], { home })).stdout) as {
      readiness: { section: string }[];
    };
    expect(after.readiness.some((p) => p.section === 'Methodology')).toBe(false);

    const unknown = await runCli(['section', 'set', file, 'no-such-section', '--text-file', markdown], { home });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('There is no section "no-such-section"');

    const finding = await runCli(
      ['finding', 'add', file, '--title', 'The child was not seen', '--briefing', '--evidence', String(entryIds[0])],
      { home },
    );
    expect(finding.code, finding.stderr).toBe(0);
    const listed = JSON.parse((await runCli(['finding', 'list', file, '--json'], { home })).stdout) as {
      inBriefing: boolean;
    }[];
    expect(listed[0]?.inBriefing).toBe(true);
  });

  it('refuses a publication export with exit 1, listing every problem with where to fix it; a draft is written', async () => {
    const { home, file, dir } = closedReviewFile();
    const refused = await runCli(['export', file, '--report', join(dir, 'out.docx')], { home });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /Title page: The partnership is not set.*Fix it in Overview: Safeguarding partnership\./,
    );
    expect(refused.stderr).toMatch(
      /Methodology: This required section is empty\. Fix it in Report: section “Methodology”\./,
    );
    const draft = await runCli(['export', file, '--report', join(dir, 'draft.docx'), '--draft'], { home });
    expect(draft.code, draft.stderr).toBe(0);
  });
});
