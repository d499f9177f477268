/**
 * Reads a finished .docx back into located text segments for the leak check: body paragraphs
 * (under the nearest heading), table rows (chronology rows by their `cw_e_<id>` bookmark),
 * text boxes, headers, footers, footnotes, endnotes, comments and their authors, image alt
 * text, field codes, tracked deletions, and the document properties. Anything Word would show
 * or keep in the file is read, because anything kept can identify the family.
 */
import JSZip from 'jszip';
import type { TextSegment } from './leaks';
import { attr, childrenOf, findAll, parseOrderedXml, plainText, tagOf, type XmlNode } from './ordered-xml';

export interface DocxSegment extends TextSegment {
  /** The package part the text came from, e.g. `word/document.xml`. */
  readonly part: string;
  /** A Casewright bookmark in the paragraph or row (`cw_f_12`, `cw_e_40`), when there is one. */
  readonly anchor?: string;
}

interface ParagraphContent {
  text: string;
  fieldCodes: string[];
  altTexts: string[];
  textBoxes: XmlNode[][];
  bookmarks: string[];
}

function emptyContent(): ParagraphContent {
  return { text: '', fieldCodes: [], altTexts: [], textBoxes: [], bookmarks: [] };
}

/** Collects a paragraph's (or any run container's) content in document order. */
function collect(nodes: readonly XmlNode[], into: ParagraphContent): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === null) continue;
    switch (tag) {
      case 'w:t':
      case 'w:delText':
        into.text += plainText(childrenOf(node));
        break;
      case 'w:tab':
        into.text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        into.text += '\n';
        break;
      case 'w:noBreakHyphen':
        into.text += '-';
        break;
      case 'w:instrText':
      case 'w:delInstrText':
        into.fieldCodes.push(plainText(childrenOf(node)));
        break;
      case 'w:fldSimple': {
        const instr = attr(node, 'w:instr');
        if (instr) into.fieldCodes.push(instr);
        collect(childrenOf(node), into);
        break;
      }
      case 'w:bookmarkStart': {
        const name = attr(node, 'w:name');
        if (name) into.bookmarks.push(name);
        break;
      }
      case 'wp:docPr':
      case 'pic:cNvPr':
      case 'v:shape':
      case 'v:imagedata':
        for (const a of ['descr', 'title', 'alt', 'o:title']) {
          const value = attr(node, a);
          if (value) into.altTexts.push(value);
        }
        collect(childrenOf(node), into);
        break;
      case 'w:txbxContent':
        into.textBoxes.push(childrenOf(node));
        break;
      case 'mc:Fallback':
        // The VML copy of the mc:Choice content: reading both would report every leak twice.
        break;
      case 'w:pPr':
      case 'w:rPr':
        break;
      default:
        collect(childrenOf(node), into);
    }
  }
}

function paragraphStyle(p: XmlNode): string | undefined {
  const pPr = childrenOf(p).find((n) => tagOf(n) === 'w:pPr');
  if (!pPr) return undefined;
  const style = childrenOf(pPr).find((n) => tagOf(n) === 'w:pStyle');
  return style ? attr(style, 'w:val') : undefined;
}

function hasOutlineLevel(p: XmlNode): boolean {
  const pPr = childrenOf(p).find((n) => tagOf(n) === 'w:pPr');
  return pPr !== undefined && childrenOf(pPr).some((n) => tagOf(n) === 'w:outlineLvl');
}

/** Style ids whose style name is "heading N" or "Title" (ids vary by language and tool). */
function headingStyleIds(stylesXml: string | null): Set<string> {
  const ids = new Set<string>();
  if (stylesXml === null) return ids;
  for (const style of findAll(parseOrderedXml(stylesXml), 'w:style')) {
    const id = attr(style, 'w:styleId');
    const nameNode = childrenOf(style).find((n) => tagOf(n) === 'w:name');
    const name = nameNode ? attr(nameNode, 'w:val') : undefined;
    if (id && name && /^(heading \d|title)$/i.test(name)) ids.add(id);
  }
  return ids;
}

const anchorPattern = /^cw_/;

class SegmentWriter {
  readonly segments: DocxSegment[] = [];
  constructor(private readonly part: string) {}

  add(location: string, text: string, anchor?: string): void {
    if (text.trim() === '') return;
    this.segments.push({ part: this.part, location, text, ...(anchor ? { anchor } : {}) });
  }

  /** Extra pieces a paragraph carries besides its visible text. */
  addExtras(location: string, content: ParagraphContent, walkTextBox: (nodes: XmlNode[], where: string) => void): void {
    content.fieldCodes.forEach((code) => this.add(`${location}, field code`, code));
    content.altTexts.forEach((alt) => this.add(`${location}, image alt text`, alt));
    content.textBoxes.forEach((box, i) => walkTextBox(box, `${location}, text box ${i + 1}`));
  }
}

function readBody(
  part: string,
  body: readonly XmlNode[],
  headingIds: ReadonlySet<string>,
  prefix: string | null,
): DocxSegment[] {
  const writer = new SegmentWriter(part);
  let section: string | null = null;
  let paragraphInSection = 0;
  let tableCount = 0;
  const where = (): string => {
    const base = prefix ?? (section === null ? 'Start of document' : `Section "${section}"`);
    return base;
  };
  const isHeading = (p: XmlNode): boolean => {
    const style = paragraphStyle(p);
    return (style !== undefined && (headingIds.has(style) || /^(heading\d|title)$/i.test(style))) || hasOutlineLevel(p);
  };
  const textBox = (nodes: XmlNode[], location: string): void => {
    readBody(part, nodes, headingIds, location).forEach((s) => writer.segments.push(s));
  };

  const visit = (nodes: readonly XmlNode[]): void => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'w:p') {
        const content = emptyContent();
        collect(childrenOf(node), content);
        const anchor = content.bookmarks.find((b) => anchorPattern.test(b));
        if (prefix === null && isHeading(node) && content.text.trim() !== '') {
          section = content.text.trim();
          paragraphInSection = 0;
          writer.add(`Heading "${section}"`, content.text, anchor);
          writer.addExtras(`Heading "${section}"`, content, textBox);
          continue;
        }
        if (content.text.trim() !== '') paragraphInSection += 1;
        const location = `${where()}, paragraph ${Math.max(paragraphInSection, 1)}`;
        writer.add(location, content.text, anchor);
        writer.addExtras(location, content, textBox);
      } else if (tag === 'w:tbl') {
        tableCount += 1;
        let row = 0;
        for (const tr of childrenOf(node).filter((n) => tagOf(n) === 'w:tr')) {
          row += 1;
          const content = emptyContent();
          const cells = childrenOf(tr).filter((n) => tagOf(n) === 'w:tc' || tagOf(n) === 'w:sdt');
          const cellTexts = cells.map((cell) => {
            const c = emptyContent();
            collect(childrenOf(cell), c);
            content.fieldCodes.push(...c.fieldCodes);
            content.altTexts.push(...c.altTexts);
            content.textBoxes.push(...c.textBoxes);
            content.bookmarks.push(...c.bookmarks);
            return c.text.replace(/\s+$/u, '');
          });
          const entry = content.bookmarks.find((b) => b.startsWith('cw_e_'));
          const anchor = entry ?? content.bookmarks.find((b) => anchorPattern.test(b));
          const location = entry
            ? `${where()}, chronology entry ${entry.slice('cw_e_'.length)} (table ${tableCount}, row ${row})`
            : `${where()}, table ${tableCount}, row ${row}`;
          writer.add(location, cellTexts.join(' | '), anchor);
          writer.addExtras(location, content, textBox);
        }
      } else if (tag !== null && tag !== 'w:sectPr') {
        // w:sdt, w:customXml, w:ins, w:del, mc:AlternateContent…: look inside.
        if (tag !== 'mc:Fallback') visit(childrenOf(node));
      }
    }
  };
  visit(body);
  return writer.segments;
}

function readNotes(
  part: string,
  xml: string,
  tag: 'w:footnote' | 'w:endnote' | 'w:comment',
  label: string,
  headingIds: ReadonlySet<string>,
): DocxSegment[] {
  const out: DocxSegment[] = [];
  for (const note of findAll(parseOrderedXml(xml), tag)) {
    const id = attr(note, 'w:id') ?? '?';
    const type = attr(note, 'w:type');
    if (type === 'separator' || type === 'continuationSeparator') continue;
    const where = `${label} ${id}`;
    if (tag === 'w:comment') {
      const author = [attr(note, 'w:author'), attr(note, 'w:initials')].filter(Boolean).join(' ');
      if (author.trim() !== '') out.push({ part, location: `${where}, author`, text: author });
    }
    out.push(...readBody(part, childrenOf(note), headingIds, where));
  }
  return out;
}

const propertyNames: Readonly<Record<string, string>> = {
  'dc:title': 'title',
  'dc:subject': 'subject',
  'dc:creator': 'author',
  'cp:keywords': 'keywords',
  'dc:description': 'comments',
  'cp:lastModifiedBy': 'last modified by',
  'cp:category': 'category',
  'cp:contentStatus': 'status',
  Company: 'company',
  Manager: 'manager',
  HyperlinkBase: 'hyperlink base',
};

function readProperties(part: string, xml: string): DocxSegment[] {
  const out: DocxSegment[] = [];
  const root = parseOrderedXml(xml).find((n) => tagOf(n) !== '?xml');
  if (!root) return out;
  for (const node of childrenOf(root)) {
    const tag = tagOf(node);
    if (tag === null) continue;
    const name = tag === 'property' ? (attr(node, 'name') ?? 'custom property') : propertyNames[tag];
    if (name === undefined) continue;
    const text = plainText(childrenOf(node));
    if (text.trim() !== '') out.push({ part, location: `Document properties: ${name}`, text });
  }
  return out;
}

export async function readDocxSegments(buffer: Uint8Array | ArrayBuffer): Promise<DocxSegment[]> {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (name: string): Promise<string | null> =>
    zip.file(name) ? await zip.file(name)!.async('string') : null;
  const headingIds = headingStyleIds(await read('word/styles.xml'));
  const segments: DocxSegment[] = [];

  const documentXml = await read('word/document.xml');
  if (documentXml !== null) {
    const body = findAll(parseOrderedXml(documentXml), 'w:body')[0];
    if (body) segments.push(...readBody('word/document.xml', childrenOf(body), headingIds, null));
  }
  const partNames = Object.keys(zip.files).sort();
  for (const name of partNames) {
    const header = /^word\/(header|footer)(\d*)\.xml$/.exec(name);
    if (!header) continue;
    const xml = (await read(name))!;
    const label = `${header[1] === 'header' ? 'Header' : 'Footer'} ${header[2] || ''}`.trim();
    const root = parseOrderedXml(xml).find((n) => tagOf(n) === 'w:hdr' || tagOf(n) === 'w:ftr');
    if (root) segments.push(...readBody(name, childrenOf(root), headingIds, label));
  }
  const notes: [string, 'w:footnote' | 'w:endnote' | 'w:comment', string][] = [
    ['word/footnotes.xml', 'w:footnote', 'Footnote'],
    ['word/endnotes.xml', 'w:endnote', 'Endnote'],
    ['word/comments.xml', 'w:comment', 'Comment'],
  ];
  for (const [name, tag, label] of notes) {
    const xml = await read(name);
    if (xml !== null) segments.push(...readNotes(name, xml, tag, label, headingIds));
  }
  const people = await read('word/people.xml');
  if (people !== null) {
    for (const person of findAll(parseOrderedXml(people), 'w15:person')) {
      const author = attr(person, 'w15:author');
      if (author) segments.push({ part: 'word/people.xml', location: 'Comment authors', text: author });
    }
  }
  for (const name of ['docProps/core.xml', 'docProps/app.xml', 'docProps/custom.xml']) {
    const xml = await read(name);
    if (xml !== null) segments.push(...readProperties(name, xml));
  }
  return dedupe(segments);
}

function dedupe(segments: DocxSegment[]): DocxSegment[] {
  const seen = new Set<string>();
  return segments.filter((s) => {
    const key = `${s.part}\u0000${s.location}\u0000${s.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
