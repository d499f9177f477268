/**
 * Report blocks as docx file children. Chronology blocks become marker paragraphs that
 * `splice.ts` replaces with raw table XML (see chronology-xml.ts for why).
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Bookmark,
  HeadingLevel,
  ImageRun,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  ShadingType,
  VerticalAlign,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import {
  assertNever,
  type GridBlock,
  type InlineRun,
  type ListBlock,
  type ReportBlock,
  type StyleSettings,
  type TableBlock,
} from '../report/model';
import { chunkCaption, chunkChronology } from './chronology-xml';
import { columnWidths } from './column-widths';
import { inlineToDocx } from './runs';
import { BULLET_NUMBERING, ORDERED_NUMBERING, PARAGRAPH_NUMBERING } from './styles';
import { stripIllegalXmlChars } from './xml-text';

/** Text width of an A4 page with 2.54 cm margins, in twips (portrait; landscape below). */
export const TEXT_WIDTH_TWIPS = 9026;
export const LANDSCAPE_TEXT_WIDTH_TWIPS = 16838 - 2 * 1134;
const MAX_FIGURE_WIDTH_PX = 600;

export interface RawTable {
  readonly marker: string;
  readonly rowsIndex: number;
  readonly caption: string;
}

export interface BlockContext {
  readonly style: StyleSettings;
  /** Raw tables to splice in after packing, in document order. */
  readonly rawTables: {
    readonly chunk: ReturnType<typeof chunkChronology>[number];
    readonly caption: string;
    readonly marker: string;
  }[];
  /** Each ordered list gets its own numbering instance so it starts at 1. */
  listInstance: number;
  /** Text width of the page in twips (landscape pages are wider). */
  readonly textWidth?: number;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function withBookmark(children: ParagraphChild[], bookmark: string | undefined): ParagraphChild[] {
  return bookmark === undefined ? children : [new Bookmark({ id: bookmark, children })];
}

function listParagraphs(list: ListBlock, level: number, ctx: BlockContext, instance: number): Paragraph[] {
  const out: Paragraph[] = [];
  for (const item of list.items) {
    out.push(
      new Paragraph({
        children: inlineToDocx(item.runs),
        numbering: list.ordered
          ? { reference: ORDERED_NUMBERING, level: Math.min(level, 5), instance }
          : { reference: BULLET_NUMBERING, level: Math.min(level, 5) },
      }),
    );
    if (item.children !== undefined) {
      const childInstance = item.children.ordered ? ++ctx.listInstance : instance;
      out.push(...listParagraphs(item.children, level + 1, ctx, childInstance));
    }
  }
  return out;
}

function headerCell(text: string, width: number, style: StyleSettings): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: style.tableHeaderFill },
    children: [new Paragraph({ style: 'TableHeading', children: [new TextRun(stripIllegalXmlChars(text))] })],
  });
}

function runsText(runs: readonly InlineRun[]): string {
  return runs
    .map((run) =>
      run.kind === 'text' || run.kind === 'ref' ? run.text : run.kind === 'link' ? runsText(run.runs) : ' ',
    )
    .join('');
}

function table(block: TableBlock, style: StyleSettings, textWidth = TEXT_WIDTH_TWIPS): Table {
  const widths = columnWidths({
    totalTwips: textWidth,
    fontSizePt: style.bodySize - 2,
    header: block.header,
    rows: block.rows.map((row) => row.map((cell) => runsText(cell.runs))),
    ...(block.columnWidths === undefined ? {} : { weights: block.columnWidths }),
  });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.header.map((h, i) => headerCell(h, widths[i] ?? 1000, style)),
      }),
      ...block.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            ...(block.minRowHeightTwips === undefined
              ? {}
              : { height: { value: block.minRowHeightTwips, rule: HeightRule.ATLEAST } }),
            children: widths.map(
              (width, i) =>
                new TableCell({
                  width: { size: width, type: WidthType.DXA },
                  children: [
                    new Paragraph({
                      style: 'TableText',
                      children: withBookmark(inlineToDocx(row[i]?.runs ?? []), row[i]?.bookmark),
                    }),
                  ],
                }),
            ),
          }),
      ),
    ],
  });
}

/** The briefing graphic: numbered segments in a grid, the hub filled in the partnership's colour. */
function gridTable(block: GridBlock, style: StyleSettings, textWidth: number): Table {
  const width = Math.floor(textWidth / block.columns);
  const border = { style: BorderStyle.SINGLE, size: 12, color: style.headingColour };
  const rows: TableRow[] = [];
  for (let start = 0; start < block.cells.length; start += block.columns) {
    const cells = block.cells.slice(start, start + block.columns);
    // A short last row: its last segment spans the rest, so the graphic has no empty box.
    const span = block.columns - cells.length + 1;
    rows.push(
      new TableRow({
        cantSplit: true,
        // Three rows fill a landscape page, so the graphic reads as a poster, not a form.
        height: { value: 2900, rule: HeightRule.ATLEAST },
        children: cells.map((cell, index) => {
          const columnSpan = index === cells.length - 1 ? span : 1;
          const colour = cell.hub === true ? style.tableHeaderText : style.headingColour;
          const title = new Paragraph({
            style: 'TableText',
            spacing: { after: 60 },
            children: [
              ...(cell.number === undefined
                ? []
                : [
                    new TextRun({
                      text: `${cell.number}  `,
                      bold: true,
                      size: (style.bodySize + 8) * 2,
                      color: colour,
                    }),
                  ]),
              new TextRun({
                text: stripIllegalXmlChars(cell.title),
                bold: true,
                size: (style.bodySize + 1) * 2,
                color: colour,
              }),
            ],
          });
          // A cell's paragraphs, then its bulleted items: the same text style, the bullets numbered.
          const cellParagraph = (runs: readonly InlineRun[], bulleted: boolean): Paragraph =>
            new Paragraph({
              style: 'TableText',
              spacing: { after: 60 },
              ...(bulleted ? { numbering: { reference: BULLET_NUMBERING, level: 0 } } : {}),
              children: inlineToDocx(runs),
            });
          const body = cell.paragraphs.map((runs) => cellParagraph(runs, false));
          const bullets = (cell.bullets ?? []).map((runs) => cellParagraph(runs, true));
          return new TableCell({
            width: { size: width * columnSpan, type: WidthType.DXA },
            ...(columnSpan > 1 ? { columnSpan } : {}),
            margins: { top: 100, bottom: 100, left: 120, right: 120 },
            borders: { top: border, bottom: border, left: border, right: border },
            ...(cell.hub === true
              ? {
                  shading: { type: ShadingType.CLEAR, color: 'auto', fill: style.tableHeaderFill },
                  verticalAlign: VerticalAlign.CENTER,
                }
              : {}),
            children: [title, ...body, ...bullets],
          });
        }),
      }),
    );
  }
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: Array.from({ length: block.columns }, () => width),
    rows,
  });
}

function captionParagraph(text: string): Paragraph {
  return new Paragraph({ style: 'Caption', children: [new TextRun(stripIllegalXmlChars(text))] });
}

export function blockToDocx(block: ReportBlock, ctx: BlockContext): FileChild[] {
  const { style } = ctx;
  switch (block.kind) {
    case 'heading': {
      const numbered = block.level === 1 && (style.numberParagraphs || style.numberHeadings);
      return [
        new Paragraph({
          heading: HEADINGS[block.level - 1],
          children: withBookmark([new TextRun(stripIllegalXmlChars(block.text))], block.bookmark),
          ...(numbered ? { numbering: { reference: PARAGRAPH_NUMBERING, level: 0, custom: true } } : {}),
        }),
      ];
    }
    case 'paragraph': {
      const styleId =
        block.style === 'quote'
          ? 'Quote'
          : block.style === 'caption'
            ? 'Caption'
            : block.style === 'small'
              ? 'TableText'
              : undefined;
      const numbered = block.numbered === true && style.numberParagraphs;
      return [
        new Paragraph({
          ...(styleId === undefined ? {} : { style: styleId }),
          children: withBookmark(inlineToDocx(block.runs), block.bookmark),
          ...(block.keepWithNext === true ? { keepNext: true } : {}),
          ...(numbered ? { numbering: { reference: PARAGRAPH_NUMBERING, level: 1, custom: true } } : {}),
        }),
      ];
    }
    case 'list':
      return listParagraphs(block, 0, ctx, block.ordered ? ++ctx.listInstance : 0);
    case 'table':
      return [captionParagraph(block.caption), table(block, style, ctx.textWidth)];
    case 'glossary':
      return [
        table(
          {
            kind: 'table',
            caption: 'Glossary of abbreviations',
            header: ['Abbreviation', 'Meaning'],
            rows: block.entries.map((e) => [
              { runs: [{ kind: 'text', text: e.term, bold: true }] },
              { runs: [{ kind: 'text', text: e.definition }] },
            ]),
            columnWidths: [1, 4],
          },
          style,
        ),
      ];
    case 'figure': {
      const scale = Math.min(1, MAX_FIGURE_WIDTH_PX / block.widthPx);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          children: [
            new ImageRun({
              type: 'png',
              data: block.png,
              transformation: { width: Math.round(block.widthPx * scale), height: Math.round(block.heightPx * scale) },
              altText: { name: block.caption, title: block.caption, description: stripIllegalXmlChars(block.altText) },
            }),
          ],
        }),
        captionParagraph(block.caption),
      ];
    }
    case 'chronology': {
      const chunks = chunkChronology(block.rows, block.maxRowsPerTable);
      const out: FileChild[] = [];
      for (const chunk of chunks) {
        const caption = chunkCaption(chunk, block.rows.length);
        const marker = `CWRAWTABLE${ctx.rawTables.length}X`;
        ctx.rawTables.push({ chunk, caption, marker });
        out.push(captionParagraph(caption), new Paragraph({ children: [new TextRun(marker)] }));
      }
      if (chunks.length === 0)
        out.push(new Paragraph({ children: [new TextRun('No chronology entries are in scope.')] }));
      return out;
    }
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'grid':
      return [gridTable(block, style, ctx.textWidth ?? TEXT_WIDTH_TWIPS)];
    case 'draft-note':
      // Marked so nobody mistakes it for the report's words: a labelled, shaded, bordered note.
      return [
        new Paragraph({
          style: 'TableText',
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FFF2CC' },
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'BF8F00', space: 6 } },
          children: [
            new TextRun({ text: 'Draft note: ', bold: true }),
            new TextRun({ text: stripIllegalXmlChars(block.text), italics: true }),
          ],
        }),
      ];
    default:
      return assertNever(block);
  }
}
