/**
 * The tracking list of agency chronology requests as a workbook for the panel: who was asked, when,
 * by when, whether it came back, how many rows were imported and how many problems are outstanding.
 * Dates in the UK long form; statuses in words.
 */
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import type { AgencyRequest } from '../../shared/domain/agency-request';
import { neutraliseCell } from '../chronology/neutralise';
import { documentDay } from '../report/document-dates';

const HEADINGS = [
  'Agency',
  'Requested on',
  'Requested by',
  'Return by',
  'Status',
  'Returned on',
  'Rows imported',
  'Problems outstanding',
  'Family named as',
] as const;

export function requestStatus(request: AgencyRequest): string {
  if (request.returnedAt !== null)
    return request.problemsOutstanding > 0 ? 'Returned, with rows to correct' : 'Returned';
  return request.overdue ? 'Overdue' : 'Waiting';
}

export async function renderTrackingWorkbook(requests: readonly AgencyRequest[]): Promise<Buffer> {
  const body = requests.map((r) => [
    r.agency,
    documentDay(r.createdAt.slice(0, 10)),
    r.createdBy,
    r.dueDate === null ? 'No date given' : documentDay(r.dueDate),
    requestStatus(r),
    r.returnedAt === null ? '' : documentDay(r.returnedAt.slice(0, 10)),
    r.returnedAt === null ? '' : String(r.rowsImported),
    r.returnedAt === null ? '' : String(r.problemsOutstanding),
    r.naming === 'real-names' ? 'Real names and dates of birth' : 'Pseudonyms only',
  ]);
  const data: SheetData = [
    HEADINGS.map((value) => ({ value, fontWeight: 'bold' as const })),
    ...body.map((cells) => cells.map((value) => ({ value: neutraliseCell(value), type: String }))),
  ];
  return writeXlsxFile(data, {
    sheet: 'Chronology requests',
    stickyRowsCount: 1,
    columns: HEADINGS.map((h) => ({ width: h === 'Agency' ? 32 : 20 })),
  }).toBuffer();
}
