import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import { addCommentsToDocx } from '../../fixtures/word-comments/add-comments';
import { buildReturnedDocx } from '../../fixtures/word-comments/build-docx';
import { closedReviewFile } from '../../helpers/review';

/** Adds a finding with `casewright finding add --title … --body …` and returns its id, as the command prints it. */
async function addFinding(
  review: { home: string; file: string },
  title: string,
  body: string,
  ...flags: readonly string[]
): Promise<string> {
  const added = await runCli(['finding', 'add', review.file, '--title', title, '--body', body, ...flags], {
    home: review.home,
  });
  expect(added.code, added.stderr).toBe(0);
  return added.stdout.trim();
}

describe('casewright annotations', () => {
  it('imports the comments of a returned .docx once, lists them, and lists what it could not place', async () => {
    const { dir, home, file, entryIds } = closedReviewFile();
    const id = await addFinding({ home, file }, 'Nobody saw the pattern', 'Call-outs were treated one at a time.');
    const docx = join(dir, 'returned.docx');
    writeFileSync(
      docx,
      await buildReturnedDocx(
        [
          {
            paragraph: [
              { bookmarkStart: `cw_f_${id}`, id: 1 },
              { commentStart: 0 },
              { text: 'Nobody saw the pattern' },
              { commentEnd: 0 },
              { commentRef: 0 },
              { bookmarkEnd: 1 },
            ],
          },
          {
            tableRow: [
              [{ bookmarkStart: `cw_e_${entryIds[1]}`, id: 2 }, { text: '20/09/2021' }, { bookmarkEnd: 2 }],
              [{ commentRef: 2 }, { text: 'Police' }],
            ],
          },
          { paragraph: [{ commentStart: 3 }, { text: 'Text the panel wrote' }, { commentEnd: 3 }, { commentRef: 3 }] },
        ],
        [
          { id: 0, author: 'Dana Price', date: '2026-02-03T09:00:00Z', paragraphs: ['We linked two call-outs.'] },
          { id: 1, author: 'Lead Reviewer', date: '2026-02-04T09:00:00Z', paragraphs: ['Noted.'], parentId: 0 },
          { id: 2, author: 'Dana Price', date: '2026-02-03T09:10:00Z', paragraphs: ['Date is right.'] },
          { id: 3, author: 'Jo Hart', date: '2026-02-03T10:00:00Z', paragraphs: ['Unclear.'] },
        ],
      ),
    );
    const first = await runCli(['annotations', 'import', file, docx, '--author-agency', 'Westmoor Police'], { home });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(
      'returned.docx: 4 comments; 4 added (2 by bookmark, 0 by quoted text), 0 already imported.',
    );
    expect(first.stdout).toContain('1 could not be placed');
    expect(first.stdout).toContain('comment 3 by Jo Hart: "Unclear." on "Text the panel wrote"');
    const again = await runCli(['annotations', 'import', file, docx], { home });
    expect(again.stdout).toContain('0 added');
    expect(again.stdout).toContain('4 already imported');

    const text = await runCli(['annotations', 'list', file], { home });
    expect(text.stdout).toContain(`[open] on finding 1 (id ${id}) — Dana Price, Westmoor Police`);
    expect(text.stdout).toContain('↳');
    expect(text.stdout).toContain(`on chronology entry ${entryIds[1]}`);
    expect(text.stdout).toContain('on not placed');
    const json = JSON.parse((await runCli(['annotations', 'list', file, '--json'], { home })).stdout) as {
      text: string;
      replies: unknown[];
    }[];
    expect(json).toHaveLength(3);
    expect(json[0]?.replies).toHaveLength(1);
    const none = await runCli(['annotations', 'list', file, '--status', 'resolved'], { home });
    expect(none.stdout).toContain('No annotations.');
    expect((await runCli(['annotations', 'list', file, '--status', 'maybe'], { home })).code).toBe(2);
  });

  it('refuses a file that is not a Word document, naming it', async () => {
    const { dir, home, file } = closedReviewFile();
    const notDocx = join(dir, 'notes.docx');
    writeFileSync(notDocx, 'plain text');
    const result = await runCli(['annotations', 'import', file, notDocx], { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('notes.docx is not a Word document');
  });

  it('round-trips the exported panel draft: comments on its bookmarks land on the finding and paragraph', async () => {
    const { dir, home, file, entryIds } = closedReviewFile();
    const id = await addFinding(
      { home, file },
      'Each agency saw one incident',
      'Agencies responded to each call-out alone.\n\nNobody put the call-outs together.',
      '--evidence',
      String(entryIds[0]),
    );
    const draft = join(dir, 'panel-draft.docx');
    const exported = await runCli(['export', file, '--panel-draft', draft], { home });
    expect(exported.code, exported.stderr).toBe(0);

    const returned = join(dir, 'panel-draft-returned.docx');
    writeFileSync(
      returned,
      await addCommentsToDocx(readFileSync(draft), [
        {
          bookmark: `cw_f_${id}`,
          author: 'Dana Price',
          date: '2026-02-03T09:00:00Z',
          text: 'Police linked two of these.',
        },
        { bookmark: `cw_p_f_${id}_2`, author: 'Jo Hart', date: '2026-02-03T10:00:00Z', text: 'Over what period?' },
      ]),
    );
    const imported = await runCli(['annotations', 'import', file, returned], { home });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('2 comments; 2 added (2 by bookmark, 0 by quoted text)');
    const threads = JSON.parse((await runCli(['annotations', 'list', file, '--json'], { home })).stdout) as {
      text: string;
      quotedText: string;
      target: { kind: string; findingId?: number; paragraph?: number };
    }[];
    expect(threads.find((a) => a.text === 'Police linked two of these.')?.target).toMatchObject({
      kind: 'finding',
      findingId: Number(id),
    });
    expect(threads.find((a) => a.text === 'Over what period?')).toMatchObject({
      quotedText: 'Nobody put the call-outs together.',
      target: { kind: 'paragraph', findingId: Number(id), paragraph: 2 },
    });
  });
});
