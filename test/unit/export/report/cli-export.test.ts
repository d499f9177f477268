/**
 * The exports end to end through the real CLI: a review file made and filled by other
 * commands, then each export written, read back and checked; and a publication refused.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import { createDispatcher } from '@api/dispatcher';
import { createAppContext } from '@core/app/app-context';
import { readDocxSegments } from '@core/anonymise';
import { readDocxStructure } from '@export/verify/ooxml-structure';
import { cliReview } from '@test/helpers/cli-review';
import { recordUnenteredCharacteristics } from '@test/helpers/unentered-characteristics';

async function review(): Promise<{ dir: string; home: string; file: string }> {
  const { dir, home, file, run } = await cliReview({ prefix: 'casewright-report-cli-' });
  await run([
    'person',
    'add',
    file,
    '--name',
    'Ruby Ashdown',
    '--pseudonym',
    'Child R',
    '--role',
    'subject child',
    '--dob',
    '2019-06-14',
  ]);
  await run([
    'person',
    'add',
    file,
    '--name',
    'Kerry Ashdown',
    '--pseudonym',
    'RM',
    '--role',
    'mother',
    '--alias',
    'Kez',
  ]);
  await run(['identifier', 'add', file, '14 Larkspur Close', '--kind', 'address']);
  // The CLI has no command for typing in a single entry: add it through the dispatcher, as the app does.
  const app = createAppContext({ home, templatesDir: join(process.cwd(), 'templates') });
  const dispatch = createDispatcher(app, () => undefined);
  const addedEntry = await dispatch({
    method: 'chronology.add',
    args: {
      date: '12 March 2021',
      agency: 'Westmoor Police',
      summary: 'Call-out to 14 Larkspur Close; Kez said the MARAC referral was dropped',
      significance: 'key',
    },
    reviewId: app.reviews.open(file).handle.id,
  } as never);
  if (!addedEntry.ok) throw new Error(addedEntry.error.message);
  const entry = (addedEntry.result as { id: number }).id;
  app.reviews.closeAll();
  await run([
    'finding',
    'add',
    file,
    '--title',
    'Information about Kez was not shared',
    '--body',
    'Kerry Ashdown told police twice.',
    '--evidence',
    String(entry),
    '--briefing',
  ]);
  // Everything else a publication needs, written from a script as a reviewer would.
  const terms = join(dir, 'terms.md');
  writeFileSync(terms, 'The review looks at how agencies shared what they knew.\n');
  await run([
    'review',
    'set',
    file,
    '--partnership',
    'Westmoor Safeguarding Children Partnership',
    '--author',
    'A. Reviewer',
    '--scope-start',
    '2019-06-01',
    '--scope-end',
    '2023-03-31',
    '--terms-file',
    terms,
  ]);
  const sections = JSON.parse((await run(['section', 'list', file, '--json'])).stdout) as {
    key: string;
    editable: boolean;
  }[];
  for (const section of sections.filter((s) => s.editable)) {
    const text = join(dir, `${section.key}.md`);
    writeFileSync(
      text,
      section.key === 'introduction'
        ? 'This review concerns Child R.\n'
        : `The reviewer's account for ${section.key}.\n`,
    );
    await run(['section', 'set', file, section.key, '--text-file', text]);
  }
  const opened = app.reviews.open(file);
  const call = async (method: string, args: unknown): Promise<unknown> => {
    const response = await dispatch({ method, args, reviewId: opened.handle.id } as never);
    expect(response.ok, JSON.stringify(response)).toBe(true);
    return response.ok ? response.result : undefined;
  };
  await call('recommendations.add', {
    text: 'Agencies should share domestic abuse call-outs with the health visitor.',
    ownerAgency: 'Westmoor Police',
    dueDate: '2027-03-31',
  });
  await call('chronology.addEpisode', {
    title: 'The March 2021 call-out',
    periodFrom: null,
    periodTo: null,
    analysis: 'The call-out was not shared.',
    entryIds: [entry],
  });
  await recordUnenteredCharacteristics(call);
  app.reviews.closeAll();
  return { dir, home, file };
}

const identifying = /Ruby|Ashdown|Kerry|\bKez\b|Larkspur/;

describe('casewright export --report / --briefing / --panel-draft', () => {
  it('writes an anonymised publication report, a watermarked draft, a bookmarked panel draft and both briefings', async () => {
    const { dir, home, file } = await review();
    const out = (name: string) => join(dir, 'out', name);
    const result = await runCli(
      [
        'export',
        file,
        '--report',
        out('report.docx'),
        '--briefing',
        out('briefing.docx'),
        '--panel-draft',
        out('panel.docx'),
      ],
      { home },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Wrote the publication report to .*report\.docx/);

    const published = readFileSync(out('report.docx'));
    const text = (await readDocxSegments(published)).map((s) => s.text).join('\n');
    expect(text).not.toMatch(identifying);
    expect(text).toContain('Information about RM was not shared');
    expect(text).toContain('Multi-Agency Risk Assessment Conference'); // glossary from the text
    const structure = await readDocxStructure(published);
    expect(structure.watermark).toBe(false);
    expect(structure.title).toBe('Child R: Local Child Safeguarding Practice Review');

    const panel = await readDocxStructure(readFileSync(out('panel.docx')));
    expect(panel.watermark).toBe(true);
    expect(panel.bookmarks.some((b) => /^cw_f_\d+$/.test(b))).toBe(true);
    expect(panel.bookmarks.some((b) => /^cw_p_f_\d+_1$/.test(b))).toBe(true);
    expect(panel.bookmarks.some((b) => /^cw_e_\d+$/.test(b))).toBe(true);

    const briefing = (await readDocxSegments(readFileSync(out('briefing.docx')))).map((s) => s.text).join('\n');
    expect(briefing).not.toMatch(identifying);

    const draft = await runCli(['export', file, '--report', out('draft.docx'), '--draft', '--template', 'dhr'], {
      home,
    });
    expect(draft.code, draft.stderr).toBe(0);
    const draftText = (await readDocxSegments(readFileSync(out('draft.docx')))).map((s) => s.text).join('\n');
    expect(draftText).toContain('Kerry Ashdown');
    expect(draftText).toContain('Domestic Homicide Review');
    expect((await readDocxStructure(readFileSync(out('draft.docx')))).watermark).toBe(true);

    const onePage = await runCli(['export', file, '--briefing', out('brief.docx'), '--one-page'], { home });
    expect(onePage.code, onePage.stderr).toBe(0);
  }, 240_000);

  it('refuses a publication whose template carries a real name, listing where, and writes nothing', async () => {
    const { dir, home, file } = await review();
    const templates = join(home, 'templates', 'reports');
    mkdirSync(templates, { recursive: true });
    const copy = JSON.parse(
      readFileSync(join(process.cwd(), 'templates', 'reports', 'lcspr-england.json'), 'utf8'),
    ) as { sections: { heading: string }[] };
    copy.sections[0]!.heading = "Kerry Ashdown's story";
    writeFileSync(join(templates, 'lcspr-england.json'), JSON.stringify(copy));
    const target = join(dir, 'refused.docx');
    const result = await runCli(['export', file, '--report', target], { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/leak check found/);
    expect(result.stderr).toMatch(/Kerry Ashdown/);
    expect(existsSync(target)).toBe(false);
  });

  it('explains a misplaced option', async () => {
    const { home, file } = await review();
    const result = await runCli(['export', file, '--draft'], { home });
    expect(result.code).toBe(2); // a usage error
    expect(result.stderr).toMatch(/--draft goes with --report/);
  });
});
