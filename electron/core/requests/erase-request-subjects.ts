/**
 * Permanent erasure and chronology requests. A request records whom it named (real names and dates
 * of birth, or pseudonyms), in its row and in the audit log's copies of that row. When a deleted
 * person is erased, their entries there are replaced by a plain note that the request named someone
 * since erased, so the request's history stays honest without keeping the name or date of birth.
 * Runs inside the erasure's transaction, before the audit images of deleted rows are purged (it
 * reads the erased people from those images); the erasure's vacuum then clears the freed pages.
 */
import type { ReadableDb, WritableDb } from '../store/db-types';

/** What a redacted entry says in place of the name (read in the audit log by the reviewer). */
export const ERASED_SUBJECT_NOTE = 'A person since erased from this review';

interface ErasedPerson {
  readonly id: number;
  readonly names: ReadonlySet<string>;
}

interface Erasure {
  /** Deleted people still described by audit images (their names match entries without an id). */
  readonly people: readonly ErasedPerson[];
  /** Ids of the people still in the review: an entry whose person is not among them was deleted. */
  readonly livingIds: ReadonlySet<number>;
}

interface StoredSubject {
  readonly personId?: unknown;
  readonly name?: unknown;
}

/** People deleted from the review whose audit images are about to be purged. */
function erasedPeople(db: ReadableDb): ErasedPerson[] {
  const rows = db
    .prepare(
      `SELECT row_key, before_json, after_json FROM audit_log
       WHERE table_name = 'person' AND (before_json IS NOT NULL OR after_json IS NOT NULL)
         AND NOT EXISTS (SELECT 1 FROM person p WHERE p.id = audit_log.row_key)`,
    )
    .all() as { row_key: number; before_json: string | null; after_json: string | null }[];
  const byId = new Map<number, Set<string>>();
  for (const row of rows) {
    const names = byId.get(Number(row.row_key)) ?? new Set<string>();
    for (const image of [row.before_json, row.after_json]) {
      if (image === null) continue;
      const person = JSON.parse(image) as { real_name?: unknown; pseudonym?: unknown };
      for (const name of [person.real_name, person.pseudonym])
        if (typeof name === 'string' && name.trim() !== '') names.add(name.trim());
    }
    byId.set(Number(row.row_key), names);
  }
  // A name a person still in the review also bears is in the file anyway, and an entry carrying it
  // without the erased person's id may be theirs: such names alone do not mark an entry as erased.
  const living = new Set(
    (db.prepare(`SELECT real_name, pseudonym FROM person`).all() as { real_name: string; pseudonym: string }[]).flatMap(
      (p) => [p.real_name.trim(), p.pseudonym.trim()],
    ),
  );
  return [...byId].map(([id, names]) => ({ id, names: new Set([...names].filter((name) => !living.has(name))) }));
}

function namesErased(subject: StoredSubject, erasure: Erasure): boolean {
  // By id even when the person's audit images are already gone (purged by the retention period).
  if (typeof subject.personId === 'number' && !erasure.livingIds.has(subject.personId)) return true;
  // Entries recorded without an id, or under an id since reused, are matched by the name they carry.
  return typeof subject.name === 'string' && erasure.people.some((person) => person.names.has(subject.name as string));
}

/** The subjects JSON with erased people's entries replaced, or null when nothing changes. */
function redactSubjects(subjectsJson: string, erasure: Erasure): string | null {
  let subjects: unknown;
  try {
    subjects = JSON.parse(subjectsJson);
  } catch {
    return null;
  }
  if (!Array.isArray(subjects)) return null;
  let changed = false;
  const redacted = subjects.map((subject: unknown) => {
    if (subject === null || typeof subject !== 'object' || !namesErased(subject as StoredSubject, erasure))
      return subject;
    changed = true;
    return { name: ERASED_SUBJECT_NOTE, dateOfBirth: null, role: '', erased: true };
  });
  return changed ? JSON.stringify(redacted) : null;
}

/** An audit image of a request row with its subjects redacted, or null when nothing changes. */
function redactImage(imageJson: string | null, erasure: Erasure): string | null {
  if (imageJson === null) return null;
  const image = JSON.parse(imageJson) as Record<string, unknown>;
  if (typeof image.subjects_json !== 'string') return null;
  const subjects = redactSubjects(image.subjects_json, erasure);
  return subjects === null ? null : JSON.stringify({ ...image, subjects_json: subjects });
}

/**
 * Replaces erased people's entries in every request and every audit copy of a request. Call with
 * row auditing off (the erasure's write): the redaction must not itself leave a before-image.
 * Returns how many rows (requests and audit records) it rewrote.
 */
export function redactErasedRequestSubjects(db: WritableDb): number {
  if (db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'agency_request'`).get() === undefined)
    return 0;
  const erasure: Erasure = {
    people: erasedPeople(db),
    livingIds: new Set(db.prepare(`SELECT id FROM person`).pluck().all() as number[]),
  };
  let rewritten = 0;

  const requests = db.prepare(`SELECT id, subjects_json FROM agency_request`).all() as {
    id: number;
    subjects_json: string;
  }[];
  const updateRequest = db.prepare(`UPDATE agency_request SET subjects_json = ? WHERE id = ?`);
  for (const request of requests) {
    const subjects = redactSubjects(request.subjects_json, erasure);
    if (subjects !== null) rewritten += updateRequest.run(subjects, request.id).changes;
  }

  const images = db
    .prepare(
      `SELECT id, before_json, after_json FROM audit_log WHERE table_name = 'agency_request' AND (before_json IS NOT NULL OR after_json IS NOT NULL)`,
    )
    .all() as { id: number; before_json: string | null; after_json: string | null }[];
  const updateImage = db.prepare(`UPDATE audit_log SET before_json = ?, after_json = ? WHERE id = ?`);
  for (const row of images) {
    const before = redactImage(row.before_json, erasure);
    const after = redactImage(row.after_json, erasure);
    if (before !== null || after !== null)
      rewritten += updateImage.run(before ?? row.before_json, after ?? row.after_json, row.id).changes;
  }
  return rewritten;
}
