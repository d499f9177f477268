import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildReturnedDocx } from '../fixtures/word-comments/build-docx';
import { expectNoAxeViolations } from './harness';
import { addFinding, findingsList, selectFinding } from './pages/findings';
import { openArea, startWithNewReview } from './pages/review';

const boardTaxonomy = fileURLToPath(new URL('../fixtures/taxonomies/board-themes.json', import.meta.url));
describe('browser edition: findings, recommendations and panel comments', () => {
  it('writes findings with evidence and tags, reorders them, tracks recommendations and files Word comments', async () => {
    const { page, call } = await startWithNewReview('Child R findings');
    const entry = (await call('chronology.add', {
      date: '12/03/2021',
      agency: 'Westmoor Police',
      summary: 'Call-out to Larkspur Close; RM said it was family problems',
    })) as { id: number };
    await call('chronology.add', {
      date: '04/05/2021',
      agency: 'Health Visiting',
      summary: 'Home visit; Mr C present throughout',
    });

    // Findings workspace: add two findings; both start flagged as resting on no evidence.
    await openArea(page, 'Findings');
    for (const title of ['Each call-out was treated alone', 'RM was never seen alone']) await addFinding(page, title);
    const list = findingsList(page);
    await expect.poll(() => list.getByText('No evidence').count()).toBe(2);

    // Select finding 1, link an entry as evidence, tag it with a direction.
    await selectFinding(page, 1, 'Each call-out was treated alone');
    await page.getByRole('button', { name: /^Link 12 Mar 2021, Westmoor Police/ }).click();
    await page.getByRole('status').filter({ hasText: 'Entry linked as evidence' }).waitFor();
    await expect.poll(() => list.getByText('No evidence').count()).toBe(1);
    // Cite the entry in the analysis: an inline entry-link node appears in the editor.
    await page.getByRole('button', { name: 'Cite in text' }).click();
    await page.getByRole('status').filter({ hasText: 'Link added' }).waitFor();
    await page.locator('.rich-text-input .cw-entry-link', { hasText: '[12 Mar 2021, Westmoor Police]' }).waitFor();
    await page.getByLabel('Taxonomy').selectOption('scie-learning-together');
    await page.getByLabel('Term').selectOption('incidents-and-crises');
    await page.getByLabel('Creates unsafe conditions').check();
    await page.getByRole('button', { name: 'Add tag' }).click();
    await page.getByText('(creates unsafe conditions)').waitFor();
    await expectNoAxeViolations(page);

    // Reorder from the keyboard: Alt+Down on finding 1 makes it finding 2.
    await page.getByRole('button', { name: '1. Each call-out was treated alone' }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByRole('status').filter({ hasText: 'is now finding 2' }).waitFor();
    await page.getByRole('button', { name: '2. Each call-out was treated alone' }).waitFor();
    const findings = (await call('findings.list', {})) as {
      title: string;
      number: number;
      evidence: { targetId: number }[];
      tags: { direction: string }[];
    }[];
    expect(findings.map((f) => `${f.number} ${f.title}`)).toEqual([
      '1 RM was never seen alone',
      '2 Each call-out was treated alone',
    ]);
    expect(findings[1]!.evidence.map((e) => e.targetId)).toEqual([entry.id]);
    expect(findings[1]!.tags.map((t) => t.direction)).toEqual(['hinders']);
    expect(JSON.stringify((findings[1] as unknown as { body: unknown }).body)).toContain(`"type":"entry-link"`);

    // Tag matrix.
    await page.getByRole('button', { name: 'Tag matrix' }).click();
    await page.getByRole('table', { name: 'Number of tags per finding and taxonomy term' }).waitFor();
    await expectNoAxeViolations(page);

    // Taxonomies: the review shows which versions it uses; a board taxonomy can be imported.
    await page.getByRole('button', { name: 'Taxonomies' }).click();
    await page.getByRole('row', { name: /SCIE Learning Together.*Used/ }).waitFor();
    // Each term shows where its wording comes from and its counterparts in other frameworks.
    const scieRow = page.getByRole('row', { name: /SCIE Learning Together/ });
    await scieRow.getByText('Terms and sources').click();
    const tools = scieRow
      .getByRole('listitem')
      .filter({ has: page.getByText('Patterns in human–tool operation', { exact: true }) });
    await tools
      .getByText(/Source: SCIE Guide 24, Learning together to safeguard children, 2008, Appendix 6, pattern 1\./)
      .waitFor();
    await tools
      .getByText(
        /In other frameworks: Organisational support around the team \(Safeguarding adults reviews: national analysis domains\), a related theme, approximate/,
      )
      .waitFor();
    await scieRow
      .getByText(/Wording not yet confirmed against the publication/)
      .first()
      .waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Import a taxonomy (.json) or codebook (.qdc)').setInputFiles(boardTaxonomy);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Imported Westmoor board learning themes 2024.1' }).waitFor();
    await page.getByRole('row', { name: /Westmoor board learning themes/ }).waitFor();
    await expectNoAxeViolations(page);

    // Recommendations: one without an owner is flagged.
    await page.getByRole('link', { name: 'Recommendations' }).click();
    await page.getByRole('button', { name: 'Add recommendation' }).click();
    await page.getByLabel('Recommendation', { exact: true }).fill('Review repeat call-outs to one address together');
    await page.getByLabel('Due date').fill('2026-09-30');
    await page.getByLabel('2. Each call-out was treated alone').check();
    await page.getByRole('button', { name: 'Save recommendation' }).click();
    await page.getByRole('status').filter({ hasText: 'Recommendation 1 saved' }).waitFor();
    await page.getByRole('table').getByText('No owner').waitFor();
    await page.getByLabel('Status of recommendation 1').selectOption('agreed');
    await page.getByRole('status').filter({ hasText: 'now agreed' }).waitFor();
    await expectNoAxeViolations(page);

    // Panel: import a returned Word draft with a comment and a reply, then resolve the thread.
    const docx = await buildReturnedDocx(
      [
        {
          paragraph: [
            { bookmarkStart: `cw_f_${((await call('findings.list', {})) as { id: number }[])[1]!.id}`, id: 1 },
            { commentStart: 0 },
            { text: 'Each call-out was treated alone' },
            { commentEnd: 0 },
            { commentRef: 0 },
            { bookmarkEnd: 1 },
          ],
        },
      ],
      [
        {
          id: 0,
          author: 'Dana Price',
          date: '2026-02-03T09:00:00Z',
          paragraphs: ['Two call-outs were linked in 2022.'],
        },
        { id: 1, author: 'Lead Reviewer', date: '2026-02-04T09:00:00Z', paragraphs: ['Thanks, added.'], parentId: 0 },
      ],
    );
    await page.getByRole('link', { name: 'Panel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Panel' }).waitFor();
    await page.getByRole('button', { name: 'Import panel comments…' }).click();
    await page.getByLabel('Returned Word document (.docx)').setInputFiles({
      name: 'returned.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(docx),
    });
    await page.getByLabel('Agency of the commenters (optional)').fill('Westmoor Police');
    await page.getByRole('button', { name: 'Import comments' }).click();
    await page
      .getByText('returned.docx: 2 comments; 2 added (1 by bookmark, 0 by quoted text); 0 already imported.')
      .waitFor();
    const thread = page.getByRole('article', { name: /Finding 2: Each call-out was treated alone/ });
    await thread.getByText('Two call-outs were linked in 2022.').waitFor();
    await thread.getByText('Thanks, added.').waitFor();
    await expectNoAxeViolations(page);
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await page.getByRole('status').filter({ hasText: 'Comment marked resolved' }).waitFor();
    await page.getByText('No open comments.').waitFor();
    await page.getByLabel('Show').selectOption('resolved');
    await page.getByRole('article', { name: /Finding 2/ }).waitFor();

    // Importing the same document again adds nothing.
    await page.getByRole('button', { name: 'Import comments' }).click();
    await page.getByText(/0 added .*; 2 already imported/).waitFor();
  });
});
