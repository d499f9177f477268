/**
 * ReportModel → .docx bytes.
 *
 * The docx library writes everything except the chronology appendix; the appendix tables are
 * written as raw XML and spliced into document.xml afterwards (see chronology-xml.ts). Fixed
 * `createdAt` and `bookmarkIdStart` make output byte-stable for golden tests.
 */
import {
  Document,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import JSZip from 'jszip';
import { CasewrightError } from '../../shared/errors';
import type { ReportModel } from '../report/model';
import { blockToDocx, LANDSCAPE_TEXT_WIDTH_TWIPS, type BlockContext } from './blocks';
import { chronologyTableXml, ENTRY_BOOKMARK_ID_BASE } from './chronology-xml';
import { buildFooters, buildHeaders } from './page-furniture';
import { buildNumbering, buildStyles } from './styles';
import { titlePageChildren } from './title-page';
import { writeZip, type ZipEntry } from './zip-writer';
import { stripIllegalXmlChars } from './xml-text';

export interface RenderOptions {
  /** Written into the core properties; tests pass a fixed date. */
  readonly createdAt?: Date;
  readonly author?: string;
  /**
   * Lay out the pages to write the contents' page numbers (default on). The leak check's
   * in-memory build turns it off: it reads the words, not the page numbers, and the layout is
   * the slowest part of a render.
   */
  readonly pageNumbers?: boolean;
}

export function buildDocument(model: ReportModel, ctx: BlockContext, options: RenderOptions = {}): Document {
  const children: FileChild[] = [];
  if (model.titlePage !== undefined) children.push(...titlePageChildren(model.titlePage));
  if (model.tableOfContents) {
    // "Contents" on a page of its own; the body starts on the next page.
    children.push(
      new Paragraph({ style: 'TOCHeading', children: [new TextRun('Contents')] }),
      new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3' }),
      new Paragraph({ children: [new PageBreak()] }),
    );
  }
  for (const block of model.blocks) children.push(...blockToDocx(block, ctx));
  return new Document({
    title: stripIllegalXmlChars(model.title),
    subject: stripIllegalXmlChars(model.subject),
    creator: stripIllegalXmlChars(options.author ?? 'Casewright'),
    lastModifiedBy: 'Casewright',
    description: model.draft ? stripIllegalXmlChars(model.watermarkText) : 'Publication version',
    // The contents is a real Word TOC field. Its page numbers are laid out here as Word would and
    // written with it, so the contents is never blank; `updateFields` then has Word rebuild the
    // contents from its own layout when the file is opened (Word asks first). LibreOffice prints
    // the written numbers as they are, so PDFs get exact ones from a second pass (pdf/contents-pages).
    // `guess` lays out past what the estimator cannot measure exactly (e.g. figures) rather than
    // leaving numbers blank.
    ...(model.tableOfContents && options.pageNumbers !== false
      ? { pageNumbers: estimatePageNumbersWith({ guess: true }) }
      : {}),
    ...(model.tableOfContents ? { features: { updateFields: true } } : {}),
    styles: buildStyles(model.style, model.language),
    numbering: buildNumbering(model.style),
    sections: [
      {
        properties: {
          titlePage: model.titlePage !== undefined,
          page:
            model.orientation === 'landscape'
              ? // A4 landscape with 2 cm margins: room for the briefing graphic on one page.
                {
                  size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE },
                  margin: { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 },
                }
              : {
                  size: { width: 11906, height: 16838 },
                  margin: { top: 1440, bottom: 1440, left: 1440, right: 1440, header: 708, footer: 708 },
                },
        },
        headers: buildHeaders(model),
        footers: buildFooters(model),
        children,
      },
    ],
  });
}

/**
 * document.xml in pieces: the packed XML up to each marker paragraph, then that marker's raw table
 * XML, written only when the zip writer asks for it (one table at a time, no 20 MB string).
 */
function* spliceRawTables(documentXml: string, ctx: BlockContext, model: ReportModel): Generator<string> {
  let cursor = 0;
  const bookmarkId = { next: ENTRY_BOOKMARK_ID_BASE };
  for (const raw of ctx.rawTables) {
    const at = documentXml.indexOf(raw.marker, cursor);
    if (at < 0) throw new CasewrightError('internal', `Chronology table marker ${raw.marker} was not written`);
    const start = Math.max(documentXml.lastIndexOf('<w:p>', at), documentXml.lastIndexOf('<w:p ', at));
    const end = documentXml.indexOf('</w:p>', at) + '</w:p>'.length;
    yield documentXml.slice(cursor, start);
    yield chronologyTableXml(raw.chunk, model.style, raw.caption, bookmarkId);
    cursor = end;
  }
  yield documentXml.slice(cursor);
}

const CONTENTS_NUMBER_TAB = /(<w:pStyle w:val="TOC1"\/><w:tabs><w:tab w:val="left" w:pos=")(\d+)("\/>)/g;

/**
 * Word gives "10." a wider number tab than "9.", so from section 10 the contents' titles start
 * further right. One tab for all top-level entries (the widest) keeps the titles in one column.
 */
function alignContentsNumbers(xml: string): string {
  let widest = 0;
  for (const m of xml.matchAll(CONTENTS_NUMBER_TAB)) widest = Math.max(widest, Number(m[2]));
  return widest === 0
    ? xml
    : xml.replace(CONTENTS_NUMBER_TAB, (_whole, head: string, _pos: string, tail: string) => `${head}${widest}${tail}`);
}

function setLanguageInSettings(settingsXml: string, language: string): string {
  // docx writes no w:themeFontLang; Word uses it for the proofing language of new text.
  if (settingsXml.includes('<w:themeFontLang')) return settingsXml;
  return settingsXml.replace(/<w:compat>|<w:compat\/>/, (m) => `<w:themeFontLang w:val="${language}"/>${m}`);
}

export async function renderReportDocx(model: ReportModel, options: RenderOptions = {}): Promise<Buffer> {
  const ctx: BlockContext = {
    style: model.style,
    rawTables: [],
    listInstance: 0,
    ...(model.orientation === 'landscape' ? { textWidth: LANDSCAPE_TEXT_WIDTH_TWIPS } : {}),
  };
  const doc = buildDocument(model, ctx, options);
  // Packed once without the appendix (small, fast), then re-zipped with the raw tables spliced in.
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  const entries: ZipEntry[] = [];
  for (const name of Object.keys(zip.files)) {
    const file = zip.files[name];
    if (file === undefined || file.dir) continue;
    const bytes = await file.async('nodebuffer');
    if (name === 'word/document.xml') {
      const xml = alignContentsNumbers(bytes.toString('utf8'));
      entries.push({
        name,
        data: ctx.rawTables.length === 0 ? Buffer.from(xml, 'utf8') : spliceRawTables(xml, ctx, model),
      });
      continue;
    }
    let data: string | Buffer = bytes;
    if (name === 'word/settings.xml') data = setLanguageInSettings(bytes.toString('utf8'), model.language);
    else if (name === 'docProps/core.xml') data = fixCoreProperties(bytes.toString('utf8'), model, options);
    entries.push({ name, data: typeof data === 'string' ? Buffer.from(data, 'utf8') : data });
  }
  if (!entries.some((e) => e.name === 'word/document.xml'))
    throw new CasewrightError('internal', 'The packed document has no word/document.xml');
  return writeZip(entries);
}

function fixCoreProperties(xml: string, model: ReportModel, options: RenderOptions): string {
  const fixed = (options.createdAt ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  let out = xml.replace(
    /(<dcterms:(?:created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:(?:created|modified)>)/g,
    `$1${fixed}$2`,
  );
  // dc:language is part of the core properties; checkers and screen readers read it.
  if (!out.includes('<dc:language>'))
    out = out.replace('</cp:coreProperties>', `<dc:language>${model.language}</dc:language></cp:coreProperties>`);
  return out;
}
