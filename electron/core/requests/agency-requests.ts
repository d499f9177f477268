/**
 * Agency chronology requests: who was asked, when, by when, whom the request named, and whether
 * the workbook came back. "Returned" follows the import: an import taken out again no longer
 * counts, and the rows it rejected are the problems still outstanding with that agency.
 */
import type { AgencyRequest, RequestNaming } from '../../shared/domain/agency-request';
import { REQUEST_TEMPLATE_VERSION } from '../../shared/domain/agency-request';
import { CasewrightError } from '../../shared/errors';
import { ensureAgency } from '../chronology/lookups';
import { nowIso } from '../store/clock';
import type { ReadableDb, WritableDb } from '../store/db-types';

/** This review's own id, written into every request's marker (made by migration 011). */
export function reviewUid(db: ReadableDb): string {
  const value = db.prepare(`SELECT value FROM app_meta WHERE key = 'review_uid'`).pluck().get() as string | undefined;
  if (value === undefined)
    throw new CasewrightError(
      'corrupt',
      'This review file has no review id; open it in this version of Casewright to update it',
    );
  return value;
}

export interface SentSubject {
  /** The person named, so permanent erasure can find this entry (see erase-request-subjects.ts). */
  readonly personId: number;
  readonly name: string;
  readonly dateOfBirth: string | null;
  readonly role: string;
}

export interface AgencyRequestInput {
  /** The random key already written into the workbook's marker. */
  readonly requestKey: string;
  readonly agency: string;
  readonly dueDate: string | null;
  readonly naming: RequestNaming;
  /** Exactly what the workbook lists, recorded so the audit log says what was sent. */
  readonly subjects: readonly SentSubject[];
  readonly contact: string;
  readonly actor: string;
}

interface RequestRow {
  id: number;
  request_key: string;
  agency_name: string;
  agency_current: string | null;
  created_at: string;
  created_by: string;
  due_date: string | null;
  naming: RequestNaming;
  contact: string;
  import_id: number | null;
  returned_at: string | null;
  imported_count: number | null;
  rejected_count: number | null;
}

const SELECT = `
  SELECT r.id, r.request_key, r.agency_name, a.name AS agency_current, r.created_at, r.created_by, r.due_date, r.naming, r.contact,
         b.id AS import_id, CASE WHEN b.id IS NULL THEN NULL ELSE r.returned_at END AS returned_at,
         b.imported_count, b.rejected_count
  FROM agency_request r
  LEFT JOIN agency a ON a.id = r.agency_id
  LEFT JOIN import_batch b ON b.id = r.import_id AND b.removed_at IS NULL`;

function toRequest(row: RequestRow, today: string): AgencyRequest {
  const returned = row.import_id !== null;
  return {
    id: row.id,
    requestKey: row.request_key,
    agency: row.agency_current ?? row.agency_name,
    createdAt: row.created_at,
    createdBy: row.created_by,
    dueDate: row.due_date,
    naming: row.naming,
    contact: row.contact,
    returnedAt: returned ? row.returned_at : null,
    importId: row.import_id,
    rowsImported: row.imported_count ?? 0,
    problemsOutstanding: row.rejected_count ?? 0,
    overdue: !returned && row.due_date !== null && row.due_date < today,
  };
}

/** Today as an ISO day (UTC), for "overdue". */
export function todayIso(): string {
  return nowIso().slice(0, 10);
}

export function listAgencyRequests(db: ReadableDb, today: string = todayIso()): AgencyRequest[] {
  return (db.prepare(`${SELECT} ORDER BY r.created_at, r.id`).all() as RequestRow[]).map((row) =>
    toRequest(row, today),
  );
}

export function getAgencyRequest(db: ReadableDb, id: number, today: string = todayIso()): AgencyRequest {
  const row = db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as RequestRow | undefined;
  if (row === undefined) throw new CasewrightError('not-found', `There is no chronology request ${id}.`);
  return toRequest(row, today);
}

export function findAgencyRequestByKey(db: ReadableDb, key: string): AgencyRequest | null {
  const row = db.prepare(`${SELECT} WHERE r.request_key = ?`).get(key) as RequestRow | undefined;
  return row === undefined ? null : toRequest(row, todayIso());
}

export function addAgencyRequest(db: WritableDb, input: AgencyRequestInput): AgencyRequest {
  const agencyId = ensureAgency(db, input.agency);
  const agencyName = db.prepare('SELECT name FROM agency WHERE id = ?').pluck().get(agencyId) as string;
  const id = Number(
    db
      .prepare(
        `INSERT INTO agency_request (request_key, agency_id, agency_name, created_at, created_by, due_date, naming, subjects_json, contact, template_version)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.requestKey,
        agencyId,
        agencyName,
        nowIso(),
        input.actor,
        input.dueDate,
        input.naming,
        JSON.stringify(input.subjects),
        input.contact.trim(),
        REQUEST_TEMPLATE_VERSION,
      ).lastInsertRowid,
  );
  return getAgencyRequest(db, id);
}

/** Links a request to the import of its returned workbook (inside the import's transaction). */
export function markAgencyRequestReturned(db: WritableDb, requestId: number, importId: number): void {
  db.prepare('UPDATE agency_request SET import_id = ?, returned_at = ? WHERE id = ?').run(
    importId,
    nowIso(),
    requestId,
  );
}

/** Removes a request sent by mistake; the audit log keeps what it was. */
export function removeAgencyRequest(db: WritableDb, id: number): void {
  const result = db.prepare('DELETE FROM agency_request WHERE id = ?').run(id);
  if (result.changes === 0) throw new CasewrightError('not-found', `There is no chronology request ${id}.`);
}
