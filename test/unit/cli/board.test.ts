/**
 * The `casewright board` contract (README › Command line): the JSON shape with true counts, the
 * Word report and workbook with small numbers suppressed and no names, search grouped by review,
 * and the two scripting commands boards use to build and migrate reviews.
 */
import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import { convertToPdf, pdfText } from '@export/verify/libreoffice';
import { tempDir } from '../../helpers/review-file';

const DA = 'domestic-abuse-themes';

describe('casewright board', () => {
  const library = tempDir('cli-board-library-');
  const home = tempDir('cli-board-home-');
  const out = tempDir('cli-board-out-');
  const cli = (args: readonly string[]) => runCli(args, { home });

  beforeAll(async () => {
    // Five reviews tag "child's voice absent" (shown as 5); four tag "no co-ordinated response"
    // (shown as "fewer than 5" in documents, 4 in JSON).
    for (let i = 1; i <= 5; i += 1) {
      const file = join(library, `review-${i}.cwr`);
      expect(
        (
          await cli([
            'new',
            file,
            '--title',
            `Child ${String.fromCharCode(64 + i)}`,
            '--kind',
            i === 5 ? 'dhr' : 'lcspr',
          ])
        ).code,
      ).toBe(0);
      const tags = ['--tag', `${DA}:child-voice-absent`, ...(i <= 4 ? ['--tag', `${DA}:no-coordinated-response`] : [])];
      expect((await cli(['finding', 'add', file, '--title', `Nobody asked Kerry Ashdown ${i}`, ...tags])).code).toBe(0);
      expect(
        (await cli(['person', 'add', file, '--name', `Kerry Ashdown`, '--pseudonym', `${i}M`, '--role', 'mother']))
          .code,
      ).toBe(0);
    }
  }, 120_000);

  it('records a characteristic by pseudonym, with a value from the list or a state', async () => {
    const file = join(library, 'review-1.cwr');
    const characteristic = (person: string, id: string, state: string, ...more: string[]) =>
      cli(['person', 'characteristic', file, person, '--characteristic', id, '--state', state, ...more]);
    const recorded = await characteristic(
      '1M',
      'religion-belief',
      'recorded',
      '--value',
      'Christian',
      '--source',
      'GP records',
    );
    expect(recorded).toMatchObject({ code: 0, stdout: 'Recorded religion-belief for 1M: recorded\n' });
    expect((await characteristic('1', 'race', 'not-asked')).code).toBe(0);
    const missing = await characteristic('Nobody', 'race', 'declined');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('There is no person "Nobody"');
    const badState = await characteristic('1M', 'race', 'maybe');
    expect(badState.code).toBe(2);
    const noValue = await characteristic('1M', 'race', 'recorded');
    expect(noValue.code).toBe(2);
  });

  it('adds recommendations with owner, due date, status and finding', async () => {
    const file = join(library, 'review-2.cwr');
    const added = await cli([
      'recommendation',
      'add',
      file,
      '--text',
      'Police to train staff on coercive control',
      '--owner',
      'Westmoor Police',
      '--due',
      '2020-01-31',
      '--status',
      'agreed',
      '--finding',
      '1',
    ]);
    expect(added).toMatchObject({ code: 0, stdout: '1\n' });
    expect((await cli(['recommendation', 'add', file, '--text', 'Someone should check'])).code).toBe(0);
    const badDate = await cli(['recommendation', 'add', file, '--text', 'x', '--due', '2020-02-31']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('dueDate');
  });

  it('prints the library summary as JSON with true counts, listing files it could not read', async () => {
    writeFileSync(join(library, 'notes.txt'), 'not a review');
    const result = await cli(['board', library, '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as Record<string, unknown> & {
      themes: { term: string; findings: number; reviews: number }[];
      characteristics: Record<string, unknown>[];
      recommendations: Record<string, unknown>;
    };
    expect(Object.keys(summary)).toEqual(['reviews', 'refused', 'themes', 'characteristics', 'recommendations']);
    expect(summary.reviews).toBe(5);
    expect(summary.refused).toEqual([
      { file: join(library, 'notes.txt'), reason: 'notes.txt: not a Casewright review' },
    ]);
    expect(summary.themes).toEqual([
      { taxonomy: DA, term: 'child-voice-absent', label: "Child's voice absent", reviews: 5, findings: 5 },
      {
        taxonomy: DA,
        term: 'no-coordinated-response',
        label: 'No co-ordinated multi-agency response',
        reviews: 4,
        findings: 4,
      },
    ]);
    const religion = summary.characteristics.find((c) => c.characteristic === 'religion-belief' && c.role === 'parent');
    expect(religion).toEqual({
      characteristic: 'religion-belief',
      role: 'parent',
      recorded: 1,
      notRecorded: 0,
      notAsked: 0,
      declined: 0,
      unknown: 4,
    });
    expect(summary.recommendations).toEqual({
      total: 2,
      overdue: 1,
      noOwner: 1,
      byStatus: { proposed: 1, agreed: 1, 'in-progress': 0, done: 0, 'not-accepted': 0 },
    });
    expect(result.stdout).not.toContain('Ashdown');
  });

  it('writes an accessible Word report with small numbers suppressed and no names, that LibreOffice opens', async () => {
    const path = join(out, 'board report.docx');
    const result = await cli(['board', library, '--report', path]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Board report saved to ${path}`);
    const zip = await JSZip.loadAsync(readFileSync(path));
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    expect(core).toContain('<dc:title>Learning across reviews</dc:title>');
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    expect(document).toContain('w:tblHeader');
    expect(document.match(/<wp:docPr [^>]*descr="[^"]+"/g)?.length).toBe(3);
    expect(document).toContain('Heading1');
    const text = await pdfText(await convertToPdf(path, out));
    expect(text).toContain('Small numbers are suppressed');
    // pdftotext -layout keeps table rows on lines; long cells wrap onto the next line.
    expect(text).toMatch(/Child's voice absent\s+Domestic abuse\s+5\s+5\s/);
    expect(text).toMatch(/No co-ordinated multi-[\s\S]{0,40}Domestic abuse\s+fewer( than)?\s+fewer/);
    expect(text).not.toMatch(/Kerry|Ashdown/);
  }, 120_000);

  it('writes a workbook with one sheet per view, small numbers suppressed', async () => {
    const path = join(out, 'board.xlsx');
    expect((await cli(['board', library, '--xlsx', path])).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(path));
    const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    for (const sheet of [
      'About',
      'Reviews',
      'Themes',
      'Characteristics',
      'Recorded values',
      'Recommendations',
      'Status over time',
    ]) {
      expect(workbook).toContain(`name="${sheet}"`);
    }
    const strings =
      (await zip.file('xl/sharedStrings.xml')?.async('string')) ??
      (await zip.file('xl/worksheets/sheet3.xml')?.async('string')) ??
      '';
    const allSheets = (
      await Promise.all(
        Object.keys(zip.files)
          .filter((n) => n.startsWith('xl/'))
          .map((n) => zip.file(n)?.async('string')),
      )
    ).join('');
    expect(allSheets + strings).toContain('fewer than 5');
    expect(allSheets).not.toMatch(/Kerry|Ashdown/);
  });

  it('searches across the reviews, grouped by review', async () => {
    const result = await cli(['board', library, '--search', 'nobody asked', '--json']);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as {
      results: { reviewTitle: string; hits: { kind: string; snippet: string }[] }[];
    };
    expect(parsed.results).toHaveLength(5);
    expect(parsed.results[0]?.hits[0]?.kind).toBe('finding');
    expect(parsed.results[0]?.hits[0]?.snippet).toMatch(/«Nobody» «asked» \dM/);
    const text = await cli(['board', library, '--search', 'coercive']);
    expect(text.stdout).toContain('1 match in 1 review for "coercive"');
  });

  it('says how many reviews a search read, and refuses blank search words as the Boards area does', async () => {
    const result = await cli(['board', library, '--search', 'coercive', '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ reviews: 5 });
    const blank = await cli(['board', library, '--search', '   ']);
    expect(blank.code).toBe(2);
    expect(blank.stderr).toContain('Type something to search for');
  });

  it('refuses a library where nothing can be read, and needs at least one path', async () => {
    const empty = tempDir('cli-board-empty-');
    writeFileSync(join(empty, 'a.txt'), 'x');
    const refused = await cli(['board', empty]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('a.txt: not a Casewright review');
    expect((await cli(['board'])).code).toBe(2);
  });
});
