/**
 * Agency chronology requests at 20,000 rows, both ways, for each chronology shape:
 *
 * - write: the request writer (`electron/export/requests/workbook-writer.ts`) writing the request's
 *   Chronology sheet with 20,000 filled rows, against write-excel-file (the project's general
 *   spreadsheet writer) writing the same rows with no validation or protection;
 * - read: the import pipeline's workbook reader (read-excel-file) reading the filled Chronology
 *   sheet, and the whole returned-request import (marker, headings, parse, validate, one
 *   transaction, search index, duplicate sweep) through the API.
 *
 * Also the time to make an empty request workbook through the API, as a reviewer does.
 */
import writeXlsxFile from 'write-excel-file/node';
import { CELL_STYLE, writeWorkbook } from '../../electron/export/requests/workbook-writer';
import { readXlsx } from '../../electron/import/parse/xlsx';
import { REQUEST_COLUMNS } from '../../electron/shared/domain/agency-request';
import { fillRequestWorkbook } from '../helpers/request-workbook';
import { base64, requestReview } from '../helpers/request-review';
import { chronologyRows, type ChronologyShape } from './chronology-shapes';
import { peakRssMb, ratio, runAsScript, runEveryShape, seconds, timed } from './measure';

interface RequestBenchResult {
  readonly shape: ChronologyShape;
  readonly rows: number;
  readonly makeRequestMs: number;
  readonly writeMs: number;
  readonly writeCpuMs: number;
  readonly writeBytes: number;
  readonly baselineWriteMs: number;
  readonly baselineWriteCpuMs: number;
  readonly readMs: number;
  readonly readCpuMs: number;
  readonly importMs: number;
  readonly importCpuMs: number;
  readonly imported: number;
  readonly peakRssMb: number;
}

/** A generated chronology row in the request's column order. */
function requestRow(row: readonly string[]): string[] {
  const [date, time, , type, summary, action, outcome, role] = row;
  return [date!, time!, type!, summary!, action!, outcome!, role!, '', '', '', '', '', '', '', ''];
}

export async function runShape(shape: ChronologyShape): Promise<RequestBenchResult> {
  const rows = chronologyRows(shape).slice(1).map(requestRow);
  const review = await requestReview('Child R');
  try {
    const made = await timed(() => review.makeRequest('Westmoor Police'));
    const write = await timed(() =>
      writeWorkbook({
        title: 'Chronology request',
        sheets: [
          {
            name: 'Chronology',
            protect: true,
            frozenRows: 1,
            columns: REQUEST_COLUMNS.map((c) => ({ width: c.width, style: CELL_STYLE.input })),
            rows: [
              REQUEST_COLUMNS.map((c) => ({ text: c.heading, style: CELL_STYLE.heading })),
              ...rows.map((cells) => cells.map((text) => ({ text, style: CELL_STYLE.input }))),
            ],
          },
        ],
      }),
    );
    const baseline = await timed(() =>
      writeXlsxFile([
        REQUEST_COLUMNS.map((c) => ({ value: c.heading })),
        ...rows.map((cells) => cells.map((value) => ({ value }))),
      ]).toBuffer(),
    );
    const filled = fillRequestWorkbook(made.value.bytes, rows);
    const read = await timed(() => readXlsx(filled, 'filled.xlsx', 'Chronology'));
    if (read.value.rows.length !== rows.length + 1)
      throw new Error(`read ${read.value.rows.length - 1} rows of ${rows.length}`);
    const imported = await timed(() =>
      review.call<{ imported: number }>('requests.importApply', {
        fileName: 'filled.xlsx',
        bytesBase64: base64(filled),
      }),
    );
    if (imported.value.imported !== rows.length)
      throw new Error(`imported ${imported.value.imported} of ${rows.length}`);
    return {
      shape,
      rows: rows.length,
      makeRequestMs: Math.round(made.wallMs),
      writeMs: Math.round(write.wallMs),
      writeCpuMs: Math.round(write.cpuMs),
      writeBytes: write.value.byteLength,
      baselineWriteMs: Math.round(baseline.wallMs),
      baselineWriteCpuMs: Math.round(baseline.cpuMs),
      readMs: Math.round(read.wallMs),
      readCpuMs: Math.round(read.cpuMs),
      importMs: Math.round(imported.wallMs),
      importCpuMs: Math.round(imported.cpuMs),
      imported: imported.value.imported,
      peakRssMb: peakRssMb(),
    };
  } finally {
    review.close();
  }
}

function format(r: RequestBenchResult): string {
  return [
    `  ${r.shape}: empty request workbook made in ${seconds(r.makeRequestMs)} s`,
    `    write ${r.rows} rows: ${seconds(r.writeMs)} s wall, ${seconds(r.writeCpuMs)} s CPU (${(r.writeBytes / 1e6).toFixed(1)} MB); write-excel-file ${seconds(r.baselineWriteMs)} s wall, ${seconds(r.baselineWriteCpuMs)} s CPU → CPU ${ratio(r.writeCpuMs, r.baselineWriteCpuMs)}×`,
    `    read: ${seconds(r.readMs)} s wall, ${seconds(r.readCpuMs)} s CPU; whole returned-request import ${seconds(r.importMs)} s wall, ${seconds(r.importCpuMs)} s CPU (${r.imported} entries); peak ${r.peakRssMb} MB`,
  ].join('\n');
}

export function run(): RequestBenchResult[] {
  return runEveryShape(import.meta.url, 'agency requests', format);
}

await runAsScript(import.meta.url, run, runShape);
