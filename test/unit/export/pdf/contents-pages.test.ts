/**
 * The contents page of a PDF names the page each heading is really printed on. The Word file's
 * numbers are laid out as Word would; LibreOffice lays out differently (the timeline figure moves a
 * heading to the next page in the sample) and prints the numbers it is given, so the PDF export
 * reads the first PDF's bookmarks and prints the contents again with the true pages.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCharacteristicTemplates } from '@core/people/characteristic-templates';
import { findReportTemplate } from '@core/report/templates';
import { renderReportDocx } from '@export/docx/render';
import { pdfWithExactContents, readPdfOutline } from '@export/pdf/contents-pages';
import { buildReportModel } from '@export/report/builder';
import { draftText } from '@export/report/sources';
import { pdfText } from '@export/verify/libreoffice';
import { samplePeople, sampleSources } from '@test/fixtures/reports/sources';
import { tempDir } from '@test/helpers/review-file';

const templatesDir = join(process.cwd(), 'templates');

/** "Finding 2: Child R was seen…….9" → ["Finding 2: Child R was seen…", 9], heading numbers dropped. */
function contentsEntries(page: string): [string, number][] {
  return [...page.matchAll(/^\s*(?:\d+\.\s+)?(\S.*?)\s*\.{4,}\s*(\d+)\s*$/gm)].map((m) => [m[1]!.trim(), Number(m[2])]);
}

describe('PDF contents page numbers', () => {
  it('match the pages the headings are printed on', async () => {
    const template = findReportTemplate(templatesDir, tempDir(), 'lcspr-england').template;
    const characteristicTemplates = loadCharacteristicTemplates(join(templatesDir, 'characteristics'));
    const { model } = buildReportModel(template, sampleSources({ characteristicTemplates }), draftText(samplePeople), {
      draft: true,
      today: '2026-11-23',
    });
    const pdf = await pdfWithExactContents(await renderReportDocx(model), { timeoutMs: 280_000 });
    expect(readPdfOutline(pdf).length).toBeGreaterThan(10);
    const path = join(tempDir('cw-toc-'), 'report.pdf');
    writeFileSync(path, pdf);
    const pages = (await pdfText(path)).split('\f');
    const contentsIndex = pages.findIndex((p) => /^\s*Contents\s*$/m.test(p));
    expect(contentsIndex).toBeGreaterThan(0);
    const entries = contentsEntries(pages[contentsIndex]!);
    let checked = 0;
    for (const [title, page] of entries) {
      const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const heading = new RegExp(`^\\s*(?:\\d+\\.\\s+)?${escaped}\\s*$`, 'm');
      const printedOn = pages.findIndex((p, i) => i > contentsIndex && heading.test(p)) + 1;
      if (printedOn === 0) continue; // a heading that wraps onto two lines in the body
      expect(`${title}: page ${page}`).toBe(`${title}: page ${printedOn}`);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(12);
  }, 600_000);
});
