/**
 * Exact contents page numbers for a PDF. The Word file carries page numbers worked out as Word
 * would lay the pages out (and asks Word to update its fields on opening); LibreOffice lays pages
 * out a little differently and prints the numbers it finds in the file without updating them. So a
 * PDF is made twice: the first PDF's bookmarks (one per heading, with the page it lands on) give the
 * real page of each contents entry, those numbers are written into the contents, and LibreOffice
 * converts the corrected file. The numbers cannot move the headings: they only replace digits.
 */
import JSZip from 'jszip';
import { docxToTaggedPdf } from './libreoffice-pdf';

/** One bookmark of the PDF's outline: its title and the page (1-based) it points at. */
export interface OutlineEntry {
  readonly title: string;
  readonly page: number;
}

function objects(pdf: string): Map<number, string> {
  const found = new Map<number, string>();
  const pattern = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = pattern.exec(pdf); m !== null; m = pattern.exec(pdf)) found.set(Number(m[1]), m[2] ?? '');
  return found;
}

const ref = (body: string, key: string): number | null => {
  const m = new RegExp(`/${key}\\s*(\\d+) 0 R`).exec(body);
  return m === null ? null : Number(m[1]);
};

function decodePdfString(raw: string): string {
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s+/g, '');
    const bytes = hex.match(/../g)?.map((h) => parseInt(h, 16)) ?? [];
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      let out = '';
      for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
      return out;
    }
    return String.fromCharCode(...bytes);
  }
  return raw.slice(1, -1).replace(/\\([()\\])/g, '$1');
}

/**
 * The PDF's outline in reading order with each bookmark's page. LibreOffice writes plain objects
 * (no object streams) with `/Dest [page-object /XYZ …]`; anything else gives an empty list, and the
 * caller keeps the numbers it had.
 */
export function readPdfOutline(pdfBytes: Buffer): OutlineEntry[] {
  const pdf = pdfBytes.toString('latin1');
  const objs = objects(pdf);
  const catalog = [...objs.values()].find((b) => /\/Type\s*\/Catalog/.test(b));
  if (catalog === undefined) return [];
  const pageNumber = new Map<number, number>();
  const walkPages = (num: number, depth: number): void => {
    const body = objs.get(num);
    if (body === undefined || depth > 32) return;
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body);
    if (/\/Type\s*\/Pages/.test(body) && kids !== null) {
      for (const k of kids[1]!.matchAll(/(\d+) 0 R/g)) walkPages(Number(k[1]), depth + 1);
    } else {
      pageNumber.set(num, pageNumber.size + 1);
    }
  };
  const pages = ref(catalog, 'Pages');
  const outlines = ref(catalog, 'Outlines');
  if (pages === null || outlines === null) return [];
  walkPages(pages, 0);
  const out: OutlineEntry[] = [];
  const seen = new Set<number>();
  const walkOutline = (first: number | null): void => {
    for (let item = first; item !== null && !seen.has(item); item = ref(objs.get(item) ?? '', 'Next')) {
      seen.add(item);
      const body = objs.get(item) ?? '';
      const title = /\/Title\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/.exec(body);
      const dest = /\/Dest\s*\[\s*(\d+) 0 R/.exec(body);
      const page = dest === null ? undefined : pageNumber.get(Number(dest[1]));
      if (title !== null && page !== undefined) out.push({ title: decodePdfString(title[1]!), page });
      walkOutline(ref(body, 'First'));
    }
  };
  walkOutline(ref(objs.get(outlines) ?? '', 'First'));
  return out;
}

const comparable = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const PAGEREF =
  /(<w:instrText xml:space="preserve">PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">)(\d*)(<\/w:t>)/g;

/**
 * Writes the outline's page numbers into the contents of `docx`: each entry takes the page of the
 * next bookmark whose title matches it. Returns null when the contents cannot be matched entry by
 * entry (then the numbers already in the file stand).
 */
export async function withContentsPages(docx: Buffer, outline: readonly OutlineEntry[]): Promise<Buffer | null> {
  if (outline.length === 0) return null;
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file('word/document.xml');
  if (file === null) return null;
  const xml = await file.async('string');
  let cursor = 0;
  let changed = false;
  let failed = false;
  const patched = xml.replace(PAGEREF, (whole: string, head: string, old: string, tail: string, offset: number) => {
    if (failed) return whole;
    // The entry's words: the runs of its hyperlink before the page reference.
    const start = xml.lastIndexOf('<w:hyperlink', offset);
    const entry = comparable(xml.slice(start, offset).replace(/<[^>]+>/g, ' '));
    while (cursor < outline.length && !comparable(outline[cursor]!.title).endsWith(entry.replace(/^\d+/, '')))
      cursor += 1;
    const match = outline[cursor];
    if (match === undefined) {
      failed = true;
      return whole;
    }
    cursor += 1;
    if (String(match.page) !== old) changed = true;
    return `${head}${match.page}${tail}`;
  });
  if (failed) return null;
  if (!changed) return docx;
  zip.file('word/document.xml', patched);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * A tagged PDF whose contents show the pages LibreOffice actually printed the headings on: the
 * first PDF's bookmarks give each heading's page, and a second run prints the corrected contents.
 */
export async function pdfWithExactContents(
  docx: Buffer,
  options: Parameters<typeof docxToTaggedPdf>[1] = {},
): Promise<Buffer> {
  const first = await docxToTaggedPdf(docx, options);
  const corrected = await withContentsPages(docx, readPdfOutline(first));
  return corrected === null || corrected === docx ? first : docxToTaggedPdf(corrected, options);
}
