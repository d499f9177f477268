import type { AgencyRequest } from '@shared/domain/agency-request';
import { isoDayToWords } from '@renderer/ui/date-input';

/** Where a request stands, in words (never a colour alone). */
export function requestStatusWords(request: AgencyRequest): string {
  if (request.returnedAt !== null) return request.problemsOutstanding > 0 ? 'Returned, rows to correct' : 'Returned';
  return request.overdue ? 'Overdue' : 'Waiting';
}

/** An ISO day or instant as "3 February 2021". */
export function dayWords(iso: string | null): string {
  return iso === null ? '' : isoDayToWords(iso.slice(0, 10));
}
