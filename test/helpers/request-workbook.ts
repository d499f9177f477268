/**
 * Acts as an agency's spreadsheet program on a generated request workbook: types rows into the
 * Chronology sheet (as text, as a user typing into the text-formatted cells would), optionally
 * renames a heading, and saves. Everything else in the package — marker, validation, protection,
 * hidden sheets — is kept byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ImportField } from '@shared/domain/chronology';
import { REQUEST_COLUMNS } from '@shared/domain/agency-request';
import { columnLetter } from '@export/requests/workbook-writer';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function rowXml(r: number, cells: readonly string[]): string {
  const inner = cells
    .map((text, c) =>
      text === ''
        ? ''
        : `<c r="${columnLetter(c)}${r}" s="2" t="inlineStr"><is><t xml:space="preserve">${escape(text)}</t></is></c>`,
    )
    .join('');
  return `<row r="${r}">${inner}</row>`;
}

/** The zip path of a sheet, found by its name through the workbook's relationships. */
export function sheetPath(files: Record<string, Uint8Array>, name: string): string {
  const workbook = strFromU8(files['xl/workbook.xml']!);
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']!);
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (target === undefined) throw new Error(`no sheet ${name}`);
  return `xl/${target}`;
}

export function fillRequestWorkbook(
  bytes: Uint8Array,
  rows: readonly (readonly string[])[],
  options: { readonly renameHeading?: { readonly from: string; readonly to: string } } = {},
): Uint8Array {
  const files = unzipSync(bytes);
  const path = sheetPath(files, 'Chronology');
  let xml = strFromU8(files[path]!);
  if (options.renameHeading !== undefined)
    xml = xml.replace(`<t>${options.renameHeading.from}</t>`, `<t>${escape(options.renameHeading.to)}</t>`);
  const body = rows.map((cells, i) => rowXml(i + 2, cells)).join('');
  xml = xml
    .replace('</sheetData>', `${body}</sheetData>`)
    .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:O${rows.length + 1}"/>`);
  files[path] = strToU8(xml);
  return zipSync(files);
}

/**
 * One row of the Chronology sheet as an agency fills it in: the text typed under each named
 * column, in the workbook's column order, and every other cell left empty.
 */
export function requestRow(cells: Readonly<Partial<Record<ImportField, string>>>): string[] {
  return REQUEST_COLUMNS.map((column) => cells[column.field] ?? '');
}

/**
 * The agency's side on disk: opens the workbook it was sent (`sent`), types one row per entry of
 * `rows` into the Chronology sheet (see `requestRow`), and saves it as `returned`.
 */
export function returnRequestWorkbook(
  sent: string,
  returned: string,
  rows: readonly Readonly<Partial<Record<ImportField, string>>>[],
): void {
  writeFileSync(returned, fillRequestWorkbook(readFileSync(sent), rows.map(requestRow)));
}
