import { Packer } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderReportDocx } from '@export/docx/render';
import { normaliseIds } from '@export/verify/normalise';
import { readDocxParagraphs, readDocxStructure } from '@export/verify/ooxml-structure';
import { sampleReportModel } from '@test/fixtures/reports/sample-model';

const fixed = { createdAt: new Date('2026-01-02T03:04:05Z') };

/** Bookmark ids come from a counter that runs on across the documents of one process. */
const withoutBookmarkIds = (xml: string): string => xml.replace(/(<w:bookmark(?:Start|End)\b[^>]*?w:id=")\d+/g, '$1#');

/** Every part of a package in its order, XML with the ids docx draws at random or from counters made stable. */
async function normalisedParts(buffer: Buffer): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(buffer);
  const parts: [string, string][] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    parts.push([
      name,
      /\.(xml|rels)$/.test(name)
        ? withoutBookmarkIds(normaliseIds(await file.async('string')))
        : await file.async('base64'),
    ]);
  }
  return parts;
}

describe('renderReportDocx', () => {
  it('writes the accessibility structure Word and screen readers need', async () => {
    const buffer = await renderReportDocx(sampleReportModel({ chronologyRows: 40 }), fixed);
    const s = await readDocxStructure(buffer);
    expect(s.title).toBe('Child R: Local Child Safeguarding Practice Review');
    expect(s.coreLanguage).toBe('en-GB');
    expect(s.styleLanguage).toBe('en-GB');
    expect(s.hasTocField).toBe(true);
    // The contents is a real TOC field with page numbers written in; Word rebuilds it on opening.
    expect(s.updateFieldsOnOpen).toBe(true);
    // Headings never skip a level: each is at most one deeper than the one before.
    s.headingLevels.forEach((level, i) =>
      expect(level - (i === 0 ? 0 : s.headingLevels[i - 1]!)).toBeLessThanOrEqual(1),
    );
    expect(s.headingLevels[0]).toBe(1);
    expect([...s.stylesUsed]).toEqual(
      expect.arrayContaining(['Title', 'Heading1', 'Heading2', 'Caption', 'TableText', 'TableHeading', 'Quote']),
    );
    expect(s.tables).toBeGreaterThanOrEqual(3);
    expect(s.tablesWithHeaderRow).toBe(s.tables);
    // An explicit "auto" line rule: LibreOffice reads a bare w:line as an exact height and squeezes images.
    const styles = await (
      await (await import('jszip')).default.loadAsync(await renderReportDocx(sampleReportModel(), fixed))
    )
      .file('word/styles.xml')!
      .async('string');
    expect(/<w:docDefaults>[\s\S]*<w:spacing [^>]*w:lineRule="auto"/.test(styles)).toBe(true);
  });

  it('numbers paragraphs under their section and bookmarks them for cross-references and panel comments', async () => {
    const buffer = await renderReportDocx(sampleReportModel({ chronologyRows: 3 }), fixed);
    const s = await readDocxStructure(buffer);
    expect(s.bookmarks).toEqual(
      expect.arrayContaining([
        'cw_p_s_introduction_1',
        'cw_p_s_introduction_2',
        'cw_f_f1',
        'cw_p_f_f1_1',
        'cw_e_e1',
        'cw_e_e3',
      ]),
    );
    expect(s.numberedParagraphs).toBeGreaterThanOrEqual(7);
    const paragraphs = await readDocxParagraphs(buffer);
    expect(paragraphs.some((p) => p.includes('see paragraph 1.1.'))).toBe(true); // the REF field's cached result
    const xml = (await (await import('jszip')).default.loadAsync(buffer)).file('word/document.xml')!;
    expect(await xml.async('string')).toMatch(/w:instr="REF cw_p_s_introduction_1 \\r \\h"/);
  });

  it('marks drafts on every page and leaves publication versions unmarked', async () => {
    const draft = await readDocxStructure(await renderReportDocx(sampleReportModel({ draft: true }), fixed));
    expect(draft.watermark).toBe(true);
    expect(draft.headerTexts.every((t) => t.includes('Draft'))).toBe(true);
    const published = await readDocxStructure(await renderReportDocx(sampleReportModel({ draft: false }), fixed));
    expect(published.watermark).toBe(false);
    expect(published.headerTexts.join(' ')).not.toMatch(/Draft/);
  });

  it('strips XML-illegal control characters instead of writing a file Word calls corrupt', async () => {
    const buffer = await renderReportDocx(sampleReportModel({ draft: true }), fixed);
    const paragraphs = await readDocxParagraphs(buffer);
    const note = paragraphs.find((p) => p.includes('Draft note'));
    expect(note).toContain('Ruby Ashdown lived');
    // eslint-disable-next-line no-control-regex -- asserting their absence
    expect(paragraphs.join('')).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('gives every image alt text', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAAhBQEBHxT+cAAAAABJRU5ErkJggg==',
      'base64',
    );
    const base = sampleReportModel();
    const model = {
      ...base,
      blocks: [
        ...base.blocks,
        {
          kind: 'figure' as const,
          png,
          widthPx: 2,
          heightPx: 2,
          altText: 'Two by two test image',
          caption: 'Figure 1: test',
        },
      ],
    };
    const s = await readDocxStructure(await renderReportDocx(model, fixed));
    expect(s.images).toBe(1);
    expect(s.imagesWithAltText).toBe(1);
  });

  it('writes a 20,000-row appendix as tables of at most 500 rows, each with a repeated header row and every entry bookmarked', async () => {
    const buffer = await renderReportDocx(sampleReportModel({ chronologyRows: 20_000 }), fixed);
    const s = await readDocxStructure(buffer);
    const appendixTables = s.tables - 3; // family, glossary and the body table of the sample
    expect(appendixTables).toBeGreaterThanOrEqual(40);
    expect(s.tablesWithHeaderRow).toBe(s.tables);
    expect(s.bookmarks.filter((b) => b.startsWith('cw_e_'))).toHaveLength(20_000);
    expect(buffer.length).toBeLessThan(2_000_000);
  });

  it('writes the same file when the docx library does not hand over its parts unzipped (it zips them, they are read back)', async () => {
    const model = sampleReportModel({ chronologyRows: 40 });
    const direct = await renderReportDocx(model, fixed);
    // The parts are taken from Packer's compiler, which is not public API. A compiler that gives them in another
    // form (as another version of docx might) is not used: the packed file is read back instead.
    type Compile = (...args: unknown[]) => Iterable<unknown>;
    const owner = Packer as unknown as { compiler: { compile: Compile } };
    const compiler = owner.compiler;
    owner.compiler = { compile: (...args) => [...compiler.compile(...args)] };
    try {
      expect(await normalisedParts(await renderReportDocx(model, fixed))).toEqual(await normalisedParts(direct));
    } finally {
      owner.compiler = compiler;
    }
  });
});
