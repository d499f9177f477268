/**
 * Table column widths that never break a word: each column is at least as wide as its longest
 * word (header words in bold) at the table's font size, and the space left over is shared by the
 * template's relative weights. Word and LibreOffice both break a word that does not fit its cell
 * ("Characterist ic"), which reads as a typing error in a published report.
 */

/** Average advance of a character in Arial/Calibri-like fonts, as a fraction of the point size. */
const AVERAGE_CHAR_EM = 0.56;
const BOLD_FACTOR = 1.1;
const CAPITAL_FACTOR = 1.25;
/** Left and right cell margins (Word's default 0.19 cm each) plus a little slack, in twips. */
const CELL_PADDING_TWIPS = 260;

/** Estimated width of one word in twips (1 pt = 20 twips). */
export function wordWidthTwips(word: string, fontSizePt: number, bold: boolean): number {
  let ems = 0;
  for (const ch of word) ems += ch >= 'A' && ch <= 'Z' ? AVERAGE_CHAR_EM * CAPITAL_FACTOR : AVERAGE_CHAR_EM;
  return Math.ceil(ems * fontSizePt * 20 * (bold ? BOLD_FACTOR : 1));
}

function longestWord(text: string, fontSizePt: number, bold: boolean): number {
  return Math.max(0, ...text.split(/[\s/]+/).map((w) => wordWidthTwips(w, fontSizePt, bold)));
}

export interface ColumnWidthInput {
  readonly totalTwips: number;
  readonly fontSizePt: number;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly weights?: readonly number[];
}

/** Whole-twip widths that sum to at most `totalTwips`; the minimums win when they cannot all fit. */
export function columnWidths(input: ColumnWidthInput): number[] {
  const count = Math.max(input.header.length, 1);
  const weights = input.weights?.length === count ? input.weights : Array.from({ length: count }, () => 1);
  const minimums = Array.from({ length: count }, (_, i) => {
    const header = longestWord(input.header[i] ?? '', input.fontSizePt, true);
    const cells = Math.max(0, ...input.rows.map((row) => longestWord(row[i] ?? '', input.fontSizePt, false)));
    return Math.max(header, cells) + CELL_PADDING_TWIPS;
  });
  const widths = [...minimums];
  // Share out what is left by weight, but never take a column below its minimum: repeat until
  // every column is at least its weighted share or its minimum.
  let free = new Set(widths.map((_, i) => i));
  for (let round = 0; round < count; round += 1) {
    const fixed = [...widths.keys()].filter((i) => !free.has(i)).reduce((sum, i) => sum + widths[i]!, 0);
    const space = input.totalTwips - fixed;
    const weightSum = [...free].reduce((sum, i) => sum + weights[i]!, 0);
    if (weightSum <= 0 || space <= 0) break;
    const tooNarrow = [...free].filter((i) => (space * weights[i]!) / weightSum < minimums[i]!);
    if (tooNarrow.length === 0) {
      for (const i of free) widths[i] = Math.floor((space * weights[i]!) / weightSum);
      break;
    }
    for (const i of tooNarrow) widths[i] = minimums[i]!;
    free = new Set([...free].filter((i) => !tooNarrow.includes(i)));
    if (free.size === 0) break;
  }
  return widths;
}

/** True when every column can hold its longest word at this size. */
export function fitsWithoutBreakingWords(input: ColumnWidthInput): boolean {
  return columnWidths(input).reduce((a, b) => a + b, 0) <= input.totalTwips;
}
