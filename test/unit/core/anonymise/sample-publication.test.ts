/**
 * The promise, end to end on the built-in sample: every publication output (report and
 * briefing, read back from the finished .docx) holds none of the family's real names, aliases,
 * dates of birth or registered identifiers, checked by plain text search — not by the matcher
 * under test — while the draft is left as written and carries the watermark.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '@core/app/app-context';
import { openSample } from '@core/review/open-sample';
import { readDocxSegments } from '@core/anonymise';
import { loadAnonymisationRegister } from '@core/people/register';
import { exportBriefing, exportReport, type ExportEnv } from '@export/report/export-service';
import { createDispatcher } from '@api/dispatcher';
import type { PublicationCheckResult } from '@shared/domain/report';
import { richTextFromParagraphs } from '@shared/lexical/types';
import { tempDir } from '@test/helpers/review-file';
import { recordUnenteredCharacteristics } from '@test/helpers/unentered-characteristics';

const forbidden = [
  'Ruby',
  'Leo Ashdown',
  'Kerry',
  'Kez',
  'Connor',
  'Walsh',
  'Dean Croft',
  'Deano',
  'Croft',
  'Sandra',
  'Ashdown',
  'Priya',
  'Natt',
  'Ellery',
  'Ferris',
  'Bains',
  'Larkspur',
  'WM4 7QT',
  'WM47QT',
  '14/06/2019',
  '2019-06-14',
  '14 June 2019',
  '21/09/1994',
  '1994-09-21',
  'Westmoor Primary',
];

let env: ExportEnv;
let dir: string;

/**
 * The sample is a review in progress, so a publication export is refused until it is finished.
 * Finish it the way a reviewer would, from the readiness list (with text that names nobody), so the
 * published outputs can be read back.
 */
async function finishSample(call: (method: string, args: unknown) => Promise<unknown>): Promise<void> {
  const problems = ((await call('report.check', {})) as PublicationCheckResult).readiness;
  const firstEntry = ((await call('chronology.list', { limit: 1 })) as { rows: { id: number }[] }).rows[0]!.id;
  for (const { place, problem } of problems) {
    if (place.area === 'report-section') {
      await call('report.updateSectionText', {
        key: place.key,
        body: richTextFromParagraphs(['The panel agreed this section at its final meeting.']),
      });
    } else if (place.area === 'finding' && /placeholder|no analysis/.test(problem)) {
      await call('findings.update', {
        id: place.findingId,
        changes: {
          body: richTextFromParagraphs([
            'Supervision accepted the closure without testing it against the other agencies’ records.',
          ]),
        },
      });
    } else if (place.area === 'finding' && /evidence/.test(problem)) {
      await call('findings.addEvidence', { findingId: place.findingId, kind: 'entry', targetId: firstEntry });
    } else if (place.area === 'people' && place.tab === 'completeness') {
      await recordUnenteredCharacteristics(call);
    } else if (place.area === 'recommendations' && place.recommendationId !== undefined) {
      await call('recommendations.update', {
        id: place.recommendationId,
        changes: /owning agency/.test(problem)
          ? { ownerAgency: 'Westmoor Children’s Services' }
          : { dueDate: '2024-09-30' },
      });
    } else {
      throw new Error(`The sample has a readiness problem this test does not finish: ${problem}`);
    }
  }
}

beforeAll(async () => {
  dir = tempDir();
  const app = createAppContext({ home: join(dir, 'home') });
  const session = openSample(app);
  const dispatch = createDispatcher(app, () => undefined);
  await finishSample(async (method, args) => {
    const response = await dispatch({ method, args, reviewId: session.reviewId } as never);
    if (!response.ok) throw new Error(`${method}: ${response.error.message}`);
    return response.result;
  });
  env = {
    db: app.reviews.get(session.reviewId).db,
    places: { templatesDir: app.templatesDir, appHome: app.home },
    today: '2024-01-15',
  };
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
