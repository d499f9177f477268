import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { richTextFromParagraphs } from '../../../../electron/shared/lexical/types';
import { addFinding } from '../../../../electron/core/findings/findings';
import { addEvidence } from '../../../../electron/core/findings/evidence';
import { listAnnotations } from '../../../../electron/core/annotations/annotations';
import { exportPanelDraft } from '../../../../electron/export/report/export-service';
import { importWordComments } from '../../../../electron/import/word-comments/import';
import { addCommentsToDocx } from '../../../fixtures/word-comments/add-comments';
import { openFixtureReview, type Fixture } from '../../core/findings/review-fixture';

const templatesDir = fileURLToPath(new URL('../../../../templates/', import.meta.url));
let fixture: Fixture | undefined;
afterEach(() => fixture?.review.close());

describe('panel draft round trip', () => {
  it('traces comments on the exported draft back to the finding and paragraph they were made on', async () => {
    fixture = openFixtureReview();
    const { review, dir, entryIds } = fixture;
    const finding = review.write('add', (db) => {
      db.prepare(`INSERT INTO review (id, title, kind, created_at, updated_at) VALUES (1, 'Child R', 'lcspr', ?, ?)`).run('2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
      const f = addFinding(db, {
        title: 'Each agency saw one incident',
        body: richTextFromParagraphs(['Agencies responded to each call-out on its own.', 'Nobody put the call-outs together.']),
      });
      addEvidence(db, f.id, { kind: 'entry', targetId: entryIds[0]! });
      return f;
    });
    const path = join(dir, 'panel-draft.docx');
    await exportPanelDraft({ db: review.db, places: { templatesDir, appHome: join(dir, 'home') }, today: '2026-02-01' }, path);

    const returned = await addCommentsToDocx(readFileSync(path), [
      { bookmark: `cw_f_${finding.id}`, author: 'Dana Price', date: '2026-02-03T09:00:00Z', text: 'Police linked two of these.' },
      { bookmark: `cw_p_f_${finding.id}_2`, author: 'Jo Hart', date: '2026-02-03T10:00:00Z', text: 'Over what period?' },
    ]);
    const report = await importWordComments(review, returned, { fileName: 'panel-draft-returned.docx' });
    expect(report).toMatchObject({ comments: 2, added: 2, placedByAnchor: 2, unplaced: [] });
    const threads = listAnnotations(review.db);
    expect(threads.find((a) => a.text === 'Police linked two of these.')?.target).toMatchObject({ kind: 'finding', findingId: finding.id });
    expect(threads.find((a) => a.text === 'Over what period?')).toMatchObject({
      quotedText: 'Nobody put the call-outs together.',
      target: { kind: 'paragraph', findingId: finding.id, paragraph: 2 },
    });
  });
});
