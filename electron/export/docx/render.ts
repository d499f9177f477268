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
  type IStylesOptions,
} from 'docx';
import JSZip from 'jszip';
import { CasewrightError } from '../../shared/errors';
import type { ReportModel } from '../report/model';
import { blockToDocx, LANDSCAPE_TEXT_WIDTH_TWIPS, type BlockContext } from './blocks';
import {
  CHRONOLOGY_CELL_MARGINS,
  CHRONOLOGY_COLUMN_WIDTHS,
  ENTRY_BOOKMARK_ID_BASE,
  writeChronologyTable,
} from './chronology-xml';
import { buildFooters, buildHeaders } from './page-furniture';
import { chronologyRowHeights, contentsPageEstimator, type TextArea } from './page-estimate';
import { paragraphMetrics } from './paragraph-styles';
import { buildNumbering, buildStyles } from './styles';
import { titlePageChildren } from './title-page';
import { Utf8Chunks } from './utf8-chunks';
import { writeZip, type ZipEntry } from './zip-writer';
import { stripIllegalXmlChars } from './xml-text';

export interface RenderOptions {
  /** Written into the core properties; tests pass a fixed date. */
  readonly createdAt?: Date;
  readonly author?: string;
  /**
   * Estimate the pages to write the contents' page numbers (default on). The leak check's
   * in-memory build turns it off: it reads the words, not the page numbers.
   */
  readonly pageNumbers?: boolean;
}

/** A4 text areas, in twips, for the margins below. */
const PORTRAIT_AREA: TextArea = { width: 11906 - 2 * 1440, height: 16838 - 2 * 1440 };
const LANDSCAPE_AREA: TextArea = { width: 16838 - 2 * 1134, height: 11906 - 2 * 1134 };

function pageEstimator(ctx: BlockContext, styles: IStylesOptions, area: TextArea) {
  const metrics = paragraphMetrics(styles);
  const tableText = metrics.get('TableText') ?? metrics.get('Normal')!;
  const byMarker = new Map(ctx.rawTables.map((raw) => [raw.marker, raw.chunk]));
  return contentsPageEstimator(metrics, area, (marker) => {
    const chunk = byMarker.get(marker);
    return chunk === undefined
      ? undefined
      : chronologyRowHeights(chunk, tableText, CHRONOLOGY_COLUMN_WIDTHS, CHRONOLOGY_CELL_MARGINS);
  });
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
  const landscape = model.orientation === 'landscape';
  const styles = buildStyles(model.style, model.language);
  return new Document({
    title: stripIllegalXmlChars(model.title),
    subject: stripIllegalXmlChars(model.subject),
    creator: stripIllegalXmlChars(options.author ?? 'Casewright'),
    lastModifiedBy: 'Casewright',
    description: model.draft ? stripIllegalXmlChars(model.watermarkText) : 'Publication version',
    // The contents is a real Word TOC field, written with estimated page numbers so it is never
    // blank (page-estimate.ts says why an estimate); `updateFields` then has Word rebuild the
    // contents from its own layout when the file is opened (Word asks first). LibreOffice prints
    // the written numbers as they are, so PDFs get exact ones from a second pass (pdf/contents-pages).
    ...(model.tableOfContents && options.pageNumbers !== false
      ? {
          pageNumbers: pageEstimator(ctx, styles, landscape ? LANDSCAPE_AREA : PORTRAIT_AREA),
        }
      : {}),
    ...(model.tableOfContents ? { features: { updateFields: true } } : {}),
    styles,
    numbering: buildNumbering(model.style),
    sections: [
      {
        properties: {
          titlePage: model.titlePage !== undefined,
          page: landscape
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
 * XML, written only when the zip writer asks for it (one table at a time, no 20 MB string) and
 * handed over as UTF-8 buffers of about a megabyte.
 */
function* spliceRawTables(
  documentXml: string,
  ctx: BlockContext,
  model: ReportModel,
  out: Utf8Chunks,
): Generator<Buffer> {
  let cursor = 0;
  const bookmarkId = { next: ENTRY_BOOKMARK_ID_BASE };
  for (const raw of ctx.rawTables) {
    const at = documentXml.indexOf(raw.marker, cursor);
    if (at < 0) throw new CasewrightError('internal', `Chronology table marker ${raw.marker} was not written`);
    const start = Math.max(documentXml.lastIndexOf('<w:p>', at), documentXml.lastIndexOf('<w:p ', at));
    const end = documentXml.indexOf('</w:p>', at) + '</w:p>'.length;
    out.add(documentXml.slice(cursor, start));
    writeChronologyTable(out, raw.chunk, model.style, raw.caption, bookmarkId);
    yield* out.takeFull();
    cursor = end;
  }
  out.add(documentXml.slice(cursor));
  yield* out.end();
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

type PartData = string | Uint8Array;

/** What `Packer` keeps in its (private) `compiler`: the package's parts by path, in zip order. */
interface PartCompiler {
  compile(file: Document): ReadonlyMap<string, PartData>;
}

function partCompiler(): PartCompiler | null {
  const compiler = (Packer as unknown as { readonly compiler?: Partial<PartCompiler> }).compiler;
  return typeof compiler?.compile === 'function' ? (compiler as PartCompiler) : null;
}

/**
 * The package's parts as `docx` writes them, in its order. `Packer.toBuffer` deflates every part in
 * JavaScript only for us to inflate them again and deflate once more with the appendix spliced in
 * (a quarter to a third of a second of CPU on a 20,000-row report), so the parts are taken from the
 * compiler Packer zips them with. The compiler is not public API: should a version of `docx` not have
 * it, the package is zipped and read back as before, with the same parts.
 */
async function packageParts(doc: Document): Promise<ReadonlyMap<string, PartData>> {
  const compiled = partCompiler()?.compile(doc);
  if (compiled instanceof Map) return compiled;
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  const parts = new Map<string, PartData>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) parts.set(name, await file.async('nodebuffer'));
  return parts;
}

const textOf = (data: PartData): string => (typeof data === 'string' ? data : Buffer.from(data).toString('utf8'));
const bytesOf = (data: PartData): Buffer =>
  typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);

export async function renderReportDocx(model: ReportModel, options: RenderOptions = {}): Promise<Buffer> {
  const ctx: BlockContext = {
    style: model.style,
    rawTables: [],
    listInstance: 0,
    ...(model.orientation === 'landscape' ? { textWidth: LANDSCAPE_TEXT_WIDTH_TWIPS } : {}),
  };
  const doc = buildDocument(model, ctx, options);
  // The parts without the appendix (small, fast), then zipped once with the raw tables spliced in.
  const entries: ZipEntry[] = [];
  for (const [name, data] of await packageParts(doc)) {
    if (name === 'word/document.xml') {
      const xml = alignContentsNumbers(textOf(data));
      if (ctx.rawTables.length === 0) entries.push({ name, data: Buffer.from(xml, 'utf8') });
      else {
        // Each buffer is written into again once deflated (utf8-chunks.ts says why).
        const out = new Utf8Chunks();
        entries.push({ name, data: spliceRawTables(xml, ctx, model, out), deflated: (piece) => out.recycle(piece) });
      }
    } else if (name === 'word/settings.xml')
      entries.push({ name, data: Buffer.from(setLanguageInSettings(textOf(data), model.language), 'utf8') });
    else if (name === 'docProps/core.xml')
      entries.push({ name, data: Buffer.from(fixCoreProperties(textOf(data), model, options), 'utf8') });
    else entries.push({ name, data: bytesOf(data) });
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
