/**
 * Spreadsheet formulas saved as text in an agency's CSV (`=HYPERLINK("…","Letter")`). The import
 * keeps what the spreadsheet showed, where that can be recovered, and the formula as written in
 * provenance; a formula is never stored where it could later run.
 */
export interface CellText {
  /** What the reviewer reads. */
  readonly value: string;
  /** The cell as written, when it was a formula; otherwise null. */
  readonly raw: string | null;
}

const HYPERLINK = /^=\s*HYPERLINK\s*\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)\s*$/i;
const QUOTED_TEXT = /^=\s*"((?:[^"]|"")*)"\s*$/;

function unquote(text: string): string {
  return text.replace(/""/g, '"');
}

export function cellText(cell: string): CellText {
  if (!cell.startsWith('=') || cell.length < 2) return { value: cell, raw: null };
  const link = HYPERLINK.exec(cell);
  if (link) return { value: unquote(link[2] ?? link[1]!), raw: cell };
  const quoted = QUOTED_TEXT.exec(cell);
  if (quoted) return { value: unquote(quoted[1]!), raw: cell };
  // No visible text can be worked out without a spreadsheet: keep the formula as plain words.
  return { value: cell.slice(1).trim(), raw: cell };
}
