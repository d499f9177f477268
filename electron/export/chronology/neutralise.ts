/**
 * Spreadsheet formula injection: a cell beginning with = + - @ (or a tab or carriage return,
 * which some programs strip before evaluating) can run as a formula when the file is opened.
 * Prefixing a single quote makes spreadsheet programs treat it as text (OWASP's advice).
 * Applied to CSV and XLSX alike: an XLSX string cell is safe itself, but reviewers often
 * re-save exports as CSV.
 */
const DANGEROUS_START = /^[=+\-@\t\r]/;

export function neutraliseCell(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}
