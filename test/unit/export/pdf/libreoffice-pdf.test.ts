/** Tagged PDF through LibreOffice, and a plain message when LibreOffice is missing. */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderReportDocx } from '@export/docx/render';
import { docxToTaggedPdf, findLibreOffice, LIBREOFFICE_MISSING } from '@export/pdf/libreoffice-pdf';
import { sampleReportModel } from '@test/fixtures/reports/sample-model';
import { tempDir } from '@test/helpers/review-file';

describe('PDF export', () => {
  it('says plainly that LibreOffice is needed when it is not installed', async () => {
    expect(findLibreOffice({ PATH: tempDir('cw-empty-path-') })).toBeNull();
    await expect(docxToTaggedPdf(Buffer.from('not used'), { soffice: null })).rejects.toMatchObject({
      code: 'refused',
      message: LIBREOFFICE_MISSING,
    });
  });

  it('makes a tagged PDF with the document title, headings as bookmarks, and the contents page numbers', async () => {
    const docx = await renderReportDocx(sampleReportModel({ draft: false, chronologyRows: 4 }));
    const pdf = await docxToTaggedPdf(docx);
    const path = join(tempDir('cw-pdf-test-'), 'report.pdf');
    writeFileSync(path, pdf);
    const run = promisify(execFile);
    const info = (await run('pdfinfo', [path])).stdout;
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+\S/m);
    const text = (await run('pdftotext', ['-layout', path, '-'])).stdout;
    expect(text).toMatch(/^\s*Contents\s*$/m);
    expect(text).toMatch(/\.{3,}\s*\d+\s*$/m);
  }, 240_000);
});
