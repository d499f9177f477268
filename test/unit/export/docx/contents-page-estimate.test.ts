/**
 * The contents' page numbers written into the .docx (what a program that does not update fields
 * shows; Word rebuilds them and PDFs get exact ones). They are estimated by counting lines, so
 * these tests check what a reader would notice: headings on the right page when text, page
 * breaks, keep-with-next and a long appendix move them. LibreOffice's agreement on a whole
 * report is checked in libreoffice.test.ts.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderReportDocx } from '@export/docx/render';
import { paginate, type PageBlock } from '@export/docx/page-estimate';
import { heading, paragraph, type ReportBlock, type ReportModel } from '@export/report/model';
import { fictionalChronology, sampleReportModel } from '@test/fixtures/reports/sample-model';

async function contentsPages(model: ReportModel): Promise<Map<string, number>> {
  const xml = await (await JSZip.loadAsync(await renderReportDocx(model))).file('word/document.xml')!.async('string');
  const pages = new Map<string, number>();
  const entry =
    /PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">(\d*)<\/w:t>/g;
  for (const m of xml.matchAll(entry)) {
    const words = xml
      .slice(xml.lastIndexOf('<w:hyperlink', m.index), m.index)
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\d+\. /, '');
    pages.set(words, Number(m[1]));
  }
  return pages;
}

const withBlocks = (blocks: readonly ReportBlock[]): ReportModel => ({ ...sampleReportModel(), blocks });
/** About 60 words: four or five lines of body text. */
const LONG =
  'The health visitor recorded that the child was quiet during the visit and that the mother said the family had ' +
  'moved twice in the year; the record does not say whether anyone asked the child about home, school or the ' +
  'arguments the neighbours had reported to the police in the spring.';

describe('contents page numbers in the Word file', () => {
  it('number each heading with the page it falls on: title page, contents, then the body', async () => {
    const pages = await contentsPages(
      withBlocks([
        heading(1, 'Introduction'),
        paragraph('A short opening.'),
        heading(1, 'Scope'),
        // About six pages of text.
        ...Array.from({ length: 90 }, () => paragraph(LONG)),
        heading(1, 'Findings'),
      ]),
    );
    expect(pages.get('Introduction')).toBe(3);
    expect(pages.get('Scope')).toBe(3);
    const findings = pages.get('Findings')!;
    expect(findings).toBeGreaterThanOrEqual(8);
    expect(findings).toBeLessThanOrEqual(11);
  });

  it('start the heading after a page break on the next page', async () => {
    const pages = await contentsPages(
      withBlocks([
        heading(1, 'Introduction'),
        paragraph('A short opening.'),
        { kind: 'page-break' },
        heading(1, 'Appendix A: glossary'),
      ]),
    );
    expect(pages.get('Introduction')).toBe(3);
    expect(pages.get('Appendix A: glossary')).toBe(4);
  });

  it('count the pages of a long chronology appendix for the headings after it', async () => {
    const pages = await contentsPages(
      withBlocks([
        heading(1, 'Appendix B: chronology'),
        { kind: 'chronology', rows: fictionalChronology(2_000) },
        heading(1, 'Appendix C: sources'),
      ]),
    );
    expect(pages.get('Appendix B: chronology')).toBe(3);
    // LibreOffice prints the heading after these 2,000 rows on page 85.
    const after = pages.get('Appendix C: sources')!;
    expect(after).toBeGreaterThanOrEqual(80);
    expect(after).toBeLessThanOrEqual(90);
  });
});

describe('laying out the estimate', () => {
  const line = 276;
  const text = (lines: number, more: Partial<Extract<PageBlock, { kind: 'paragraph' }>> = {}): PageBlock => ({
    kind: 'paragraph',
    before: 0,
    after: 0,
    lines: Array.from({ length: lines }, () => line),
    keepNext: false,
    keepLines: false,
    bookmarks: [],
    ...more,
  });

  it('moves a heading with no room below it for two lines of its text to the next page', () => {
    const page = line * 50;
    const estimate = paginate(
      [text(49), text(1, { keepNext: true, keepLines: true, bookmarks: ['heading'] }), text(10)],
      page,
    );
    expect(estimate.bookmarks.get('heading')).toBe(2);
  });

  it('repeats a table’s header row on each page it runs onto', () => {
    const page = line * 10;
    const row = { height: line, cantSplit: true, bookmarks: [] };
    const estimate = paginate(
      [
        { kind: 'table', header: [row], rows: Array.from({ length: 18 }, () => row) },
        text(1, { bookmarks: ['after'] }),
      ],
      page,
    );
    // 9 rows under the header on the first page, 9 under the repeated header on the second,
    // so the paragraph after the table starts the third.
    expect(estimate.bookmarks.get('after')).toBe(3);
  });
});
