/**
 * The chronology appendix written as raw WordprocessingML.
 *
 * Why not the docx object model: at 20,000 rows it builds ~100,000 objects per column set and an
 * intermediate JSON tree before serialising, which costs seconds and hundreds of MB (docx #897).
 * The appendix is uniform (one paragraph style, no formatting), so a string builder writes the
 * same XML at a fraction of the time and memory. The renderer leaves a marker paragraph where each
 * table goes and swaps the markers for this XML inside document.xml (render.ts), written piece by
 * piece into UTF-8 buffers (utf8-chunks.ts) rather than as one string per table.
 *
 * Tables are split per year and at `MAX_ROWS_PER_TABLE` rows: LibreOffice's layout time grows faster
 * than the square of one table's rows (10,000 rows in one table did not finish in 15 minutes).
 */
import type { ChronologyRow, StyleSettings } from '../report/model';
import { escapeXml } from './xml-text';

export const MAX_ROWS_PER_TABLE = 500;
/** Bookmark ids for entry rows start here, far above the ids docx allocates for the rest. */
export const ENTRY_BOOKMARK_ID_BASE = 1_000_000;

export interface ChronologyChunk {
  readonly year: string;
  /** 1-based position of the chunk's first row in the whole appendix. */
  readonly firstIndex: number;
  readonly rows: readonly ChronologyRow[];
  /** Part number within the year and count of parts for that year. */
  readonly part: number;
  readonly parts: number;
}

export function chunkChronology(rows: readonly ChronologyRow[], maxRows = MAX_ROWS_PER_TABLE): ChronologyChunk[] {
  const byYear: { year: string; start: number; rows: ChronologyRow[] }[] = [];
  rows.forEach((row, index) => {
    const last = byYear[byYear.length - 1];
    if (last !== undefined && last.year === row.year) last.rows.push(row);
    else byYear.push({ year: row.year, start: index + 1, rows: [row] });
  });
  const chunks: ChronologyChunk[] = [];
  for (const group of byYear) {
    const parts = Math.max(1, Math.ceil(group.rows.length / maxRows));
    for (let part = 0; part < parts; part++) {
      chunks.push({
        year: group.year,
        firstIndex: group.start + part * maxRows,
        rows: group.rows.slice(part * maxRows, (part + 1) * maxRows),
        part: part + 1,
        parts,
      });
    }
  }
  return chunks;
}

export function chunkCaption(chunk: ChronologyChunk, total: number): string {
  const year = chunk.year === '' ? 'Undated entries' : chunk.year;
  const part = chunk.parts > 1 ? ` (part ${chunk.part} of ${chunk.parts})` : '';
  const last = chunk.firstIndex + chunk.rows.length - 1;
  return `Chronology ${year}${part}: entries ${chunk.firstIndex}–${last} of ${total}`;
}

export const CHRONOLOGY_HEADER = ['Date', 'Agency', 'Event or contact', 'Action or outcome', 'Significance'] as const;
/** Column widths in twips; they add up to the A4 text width with 2.54 cm margins (9,026). */
const WIDTHS = [1250, 1450, 2450, 2000, 1876] as const;
export const CHRONOLOGY_COLUMN_WIDTHS: readonly number[] = WIDTHS;
/** Left plus right cell margin of the appendix tables, in twips. */
export const CHRONOLOGY_CELL_MARGINS = 160;

/** Where the appendix XML goes, piece by piece, in order. */
export interface XmlSink {
  add(xml: string): void;
}

const RUN_START = '<w:r><w:t xml:space="preserve">';
const RUN_END = '</w:t></w:r>';
const LINE_BREAK = '<w:r><w:br/></w:r>';

/** The start of a cell up to its paragraph's content: the same for every cell of a column. */
function cellStart(width: number, style: string, fill?: string): string {
  const shade = fill === undefined ? '' : `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>`;
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shade}</w:tcPr>` +
    `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>`
  );
}
const CELL_END = '</w:p></w:tc>';

/** A cell's text as runs, a line break between its lines; nothing for an empty cell. */
function addRuns(out: XmlSink, text: string): void {
  if (text === '') return;
  if (!text.includes('\n')) {
    out.add(RUN_START);
    out.add(escapeXml(text));
    out.add(RUN_END);
    return;
  }
  text.split('\n').forEach((line, i) => {
    if (i > 0) out.add(LINE_BREAK);
    out.add(RUN_START);
    out.add(escapeXml(line));
    out.add(RUN_END);
  });
}

function addCell(out: XmlSink, start: string, text: string): void {
  out.add(start);
  addRuns(out, text);
  out.add(CELL_END);
}

/**
 * One table of the appendix, written to `out`. `bookmarkId` numbers the row bookmarks
 * (`cw_e_<entryId>`) so the panel's comments on an entry can be traced back to it.
 */
export function writeChronologyTable(
  out: XmlSink,
  chunk: ChronologyChunk,
  style: StyleSettings,
  caption: string,
  bookmarkId: { next: number },
): void {
  const border = '<w:%s w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>';
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => border.replace('%s', b)).join('');
  out.add(
    `<w:tbl><w:tblPr><w:tblW w:w="9026" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders>` +
      `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="${CHRONOLOGY_CELL_MARGINS / 2}" w:type="dxa"/><w:right w:w="${CHRONOLOGY_CELL_MARGINS / 2}" w:type="dxa"/></w:tblCellMar>` +
      `<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>` +
      `<w:tblCaption w:val="${escapeXml(caption)}"/></w:tblPr><w:tblGrid>`,
  );
  for (const w of WIDTHS) out.add(`<w:gridCol w:w="${w}"/>`);
  out.add('</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>');
  CHRONOLOGY_HEADER.forEach((label, i) =>
    addCell(out, cellStart(WIDTHS[i] ?? 1000, 'TableHeading', style.tableHeaderFill), label),
  );
  out.add('</w:tr>');
  const [date, agency, event, outcome, significance] = WIDTHS.map((w) => cellStart(w, 'TableText'));
  for (const row of chunk.rows) {
    const id = bookmarkId.next++;
    // No cantSplit on data rows: LibreOffice lays out an 8,000-row appendix ~40% faster without it.
    out.add('<w:tr>');
    out.add(date!);
    out.add(`<w:bookmarkStart w:id="${id}" w:name="${escapeXml(`cw_e_${row.entryId}`)}"/>`);
    addRuns(out, row.date);
    out.add(`<w:bookmarkEnd w:id="${id}"/>`);
    out.add(CELL_END);
    addCell(out, agency!, row.agency);
    addCell(out, event!, row.event);
    addCell(out, outcome!, row.outcome);
    addCell(out, significance!, row.significance);
    out.add('</w:tr>');
  }
  out.add('</w:tbl>');
}
