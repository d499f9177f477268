import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderReportDocx } from '@export/docx/render';
import { outlineDocumentXml } from '@export/verify/normalise';
import { sampleReportModel } from '@test/fixtures/reports/sample-model';

const golden = (name: string): string => new URL(`../../../fixtures/reports/golden/${name}`, import.meta.url).pathname;

async function outline(draft: boolean): Promise<string> {
  const buffer = await renderReportDocx(sampleReportModel({ draft, chronologyRows: 8 }), {
    createdAt: new Date('2026-01-02T03:04:05Z'),
  });
  const zip = await JSZip.loadAsync(buffer);
  return outlineDocumentXml(await zip.file('word/document.xml')!.async('string'));
}

/** Set UPDATE_GOLDEN=1 to rewrite the golden files after an intended change, then review the diff. */
describe('golden document structure', () => {
  for (const draft of [false, true]) {
    const file = golden(`sample-report${draft ? '-draft' : ''}.outline.txt`);
    it(`keeps the ${draft ? 'draft' : 'publication'} document.xml structure stable`, async () => {
      const actual = await outline(draft);
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, actual);
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }

  it('is identical across two renders in one process (no counters leak between documents)', async () => {
    expect(await outline(true)).toBe(await outline(true));
  });
});
