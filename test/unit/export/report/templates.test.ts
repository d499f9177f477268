import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findReportTemplate,
  loadBriefingTemplates,
  loadReportTemplates,
  userTemplateDir,
} from '@core/report/templates';
import { CasewrightError } from '@shared/errors';
import { tempDir } from '@test/helpers/review-file';

const templatesDir = join(process.cwd(), 'templates');

describe('report and briefing templates', () => {
  it('ships valid England, Wales and DHR report templates and both briefing templates', () => {
    const home = tempDir();
    expect(
      loadReportTemplates(templatesDir, home)
        .map((l) => l.template.id)
        .sort(),
    ).toEqual(['cpr-wales', 'dhr', 'dhr-executive-summary', 'lcspr-england', 'susr-wales']);
    expect(
      loadBriefingTemplates(templatesDir, home)
        .map((l) => l.template.id)
        .sort(),
    ).toEqual(['one-page', 'seven-minute']);
    const dhr = findReportTemplate(templatesDir, home, 'dhr').template;
    expect(dhr.sections.some((s) => s.blocks.includes('equality-analysis'))).toBe(true);
  });

  it("lets a partnership's copy in the app home replace a built-in template", () => {
    const home = tempDir();
    const dir = userTemplateDir(home, 'reports');
    mkdirSync(dir, { recursive: true });
    const copy = JSON.parse(readFileSync(join(templatesDir, 'reports', 'lcspr-england.json'), 'utf8')) as {
      title: string;
      style: { bodyFont: string };
    };
    copy.title = 'Westmoor LCSPR';
    copy.style.bodyFont = 'Verdana';
    writeFileSync(join(dir, 'westmoor.json'), JSON.stringify(copy));
    const loaded = findReportTemplate(templatesDir, home, 'lcspr-england');
    expect(loaded.origin).toBe('user');
    expect(loaded.template.style.bodyFont).toBe('Verdana');
  });

  it('refuses an invalid template with an error naming the file and the field', () => {
    const home = tempDir();
    const dir = userTemplateDir(home, 'reports');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(templatesDir, 'reports', 'dhr.json'), join(dir, 'broken.json'));
    const broken = JSON.parse(readFileSync(join(dir, 'broken.json'), 'utf8')) as { sections: { blocks: string[] }[] };
    broken.sections[0]!.blocks = ['family-portrait'];
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
    try {
      loadReportTemplates(templatesDir, home);
      expect.unreachable('an invalid template must not load');
    } catch (error) {
      expect(error).toBeInstanceOf(CasewrightError);
      const e = error as CasewrightError;
      expect(e.code).toBe('validation');
      expect(e.message).toContain(join(dir, 'broken.json'));
      expect(e.details?.problems?.[0]).toMatchObject({ file: join(dir, 'broken.json'), field: 'sections.0.blocks.0' });
    }
  });

  it('refuses a template that is not JSON, naming the file', () => {
    const home = tempDir();
    const dir = userTemplateDir(home, 'briefings');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'bad.json'), '{ "id": ');
    expect(() => loadBriefingTemplates(templatesDir, home)).toThrow(/bad\.json is not valid JSON/);
  });
});
