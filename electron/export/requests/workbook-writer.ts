/**
 * A small SpreadsheetML (.xlsx) writer for workbooks that other people fill in. The project's
 * general spreadsheet writer (write-excel-file) has no data validation, no sheet or workbook
 * protection, no hidden sheets and no cell locking in its core; adding them through its hooks means
 * rewriting its XML by string search, which its author warns may change shape between versions.
 * A request workbook is a fixed, small layout, so it is written here directly against ECMA-376
 * (elements in the order the schema requires), with the project's zip writer. Reading a returned
 * workbook stays with the import pipeline's reader.
 */
import { escapeXml } from '../docx/xml-text';
import { writeZip, type ZipEntry } from '../docx/zip-writer';

/** Cell looks, by index into the fixed style sheet below. */
export const CELL_STYLE = {
  plain: 0,
  /** Column heading: bold on a light fill, wrapped, locked. */
  heading: 1,
  /** An input cell: text format (what is typed stays as typed), wrapped, unlocked. */
  input: 2,
  /** Instruction text: wrapped, top-aligned, locked. */
  text: 3,
  /** Instruction title. */
  title: 4,
  /** Instruction label (bold, wrapped). */
  label: 5,
} as const;
export type CellStyle = (typeof CELL_STYLE)[keyof typeof CELL_STYLE];

export interface Cell {
  readonly text: string;
  readonly style?: CellStyle;
}

export interface DataValidation {
  /** `A1`, `C2:C1048576`, … */
  readonly range: string;
  /** A defined name (or range) listing the allowed values; none for a message-only rule. */
  readonly list?: string;
  /** Refuse values not in the list (else the list is offered and other text accepted). */
  readonly strict?: boolean;
  readonly promptTitle?: string;
  readonly prompt?: string;
  readonly errorTitle?: string;
  readonly error?: string;
}

export interface SheetSpec {
  readonly name: string;
  readonly state?: 'visible' | 'veryHidden';
  readonly rows: readonly (readonly Cell[])[];
  /** Row heights in points, by row index (wrapped text needs them: spreadsheet programs do not grow rows on opening). */
  readonly rowHeights?: readonly (number | undefined)[];
  readonly columns?: readonly { readonly width: number; readonly style?: CellStyle }[];
  readonly frozenRows?: number;
  /** Locked cells cannot be changed; rows may still be added, deleted, sorted and resized. */
  readonly protect?: boolean;
  readonly validations?: readonly DataValidation[];
  readonly selected?: boolean;
  /** Print landscape, all columns on one page width (the instructions read across two columns). */
  readonly printFitWidth?: boolean;
}

export interface WorkbookSpec {
  readonly title: string;
  readonly sheets: readonly SheetSpec[];
  /** Workbook-level names, e.g. a drop-down list's range. */
  readonly definedNames?: readonly { readonly name: string; readonly ref: string }[];
  /** Sheets cannot be added, removed, renamed or unhidden. */
  readonly lockStructure?: boolean;
  /** Custom document properties (File → Properties → Custom): kept by Excel and LibreOffice on save. */
  readonly customProperties?: Readonly<Record<string, string>>;
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const attr = (text: string) => escapeXml(text);

function cellXml(cell: Cell, ref: string): string {
  const style = cell.style ?? 0;
  if (cell.text === '') return style === 0 ? '' : `<c r="${ref}" s="${style}"/>`;
  const space = /^\s|\s$|\n/.test(cell.text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t${space}>${escapeXml(cell.text)}</t></is></c>`;
}

function* sheetXml(sheet: SheetSpec): Iterable<string> {
  const width = Math.max(1, sheet.columns?.length ?? 0, ...sheet.rows.map((row) => row.length));
  const height = Math.max(1, sheet.rows.length);
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  yield '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
  if (sheet.printFitWidth) yield '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  yield `<dimension ref="A1:${columnLetter(width - 1)}${height}"/>`;
  const frozen = sheet.frozenRows ?? 0;
  yield `<sheetViews><sheetView workbookViewId="0"${sheet.selected ? ' tabSelected="1"' : ''}>`;
  if (frozen > 0) {
    const topLeft = `A${frozen + 1}`;
    yield `<pane ySplit="${frozen}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/>`;
  }
  yield '</sheetView></sheetViews>';
  yield '<sheetFormatPr defaultRowHeight="15"/>';
  if (sheet.columns !== undefined && sheet.columns.length > 0) {
    yield '<cols>';
    let index = 0;
    for (const column of sheet.columns) {
      index += 1;
      yield `<col min="${index}" max="${index}" width="${column.width}" customWidth="1"${column.style === undefined ? '' : ` style="${column.style}"`}/>`;
    }
    yield '</cols>';
  }
  yield '<sheetData>';
  // Rows go to the deflate stream in pieces of about 256 KB: one piece per row would be 20,000
  // trips through the stream for a filled sheet.
  let r = 0;
  let piece = '';
  for (const row of sheet.rows) {
    r += 1;
    let cells = '';
    row.forEach((cell, c) => {
      cells += cellXml(cell, `${columnLetter(c)}${r}`);
    });
    const height = sheet.rowHeights?.[r - 1];
    if (cells !== '')
      piece += `<row r="${r}"${height === undefined ? '' : ` ht="${height}" customHeight="1"`}>${cells}</row>`;
    if (piece.length > 256 * 1024) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}</sheetData>`;
  if (sheet.protect) {
    // No password: this keeps headings from being renamed by accident, it is not a security control.
    // "0" allows: rows can still be added, deleted, resized and sorted, and columns widened.
    yield '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" insertRows="0" deleteRows="0" sort="0" autoFilter="0"/>';
  }
  const validations = sheet.validations ?? [];
  if (validations.length > 0) {
    yield `<dataValidations count="${validations.length}">`;
    for (const v of validations) {
      const kind = v.list === undefined ? '' : ` type="list"`;
      const errors =
        v.list === undefined ? '' : v.strict ? ' showErrorMessage="1" errorStyle="stop"' : ' showErrorMessage="0"';
      const texts = [
        v.promptTitle === undefined ? '' : ` promptTitle="${attr(v.promptTitle.slice(0, 32))}"`,
        v.prompt === undefined ? '' : ` prompt="${attr(v.prompt.slice(0, 255))}"`,
        v.errorTitle === undefined ? '' : ` errorTitle="${attr(v.errorTitle.slice(0, 32))}"`,
        v.error === undefined ? '' : ` error="${attr(v.error.slice(0, 255))}"`,
      ].join('');
      const formula = v.list === undefined ? '' : `<formula1>${attr(v.list)}</formula1>`;
      yield `<dataValidation${kind} allowBlank="1" showInputMessage="1"${errors}${texts} sqref="${v.range}">${formula}</dataValidation>`;
    }
    yield '</dataValidations>';
  }
  yield '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  if (sheet.printFitWidth) yield '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>';
  yield '</worksheet>';
}

const STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="6">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="49" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top" wrapText="1"/><protection locked="1"/></xf>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1" applyProtection="1"><alignment vertical="top" wrapText="1"/><protection locked="0"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function workbookXml(spec: WorkbookSpec): string {
  const sheets = spec.sheets
    .map(
      (sheet, i) =>
        `<sheet name="${attr(sheet.name)}" sheetId="${i + 1}"${sheet.state === 'veryHidden' ? ' state="veryHidden"' : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  const active = Math.max(
    0,
    spec.sheets.findIndex((sheet) => sheet.selected),
  );
  const names = (spec.definedNames ?? [])
    .map((n) => `<definedName name="${attr(n.name)}">${attr(n.ref)}</definedName>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<workbookPr/>' +
    (spec.lockStructure ? '<workbookProtection lockStructure="1"/>' : '') +
    `<bookViews><workbookView activeTab="${active}"/></bookViews>` +
    `<sheets>${sheets}</sheets>` +
    (names === '' ? '' : `<definedNames>${names}</definedNames>`) +
    '</workbook>'
  );
}

function customXml(properties: Readonly<Record<string, string>>): string {
  const items = Object.entries(properties)
    .map(
      ([name, value], i) =>
        `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${attr(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    items +
    '</Properties>'
  );
}

function coreXml(title: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>Casewright</dc:creator><cp:lastModifiedBy>Casewright</cp:lastModifiedBy><dc:language>en-GB</dc:language>` +
    '</cp:coreProperties>'
  );
}

export async function writeWorkbook(spec: WorkbookSpec): Promise<Buffer> {
  const custom = spec.customProperties !== undefined && Object.keys(spec.customProperties).length > 0;
  const sheetOverrides = spec.sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  const contentTypes =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheetOverrides +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    (custom
      ? '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
      : '') +
    '</Types>';
  const rootRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    (custom
      ? '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>'
      : '') +
    '</Relationships>';
  const workbookRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    spec.sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('') +
    `<Relationship Id="rId${spec.sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
    '</Relationships>';
  const entries: ZipEntry[] = [
    { name: '[Content_Types].xml', data: Buffer.from(contentTypes, 'utf8') },
    { name: '_rels/.rels', data: Buffer.from(rootRels, 'utf8') },
    { name: 'docProps/core.xml', data: Buffer.from(coreXml(spec.title), 'utf8') },
    ...(custom ? [{ name: 'docProps/custom.xml', data: Buffer.from(customXml(spec.customProperties!), 'utf8') }] : []),
    { name: 'xl/workbook.xml', data: Buffer.from(workbookXml(spec), 'utf8') },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(workbookRels, 'utf8') },
    { name: 'xl/styles.xml', data: Buffer.from(STYLES_XML, 'utf8') },
    ...spec.sheets.map((sheet, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: sheetXml(sheet) })),
  ];
  return writeZip(entries);
}
