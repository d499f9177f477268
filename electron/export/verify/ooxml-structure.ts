/**
 * A structural reading of a .docx for verification: which paragraph styles the body uses (in
 * order for headings), whether a TOC field is present, table header rows, image alt text, the
 * document title and language, bookmarks and watermark. Tests and the CLI's checks use it to
 * prove the accessibility properties the issue asks for, on the real file.
 */
import JSZip from 'jszip';

export interface DocxStructure {
  readonly title: string | null;
  readonly subject: string | null;
  readonly coreLanguage: string | null;
  /** w:lang of the document defaults in styles.xml. */
  readonly styleLanguage: string | null;
  readonly headingLevels: readonly number[];
  readonly stylesUsed: ReadonlySet<string>;
  readonly hasTocField: boolean;
  readonly updateFieldsOnOpen: boolean;
  readonly tables: number;
  readonly tablesWithHeaderRow: number;
  readonly images: number;
  readonly imagesWithAltText: number;
  readonly bookmarks: readonly string[];
  readonly numberedParagraphs: number;
  readonly headerTexts: readonly string[];
  readonly watermark: boolean;
}

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join('');
}

export async function readDocxStructure(buffer: Uint8Array): Promise<DocxStructure> {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (name: string): Promise<string> => (await zip.file(name)?.async('string')) ?? '';
  const [doc, styles, core, settings] = await Promise.all([
    read('word/document.xml'),
    read('word/styles.xml'),
    read('docProps/core.xml'),
    read('word/settings.xml'),
  ]);
  const headerNames = Object.keys(zip.files)
    .filter((n) => /^word\/header\d*\.xml$/.test(n))
    .sort();
  const headers = await Promise.all(headerNames.map(read));

  const stylesUsed = new Set([...doc.matchAll(/<w:pStyle w:val="([^"]+)"/g)].map((m) => m[1] ?? ''));
  const headingLevels = [...doc.matchAll(/<w:pStyle w:val="Heading(\d)"/g)].map((m) => Number(m[1]));
  const tables = doc.split('<w:tbl>').slice(1);
  const drawings = [...doc.matchAll(/<wp:docPr\b[^>]*>/g)].map((m) => m[0]);
  const docDefaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
  return {
    title: /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? null,
    subject: /<dc:subject>([^<]*)<\/dc:subject>/.exec(core)?.[1] ?? null,
    coreLanguage: /<dc:language>([^<]*)<\/dc:language>/.exec(core)?.[1] ?? null,
    styleLanguage: /<w:lang w:val="([^"]+)"/.exec(docDefaults)?.[1] ?? null,
    headingLevels,
    stylesUsed,
    hasTocField: /<w:instrText[^>]*>\s*TOC\b/.test(doc),
    updateFieldsOnOpen: /<w:updateFields(?: w:val="(?:true|1|on)")?\/>/.test(settings),
    tables: tables.length,
    tablesWithHeaderRow: tables.filter((t) =>
      /<w:tr>\s*<w:trPr>(?:(?!<\/w:trPr>).)*<w:tblHeader\/>/s.test(t.slice(0, 4000)),
    ).length,
    images: drawings.length,
    imagesWithAltText: drawings.filter((d) => /\sdescr="[^"]+"/.test(d)).length,
    bookmarks: [...doc.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]+)"/g)].map((m) => m[1] ?? ''),
    numberedParagraphs: (doc.match(/<w:numPr>/g) ?? []).length,
    headerTexts: headers.map(textOf),
    watermark: headers.some((h) => /<v:textpath\b/.test(h)),
  };
}

/** Body text of document.xml, one line per paragraph (for quick assertions without LibreOffice). */
export async function readDocxParagraphs(buffer: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  const doc = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...doc.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0])).filter((t) => t !== '');
}
