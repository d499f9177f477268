import { moveEntryReferences } from '../findings/entry-references';
import type { DuplicateCandidate, DuplicateStatus } from '../../shared/domain/chronology';
import { CasewrightError } from '../../shared/errors';
import { nowIso } from '../store/clock';
import type { ReadableDb, WritableDb } from '../store/db-types';
import { getEntry } from './entries';

/**
 * Likely duplicates across agencies: dates that overlap (within a few days, since a receiving
 * agency often records a notification a day or two later) and similar wording. Only proposed,
 * never merged without the reviewer.
 */

/** Stores a proposed pair (ids ordered) unless the pair is already known. */
export function recordCandidate(db: WritableDb, a: number, b: number, score: number, reason: string): void {
  db.prepare('INSERT OR IGNORE INTO duplicate_candidate (entry_a, entry_b, score, reason) VALUES (?, ?, ?, ?)').run(
    Math.min(a, b),
    Math.max(a, b),
    score,
    reason,
  );
}

const SELECT = 'SELECT id, entry_a AS entryA, entry_b AS entryB, score, reason, status FROM duplicate_candidate';

export function listDuplicates(db: ReadableDb, status?: DuplicateStatus): DuplicateCandidate[] {
  return (
    status === undefined
      ? db.prepare(`${SELECT} ORDER BY status = 'open' DESC, score DESC, id`).all()
      : db.prepare(`${SELECT} WHERE status = ? ORDER BY score DESC, id`).all(status)
  ) as DuplicateCandidate[];
}

function getCandidate(db: ReadableDb, id: number): DuplicateCandidate {
  const row = db.prepare(`${SELECT} WHERE id = ?`).get(id) as DuplicateCandidate | undefined;
  if (!row) throw new CasewrightError('not-found', `There is no duplicate candidate ${id}`);
  return row;
}

function decide(db: WritableDb, id: number, status: DuplicateStatus): DuplicateCandidate {
  const current = getCandidate(db, id);
  if (current.status === 'merged')
    throw new CasewrightError('refused', 'These entries were merged; undo the merge to change it');
  db.prepare('UPDATE duplicate_candidate SET status = ?, decided_at = ? WHERE id = ?').run(status, nowIso(), id);
  return getCandidate(db, id);
}

export const linkDuplicate = (db: WritableDb, id: number) => decide(db, id, 'linked');
export const dismissDuplicate = (db: WritableDb, id: number) => decide(db, id, 'dismissed');

/**
 * Folds the other entry into `keepEntryId`: its people, child contact, tags, episodes and
 * shares are added, and its own agency is recorded as having been told (on the other entry's
 * date) — the usual case is a notification and the receiving agency's note of it. The other
 * entry stays in the file, hidden (`merged_into`), so its provenance is never lost.
 */
export function mergeDuplicate(db: WritableDb, id: number, keepEntryId: number): DuplicateCandidate {
  const candidate = getCandidate(db, id);
  if (keepEntryId !== candidate.entryA && keepEntryId !== candidate.entryB) {
    throw new CasewrightError(
      'invalid-arguments',
      `Entry ${keepEntryId} is not one of this pair (${candidate.entryA}, ${candidate.entryB})`,
    );
  }
  if (candidate.status === 'merged') throw new CasewrightError('refused', 'These entries are already merged');
  const otherId = keepEntryId === candidate.entryA ? candidate.entryB : candidate.entryA;
  const keep = getEntry(db, keepEntryId);
  const other = getEntry(db, otherId);

  const insertPerson = db.prepare('INSERT OR IGNORE INTO entry_person (entry_id, person_id, role) VALUES (?, ?, ?)');
  for (const p of other.people) insertPerson.run(keep.id, p.personId, p.role);
  const insertContact = db.prepare(
    'INSERT OR IGNORE INTO entry_child_contact (entry_id, person_id, seen, seen_alone, spoken_to, views_recorded) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const c of other.childContact)
    insertContact.run(keep.id, c.personId, c.seen, c.seenAlone, c.spokenTo, c.viewsRecorded);
  const insertLabel = db.prepare('INSERT OR IGNORE INTO entry_label (entry_id, label) VALUES (?, ?)');
  for (const tag of other.tags) insertLabel.run(keep.id, tag);
  const insertEpisode = db.prepare('INSERT OR IGNORE INTO episode_entry (episode_id, entry_id) VALUES (?, ?)');
  for (const episodeId of other.episodeIds) insertEpisode.run(episodeId, keep.id);

  const sharedAgencies = new Set(keep.sharedWith.map((s) => s.agencyId));
  const insertShare = db.prepare(`
    INSERT INTO entry_shared_with (entry_id, agency_id, when_original, when_edtf, when_earliest, when_latest, when_precision,
      when_approximate, when_uncertain, how) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const share = (agencyId: number, when: typeof other.date | null, how: string | null) => {
    if (agencyId === keep.agencyId || sharedAgencies.has(agencyId)) return;
    sharedAgencies.add(agencyId);
    insertShare.run(
      keep.id,
      agencyId,
      when?.original ?? null,
      when?.edtf ?? null,
      when?.earliest ?? null,
      when?.latest ?? null,
      when?.precision ?? null,
      when === null ? null : when.approximate ? 1 : 0,
      when === null ? null : when.uncertain ? 1 : 0,
      how,
    );
  };
  share(other.agencyId, other.date, `recorded by ${other.agency} (merged entry ${other.id})`);
  for (const s of other.sharedWith) share(s.agencyId, s.when, s.how);

  // Evidence, taxonomy tags and panel comments follow the entry that stays visible.
  moveEntryReferences(db, other.id, keep.id);
  db.prepare('UPDATE entry SET merged_into = ?, updated_at = ? WHERE id = ?').run(keep.id, nowIso(), other.id);
  db.prepare(`UPDATE duplicate_candidate SET status = 'merged', decided_at = ? WHERE id = ?`).run(nowIso(), id);
  return getCandidate(db, id);
}
