import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { richTextFromParagraphs } from '@shared/lexical/types';
import { addFinding } from '@core/findings/findings';
import { listAnnotations } from '@core/annotations/annotations';
import { importWordComments } from '@import/word-comments/import';
import { tempDir } from '@test/helpers/review-file';
import { reviewWithChronology } from '@test/helpers/review';

/** An OpenDocument text with comments around Casewright bookmarks, as a panel member using LibreOffice returns it. */
function flatOdt(findingId: number): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
  office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:body><office:text>
  <text:p><text:bookmark-start text:name="cw_f_${findingId}"/>Finding 1: <office:annotation office:name="a1"><dc:creator>Dana Price</dc:creator><dc:date>2026-02-03T09:00:00</dc:date><text:p>Police linked two of these.</text:p></office:annotation>Each agency saw one incident<office:annotation-end office:name="a1"/><text:bookmark-end text:name="cw_f_${findingId}"/></text:p>
  <text:p><text:bookmark-start text:name="cw_p_f_${findingId}_2"/>Nobody put the <office:annotation office:name="a2" loext:resolved="true"><dc:creator>Jo Hart</dc:creator><dc:date>2026-02-03T10:00:00</dc:date><text:p>Check the years.</text:p></office:annotation>call-outs together<office:annotation-end office:name="a2"/> across three years.<text:bookmark-end text:name="cw_p_f_${findingId}_2"/></text:p>
  <text:p>A paragraph the panel added, <office:annotation office:name="a3"><dc:creator>Sam Okafor</dc:creator><dc:date>2026-02-05T12:00:00</dc:date><text:p>Is this ours?</text:p></office:annotation>with no bookmark<office:annotation-end office:name="a3"/>.</text:p>
 </office:text></office:body>
</office:document>`;
}

describe('comments in a .docx written by LibreOffice', () => {
  it('imports the comments, anchors and resolved state of a LibreOffice-converted document', async () => {
    const fixture = reviewWithChronology({ entries: [] });
    const { review } = fixture;
    const finding = review.write('add', (db) =>
      addFinding(db, {
        title: 'Each agency saw one incident',
        body: richTextFromParagraphs([
          'Agencies responded to each call-out alone.',
          'Nobody put the call-outs together across three years.',
        ]),
      }),
    );
    const dir = tempDir('casewright-lo-');
    writeFileSync(join(dir, 'returned.fodt'), flatOdt(finding.id));
    // A private profile: LibreOffice refuses to start while another process holds the default one.
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'docx',
        '--outdir',
        dir,
        join(dir, 'returned.fodt'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const bytes = readFileSync(join(dir, 'returned.docx'));

    const report = await importWordComments(review, bytes, {
      fileName: 'returned.docx',
      authorAgency: 'Westmoor Police',
    });
    expect(report).toMatchObject({ comments: 3, added: 3, placedByAnchor: 2 });
    expect(report.unplaced.map((u) => u.text)).toEqual(['Is this ours?']);
    const threads = listAnnotations(review.db);
    const byText = (text: string) => threads.find((a) => a.text === text);
    expect(byText('Police linked two of these.')).toMatchObject({
      authorName: 'Dana Price',
      status: 'open',
      target: { kind: 'finding', findingId: finding.id },
    });
    expect(byText('Check the years.')).toMatchObject({
      status: 'resolved',
      quotedText: 'call-outs together',
      target: { kind: 'paragraph', paragraph: 2 },
    });
    expect((await importWordComments(review, bytes, { fileName: 'returned.docx' })).added).toBe(0);
  }, 150_000);
});
