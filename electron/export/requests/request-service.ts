/**
 * Builds one agency's request workbook from the review: scope, family (by real name or pseudonym,
 * as the reviewer chose), the review's event types and the other agencies for the drop-downs, and
 * the marker that lets the returned workbook import with nothing to map.
 */
import { randomBytes } from 'node:crypto';
import { REVIEW_KIND_LABELS } from '../../shared/domain/review';
import type { RequestNaming } from '../../shared/domain/agency-request';
import { listAgencies, listEventTypes } from '../../core/chronology/lookups';
import { isFamilyMember } from '../../core/people/completeness';
import { listPeople } from '../../core/people/person-rows';
import { reviewUid, type SentSubject } from '../../core/requests/agency-requests';
import { readReviewMeta } from '../../core/review/review-meta';
import { nowIso } from '../../core/store/clock';
import type { ReadableDb } from '../../core/store/db-types';
import { renderRequestWorkbook } from './request-workbook';

export interface RequestOptions {
  readonly agency: string;
  readonly dueDate: string | null;
  readonly naming: RequestNaming;
  readonly contact: string;
}

export interface RenderedRequest {
  readonly bytes: Buffer;
  /** The random key written into the marker; the tracking record is stored under it. */
  readonly requestKey: string;
  /** Exactly whom the workbook names, for the audit log. */
  readonly subjects: readonly SentSubject[];
  readonly suggestedFileName: string;
}

function subjectsFor(db: ReadableDb, naming: RequestNaming): SentSubject[] {
  return listPeople(db)
    .filter(isFamilyMember)
    .map((person) =>
      naming === 'real-names'
        ? {
            personId: person.id,
            name: person.realName,
            dateOfBirth: person.dateOfBirth,
            role: person.relationshipToChild || person.role,
          }
        : // A pseudonym with a date of birth would identify the person anyway: the date stays out.
          {
            personId: person.id,
            name: person.pseudonym,
            dateOfBirth: null,
            role: person.relationshipToChild || person.role,
          },
    );
}

export async function renderAgencyRequest(db: ReadableDb, options: RequestOptions): Promise<RenderedRequest> {
  const meta = readReviewMeta(db);
  const agency = options.agency.trim().replace(/\s+/g, ' ');
  const requestKey = randomBytes(12).toString('hex');
  const subjects = subjectsFor(db, options.naming);
  const otherAgencies = listAgencies(db)
    .map((a) => a.name)
    .filter((name) => name.toLowerCase() !== agency.toLowerCase());
  const bytes = await renderRequestWorkbook({
    reviewTitle: meta.title,
    reviewKind: REVIEW_KIND_LABELS[meta.kind],
    partnership: meta.partnership,
    scopeStart: meta.scopeStart,
    scopeEnd: meta.scopeEnd,
    agency,
    otherAgencies,
    eventTypes: listEventTypes(db).map((t) => t.name),
    naming: options.naming,
    subjects,
    dueDate: options.dueDate,
    contact: options.contact.trim(),
    requestedOn: nowIso().slice(0, 10),
    marker: { reviewId: reviewUid(db), reviewTitle: meta.title, requestId: requestKey, agency },
  });
  return { bytes, requestKey, subjects, suggestedFileName: `${meta.title} - chronology request - ${agency}` };
}
