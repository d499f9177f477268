/**
 * The contents' page numbers, estimated from how much text each paragraph and table row holds.
 *
 * Why not the `docx` library's own page layout (`estimatePageNumbersWith` from `docx/layout`): it
 * lays the pages out as Word does, glyph by glyph and in up to three passes, and cost 6–24 s of CPU
 * for a report whose key-events table holds 400 long entries, most of a whole export. The numbers
 * it gave served only one reader: a .docx opened in a program that does not update fields. Word
 * rebuilds the contents on opening (the document asks it to, `updateFields`), and a PDF gets exact
 * numbers from LibreOffice's second pass (pdf/contents-pages.ts). So the numbers written here are
 * an estimate by line counting: each paragraph's words wrapped at the text width with Arial's
 * character widths (text-width.ts) and the style's size and spacing, tables row by row, keep-with-
 * next and page breaks followed. It costs milliseconds, and it counts the spliced appendix tables
 * (which the library never saw), so headings after an appendix get a number near the truth too.
 */
import type { IContext, IXmlableObject, PageNumberEstimator } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { ChronologyChunk } from './chronology-xml';
import { emTwips, type ParagraphMetrics } from './paragraph-styles';
import { characterWidth, LINE_HEIGHT } from './text-width';

/** The page's text area, in twips. */
export interface TextArea {
  readonly width: number;
  readonly height: number;
}

/** Row heights (twips) of a table spliced in later where a marker paragraph stands; the header row first. */
export type SplicedRows = (marker: string) => readonly number[] | undefined;

interface Paragraph {
  readonly kind: 'paragraph';
  readonly before: number;
  readonly after: number;
  /** Height of each line, in twips. */
  readonly lines: readonly number[];
  readonly keepNext: boolean;
  readonly keepLines: boolean;
  readonly bookmarks: readonly string[];
}
interface Row {
  readonly height: number;
  readonly cantSplit: boolean;
  readonly bookmarks: readonly string[];
}
interface Table {
  readonly kind: 'table';
  /** Header rows, repeated at the top of each page the table runs onto. */
  readonly header: readonly Row[];
  readonly rows: readonly Row[];
}
/** What the layout places: a paragraph, a table or a page break. */
export type PageBlock = Paragraph | Table | { readonly kind: 'page-break' };
type Block = PageBlock;

// ---- reading the body as `docx` formats it: { "w:p": [ { "w:pPr": [...] }, { "w:r": [...] } ] } ----

type Children = readonly unknown[];

function children(value: unknown): Children {
  return Array.isArray(value) ? value : value !== null && typeof value === 'object' ? [value] : [];
}

/** An element's name and content, or null for attributes and text. */
function element(node: unknown): readonly [string, unknown] | null {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return null;
  for (const key in node) if (key !== '_attr') return [key, (node as Record<string, unknown>)[key]];
  return null;
}

function attributes(value: unknown): Record<string, unknown> {
  for (const child of children(value)) {
    const attr = child !== null && typeof child === 'object' ? (child as { _attr?: unknown })._attr : undefined;
    if (attr !== null && typeof attr === 'object') return attr as Record<string, unknown>;
  }
  return {};
}

function find(value: unknown, name: string): unknown {
  for (const child of children(value)) {
    const el = element(child);
    if (el !== null && el[0] === name) return el[1];
  }
  return undefined;
}

const numberAttr = (value: unknown, name: string): number | undefined => {
  const raw = attributes(value)[name];
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN;
  return Number.isFinite(n) ? n : undefined;
};

function isOn(value: unknown): boolean {
  if (value === undefined) return false;
  const val = attributes(value)['w:val'];
  return val !== false && val !== 'false' && val !== 0 && val !== '0';
}

// ---- measuring ----

const TAB = 720;
const EMU_PER_TWIP = 635;
/** Word's default left and right cell margins. */
const CELL_MARGINS = 2 * 108;
/** A row's borders and the rounding Word adds per row. */
const ROW_EXTRA = 20;

/** Wraps runs of text into lines at a width, word by word, as a line-breaking layout does. */
class LineCounter {
  private lineWidth = 0;
  private wordWidth = 0;
  private lineHeight = 0;
  private readonly heights: number[] = [];

  constructor(
    private readonly width: number,
    private readonly defaultHeight: number,
  ) {}

  text(text: string, em: number, height: number): void {
    this.lineHeight = Math.max(this.lineHeight, height);
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code === 10) {
        this.lineBreak();
        continue;
      }
      const w = (characterWidth(code) * em) / 1000;
      if (code === 32) {
        this.endWord();
        this.lineWidth += w;
      } else this.wordWidth += w;
    }
  }

  tab(): void {
    this.endWord();
    this.lineWidth = (Math.floor(this.lineWidth / TAB) + 1) * TAB;
  }

  /** A picture in the line: the line is as tall as the picture. */
  picture(height: number): void {
    this.endWord();
    this.lineHeight = Math.max(this.lineHeight, height);
  }

  lineBreak(): void {
    this.endWord();
    this.newLine();
  }

  finish(): number[] {
    this.endWord();
    if (this.lineWidth > 0 || this.heights.length === 0 || this.lineHeight > 0) this.newLine();
    return this.heights;
  }

  private endWord(): void {
    if (this.wordWidth === 0) return;
    if (this.lineWidth > 0 && this.lineWidth + this.wordWidth > this.width) this.newLine();
    // A word wider than the line is broken across lines.
    while (this.wordWidth > this.width) {
      this.wordWidth -= this.width;
      this.newLine();
    }
    this.lineWidth += this.wordWidth;
    this.wordWidth = 0;
  }

  private newLine(): void {
    this.heights.push(this.lineHeight || this.defaultHeight);
    this.lineWidth = 0;
    this.lineHeight = 0;
  }
}

const lineHeightOf = (sizePt: number, line: number): number => sizePt * 20 * LINE_HEIGHT * line;

class BodyReader {
  readonly blocks: Block[] = [];

  constructor(
    private readonly styles: ReadonlyMap<string, ParagraphMetrics>,
    private readonly area: TextArea,
    private readonly spliced: SplicedRows,
  ) {}

  read(body: unknown): void {
    for (const child of children(body)) {
      const el = element(child);
      if (el === null) continue;
      const [name, content] = el;
      if (name === 'w:p') this.paragraph(content, this.area.width, this.blocks);
      else if (name === 'w:tbl') this.blocks.push(this.table(content));
      else if (name === 'w:sdt') this.read(find(content, 'w:sdtContent'));
    }
  }

  /** Reads one paragraph into `out`: a page break inside it splits it into two around a page break. */
  private paragraph(content: unknown, width: number, out: Block[]): void {
    const pPr = find(content, 'w:pPr');
    const styleId = attributes(find(pPr, 'w:pStyle'))['w:val'];
    const style = this.styles.get(typeof styleId === 'string' ? styleId : 'Normal') ?? this.styles.get('Normal')!;
    const spacing = find(pPr, 'w:spacing');
    const ind = find(pPr, 'w:ind');
    const numbered = find(pPr, 'w:numPr') !== undefined;
    const indent =
      ind === undefined
        ? style.indent + (numbered ? 709 : 0)
        : (numberAttr(ind, 'w:left') ?? numberAttr(ind, 'w:start') ?? 0) +
          (numberAttr(ind, 'w:right') ?? numberAttr(ind, 'w:end') ?? 0);
    const lineRule = numberAttr(spacing, 'w:line');
    const metrics = {
      ...style,
      before: numberAttr(spacing, 'w:before') ?? style.before,
      after: numberAttr(spacing, 'w:after') ?? style.after,
      line: lineRule === undefined ? style.line : lineRule / 240,
      keepNext: find(pPr, 'w:keepNext') !== undefined ? isOn(find(pPr, 'w:keepNext')) : style.keepNext,
    };
    const available = Math.max(TAB, width - indent);
    const bookmarks: string[] = [];
    let counter = new LineCounter(available, lineHeightOf(metrics.size, metrics.line));
    let pageBreakAt: number[] | null = null;
    let text = '';
    const visit = (nodes: unknown, runProps: unknown): void => {
      for (const child of children(nodes)) {
        const el = element(child);
        if (el === null) continue;
        const [name, value] = el;
        switch (name) {
          case 'w:r':
            visit(value, find(value, 'w:rPr'));
            break;
          case 'w:t': {
            const words = children(value).find((v): v is string => typeof v === 'string') ?? '';
            const sizeHalf = numberAttr(find(runProps, 'w:sz'), 'w:val');
            const size = sizeHalf === undefined ? metrics.size : sizeHalf / 2;
            const bold = find(runProps, 'w:b') !== undefined ? isOn(find(runProps, 'w:b')) : metrics.bold;
            counter.text(words, emTwips({ size, font: metrics.font }, bold), lineHeightOf(size, metrics.line));
            text += words;
            break;
          }
          case 'w:tab':
            counter.tab();
            break;
          case 'w:br':
            if (attributes(value)['w:type'] === 'page') {
              pageBreakAt = counter.finish();
              counter = new LineCounter(available, lineHeightOf(metrics.size, metrics.line));
            } else counter.lineBreak();
            break;
          case 'w:drawing': {
            const extent = findDeep(value, 'wp:extent');
            const cy = numberAttr(extent, 'cy');
            if (cy !== undefined) counter.picture(cy / EMU_PER_TWIP);
            break;
          }
          case 'w:bookmarkStart': {
            const mark = attributes(value)['w:name'];
            if (typeof mark === 'string') bookmarks.push(mark);
            break;
          }
          case 'w:pPr':
          case 'w:rPr':
          case 'w:instrText':
          case 'w:fldChar':
            break;
          default:
            // Hyperlinks, fields, bookmarks' content and other wrappers hold runs.
            if (Array.isArray(value)) visit(value, runProps);
        }
      }
    };
    visit(content, undefined);
    const rows = this.spliced(text);
    if (rows !== undefined && rows.length > 0) {
      out.push(splicedTable(rows));
      return;
    }
    const keepLines = metrics.keepLines;
    if (pageBreakAt !== null) {
      const beforeBreak: readonly number[] = pageBreakAt;
      if (beforeBreak.length > 1 || text.trim() !== '')
        out.push({
          kind: 'paragraph',
          ...metrics,
          after: 0,
          lines: beforeBreak,
          keepNext: false,
          keepLines,
          bookmarks,
        });
      out.push({ kind: 'page-break' });
      out.push({ kind: 'paragraph', ...metrics, before: 0, lines: counter.finish(), keepLines, bookmarks: [] });
      return;
    }
    out.push({ kind: 'paragraph', ...metrics, lines: counter.finish(), keepLines, bookmarks });
  }

  private table(content: unknown): Table {
    const tblPr = find(content, 'w:tblPr');
    const margins = find(tblPr, 'w:tblCellMar');
    const cellMargins =
      margins === undefined
        ? CELL_MARGINS
        : (numberAttr(find(margins, 'w:left'), 'w:w') ?? 108) + (numberAttr(find(margins, 'w:right'), 'w:w') ?? 108);
    const grid = children(find(content, 'w:tblGrid'))
      .map((col) => element(col))
      .filter((el) => el !== null && el[0] === 'w:gridCol')
      .map((el) => numberAttr(el![1], 'w:w') ?? 0);
    const header: Row[] = [];
    const rows: Row[] = [];
    let headerDone = false;
    for (const child of children(content)) {
      const el = element(child);
      if (el === null || el[0] !== 'w:tr') continue;
      const trPr = find(el[1], 'w:trPr');
      const atLeast = numberAttr(find(trPr, 'w:trHeight'), 'w:val') ?? 0;
      let tallest = 0;
      let column = 0;
      const bookmarks: string[] = [];
      for (const cellNode of children(el[1])) {
        const cell = element(cellNode);
        if (cell === null || cell[0] !== 'w:tc') continue;
        const tcPr = find(cell[1], 'w:tcPr');
        const span = numberAttr(find(tcPr, 'w:gridSpan'), 'w:val') ?? 1;
        const cellWidth =
          numberAttr(find(tcPr, 'w:tcW'), 'w:w') ?? grid.slice(column, column + span).reduce((a, b) => a + b, 0);
        column += span;
        const inner: Block[] = [];
        for (const part of children(cell[1])) {
          const p = element(part);
          if (p?.[0] === 'w:p') this.paragraph(p[1], Math.max(TAB, cellWidth - cellMargins), inner);
          else if (p?.[0] === 'w:tbl') inner.push(this.table(p[1]));
        }
        tallest = Math.max(
          tallest,
          inner.reduce((sum, b) => sum + blockHeight(b), 0),
        );
        for (const b of inner) if (b.kind === 'paragraph') bookmarks.push(...b.bookmarks);
      }
      const row: Row = {
        height: Math.max(atLeast, tallest) + ROW_EXTRA,
        cantSplit: find(trPr, 'w:cantSplit') !== undefined,
        bookmarks,
      };
      if (!headerDone && find(trPr, 'w:tblHeader') !== undefined) header.push(row);
      else {
        headerDone = true;
        rows.push(row);
      }
    }
    return { kind: 'table', header, rows };
  }
}

function findDeep(value: unknown, name: string): unknown {
  for (const child of children(value)) {
    const el = element(child);
    if (el === null) continue;
    if (el[0] === name) return el[1];
    const inner = findDeep(el[1], name);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

function splicedTable(rows: readonly number[]): Table {
  const [header, ...body] = rows;
  return {
    kind: 'table',
    header: [{ height: header!, cantSplit: true, bookmarks: [] }],
    rows: body.map((height) => ({ height, cantSplit: false, bookmarks: [] })),
  };
}

function blockHeight(block: Block): number {
  switch (block.kind) {
    case 'paragraph':
      return block.before + block.lines.reduce((a, b) => a + b, 0) + block.after;
    case 'table':
      return [...block.header, ...block.rows].reduce((sum, row) => sum + row.height, 0);
    default:
      return 0;
  }
}

// ---- laying the blocks out on pages ----

export interface PageEstimate {
  /** The page (counted from 1) each bookmark starts on. */
  readonly bookmarks: ReadonlyMap<string, number>;
  readonly pageCount: number;
}

/** The room a block needs to start on a page together with what it is kept with. */
function startHeight(block: Block): number {
  if (block.kind === 'paragraph') return block.before + block.lines.slice(0, 2).reduce((a, b) => a + b, 0);
  if (block.kind === 'table')
    return [...block.header, ...block.rows.slice(0, 1)].reduce((sum, row) => sum + row.height, 0);
  return 0;
}

export function paginate(blocks: readonly Block[], pageHeight: number): PageEstimate {
  const bookmarks = new Map<string, number>();
  let page = 1;
  let y = 0;
  /** At the top of a page after a page break, where Word keeps a paragraph's space before. */
  let afterHardBreak = true;
  const newPage = (hard: boolean): void => {
    page += 1;
    y = 0;
    afterHardBreak = hard;
  };
  const mark = (names: readonly string[]): void => {
    for (const name of names) if (!bookmarks.has(name)) bookmarks.set(name, page);
  };

  blocks.forEach((block, index) => {
    if (block.kind === 'page-break') {
      newPage(true);
      return;
    }
    if (block.kind === 'table') {
      const headerHeight = block.header.reduce((sum, row) => sum + row.height, 0);
      if (y > 0 && y + startHeight(block) > pageHeight) newPage(false);
      y += headerHeight;
      for (const row of block.rows) {
        if (y + row.height > pageHeight && y > headerHeight) {
          if (row.cantSplit || row.height <= pageHeight - headerHeight) newPage(false);
          else {
            // A row that may break runs over onto the next pages.
            let rest = row.height - (pageHeight - y);
            mark(row.bookmarks);
            while (rest > 0) {
              newPage(false);
              y = headerHeight;
              const room = pageHeight - y;
              y += Math.min(rest, room);
              rest -= room;
            }
            continue;
          }
          y = headerHeight;
        }
        mark(row.bookmarks);
        y += row.height;
      }
      afterHardBreak = false;
      return;
    }
    // Keep with next: this paragraph, the ones kept with it and the start of what follows them; a
    // chain taller than a page keeps only this paragraph with the start of the next block.
    if (block.keepNext && y > 0) {
      let needed = blockHeight(block);
      for (let next = index + 1; next < blocks.length; next += 1) {
        const following = blocks[next]!;
        if (following.kind === 'paragraph' && following.keepNext) needed += blockHeight(following);
        else {
          needed += startHeight(following);
          break;
        }
      }
      const next = blocks[index + 1];
      if (needed > pageHeight && next !== undefined) needed = blockHeight(block) + startHeight(next);
      if (y + needed > pageHeight && needed <= pageHeight) newPage(false);
    }
    const before = y === 0 && !afterHardBreak ? 0 : block.before;
    const total = block.lines.reduce((a, b) => a + b, 0);
    const firstLines = block.keepLines ? total : block.lines.slice(0, 2).reduce((a, b) => a + b, 0);
    if (y > 0 && y + before + firstLines > pageHeight) newPage(false);
    mark(block.bookmarks);
    y += y === 0 && !afterHardBreak ? 0 : block.before;
    block.lines.forEach((height, line) => {
      // Widow control: the last line does not stand alone at the top of a page.
      const widow = line === block.lines.length - 2 && y + height + (block.lines[line + 1] ?? 0) > pageHeight;
      if (y > 0 && (y + height > pageHeight || widow) && line > 0) newPage(false);
      y += height;
    });
    y = Math.min(pageHeight, y + block.after);
    afterHardBreak = false;
  });
  return { bookmarks, pageCount: page };
}

/** Reads a document body as `docx` formats it and lays it out on pages. */
export function estimatePages(
  body: IXmlableObject,
  styles: ReadonlyMap<string, ParagraphMetrics>,
  area: TextArea,
  spliced: SplicedRows = () => undefined,
): PageEstimate {
  const reader = new BodyReader(styles, area, spliced);
  reader.read(find(body, 'w:body') ?? body);
  return paginate(reader.blocks, area.height);
}

/**
 * A `pageNumbers` for a docx Document: the estimate above for the page numbers, and the library's
 * own list numbers (the "3." a numbered heading's contents entry starts with). Those are read from
 * the body's numbered paragraphs alone (none is in a table): reading the whole body, with a
 * 400-row key-events table, cost the library 2.5 s of CPU.
 */
export function contentsPageEstimator(
  styles: ReadonlyMap<string, ParagraphMetrics>,
  area: TextArea,
  spliced: SplicedRows,
): PageNumberEstimator {
  const estimate = (body: IXmlableObject, _context: IContext) => {
    const pages = estimatePages(body, styles, area, spliced);
    return {
      bookmarks: new Map([...pages.bookmarks].map(([name, page]) => [name, String(page)])),
      bookmarkPageNumbers: pages.bookmarks,
      pageCount: pages.pageCount,
    };
  };
  const listNumbers = estimatePageNumbers.listNumbers;
  if (listNumbers === undefined) return estimate;
  return Object.assign(estimate, {
    listNumbers: (body: IXmlableObject, context: IContext) => listNumbers(numberedParagraphs(body), context),
  });
}

/** The body's numbered paragraphs (and its section properties): all that list numbers are counted from. */
function numberedParagraphs(body: IXmlableObject): IXmlableObject {
  const content = find(body, 'w:body');
  if (!Array.isArray(content)) return body;
  return {
    'w:body': content.filter((child) => {
      const el = element(child);
      return el?.[0] === 'w:sectPr' || (el?.[0] === 'w:p' && find(find(el[1], 'w:pPr'), 'w:numPr') !== undefined);
    }),
  };
}

/** Cells up to this long are wrapped word by word; longer ones are counted by length. */
const SHORT_CELL = 48;
/** Average width of running English text in Arial, thousandths of an em (letters and spaces). */
const AVERAGE_CHARACTER = 500;

/**
 * Row heights of an appendix table, header first. Short cells are wrapped word by word; long ones
 * are counted by their length: at 20,000 rows of long narratives wrapping every word would cost
 * more than the rest of the estimate.
 */
export function chronologyRowHeights(
  chunk: ChronologyChunk,
  metrics: ParagraphMetrics,
  widths: readonly number[],
  cellMargins: number,
): number[] {
  const line = lineHeightOf(metrics.size, metrics.line);
  const em = emTwips(metrics, false);
  // Wrapping at word boundaries wastes about half a word per line.
  const perLine = widths.map((w) => Math.max(1, (w - cellMargins) / ((AVERAGE_CHARACTER * em) / 1000) - 3));
  // Short cells repeat down a column (the same dates, the same few agencies): each is wrapped once.
  const shortLines = Array.from({ length: 5 }, () => new Map<string, number>());
  const linesOf = (text: string, column: number): number => {
    if (text.length <= SHORT_CELL) {
      const known = shortLines[column]!.get(text);
      if (known !== undefined) return known;
      const counter = new LineCounter(widths[column]! - cellMargins, line);
      counter.text(text, em, line);
      const lines = counter.finish().length;
      shortLines[column]!.set(text, lines);
      return lines;
    }
    let lines = 0;
    let start = 0;
    for (;;) {
      const end = text.indexOf('\n', start);
      const length = (end < 0 ? text.length : end) - start;
      lines += Math.max(1, Math.ceil(length / perLine[column]!));
      if (end < 0) return lines;
      start = end + 1;
    }
  };
  const heights = [line + ROW_EXTRA];
  for (const row of chunk.rows) {
    const most = Math.max(
      1,
      linesOf(row.date, 0),
      linesOf(row.agency, 1),
      linesOf(row.event, 2),
      linesOf(row.outcome, 3),
      linesOf(row.significance, 4),
    );
    heights.push(most * line + ROW_EXTRA);
  }
  return heights;
}
