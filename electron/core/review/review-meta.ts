import type { ReviewKind, ReviewMeta, ReviewMetaPatch } from '../../shared/domain/review';
import { CasewrightError } from '../../shared/errors';
import type { RichText } from '../../shared/lexical/types';
import { nowIso } from '../store/clock';
import type { ReadableDb, WritableDb } from '../store/db-types';

interface ReviewRow {
  title: string;
  kind: ReviewKind;
  partnership: string;
  author: string;
  status: ReviewMeta['status'];
  scope_start: string | null;
  scope_end: string | null;
  terms_of_reference_json: string | null;
  created_at: string;
  updated_at: string;
}

function rowToMeta(row: ReviewRow): ReviewMeta {
  return {
    title: row.title,
    kind: row.kind,
    partnership: row.partnership,
    author: row.author,
    status: row.status,
    scopeStart: row.scope_start,
    scopeEnd: row.scope_end,
    termsOfReference:
      row.terms_of_reference_json === null ? null : (JSON.parse(row.terms_of_reference_json) as RichText),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function readReviewMeta(db: ReadableDb): ReviewMeta {
  const row = db.prepare('SELECT * FROM review WHERE id = 1').get() as ReviewRow | undefined;
  if (row === undefined) throw new CasewrightError('corrupt', 'This review file has no review record');
  return rowToMeta(row);
}

export function insertReviewMeta(
  db: WritableDb,
  input: { readonly title: string; readonly kind: ReviewKind },
): ReviewMeta {
  const now = nowIso();
  db.prepare(`INSERT INTO review (id, title, kind, created_at, updated_at) VALUES (1, ?, ?, ?, ?)`).run(
    input.title,
    input.kind,
    now,
    now,
  );
  return readReviewMeta(db);
}

const COLUMN_OF: Readonly<Record<keyof ReviewMetaPatch, string>> = {
  title: 'title',
  kind: 'kind',
  partnership: 'partnership',
  author: 'author',
  status: 'status',
  scopeStart: 'scope_start',
  scopeEnd: 'scope_end',
};

export function updateReviewMeta(db: WritableDb, patch: ReviewMetaPatch): ReviewMeta {
  const current = readReviewMeta(db);
  const start = patch.scopeStart !== undefined ? patch.scopeStart : current.scopeStart;
  const end = patch.scopeEnd !== undefined ? patch.scopeEnd : current.scopeEnd;
  if (start !== null && end !== null && start > end) {
    throw new CasewrightError('validation', 'The scope must start before it ends', {
      problems: [{ field: 'scopeEnd', reason: 'The scope end is before its start' }],
    });
  }
  const entries = (Object.keys(COLUMN_OF) as (keyof ReviewMetaPatch)[]).filter((key) => patch[key] !== undefined);
  if (entries.length === 0) return current;
  const assignments = entries.map((key) => `${COLUMN_OF[key]} = @${key}`).join(', ');
  db.prepare(`UPDATE review SET ${assignments}, updated_at = @updatedAt WHERE id = 1`).run({
    ...Object.fromEntries(entries.map((key) => [key, patch[key]])),
    updatedAt: nowIso(),
  });
  return readReviewMeta(db);
}

export function setTermsOfReference(db: WritableDb, termsOfReference: RichText | null): ReviewMeta {
  db.prepare('UPDATE review SET terms_of_reference_json = ?, updated_at = ? WHERE id = 1').run(
    termsOfReference === null ? null : JSON.stringify(termsOfReference),
    nowIso(),
  );
  return readReviewMeta(db);
}
