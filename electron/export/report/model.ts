/**
 * The report as pure data: what a Word export will contain, decided before any OOXML is written.
 *
 * Builders gather a `ReportModel` from an open review (and templates); the docx renderer turns it
 * into a .docx. Keeping the two apart means the model can be tested without Word, the renderer can
 * be tested without a review, and the briefing and panel draft reuse the same renderer.
 */
import type { ReadinessPlace } from '../../shared/domain/report';

/** Inline content of a paragraph. */
export type InlineRun =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly bold?: boolean;
      readonly italic?: boolean;
      readonly underline?: boolean;
      readonly strike?: boolean;
      readonly code?: boolean;
      readonly superscript?: boolean;
      readonly subscript?: boolean;
    }
  | { readonly kind: 'break' }
  | { readonly kind: 'tab' }
  /** An external hyperlink. */
  | { readonly kind: 'link'; readonly url: string; readonly runs: readonly InlineRun[] }
  /**
   * A cross-reference to a numbered paragraph or finding bookmark. `text` is the cached result
   * (e.g. "3.2") so the reference reads correctly before Word updates fields.
   */
  | { readonly kind: 'ref'; readonly bookmark: string; readonly text: string };

/** A paragraph of body text. `numbered` paragraphs get the 1.1, 1.2 … numbering of their section. */
export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly runs: readonly InlineRun[];
  readonly numbered?: boolean;
  /** Bookmark name around the paragraph (cw_p_… / cw_f_…); must be unique in the document. */
  readonly bookmark?: string;
  readonly style?: 'normal' | 'quote' | 'caption' | 'small';
  /** Keep on the same page as what follows (a label such as "Evidence" above its list). */
  readonly keepWithNext?: boolean;
}

export interface HeadingBlock {
  readonly kind: 'heading';
  /** 1 is a top-level section (numbered "1." when the document numbers paragraphs). */
  readonly level: 1 | 2 | 3;
  readonly text: string;
  readonly bookmark?: string;
}

export interface ListBlock {
  readonly kind: 'list';
  readonly ordered: boolean;
  readonly items: readonly ListItem[];
}

export interface ListItem {
  readonly runs: readonly InlineRun[];
  readonly children?: ListBlock;
}

export interface TableCell {
  readonly runs: readonly InlineRun[];
  /** Bookmark around the cell's text (e.g. cw_p_r_<id>_1 for a recommendation). */
  readonly bookmark?: string;
}

export interface TableBlock {
  readonly kind: 'table';
  /** Short description of what the table holds (Word's table alt text). */
  readonly caption: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
  /** Relative column widths (any unit); equal when absent. */
  readonly columnWidths?: readonly number[];
  /** Rows at least this tall (twips): room to write in a printed form. */
  readonly minRowHeightTwips?: number;
}

export interface FigureBlock {
  readonly kind: 'figure';
  readonly png: Uint8Array;
  readonly widthPx: number;
  readonly heightPx: number;
  /** Alternative text: what the image shows, for screen readers. Required. */
  readonly altText: string;
  readonly caption: string;
}

export interface GlossaryBlock {
  readonly kind: 'glossary';
  readonly entries: readonly { readonly term: string; readonly definition: string }[];
}

export interface ChronologyRow {
  readonly entryId: string;
  readonly date: string;
  /** Used to split the appendix into tables per year; empty when the date has no year. */
  readonly year: string;
  readonly agency: string;
  readonly event: string;
  readonly outcome: string;
  readonly significance: string;
}

/**
 * The chronology appendix. Rendered as several tables (per year, at most `maxRowsPerTable` each):
 * LibreOffice's layout time grows faster than the square of a single table's rows.
 */
export interface ChronologyBlock {
  readonly kind: 'chronology';
  readonly rows: readonly ChronologyRow[];
  /** Rows per table (default MAX_ROWS_PER_TABLE in chronology-xml.ts). */
  readonly maxRowsPerTable?: number;
}

/**
 * Something the review does not hold yet ("no key practice episodes are defined"). A draft prints it
 * as a clearly marked note; a publication never prints it: the builder takes it out and its `gap`
 * becomes a readiness problem, so the export is refused with a plain reason instead.
 */
export interface DraftNoteBlock {
  readonly kind: 'draft-note';
  readonly text: string;
  /** What stops publication, and where the reviewer puts it right (the builder adds the section). */
  readonly gap: ReportGap | null;
}

/** A readiness problem found while building, before the builder knows the section's heading. */
export interface ReportGap {
  readonly problem: string;
  readonly fix: string;
  readonly place: ReadinessPlace;
}

export interface PageBreakBlock {
  readonly kind: 'page-break';
}

/** One segment of a briefing graphic: a number, a title and a few short paragraphs. */
export interface GridCell {
  readonly number?: string;
  readonly title: string;
  readonly paragraphs: readonly (readonly InlineRun[])[];
  /** Points after the paragraphs, written as a real bulleted list (questions, actions). */
  readonly bullets?: readonly (readonly InlineRun[])[];
  /** The centre of the graphic (the briefing's own title), drawn filled. */
  readonly hub?: boolean;
}

/**
 * A layout grid (the 7-minute briefing's seven segments around its title). Written as a table
 * without a header row: it is read cell by cell in order, 1 to 7.
 */
export interface GridBlock {
  readonly kind: 'grid';
  readonly caption: string;
  readonly columns: number;
  readonly cells: readonly GridCell[];
}

export type ReportBlock =
  | ParagraphBlock
  | HeadingBlock
  | ListBlock
  | TableBlock
  | FigureBlock
  | GlossaryBlock
  | ChronologyBlock
  | PageBreakBlock
  | GridBlock
  | DraftNoteBlock;

export interface TitlePage {
  readonly title: string;
  readonly subtitle?: string;
  readonly partnership: string;
  readonly author: string;
  /** Shown as written (already formatted, e.g. "23 November 2026"). */
  readonly date: string;
  readonly status: string;
  /** PNG bytes of the partnership logo, from the template's style settings. */
  readonly logo?: {
    readonly png: Uint8Array;
    readonly widthPx: number;
    readonly heightPx: number;
    readonly altText: string;
  };
}

export interface StyleSettings {
  readonly bodyFont: string;
  readonly headingFont: string;
  /** Body size in points. */
  readonly bodySize: number;
  readonly headingSizes: readonly [number, number, number];
  /** Hex colours without '#'. */
  readonly headingColour: string;
  readonly tableHeaderFill: string;
  readonly tableHeaderText: string;
  /** Space after a body paragraph, in points. */
  readonly paragraphSpacingAfter: number;
  /** Line spacing as a multiple (1.15 = 115 %). */
  readonly lineSpacing: number;
  readonly numberParagraphs: boolean;
  readonly numberHeadings: boolean;
}

export interface ReportModel {
  /** Document title (core properties, title page, header). */
  readonly title: string;
  readonly subject: string;
  readonly language: string;
  readonly titlePage?: TitlePage;
  readonly tableOfContents: boolean;
  /** Draft exports carry the watermark and "Draft" in every header. */
  readonly draft: boolean;
  readonly watermarkText: string;
  /** Text in the running header, e.g. "Child R — Local Child Safeguarding Practice Review". */
  readonly headerText: string;
  readonly style: StyleSettings;
  readonly blocks: readonly ReportBlock[];
  /** Page orientation (A4); the briefing graphic is landscape. Default portrait. */
  readonly orientation?: 'portrait' | 'landscape';
}

export const DRAFT_WATERMARK = 'Draft — contains identifying information';

export const DEFAULT_STYLE: StyleSettings = {
  bodyFont: 'Arial',
  headingFont: 'Arial',
  bodySize: 11,
  headingSizes: [16, 13, 12],
  headingColour: '1F3864',
  tableHeaderFill: '1F3864',
  tableHeaderText: 'FFFFFF',
  paragraphSpacingAfter: 8,
  lineSpacing: 1.15,
  numberParagraphs: true,
  numberHeadings: true,
};

/** Plain text runs from a string (the common case in builders). */
export function textRuns(text: string): readonly InlineRun[] {
  return text === '' ? [] : [{ kind: 'text', text }];
}

export function paragraph(text: string, options: Omit<ParagraphBlock, 'kind' | 'runs'> = {}): ParagraphBlock {
  return { kind: 'paragraph', runs: textRuns(text), ...options };
}

export function draftNote(text: string, gap: ReportGap | null = null): DraftNoteBlock {
  return { kind: 'draft-note', text, gap };
}

export function heading(level: 1 | 2 | 3, text: string, bookmark?: string): HeadingBlock {
  return bookmark === undefined ? { kind: 'heading', level, text } : { kind: 'heading', level, text, bookmark };
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
