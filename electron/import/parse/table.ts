/** A sheet as text: rows of cells, every cell a string (empty when blank). Row 1 is `rows[0]`. */
export interface TextTable {
  readonly rows: readonly (readonly string[])[];
}

/** Characters Word and XML refuse (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F), never useful in case text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

export function cleanCell(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '').replace(/\r\n?/g, '\n').trim();
}

export function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell === '');
}
