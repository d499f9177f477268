/**
 * A returned chronology request, read with nothing to map: the marker says which review and which
 * agency, the columns are the template's, and the rows go through the same parser and validation
 * as every import. Anything that would need a guess — a renamed heading, a missing column, a
 * workbook made for another review — is refused with the reason, and nothing is imported.
 */
import {
  REQUEST_CHRONOLOGY_SHEET,
  REQUEST_COLUMNS,
  REQUEST_OWN_SHEETS,
  REQUEST_TEMPLATE_ID,
  REQUEST_TEMPLATE_VERSION,
  requestMapping,
  type AgencyRequest,
  type RequestMarker,
} from '../../shared/domain/agency-request';
import { CasewrightError } from '../../shared/errors';
import { readReviewMeta } from '../../core/review/review-meta';
import { findAgencyRequestByKey, reviewUid } from '../../core/requests/agency-requests';
import type { ReadableDb } from '../../core/store/db-types';
import { readImport, type ImportRequest } from '../apply';
import type { ParsedChronology } from '../parse';
import { checkFileSize, refuseFile } from '../parse/limits';
import { checkZipInflatedSize } from '../parse/zip-guard';
import { readRequestMarker } from './read-marker';

export interface ReturnedRequest {
  readonly marker: RequestMarker;
  /** The tracked request it answers; null when that request was removed from the list. */
  readonly request: AgencyRequest | null;
  readonly importRequest: ImportRequest;
  readonly parsed: ParsedChronology;
}

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Headings that differ from the template: renamed or missing, each named with where it was. */
export function headingProblems(
  fileName: string,
  headerRow: number,
  headers: readonly string[],
): { file: string; row: number; column?: string; reason: string }[] {
  const expected = new Set(REQUEST_COLUMNS.map((column) => column.heading));
  const present = new Set(headers);
  const problems: { file: string; row: number; column?: string; reason: string }[] = [];
  REQUEST_COLUMNS.forEach((column, index) => {
    if (present.has(column.heading)) return;
    const there = headers[index];
    if (there !== undefined && there !== '' && !expected.has(there) && !/^Column \d+$/.test(there)) {
      problems.push({
        file: fileName,
        row: headerRow,
        column: there,
        reason: `the heading of column ${columnLetter(index)} was changed from "${column.heading}" to "${there}"; put the heading back as "${column.heading}"`,
      });
    } else {
      problems.push({
        file: fileName,
        row: headerRow,
        column: column.heading,
        reason: `the column "${column.heading}" is missing; it was column ${columnLetter(index)} in the workbook sent`,
      });
    }
  });
  return problems;
}

function refuseNotRequest(fileName: string): CasewrightError {
  return refuseFile(
    fileName,
    'this is not a Casewright chronology request (it has no request marker); import it as an ordinary spreadsheet, where you choose its columns',
  );
}

export async function readReturnedRequest(
  db: ReadableDb,
  fileName: string,
  bytes: Uint8Array,
): Promise<ReturnedRequest> {
  checkFileSize(fileName, bytes.length);
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!zip)
    throw refuseFile(
      fileName,
      'this is not an Excel workbook (.xlsx); a chronology request comes back as the workbook that was sent',
    );
  checkZipInflatedSize(fileName, bytes);
  const marker = readRequestMarker(bytes);
  if (marker === null || marker.templateId !== REQUEST_TEMPLATE_ID) throw refuseNotRequest(fileName);
  if (marker.templateVersion > REQUEST_TEMPLATE_VERSION) {
    throw refuseFile(
      fileName,
      'this request was made by a newer version of Casewright; update Casewright to import it',
    );
  }
  if (marker.reviewId !== reviewUid(db)) {
    const title = readReviewMeta(db).title;
    throw refuseFile(
      fileName,
      `this workbook was made for another review${marker.reviewTitle === '' ? '' : ` ("${marker.reviewTitle}")`}, not for "${title}"; import it into that review`,
    );
  }
  const request = findAgencyRequestByKey(db, marker.requestId);
  const agency = request?.agency ?? marker.agency;
  if (agency.trim() === '') throw refuseNotRequest(fileName);
  const importRequest: ImportRequest = {
    fileName,
    bytes,
    agency,
    mapping: requestMapping(),
    sheet: REQUEST_CHRONOLOGY_SHEET,
    ...(request === null ? {} : { agencyRequestId: request.id }),
  };
  const { parsed } = await readImport(db, importRequest);
  const problems = headingProblems(
    fileName,
    parsed.source.headerRow,
    parsed.columns.map((column) => column.header),
  );
  if (problems.length > 0 || parsed.source.headerRow !== 1) {
    const all =
      problems.length > 0
        ? problems
        : [
            {
              file: fileName,
              row: 1,
              reason: 'the first row no longer holds the column headings; put them back in row 1',
            },
          ];
    throw new CasewrightError(
      'validation',
      `${fileName}: ${all.map((p) => p.reason).join('; ')}. The columns were not guessed, so nothing was imported.`,
      { problems: all },
    );
  }
  // The instruction and list sheets are Casewright's own words, not the agency's: not kept as notes.
  const otherSheets = parsed.sourceNotes.otherSheets.filter((sheet) => !REQUEST_OWN_SHEETS.includes(sheet.sheet));
  return { marker, request, importRequest, parsed: { ...parsed, sourceNotes: { ...parsed.sourceNotes, otherSheets } } };
}
