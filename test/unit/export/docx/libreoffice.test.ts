/**
 * Every kind of export must open in LibreOffice (convert to PDF) and read back right. Kept to
 * three conversions of modest size: CI has 90 minutes for everything.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBriefingTemplate, findReportTemplate } from '@core/report/templates';
import { buildBriefingModel } from '@export/briefing/builder';
import { renderReportDocx } from '@export/docx/render';
import { buildReportModel } from '@export/report/builder';
import { publicationText } from '@export/report/output-text';
import { draftText } from '@export/report/sources';
import { convertToPdf, pdfText } from '@export/verify/libreoffice';
import { manyEntries, samplePeople, sampleSources } from '@test/fixtures/reports/sources';
import { tempDir } from '@test/helpers/review-file';

const templatesDir = join(process.cwd(), 'templates');
const home = tempDir();
const register = {
  people: samplePeople,
  identifiers: [{ id: 1, text: '14 Larkspur Close', kind: 'address' as const }],
};
/** A LibreOffice conversion on a busy CI machine can take over a minute. */
const LIBREOFFICE_TIMEOUT = 240_000;
const identifying = /Ruby|Ashdown|Kerry|Kez\b|Dean Croft|Deano|Larkspur/;

async function pdfInfo(pdf: string): Promise<string> {
  return (await promisify(execFile)('pdfinfo', [pdf])).stdout;
}

/** Converts the Word file to PDF in a temp folder of its own; the PDF's path. */
async function toPdf(name: string, buffer: Buffer): Promise<string> {
  const dir = tempDir('cw-lo-');
  const path = join(dir, `${name}.docx`);
  writeFileSync(path, buffer);
  return convertToPdf(path, dir);
}

async function toPdfText(name: string, buffer: Buffer): Promise<string> {
  return pdfText(await toPdf(name, buffer));
}

/** A briefing of the sample review, anonymised for publication, as a Word file. */
async function publishedBriefing(templateId: 'one-page' | 'seven-minute'): Promise<Buffer> {
  const template = findBriefingTemplate(templatesDir, home, templateId).template;
  const { model } = buildBriefingModel(template, sampleSources(), publicationText(register), {
    today: '2026-11-23',
  });
  return renderReportDocx(model);
}

describe('LibreOffice opens every export', () => {
  it(
    'renders the publication report with sections, numbering, tables and a split 1,200-row appendix, and no identifying text',
    async () => {
      const template = findReportTemplate(templatesDir, home, 'lcspr-england').template;
      const sources = sampleSources({ entries: manyEntries(1200) });
      const { model } = buildReportModel(template, sources, publicationText(register), {
        draft: false,
        today: '2026-11-23',
        fullChronology: true,
      });
      const text = await toPdfText('report', await renderReportDocx(model));
      // The contents: its own heading, on its own page, each section with its page number.
      const pages = text.split('\f');
      const contents = pages.find((page) => /^\s*Contents\s*$/m.test(page));
      expect(contents).toBeDefined();
      expect(contents).toMatch(/Introduction and circumstances[ .]*\d+\s*$/m);
      expect(contents).toMatch(/Recommendations[ .]*\d+\s*$/m);
      expect(contents).not.toMatch(/This review concerns Child R/);
      // LibreOffice shows the numbers written in the file (Word rebuilds them): estimated by counting
      // lines, they are never more than a page from where LibreOffice prints the heading.
      let checked = 0;
      const contentsIndex = pages.indexOf(contents!);
      for (const m of contents!.matchAll(/^\s*(?:\d+\.\s+)?(\S.*?)[ .]{4,}(\d+)\s*$/gm)) {
        const escaped = m[1]!.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const heading = new RegExp(`^\\s*(?:\\d+\\.\\s+)?${escaped}\\s*$`, 'm');
        const printedOn = pages.findIndex((page, i) => i > contentsIndex && heading.test(page)) + 1;
        if (printedOn === 0) continue; // a heading that wraps onto two lines in the body
        expect(
          Math.abs(Number(m[2]) - printedOn),
          `${m[1]}: page ${m[2]}, printed on ${printedOn}`,
        ).toBeLessThanOrEqual(1);
        checked += 1;
      }
      expect(checked).toBeGreaterThanOrEqual(12);
      for (const section of template.sections) expect(text).toContain(section.heading.split(':')[0]);
      expect(text).toMatch(/^\s*\d+\.1\s+This review concerns Child R/m);
      expect(text).toMatch(/Date\s+Agency\s+Event or contact\s+Action or outcome\s+Significance/);
      expect(text).toMatch(/No\.\s+Recommendation\s+Findings\s+Owner\s+Due date\s+Status/);
      expect(text).toContain('Chronology 2019');
      expect(text).toMatch(/entries \d+–1200 of 1200/);
      expect(text).toMatch(/Page \d+ of \d+/);
      expect(text).not.toMatch(identifying);
    },
    LIBREOFFICE_TIMEOUT,
  );

  it(
    'renders the panel draft with the watermark text and real names',
    async () => {
      const template = findReportTemplate(templatesDir, home, 'dhr').template;
      const { model } = buildReportModel(template, sampleSources(), draftText(samplePeople), {
        draft: true,
        today: '2026-11-23',
      });
      const text = await toPdfText('draft', await renderReportDocx(model));
      expect(text).toContain('Draft — contains identifying information');
      expect(text).toContain('Dean Croft');
    },
    LIBREOFFICE_TIMEOUT,
  );

  it(
    'fits the one-page learning brief on one page',
    async () => {
      const text = await toPdfText('one-page', await publishedBriefing('one-page'));
      expect(text.split('\f').filter((page) => page.trim() !== '')).toHaveLength(1);
      expect(text).not.toMatch(identifying);
    },
    LIBREOFFICE_TIMEOUT,
  );

  it(
    'fits the 7-minute briefing on two landscape A4 pages (the graphic, then the action plan), anonymised',
    async () => {
      const pdf = await toPdf('briefing', await publishedBriefing('seven-minute'));
      const info = await pdfInfo(pdf);
      expect(info).toMatch(/^Pages:\s+2$/m);
      expect(info).toMatch(/^Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/m);
      const text = await pdfText(pdf);
      const [graphic, plan] = text.split('\f');
      expect(graphic).toContain('Why it matters');
      expect(graphic).toContain('Things to reflect on');
      expect(plan).toContain('Action plan');
      expect(text).toContain('Who in your team would have noticed?');
      expect(text).not.toMatch(identifying);
    },
    LIBREOFFICE_TIMEOUT,
  );
});
