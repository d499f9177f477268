/**
 * The promise, end to end on the built-in sample: every publication output (report and
 * briefing, read back from the finished .docx) holds none of the family's real names, aliases,
 * dates of birth or registered identifiers, checked by plain text search — not by the matcher
 * under test — while the draft is left as written and carries the watermark.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../../../electron/core/app/app-context';
import { openSample } from '../../../../electron/core/review/lifecycle';
import { readDocxSegments } from '../../../../electron/core/anonymise';
import { loadAnonymisationRegister } from '../../../../electron/core/people/register';
import { exportBriefing, exportReport, type ExportEnv } from '../../../../electron/export/report/export-service';
import { tempDir } from '../../../helpers/review-file';

const forbidden = [
  'Ruby', 'Leo Ashdown', 'Kerry', 'Kez', 'Connor', 'Walsh', 'Dean Croft', 'Deano', 'Croft', 'Sandra', 'Ashdown',
  'Priya', 'Natt', 'Ellery', 'Ferris', 'Bains', 'Larkspur', 'WM4 7QT', 'WM47QT', '14/06/2019', '2019-06-14', '14 June 2019',
  '21/09/1994', '1994-09-21', 'Westmoor Primary',
];

let env: ExportEnv;
let dir: string;

beforeAll(() => {
  dir = tempDir();
  const app = createAppContext({ home: join(dir, 'home') });
  const session = openSample(app);
  env = { db: app.reviews.get(session.reviewId).db, places: { templatesDir: app.templatesDir, appHome: app.home }, today: '2024-01-15' };
});

async function textOf(path: string): Promise<string> {
  return (await readDocxSegments(readFileSync(path))).map((s) => s.text).join('\n');
}

describe('publication outputs of the sample review', () => {
  it('the register really holds the sample family', () => {
    expect(loadAnonymisationRegister(env.db).people.map((p) => p.pseudonym)).toContain('Child R');
  });

  it('the published report contains no real name, alias, date of birth or identifier', async () => {
    const path = join(dir, 'report.docx');
    await exportReport(env, path, { draft: false });
    const text = await textOf(path);
    expect(text).toContain('Child R');
    for (const word of forbidden) expect(text, word).not.toContain(word);
  });

  it('the briefing contains none of them either', async () => {
    const path = join(dir, 'briefing.docx');
    await exportBriefing(env, path, { onePage: false });
    const text = await textOf(path);
    for (const word of forbidden) expect(text, word).not.toContain(word);
  });

  it('the internal draft is not anonymised and is watermarked', async () => {
    const path = join(dir, 'draft.docx');
    await exportReport(env, path, { draft: true });
    const segments = await readDocxSegments(readFileSync(path));
    const all = segments.map((s) => s.text).join('\n');
    expect(all).toContain('Draft — contains identifying information');
    expect(segments.some((s) => s.part.startsWith('word/header') && s.text.includes('Draft'))).toBe(true);
    // Not anonymised: the sample's prose names the street, which every publication removes.
    expect(all).toContain('Larkspur');
  });
});
