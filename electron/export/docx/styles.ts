/**
 * Word styles and numbering built from a template's style settings. Every paragraph in the export
 * uses a named style (Heading 1–3, Normal, Quote, Caption, TableText …) so a screen reader and
 * Word's navigation pane see the real structure, and a partnership's fonts apply everywhere.
 */
import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';
import type { StyleSettings } from '../report/model';

export const PARAGRAPH_NUMBERING = 'cw-paragraphs';
export const BULLET_NUMBERING = 'cw-bullets';
export const ORDERED_NUMBERING = 'cw-ordered';

/** Half-points, as Word stores sizes. */
const halfPoints = (points: number): number => Math.round(points * 2);
/** Twentieths of a point. */
const twips = (points: number): number => Math.round(points * 20);

export function buildStyles(style: StyleSettings, language: string): IStylesOptions {
  const line = Math.round(style.lineSpacing * 240);
  const headingRun = (size: number) => ({
    font: style.headingFont,
    size: halfPoints(size),
    bold: true,
    color: style.headingColour,
    language: { value: language },
  });
  /** Heading 1–3 by outline level (0–2), with the space above and below it in points; kept with what follows. */
  const heading = (outlineLevel: 0 | 1 | 2, before: number, after: number) => ({
    run: headingRun(style.headingSizes[outlineLevel]),
    paragraph: {
      spacing: { before: twips(before), after: twips(after) },
      keepNext: true,
      keepLines: true,
      outlineLevel,
    },
  });
  return {
    default: {
      document: {
        run: { font: style.bodyFont, size: halfPoints(style.bodySize), language: { value: language } },
        // lineRule auto: without it LibreOffice reads the value as an exact height and squeezes inline images.
        paragraph: { spacing: { after: twips(style.paragraphSpacingAfter), line, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { ...headingRun(style.headingSizes[0] + 10) }, paragraph: { spacing: { after: twips(12) } } },
      heading1: heading(0, 18, 8),
      heading2: heading(1, 12, 6),
      heading3: heading(2, 10, 4),
      listParagraph: { paragraph: { spacing: { after: twips(4) } } },
      caption: {
        run: { italics: true, size: halfPoints(style.bodySize - 1), color: '404040' },
        paragraph: { spacing: { before: twips(4), after: twips(10) }, keepNext: true },
      },
      hyperlink: { run: { color: '0B4F9C', underline: {} } },
    },
    paragraphStyles: [
      {
        // Word's own style for the heading of a table of contents: looks like Heading 1 but is not
        // itself listed in the contents.
        id: 'TOCHeading',
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: headingRun(style.headingSizes[0]),
        paragraph: { spacing: { before: twips(0), after: twips(12) }, keepNext: true },
      },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, color: '333333' },
        paragraph: { indent: { left: twips(28), right: twips(28) } },
      },
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: halfPoints(style.bodySize - 2) },
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: 'TableHeading',
        name: 'Table Heading',
        basedOn: 'TableText',
        quickFormat: true,
        // No keepNext here: LibreOffice reads keep-with-next on a table's paragraphs as "keep the
        // table with the next paragraph", which chains every appendix table to the next caption
        // and made layout time grow with the square of the appendix (8,000 rows: 111 s).
        run: { bold: true, color: style.tableHeaderText },
      },
      {
        id: 'TitleMeta',
        name: 'Title Page Detail',
        basedOn: 'Normal',
        run: { size: halfPoints(style.bodySize + 2) },
        paragraph: { spacing: { after: twips(6) } },
      },
      {
        id: 'Draft',
        name: 'Draft Marking',
        basedOn: 'Normal',
        run: { bold: true, color: 'B00020', size: halfPoints(style.bodySize - 1) },
        paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 0 } },
      },
    ],
  };
}

export function buildNumbering(style: StyleSettings): INumberingOptions {
  const indentStep = 360;
  return {
    config: [
      {
        // Level 0 numbers Heading 1 sections ("3."), level 1 the body paragraphs under them ("3.2");
        // Word restarts level 1 after each level-0 paragraph, which gives 1.1, 1.2 … 2.1 for free.
        reference: PARAGRAPH_NUMBERING,
        levels: [
          {
            level: 0,
            format: style.numberHeadings ? LevelFormat.DECIMAL : LevelFormat.NONE,
            text: style.numberHeadings ? '%1.' : '',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 567, hanging: 567 } } },
          },
          {
            level: 1,
            format: LevelFormat.DECIMAL,
            text: '%1.%2',
            isLegalNumberingStyle: true,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 709, hanging: 709 } } },
          },
        ],
      },
      {
        reference: BULLET_NUMBERING,
        levels: [0, 1, 2, 3, 4, 5].map((level) => ({
          level,
          format: LevelFormat.BULLET,
          text: ['•', '◦', '▪'][level % 3] ?? '•',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: indentStep * (level + 1), hanging: indentStep } } },
        })),
      },
      {
        reference: ORDERED_NUMBERING,
        levels: [0, 1, 2, 3, 4, 5].map((level) => ({
          level,
          format:
            [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3] ?? LevelFormat.DECIMAL,
          text: `%${level + 1}.`,
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: indentStep * (level + 1), hanging: indentStep } } },
        })),
      },
    ],
  };
}
