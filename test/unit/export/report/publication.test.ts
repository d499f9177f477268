import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMatcher } from '@core/anonymise';
import { findReportTemplate } from '@core/report/templates';
import { renderReportDocx } from '@export/docx/render';
import { assertPublishable, checkPublication } from '@export/publication-check';
import { buildReportModel } from '@export/report/builder';
import { publicationText } from '@export/report/output-text';
import { draftText } from '@export/report/sources';
import { CasewrightError } from '@shared/errors';
import { samplePeople, sampleSources } from '@test/fixtures/reports/sources';
import { tempDir } from '@test/helpers/review-file';

const template = findReportTemplate(join(process.cwd(), 'templates'), tempDir(), 'lcspr-england').template;
const register = {
  people: samplePeople,
  identifiers: [{ id: 1, text: '14 Larkspur Close', kind: 'address' as const }],
};
const matcher = buildMatcher(register);

async function check(draftTextMode: boolean) {
  return checkPublication({
    register,
    matcher,
    build: async () => {
      const text = draftTextMode ? draftText(samplePeople) : publicationText(register);
      const built = buildReportModel(template, sampleSources(), text, {
        draft: false,
        today: '2026-11-23',
        fullChronology: true,
      });
      return { buffer: await renderReportDocx(built.model), imageText: built.imageText, omitted: built.omitted };
    },
  });
}

describe('publication check', () => {
  it('passes an anonymised report read back from the finished .docx', async () => {
    const { result } = await check(false);
    expect(result.leaks).toEqual([]);
    expect(result.ok).toBe(true);
    expect(() => assertPublishable({ ...result, readiness: [] }, 'report')).not.toThrow();
  });

  it('refuses a report with identifying text, listing each leak with where it stands', async () => {
    const { result } = await check(true);
    expect(result.ok).toBe(false);
    const matched = result.leaks.map((l) => l.matched);
    expect(matched).toEqual(expect.arrayContaining(['Ruby Ashdown', 'Dean Croft', '14 Larkspur Close']));
    // The chronology row is located by its entry, and image text is checked too.
    expect(result.leaks.some((l) => /entry|Figure text/i.test(l.location))).toBe(true);
    try {
      assertPublishable({ ...result, readiness: [] }, 'report');
      expect.unreachable('leaks must refuse the export');
    } catch (error) {
      expect(error).toBeInstanceOf(CasewrightError);
      expect((error as CasewrightError).code).toBe('refused');
      expect((error as CasewrightError).message).toMatch(/Ruby Ashdown/);
      expect((error as CasewrightError).details?.problems?.length).toBe(result.leaks.length);
    }
  });
});
