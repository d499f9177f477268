/**
 * How wide text is, roughly, for estimating where a page ends (page-estimate.ts). Arial's widths
 * (the same as Helvetica's, in thousandths of an em) for the printable ASCII characters; other
 * characters count as a digit. Other fonts are Arial scaled by how wide their average text runs,
 * which is close enough to count lines: the estimate only fills in the contents' page numbers
 * until Word updates them, and a PDF gets exact ones from LibreOffice.
 */

// Space (32) to tilde (126).
const ARIAL = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
] as const;
const OTHER = 556;

/** How wide a font's text runs against Arial's, by the start of its name (lower case). */
const FONT_SCALE: readonly (readonly [string, number])[] = [
  ['calibri', 0.9],
  ['carlito', 0.9],
  ['aptos', 0.95],
  ['times', 0.88],
  ['liberation serif', 0.88],
  ['cambria', 0.95],
  ['georgia', 1.03],
  ['verdana', 1.17],
  ['tahoma', 0.98],
  ['segoe', 0.98],
  ['trebuchet', 0.98],
  ['open sans', 1.05],
  ['century gothic', 1.1],
  ['gill sans', 0.92],
];

export function fontScale(font: string): number {
  const name = font.toLowerCase();
  return FONT_SCALE.find(([start]) => name.startsWith(start))?.[1] ?? 1;
}

/** Width of one character in thousandths of an em of Arial. */
export function characterWidth(code: number): number {
  return code >= 32 && code <= 126 ? ARIAL[code - 32]! : OTHER;
}

/** Bold text runs about 7% wider. */
export const BOLD_SCALE = 1.07;

/** Word's single line height as a multiple of the font size (Arial's ascent and descent, rounded up). */
export const LINE_HEIGHT = 1.15;
