/** The review panel from a script: add members, list them, and read the panel table back from the DHR report. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import { readDocxSegments } from '@core/anonymise';
import { readDocxStructure } from '@export/verify/ooxml-structure';
import { reviewWithFindings } from '../../helpers/review';
import { cliRunner } from '../../helpers/cli-review';

/** The rows of the table in the report's review panel section, cell by cell (the reader joins cells with " | "). */
async function panelRows(docx: string): Promise<string[][]> {
  const segments = await readDocxSegments(readFileSync(docx));
  return segments
    .filter((s) => /^Section "The review panel", table \d+, row \d+$/.test(s.location))
    .map((s) => s.text.split(' | ').map((cell) => cell.trim()));
}

describe('casewright panel add / list', () => {
  it('adds two members, lists them as JSON and prints them in the DHR panel table, anonymised in the publication', async () => {
    const review = await reviewWithFindings({ kind: 'dhr', title: 'Adult D' });
    // Start from a review with no panel recorded.
    for (const member of (await review.call('panel.list')) as { id: number }[])
      await review.call('panel.remove', { id: member.id });
    await review.close();
    const { home, dir, path: file } = review;
    const run = cliRunner(home);

    const before = JSON.parse((await runCli(['check', file, '--json'], { home })).stdout) as {
      readiness: { section: string; problem: string }[];
    };
    expect(before.readiness).toEqual([
      expect.objectContaining({
        section: 'The review panel',
        problem: expect.stringMatching(/^No panel members recorded/),
      }),
    ]);

    const refused = await runCli(['export', file, '--report', join(dir, 'out', 'refused.docx')], { home });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('No panel members recorded');

    // The police member is also on the people register (they were involved in the case), so the publication must not name them.
    await run([
      'person',
      'add',
      file,
      '--name',
      'Dana Whitcombe',
      '--pseudonym',
      'Officer 1',
      '--role',
      'detective inspector',
      '--category',
      'professional',
    ]);
    const added = await run([
      'panel',
      'add',
      file,
      '--name',
      'Pat Chairwoman',
      '--role',
      'Independent chair and author',
      '--agency',
      'Independent',
    ]);
    expect(added.stdout).toContain(
      'Added Pat Chairwoman (Independent chair and author, Independent) to the review panel as member 1',
    );
    await run([
      'panel',
      'add',
      file,
      '--name',
      'Dana Whitcombe',
      '--role',
      'Detective inspector',
      '--agency',
      'Westmoor Police',
    ]);
    const blank = await runCli(['panel', 'add', file, '--name', ' ', '--role', 'Chair', '--agency', 'Independent'], {
      home,
    });
    expect(blank.code).toBe(2);
    expect(blank.stderr).toContain('the panel member needs their name');

    const listed = JSON.parse((await run(['panel', 'list', file, '--json'])).stdout) as unknown;
    expect(listed).toEqual([
      {
        position: 1,
        name: 'Pat Chairwoman',
        role: 'Independent chair and author',
        agency: 'Independent',
        independenceNote: '',
      },
      {
        position: 2,
        name: 'Dana Whitcombe',
        role: 'Detective inspector',
        agency: 'Westmoor Police',
        independenceNote: '',
      },
    ]);
    const after = JSON.parse((await runCli(['check', file, '--json'], { home })).stdout) as { readiness: unknown[] };
    expect(after.readiness).toEqual([]);

    const published = join(dir, 'out', 'publication.docx');
    const draft = join(dir, 'out', 'draft.docx');
    await run(['export', file, '--report', published]);
    await run(['export', file, '--report', draft, '--draft']);

    expect(await panelRows(published)).toEqual([
      ['Name', 'Role', 'Agency'],
      ['Pat Chairwoman', 'Independent chair and author', 'Independent'],
      ['Officer 1', 'Detective inspector', 'Westmoor Police'],
    ]);
    expect((await readDocxSegments(readFileSync(published))).map((s) => s.text).join('\n')).not.toContain('Whitcombe');
    expect((await panelRows(draft))[2]).toEqual(['Dana Whitcombe', 'Detective inspector', 'Westmoor Police']);
    const structure = await readDocxStructure(readFileSync(published));
    expect(structure.tablesWithHeaderRow).toBe(structure.tables);
  }, 240_000);
});
